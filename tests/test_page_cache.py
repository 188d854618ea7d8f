"""Anonymous pages are cached whole, under keys that change whenever anything shown changes."""

import datetime
import os

import pytest
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import request_finished, request_started
from django.test import Client, override_settings
from django.urls import path, reverse
from django.utils import timezone

from actions.models import Action
from minutes.caching import VERSION_KEY, _key, cached_value, record_changed, record_version
from minutes.models import Meeting
from minutes.settings import cache_from_url
from tests.factories import ActionUpdateFactory, PersonFactory
from tests.public_records import build_meeting

pytestmark = pytest.mark.django_db

TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/9")


def fetch(client, url: str) -> tuple[str, str]:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.headers.get("X-Page-Cache", ""), response.content.decode()


@pytest.fixture
def meeting():
    return build_meeting(stage="confirmed", items=2, points=2, actions=2)


def _rename_committee(meeting):
    meeting.committee.name = "Renamed Scrutiny Board"
    meeting.committee.save()
    return "Renamed Scrutiny Board"


def _move_venue(meeting):
    meeting.venue = "The Old Drill Hall"
    meeting.save()
    return "The Old Drill Hall"


def _add_point_speaker(meeting):
    point = meeting.agenda_items.get(number="1").discussion_points.first()
    point.speakers.add(PersonFactory(name="Hesketh Newly-Added"))
    return "Hesketh Newly-Added"


def _reword_action(meeting):
    action = Action.objects.filter(item__meeting=meeting).order_by("pk").first()
    action.description = "Officers to repaint the bandstand."
    action.save()
    return "Officers to repaint the bandstand."


def _reword_action_for_search(meeting):
    """Found by "repaint" only once reworded; the snippet marks the word found."""
    _reword_action(meeting)
    return "<mark>repaint</mark> the bandstand"


def _note_action(meeting):
    action = Action.objects.filter(item__meeting=meeting).order_by("pk").first()
    ActionUpdateFactory(action=action, note="Bandstand scaffolding is up.")
    return "Bandstand scaffolding is up."


def _rename_owner(meeting):
    person = Action.objects.filter(item__meeting=meeting).order_by("pk").first().owner
    person.name = "Marigold Renamed"
    person.save()
    return "Marigold Renamed"


PAGES = {
    "home": (lambda m: reverse("home"), _rename_committee),
    "committee list": (lambda m: reverse("committee_list"), _rename_committee),
    "committee": (lambda m: m.committee.get_absolute_url(), _rename_committee),
    "meeting": (lambda m: m.get_absolute_url(), _move_venue),
    "item": (lambda m: m.agenda_items.get(number="1").get_absolute_url(), _add_point_speaker),
    "action log": (lambda m: reverse("action_list"), _reword_action),
    "action": (
        lambda m: Action.objects.filter(item__meeting=m).order_by("pk").first().get_absolute_url(),
        _note_action,
    ),
    "people": (lambda m: reverse("people_list"), _rename_owner),
    "search": (lambda m: f"{reverse('search')}?q=repaint", _reword_action_for_search),
    "person": (
        lambda m: (
            Action.objects.filter(item__meeting=m).order_by("pk").first().owner.get_absolute_url()
        ),
        _rename_owner,
    ),
}


@pytest.mark.parametrize("page", list(PAGES))
def test_each_page_is_cached_until_something_it_shows_changes(client, meeting, page):
    url_of, change = PAGES[page]
    url = url_of(meeting)
    first, _ = fetch(client, url)
    again, _ = fetch(client, url)
    assert (first, again) == ("miss", "hit")

    shown = change(meeting)

    after, content = fetch(client, url)
    assert after == "miss"
    assert shown in content
    assert fetch(client, url)[0] == "hit"


def test_an_action_closed_by_its_officer_shows_at_once_on_its_public_page(client, officer, meeting):
    action = Action.objects.filter(item__meeting=meeting).order_by("pk").first()
    action.owner = officer.person
    action.save()
    url = action.get_absolute_url()
    fetch(client, url)
    assert fetch(client, url)[0] == "hit"
    action.record_update(author=officer, note="All done and dusted.", status="done")
    state, content = fetch(client, url)
    assert state == "miss" and "All done and dusted." in content


def test_signed_in_readers_are_never_served_the_cached_page(client, clerk, meeting):
    url = meeting.get_absolute_url()
    fetch(client, url)
    assert fetch(client, url)[0] == "hit"
    client.force_login(clerk)
    state, content = fetch(client, url)
    assert state == ""
    assert "Sign out" in content


def test_a_draft_a_clerk_opens_is_not_kept_for_the_public(client, clerk_client):
    draft = build_meeting(stage="draft", items=1)
    draft.venue = "A secret venue"
    draft.save()
    assert clerk_client.get(reverse("clerk:meeting", args=[draft.pk])).status_code == 200
    anonymous = Client()
    assert anonymous.get(draft.get_absolute_url()).status_code == 404
    assert anonymous.get(draft.get_absolute_url()).status_code == 404


def test_a_page_that_is_not_found_is_not_cached(client, meeting):
    url = f"{meeting.committee.get_absolute_url()}1999-01-01/"
    assert client.get(url).status_code == 404
    Meeting.objects.filter(pk=meeting.pk).update(slug="1999-01-01")  # no signal: a raw move
    assert client.get(url).status_code == 200


def test_the_home_page_counts_are_recounted_when_an_action_closes(client, officer, meeting):
    action = Action.objects.filter(item__meeting=meeting).order_by("pk").first()
    before = client.get(reverse("home")).context["open_count"]
    action.record_update(author=officer, note="Closed.", status="withdrawn")
    assert client.get(reverse("home")).context["open_count"] == before - 1


# --- The cache's configuration ---------------------------------------------------------


def test_the_cache_is_local_memory_unless_a_cache_url_says_otherwise():
    assert cache_from_url("locmem://")["BACKEND"].endswith("LocMemCache")
    redis = cache_from_url("redis://cache.internal:6379/2")
    assert redis["BACKEND"] == "django_redis.cache.RedisCache"
    assert redis["LOCATION"] == "redis://cache.internal:6379/2"
    with pytest.raises(ImproperlyConfigured, match="CACHE_URL"):
        cache_from_url("memcached://somewhere")


def _redis_missing() -> str | None:
    import redis

    try:
        redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError as error:
        return f"Redis does not answer at {TEST_REDIS_URL}: {error}"
    return None


@pytest.fixture
def real_redis():
    reason = _redis_missing()
    if reason:
        if os.environ.get("REQUIRE_REDIS") == "1":
            pytest.fail(f"REQUIRE_REDIS=1 but {reason}")
        pytest.skip(reason)
    config = cache_from_url(TEST_REDIS_URL) | {"KEY_PREFIX": f"test-page-cache-{os.getpid()}"}
    config["OPTIONS"] = {**config["OPTIONS"], "IGNORE_EXCEPTIONS": False}
    with override_settings(CACHES={"default": config}):
        cache = caches["default"]
        yield cache
        cache.delete_pattern("*")


@pytest.mark.redis
def test_pages_are_cached_in_the_real_redis_and_invalidated_there(client, meeting, real_redis):
    url = meeting.get_absolute_url()
    assert fetch(client, url)[0] == "miss"
    assert fetch(client, url)[0] == "hit"
    assert real_redis.keys("page:*"), "the page is kept in Redis"
    shown = _move_venue(meeting)
    state, content = fetch(client, url)
    assert state == "miss" and shown in content


def test_a_request_reads_the_record_version_once_and_the_next_reads_it_afresh():
    request_started.send(sender=None)
    try:
        version = record_version()
        caches["default"].set(VERSION_KEY, "moved on by another process", None)
        # One request, one version: its counts, documents and matters arising all agree.
        assert record_version() == version
        record_changed()
        # What a request reads after its own change is of the change's version.
        assert record_version() == caches["default"].get(VERSION_KEY) != version
    finally:
        request_finished.send(sender=None)
    caches["default"].set(VERSION_KEY, "moved on again", None)
    assert record_version() == "moved on again"  # outside a request, read each time
    request_started.send(sender=None)
    try:
        assert record_version() == "moved on again"
    finally:
        request_finished.send(sender=None)


def test_a_value_of_a_version_is_kept_in_the_process_until_the_record_changes():
    reads = []

    def read() -> int:
        reads.append(1)
        return len(reads)

    assert cached_value("kept", read) == 1
    caches["default"].delete(_key("value", "kept"))
    # The value of this version is the same in every process: this one has it already.
    assert cached_value("kept", read) == 1 and len(reads) == 1
    record_changed()
    assert cached_value("kept", read) == 2
    with override_settings(CACHE_PAGE_SECONDS=0):
        # Kept no longer than the shared cache keeps it: here, not at all.
        assert cached_value("brief", read) == 3
        assert cached_value("brief", read) == 4


@pytest.mark.redis
def test_a_meeting_page_built_afresh_asks_the_shared_cache_only_what_it_must(
    client, meeting, real_redis
):
    redis = real_redis.client.get_client()

    def reads() -> int:
        stats = redis.info("commandstats")
        return sum(stats.get(f"cmdstat_{name}", {}).get("calls", 0) for name in ("get", "mget"))

    url = meeting.get_absolute_url()
    with override_settings(CACHE_PAGES=False):
        fetch(client, url)
        before = reads()
        assert fetch(client, url)[0] == ""
        # The record's version, and whether the agenda pack's PDF has been made: the
        # matters arising and the pack's key of this version are in the process already.
        assert reads() - before == 2
        _move_venue(meeting)
        before = reads()
        assert "The Old Drill Hall" in fetch(client, url)[1]
        assert reads() - before > 2  # a new version: read afresh


def test_a_page_drawn_in_one_time_zone_is_not_served_in_another(client):
    # 11.30pm on New Year's Eve in London is half past midnight on New Year's Day in Paris;
    # the two share today's date at almost every hour, so the day alone does not tell them.
    meeting = build_meeting(
        starts_at=datetime.datetime(2018, 12, 31, 23, 30, tzinfo=datetime.UTC), items=1
    )
    url = meeting.committee.get_absolute_url()
    with timezone.override("Europe/London"):
        london = fetch(client, url)
    with timezone.override("Europe/Paris"):
        paris = fetch(client, url)
    assert london[0] == paris[0] == "miss"
    assert "31 December 2018" in london[1] and "1 January 2019" not in london[1]
    assert "1 January 2019" in paris[1] and "31 December 2018" not in paris[1]


@pytest.mark.redis
def test_a_kept_page_is_served_in_one_read_of_the_cache(client, meeting, real_redis):
    url = meeting.get_absolute_url()
    fetch(client, url)
    redis = real_redis.client.get_client()

    def reads() -> int:
        stats = redis.info("commandstats")
        return sum(stats.get(f"cmdstat_{name}", {}).get("calls", 0) for name in ("get", "mget"))

    before = reads()
    assert fetch(client, url)[0] == "hit"
    # The page and the record's version together, in one round trip: not one read for the
    # version and another for the page it names.
    assert reads() - before == 1


# --- What a kept page carries ------------------------------------------------------------


def test_a_kept_page_has_the_headers_the_page_had_when_it_was_built(client, meeting):
    url = meeting.get_absolute_url()
    built = client.get(url)
    kept = client.get(url)
    assert (built.headers["X-Page-Cache"], kept.headers["X-Page-Cache"]) == ("miss", "hit")
    assert kept.content == built.content
    # Each request has its own id: that is not kept with the page.
    assert kept.headers["X-Request-ID"] != built.headers["X-Request-ID"]
    per_request = ("X-Page-Cache", "X-Request-ID")
    headers = {name: value for name, value in built.headers.items() if name not in per_request}
    assert {name: value for name, value in kept.headers.items() if name not in per_request} == (
        headers
    )
    # Those of the middleware the kept page is served without, and of that outside it.
    assert headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["Content-Type"].startswith("text/html")


def _page_with_a_form(request):
    from django.http import HttpResponse
    from django.template import Context, Template

    from minutes.caching import cache_public_page

    @cache_public_page
    def view(request):
        form = Template('<form method="post">{% csrf_token %}<button>Send</button></form>')
        return HttpResponse(form.render(Context({"csrf_token": get_token(request)})))

    from django.middleware.csrf import get_token

    return view(request)


urlpatterns = [path("a-page-with-a-form/", _page_with_a_form)]


@override_settings(ROOT_URLCONF=__name__)
def test_a_page_that_sets_a_cookie_is_never_kept(client):
    # A form's CSRF token comes with a cookie set on the way out: a page kept with the token
    # but served without the cookie would refuse every reader's post.
    first = client.get("/a-page-with-a-form/")
    assert "csrftoken" in first.cookies
    again = Client().get("/a-page-with-a-form/")
    assert again.headers.get("X-Page-Cache", "") == ""
    assert "csrftoken" in again.cookies
