"""/clerk/import/: a clerk pastes a minute, previews what it holds, and imports it as an item."""

import datetime

import pytest
from django.urls import reverse

from actions.models import Action
from minutes.importing import parse_minute
from minutes.management.commands.load_demo import SEED
from minutes.models import AgendaItem, Decision, DiscussionPoint, Meeting, Person
from minutes.services import WorkflowError, import_minute, match_person
from tests.clerk_helpers import form_data
from tests.factories import AgendaItemFactory, MeetingFactory, PersonFactory

URL = reverse("clerk:import")
SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_TOPICS = [
    "Cyber security",
    "Commercialisation",
    "Shared Services",
    "Behavioural Insights",
    "Brexit",
    "Modern Slavery",
    "OPE",
    "New ideas",
]
SEED_ACTION = "Officers to follow up on the concerns and suggestions raised by the Board."


def _record_counts() -> dict[str, int]:
    return {
        "items": AgendaItem.objects.count(),
        "points": DiscussionPoint.objects.count(),
        "decisions": Decision.objects.count(),
        "actions": Action.objects.count(),
        "people": Person.objects.count(),
    }


@pytest.fixture
def meeting(db):
    """A meeting with its agenda published: items 1 and 2 so far."""
    meeting = MeetingFactory(stage=Meeting.Stage.AGENDA)
    AgendaItemFactory(meeting=meeting, number="1", position=1)
    AgendaItemFactory(meeting=meeting, number="2", position=2)
    return meeting


@pytest.fixture
def seed_people(db):
    """The people the seed names, as the record knows them (the demo's spellings)."""
    return {
        "woodley": PersonFactory(honorific="Cllr", name="Ron Woodley"),
        "fleming": PersonFactory(honorific="Cllr", name="Fleming"),
        "allen": PersonFactory(honorific="Cllr", name="Joy Allen"),
        "skinner": PersonFactory(honorific="", name="Dennis Skinner"),
    }


def _preview(client, meeting, number="4", text=SEED_TEXT, title=""):
    """Preview the minute, then give its one item a number (and a title) and preview again."""
    response = client.post(URL, {"meeting": meeting.pk, "text": text, "preview": "1"})
    data = form_data(response, "text")
    data["item-0-number"] = number
    if title:
        data["item-0-title"] = title
    return client.post(URL, data)


def _import(client, previewed, **changes):
    """Press Import on a previewed page, with any fields changed first (number, title: the item's)."""
    data = form_data(previewed, "text")
    for name, value in changes.items():
        data[f"item-0-{name}" if name in {"number", "title"} else name] = value
    data["import"] = "1"
    return client.post(URL, data)


# --- Who may use it ------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_sign_in_and_post_nothing(client, meeting):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next={URL}"
    before = _record_counts()
    response = client.post(URL, {"meeting": meeting.pk, "number": "4", "text": SEED_TEXT})
    assert response.status_code == 302
    assert _record_counts() == before


@pytest.mark.parametrize("persona", ["officer_client", "member_client"])
def test_officers_and_members_are_refused(request, persona, meeting):
    client = request.getfixturevalue(persona)
    assert client.get(URL).status_code == 403
    before = _record_counts()
    data = {"meeting": meeting.pk, "number": "4", "text": SEED_TEXT, "import": "1"}
    assert client.post(URL, data).status_code == 403
    assert _record_counts() == before


def test_clerks_see_the_form_with_only_meetings_not_yet_confirmed(clerk_client, meeting):
    confirmed = MeetingFactory(
        committee=meeting.committee,
        starts_at=meeting.starts_at - datetime.timedelta(days=60),
        stage=Meeting.Stage.CONFIRMED,
        confirmed_at=meeting,
    )
    response = clerk_client.get(URL)
    assert response.status_code == 200
    choices = response.context["form"].fields["meeting"].queryset
    assert meeting in choices
    assert confirmed not in choices
    html = response.content.decode()
    assert 'name="text"' in html and 'name="upload"' in html
    assert 'name="item-0-number"' not in html, "items are found by the preview"
    assert "Import minutes" in html


def test_a_meeting_page_offers_import_with_the_meeting_chosen(clerk_client, meeting):
    page = clerk_client.get(reverse("clerk:meeting", args=[meeting.pk])).content.decode()
    link = f"{URL}?meeting={meeting.pk}"
    assert link in page
    response = clerk_client.get(link)
    assert response.context["form"].initial["meeting"] == meeting


def test_a_confirmed_meeting_page_does_not_offer_import(clerk_client, meeting):
    confirmed = MeetingFactory(
        committee=meeting.committee,
        starts_at=meeting.starts_at - datetime.timedelta(days=60),
        stage=Meeting.Stage.CONFIRMED,
        confirmed_at=meeting,
    )
    page = clerk_client.get(reverse("clerk:meeting", args=[confirmed.pk])).content.decode()
    assert URL not in page
    response = clerk_client.get(f"{URL}?meeting={confirmed.pk}")
    assert response.context["form"].initial["meeting"] is None


def test_the_clerk_home_page_links_to_import(clerk_client):
    assert URL in clerk_client.get(reverse("clerk:home")).content.decode()


# --- The preview -----------------------------------------------------------------------------


def test_the_preview_shows_the_seeds_eight_points_its_action_and_nothing_lost(
    clerk_client, meeting, seed_people
):
    before = _record_counts()
    response = _preview(clerk_client, meeting)
    assert response.status_code == 200
    preview = response.context["preview"]
    assert [p.topic for p in preview.items[0].points] == SEED_TOPICS
    assert [(a.description, a.owner_label) for a in preview.items[0].actions] == [
        (SEED_ACTION, "Officers")
    ]
    assert preview.missing == []
    assert preview.items[0].parsed.decisions == []
    assert [s.heading for s in preview.items[0].parsed.sections] == [
        "",
        "Cyber Security",
        "Procurement",
        "Commercialisation",
        "Efficient and Intelligent councils",
        "Discussion",
    ]
    html = response.content.decode()
    for topic in SEED_TOPICS:
        assert topic in html
    assert SEED_ACTION in html
    assert "nothing would be lost" in html
    assert 'id="missing-sentences"' not in html
    assert "Import item 4" in html
    assert _record_counts() == before, "a preview saves nothing"


def test_the_preview_fills_in_the_title_from_the_minute(clerk_client, meeting):
    response = _preview(clerk_client, meeting)
    assert form_data(response, "text")["item-0-title"] == "Productivity Report"


def test_the_preview_keeps_a_title_the_clerk_typed(clerk_client, meeting):
    response = _preview(clerk_client, meeting, title="Productivity")
    assert form_data(response, "text")["item-0-title"] == "Productivity"


def test_the_preview_matches_speakers_to_known_people_or_marks_them_new(clerk_client, meeting):
    fleming = PersonFactory(honorific="Cllr", name="Fleming")
    allen = PersonFactory(honorific="Cllr", name="Joy Allen")
    response = _preview(clerk_client, meeting)
    preview = response.context["preview"]
    speakers = {p.topic: [(s.name, s.person) for s in p.speakers] for p in preview.items[0].points}
    assert speakers["Shared Services"] == [("Cllr Fleming", fleming)]
    assert speakers["Brexit"] == [("Cllr Allen", allen), ("Dennis Skinner", None)]
    assert speakers["OPE"] == []
    assert (preview.items[0].introduced_by.name, preview.items[0].introduced_by.person) == (
        "Cllr Ron Woodley",
        None,
    )
    assert preview.new_people == ["Cllr Ron Woodley", "Dennis Skinner"]
    html = response.content.decode()
    assert "Cllr Allen (matched to Cllr Joy Allen)" in html
    assert "New person" in html


def test_the_preview_lists_sentences_that_would_be_lost(clerk_client, meeting, monkeypatch):
    monkeypatch.setattr(
        "minutes.clerk.import_forms.missing_sentences",
        lambda original, parsed: ["Members noted the late papers."],
    )
    html = _preview(clerk_client, meeting).content.decode()
    assert 'id="missing-sentences"' in html
    assert "1 sentence of the pasted minutes would be lost" in html
    assert "Members noted the late papers." in html


def test_the_preview_lists_supporting_documents_as_text(clerk_client, meeting):
    text = SEED_TEXT + "\nProductivity Report, item 4, PDF 120 KB\n"
    response = _preview(clerk_client, meeting, text=text)
    assert response.context["preview"].items[0].parsed.supporting_documents == [
        "Productivity Report, item 4"
    ], "the file size is the website's chrome"
    assert "Productivity Report, item 4" in response.content.decode()


def test_the_preview_warns_when_the_item_will_be_public_at_once(clerk_client, meeting):
    meeting.stage = Meeting.Stage.PUBLISHED
    meeting.save()
    html = _preview(clerk_client, meeting).content.decode()
    assert "the items will be public as soon as they are imported" in html


# --- Importing -------------------------------------------------------------------------------


def test_import_creates_the_item_as_the_demo_holds_the_seed(clerk_client, clerk, demo):
    seed_item = AgendaItem.objects.get(title="Productivity Report")
    meeting = Meeting.objects.get(committee=seed_item.meeting.committee, stage="published")
    before = _record_counts()

    response = _import(clerk_client, _preview(clerk_client, meeting))

    item = AgendaItem.objects.get(meeting=meeting, number="4")
    assert response.status_code == 302
    assert response.url == reverse("clerk:item_minutes", args=[meeting.pk, item.pk])
    assert _record_counts() == {
        **before,
        "items": before["items"] + 1,
        "points": before["points"] + 8,
        "actions": before["actions"] + 1,
    }, "every speaker matched someone known: no new person"
    assert item.position == 4, "the next free place after items 1 to 3"
    assert (item.title, item.minute_text) == (seed_item.title, seed_item.minute_text)
    assert item.introduced_by == seed_item.introduced_by
    assert not item.decisions.exists()

    def points(of):
        return [
            (p.position, p.topic, p.text, sorted(str(s) for s in p.speakers.all()))
            for p in of.discussion_points.prefetch_related("speakers")
        ]

    assert points(item) == points(seed_item)
    speakers = {topic: names for _, topic, _, names in points(item)}
    assert speakers["Shared Services"] == ["Cllr Fleming"]
    assert speakers["Brexit"] == ["Cllr Joy Allen", "Dennis Skinner"]
    (action,) = item.actions.all()
    assert (action.description, action.owner_label, action.owner) == (SEED_ACTION, "Officers", None)
    assert action.discussion_point is None, "raised under the whole item"
    assert action.status == Action.Status.OPEN
    assert AgendaItem.history.get(id=item.pk).history_user == clerk


def test_import_says_what_it_made_on_the_minute_taking_page(clerk_client, meeting):
    response = _import(clerk_client, _preview(clerk_client, meeting))
    page = clerk_client.get(response.url)
    html = page.content.decode()
    assert "Item 4, Productivity Report, imported with 8 discussion points, 0 decisions" in html
    assert "1 action." in html


def test_import_matches_known_speakers_and_adds_the_others(clerk_client, meeting):
    fleming = PersonFactory(honorific="Cllr", name="Fleming")
    allen = PersonFactory(honorific="Cllr", name="Joy Allen")
    people_before = Person.objects.count()

    _import(clerk_client, _preview(clerk_client, meeting))

    item = AgendaItem.objects.get(meeting=meeting, number="4")
    assert Person.objects.count() == people_before + 2
    woodley = Person.objects.get(name="Ron Woodley")
    skinner = Person.objects.get(name="Dennis Skinner")
    assert (woodley.honorific, skinner.honorific) == ("Cllr", "")
    assert item.introduced_by == woodley
    points = {p.topic: set(p.speakers.all()) for p in item.discussion_points.all()}
    assert points["Shared Services"] == {fleming}
    assert points["Brexit"] == {allen, skinner}


def test_the_title_can_be_changed_before_import(clerk_client, meeting):
    _import(clerk_client, _preview(clerk_client, meeting), title="Productivity programme")
    assert AgendaItem.objects.get(meeting=meeting, number="4").title == "Productivity programme"


def test_import_of_a_text_changed_since_its_preview_previews_it_again(clerk_client, meeting):
    previewed = _preview(clerk_client, meeting)
    changed = SEED_TEXT.replace("Brexit –", "EU exit –")
    response = _import(clerk_client, previewed, text=changed)
    assert response.status_code == 200
    assert not AgendaItem.objects.filter(meeting=meeting, number="4").exists()
    assert "changed since they were last previewed" in response.content.decode()
    assert "EU exit" in [p.topic for p in response.context["preview"].items[0].points]
    # Now that the change has been previewed, Import goes ahead.
    _import(clerk_client, response)
    item = AgendaItem.objects.get(meeting=meeting, number="4")
    assert item.discussion_points.filter(topic="EU exit").exists()


def test_import_takes_the_next_free_place_on_the_agenda(clerk_client, meeting):
    AgendaItemFactory(meeting=meeting, number="9", position=7)
    _import(clerk_client, _preview(clerk_client, meeting, number="3a"))
    assert AgendaItem.objects.get(meeting=meeting, number="3a").position == 8


# --- Refusals keep everything typed and save nothing ----------------------------------------


def _assert_refused(response, message, *, text=SEED_TEXT, field=None):
    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert message in html
    if text is not None:
        assert form_data(response, "text")["text"] == text, "the pasted text is kept as pasted"
    if field:
        assert f'href="#id_{field}"' in html


@pytest.mark.parametrize("text", ["", "\u00a0 \n\u00a0\n "])
def test_an_empty_minute_is_refused(clerk_client, meeting, text):
    before = _record_counts()
    response = clerk_client.post(
        URL, {"meeting": meeting.pk, "number": "4", "text": text, "import": "1"}
    )
    # Blank either way: the form layout collapses a run of spaces between tags.
    _assert_refused(response, "Paste the minutes, or upload them as a file.", text=None)
    assert _record_counts() == before


@pytest.mark.parametrize("number", ["2", " 2. "])
def test_a_number_already_used_at_the_meeting_is_refused(clerk_client, meeting, number):
    before = _record_counts()
    response = _preview(clerk_client, meeting, number=number)
    _assert_refused(
        response, "Item 2 is already on the agenda of this meeting", field="item-0-number"
    )
    assert "Import item" not in response.content.decode()
    response = clerk_client.post(
        URL, {**form_data(response, "text"), "import": "1", "previewed": "forged"}
    )
    _assert_refused(
        response, "Item 2 is already on the agenda of this meeting", field="item-0-number"
    )
    assert _record_counts() == before


def test_a_number_taken_in_another_case_is_refused(clerk_client, meeting):
    AgendaItemFactory(meeting=meeting, number="4a", position=3)
    response = _preview(clerk_client, meeting, number="4A")
    _assert_refused(response, "Item 4A is already on the agenda of this meeting")


@pytest.mark.parametrize("number", ["4/5", "item 4", "4#", "FC.25.26.101.123456789"])
def test_a_number_not_usable_in_an_address_is_refused(clerk_client, meeting, number):
    before = _record_counts()
    response = _preview(clerk_client, meeting, number=number)
    _assert_refused(response, "An item number is", field="item-0-number")
    assert _record_counts() == before


def test_a_missing_meeting_or_number_is_refused(clerk_client):
    response = clerk_client.post(URL, {"text": SEED_TEXT, "preview": "1"})
    _assert_refused(response, "Choose the meeting the minutes belong to.", field="meeting")


def test_a_confirmed_meeting_is_refused(clerk_client, meeting):
    confirmed = MeetingFactory(
        committee=meeting.committee,
        starts_at=meeting.starts_at - datetime.timedelta(days=60),
        stage=Meeting.Stage.CONFIRMED,
        confirmed_at=meeting,
    )
    before = _record_counts()
    response = clerk_client.post(
        URL, {"meeting": confirmed.pk, "number": "4", "text": SEED_TEXT, "import": "1"}
    )
    _assert_refused(response, "Confirmed minutes are locked", field="meeting")
    assert _record_counts() == before


def test_minutes_confirmed_between_preview_and_import_are_refused(clerk_client, meeting):
    previewed = _preview(clerk_client, meeting)
    later = MeetingFactory(committee=meeting.committee)
    Meeting.objects.filter(pk=meeting.pk).update(
        stage=Meeting.Stage.CONFIRMED, confirmed_at=later, confirmed_on=later.date
    )
    before = _record_counts()
    response = _import(clerk_client, previewed)
    _assert_refused(response, "Confirmed minutes are locked", field="meeting")
    assert _record_counts() == before


def test_a_title_is_needed_when_the_minute_has_none(clerk_client, meeting):
    text = SEED_TEXT.split("Minutes:", 1)[1]
    previewed = _preview(clerk_client, meeting, text=text)
    assert form_data(previewed, "text")["item-0-title"] == ""
    response = _import(clerk_client, previewed)
    _assert_refused(response, "Enter the item’s title", text=text, field="item-0-title")
    assert not AgendaItem.objects.filter(meeting=meeting, number="4").exists()
    _import(clerk_client, response, title="Productivity Report")
    assert AgendaItem.objects.get(meeting=meeting, number="4").title == "Productivity Report"


# --- The service -----------------------------------------------------------------------------


def test_the_service_refuses_confirmed_minutes(meeting, clerk):
    later = MeetingFactory(committee=meeting.committee)
    Meeting.objects.filter(pk=meeting.pk).update(stage="confirmed", confirmed_at=later)
    meeting.refresh_from_db()
    with pytest.raises(WorkflowError) as refusal:
        import_minute(
            meeting=meeting, number="4", title="", parsed=parse_minute(SEED_TEXT), user=clerk
        )
    assert refusal.value.code == "minutes_confirmed"
    assert not AgendaItem.objects.filter(meeting=meeting, number="4").exists()


def test_the_service_refuses_a_number_taken(meeting, clerk):
    with pytest.raises(WorkflowError) as refusal:
        import_minute(
            meeting=meeting, number="2", title="", parsed=parse_minute(SEED_TEXT), user=clerk
        )
    assert refusal.value.code == "number_taken"


def test_the_service_saves_all_or_nothing(meeting, clerk, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(Action, "save", fail)
    before = _record_counts()
    with pytest.raises(RuntimeError):
        import_minute(
            meeting=meeting, number="4", title="", parsed=parse_minute(SEED_TEXT), user=clerk
        )
    assert _record_counts() == before


# --- Matching names to people ------------------------------------------------------------------


@pytest.mark.django_db
def test_a_full_name_matches_exactly_with_or_without_an_honorific():
    skinner = PersonFactory(honorific="", name="Dennis Skinner")
    allen = PersonFactory(honorific="Cllr", name="Joy Allen")
    assert match_person("Dennis Skinner") == skinner
    assert match_person("dennis skinner") == skinner
    assert match_person("Cllr Joy Allen") == allen
    assert match_person("Councillor Joy Allen") == allen
    assert match_person("Joy Allen") == allen


@pytest.mark.django_db
def test_an_honorific_and_a_surname_match_the_one_person_it_fits():
    allen = PersonFactory(honorific="Cllr", name="Joy Allen")
    PersonFactory(honorific="", name="Tim Allen")  # an officer: not a Cllr
    assert match_person("Cllr Allen") == allen
    assert match_person("Dr Allen") is None


@pytest.mark.django_db
def test_a_name_that_fits_several_people_matches_no_one():
    PersonFactory(honorific="Cllr", name="Joy Allen")
    PersonFactory(honorific="Cllr", name="Mark Allen")
    assert match_person("Cllr Allen") is None
    PersonFactory(honorific="", name="Sam Lee")
    PersonFactory(honorific="", name="Sam Lee")
    assert match_person("Sam Lee") is None


@pytest.mark.django_db
def test_an_exact_name_wins_over_a_surname():
    fleming = PersonFactory(honorific="Cllr", name="Fleming")
    PersonFactory(honorific="Cllr", name="Peter Fleming")
    assert match_person("Cllr Fleming") == fleming


@pytest.mark.django_db
def test_no_match_for_a_stranger():
    PersonFactory(honorific="Cllr", name="Joy Allen")
    assert match_person("Cllr Hannah Osei") is None
    assert match_person("Brian Roberts") is None
    assert match_person("") is None
