"""Every page fits a 390 px phone without scrolling sideways, and prints as a clean record."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from actions.models import Action
from minutes.models import AgendaItem, Meeting, Person
from tests.public_records import follow_addresses

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
BOARD = "improvement-and-innovation-board"


def public_addresses() -> dict[str, str]:
    seed = AgendaItem.objects.select_related("meeting__committee").get(
        title="Productivity Report", meeting__committee__slug=BOARD
    )
    meeting = seed.meeting
    action = Action.objects.public().order_by("reference").first()
    person = Person.objects.public().filter(points_spoken_to__isnull=False).first()
    owner = Person.objects.public().filter(actions_owned__isnull=False).first()
    later = Meeting.objects.public().filter(committee=meeting.committee).order_by("-starts_at")[0]
    return {
        "home": reverse("home"),
        "committees": reverse("committee_list"),
        "committee": meeting.committee.get_absolute_url(),
        "meeting": meeting.get_absolute_url(),
        "whole minutes": reverse("whole_minutes", args=[BOARD, meeting.slug]),
        "item": seed.get_absolute_url(),
        "action log": reverse("action_list"),
        "action": action.get_absolute_url(),
        "person": person.get_absolute_url(),
        "action owner": owner.get_absolute_url(),
        "meeting with matters arising": later.get_absolute_url(),
        "agenda stage meeting": Meeting.objects.filter(stage="agenda").first().get_absolute_url(),
        "search results": f"{reverse('search')}?q=productivity",
        "people": reverse("people_list"),
        **follow_addresses(meeting.committee),
        "sign in": reverse("login"),
    }


def clerk_addresses() -> dict[str, str]:
    seed = AgendaItem.objects.get(title="Productivity Report", meeting__committee__slug=BOARD)
    meeting = Meeting.objects.filter(stage=Meeting.Stage.PUBLISHED).first()
    item = meeting.agenda_items.first()
    return {
        "clerk home": reverse("clerk:home"),
        "clerk new meeting": reverse("clerk:meeting_create"),
        "clerk meeting": reverse("clerk:meeting", args=[meeting.pk]),
        "clerk edit meeting": reverse("clerk:meeting_edit", args=[meeting.pk]),
        "clerk confirm": reverse("clerk:meeting_confirm", args=[meeting.pk]),
        "clerk attendance": reverse("clerk:attendance", args=[meeting.pk]),
        "clerk agenda": reverse("clerk:agenda", args=[meeting.pk]),
        "clerk minutes": reverse("clerk:item_minutes", args=[meeting.pk, item.pk]),
        "clerk history": reverse("clerk:item_history", args=[seed.meeting.pk, seed.pk]),
        "clerk matters arising": reverse("clerk_matters_arising", args=[meeting.pk]),
        "clerk import": reverse("clerk:import"),
        "my actions": reverse("my_actions"),
        "unassigned actions": reverse("unassigned_actions"),
        "search results as a clerk": f"{reverse('search')}?q=productivity",
    }


def sideways_overflow(page) -> tuple[int, list[str]]:
    """How wide the page is, and the widest elements that stick out past the window."""
    return page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            const out = [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 1)
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.'));
            return [document.documentElement.scrollWidth, out];
        }"""
    )


def assert_fits_a_phone(page, addresses: dict[str, str], then=None) -> None:
    """Each address fits; `then(page, too_wide)`, if given, goes on to check pages reached
    by pressing buttons."""
    page.set_viewport_size(PHONE)
    too_wide = {}
    for name, url in addresses.items():
        response = page.goto(url)
        assert response.status == 200, f"{name}: {url}"
        check_fits(page, name, too_wide)
    if then is not None:
        then(page, too_wide)
    assert not too_wide, too_wide


def check_fits(page, name: str, too_wide: dict) -> None:
    width, culprits = sideways_overflow(page)
    if width > PHONE["width"]:
        too_wide[name] = (width, culprits)


def test_every_public_page_type_fits_a_390px_phone(page, demo):
    assert_fits_a_phone(page, public_addresses())


def test_every_public_form_answer_fits_a_390px_phone(page, demo):
    """The pages a reader's form sends back: refused, sent, confirmed, stopped."""

    def answers(page, too_wide):
        follow = follow_addresses(Meeting.objects.first().committee)
        page.goto(follow["follow"])
        page.get_by_role("button", name="Send the link").click()
        page.wait_for_selector(".govuk-error-summary")
        check_fits(page, "follow: refused", too_wide)
        page.fill("#id_email", "someone@example.org")
        page.get_by_role("button", name="Send the link").click()
        page.wait_for_selector("text=someone@example.org")
        check_fits(page, "follow: link sent", too_wide)
        for name in ("follow: confirm link", "follow: stop link"):
            page.goto(follow[name])
            with page.expect_navigation():
                page.locator("main form button").first.click()
            check_fits(page, f"{name}, pressed", too_wide)
        page.goto(reverse("login"))
        page.fill("#id_username", "clerk")
        page.fill("#id_password", "not the password")
        page.click("button:has-text('Sign in')")
        page.wait_for_selector(".govuk-error-summary")
        check_fits(page, "sign in: refused", too_wide)

    assert_fits_a_phone(page, {}, then=answers)


def test_every_signed_in_page_type_fits_a_390px_phone(page, sign_in, demo):
    sign_in(get_user_model().objects.get(username="clerk"))

    def publish_check(page, too_wide):
        draft = Meeting.objects.filter(stage=Meeting.Stage.DRAFT).first()
        page.goto(reverse("clerk:meeting", args=[draft.pk]))
        page.get_by_role("button", name="Publish the agenda").click()
        page.wait_for_selector("#publish-confirm")
        check_fits(page, "clerk publish-check", too_wide)
        # Forms sent back with their errors.
        for name in ("clerk new meeting", "clerk confirm"):
            page.goto(clerk_addresses()[name])
            page.locator("main form :is(button, input[type=submit])").last.click()
            page.wait_for_selector(".govuk-error-summary")
            check_fits(page, f"{name}: refused", too_wide)

    assert_fits_a_phone(page, clerk_addresses(), then=publish_check)


def test_an_officers_own_action_and_its_forms_fit_a_390px_phone(page, sign_in, demo):
    officer = get_user_model().objects.get(username="officer")
    sign_in(officer)
    own = {
        f"own action ({action.status})": action.get_absolute_url()
        for action in Action.objects.filter(owner__user=officer).order_by("status")
    }

    def with_forms(page, too_wide):
        for name, url in own.items():
            page.goto(url)
            for summary in page.locator("main details summary").all():
                summary.click()
            check_fits(page, f"{name}, every form open", too_wide)
        # A refused update comes back with its error summary.
        page.goto(next(url for name, url in own.items() if "(open)" in name))
        page.click("#done-submit")
        page.wait_for_selector(".govuk-error-summary")
        check_fits(page, "own action: refused", too_wide)

    assert_fits_a_phone(page, {"my actions": reverse("my_actions"), **own}, then=with_forms)


def test_pages_print_black_text_without_link_addresses_or_chrome(page, demo):
    addresses = public_addresses()
    for name in ("meeting", "whole minutes", "item", "action log", "person"):
        page.goto(addresses[name])
        page.emulate_media(media="print")
        for chrome in ["header.govuk-header", "footer.govuk-footer", ".govuk-breadcrumbs"]:
            assert page.locator(chrome).is_hidden(), f"{chrome} prints on {name}"
        found = page.evaluate(
            """() => {
                const links = [...document.querySelectorAll('a')].filter(a => a.offsetParent);
                const addresses = links
                    .map(a => getComputedStyle(a, '::after').content)
                    .filter(c => c && c !== 'none' && c !== 'normal' && c !== '""');
                const coloured = [...document.querySelectorAll('main *')]
                    .filter(e => e.offsetParent && e.childNodes.length &&
                                 [...e.childNodes].some(n => n.nodeType === 3 && n.data.trim()))
                    .map(e => getComputedStyle(e).color)
                    .filter(c => c !== 'rgb(0, 0, 0)');
                return {links: links.length, addresses, coloured};
            }"""
        )
        assert found["links"] > 0, name
        assert found["addresses"] == [], f"{name} prints link addresses: {found['addresses'][:3]}"
        assert found["coloured"] == [], f"{name} prints coloured text: {found['coloured'][:3]}"
        page.emulate_media(media="screen")


def test_the_whole_minutes_print_each_item_on_a_new_page(page, demo):
    page.goto(public_addresses()["whole minutes"])
    page.emulate_media(media="print")
    breaks = page.eval_on_selector_all(
        ".app-whole-minutes__item", "items => items.map(i => getComputedStyle(i).breakBefore)"
    )
    assert len(breaks) == 3
    assert breaks[1:] == ["page", "page"]
    assert page.locator(".app-document-links").is_hidden()
    page.emulate_media(media="screen")
    assert page.eval_on_selector(
        ".app-whole-minutes__item + .app-whole-minutes__item",
        "item => getComputedStyle(item).breakBefore",
    ) in ("auto", "")
