"""What a signed-in officer or member sees around their work: who is signed in, the sign-in
page itself, an action's forms with the main move first, and the action log's CSV link."""

import re

import pytest
from django.urls import reverse

from tests.factories import ActionFactory
from tests.tracker_helpers import put_in


@pytest.fixture
def action(officer):
    return ActionFactory(owner=officer.person, description="Officers to write to the minister.")


def _page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_header_names_who_is_signed_in_beside_sign_out(client, officer):
    officer.first_name, officer.last_name = "Olu", "Officer"
    officer.save()
    client.force_login(officer)

    page = _page(client, reverse("action_list"))

    assert re.search(r"Signed in as <strong>Olu Officer</strong>", page)
    assert ">Sign out</button>" in page
    assert ">Sign in</a>" not in page


def test_the_header_names_a_sign_in_with_no_name_by_its_username(client, member):
    member.first_name = member.last_name = ""
    member.save()
    client.force_login(member)

    assert "Signed in as <strong>member</strong>" in _page(client, reverse("home"))


def test_nobody_is_named_when_no_one_is_signed_in(client, db):
    page = _page(client, reverse("home"))

    assert "Signed in as" not in page
    assert ">Sign in</a>" in page


def test_the_sign_in_page_carries_the_services_name_not_the_host(client, db, settings):
    settings.SITE_NAME = "Borsetshire minutes"

    page = _page(client, reverse("login"))

    assert "<title>Sign in – Borsetshire minutes</title>" in page
    assert "Borsetshire minutes</a>" in page
    assert "testserver" not in re.sub(r'href="[^"]*"|action="[^"]*"', "", page)


def test_sign_in_from_the_sign_in_page_keeps_the_page_the_reader_wanted(client, officer):
    wanted = reverse("my_actions")
    page = _page(client, f"{reverse('login')}?next={wanted}")

    header_link = re.search(r'href="([^"]*)">Sign in</a>', page).group(1)
    assert header_link == f"{reverse('login')}?next={wanted}"

    officer.set_password("a-long-password-1")
    officer.save()
    response = client.post(
        header_link, {"username": "officer", "password": "a-long-password-1", "next": wanted}
    )
    assert response.status_code == 302
    assert response.url == wanted
    assert "cannot open this page" not in _page(client, response.url)


def test_the_header_link_elsewhere_returns_to_the_page_being_read(client, db):
    page = _page(client, reverse("action_list") + "?status=open")

    assert f'href="{reverse("login")}?next=%2Factions%2F%3Fstatus%3Dopen">Sign in</a>' in page


def test_an_open_actions_page_puts_mark_as_done_first_in_green(officer_client, action):
    page = _page(officer_client, action.get_absolute_url())

    done = re.search(r'<(?:input|button)[^>]*id="done-submit"[^>]*>', page).group(0)
    assert "govuk-button--" not in done
    folded = page.split('class="govuk-details app-action-manage__others"', 1)
    assert "done-form" in folded[0]
    assert 'id="note-form"' in folded[1] and 'id="withdraw-form"' in folded[1]
    assert 'id="done-form"' not in folded[1]


def test_withdraw_looks_like_a_warning_and_the_lesser_moves_are_grey(officer_client, action):
    page = _page(officer_client, action.get_absolute_url())

    withdraw = re.search(r'<(?:input|button)[^>]*id="withdraw-submit"[^>]*>', page).group(0)
    note = re.search(r'<(?:input|button)[^>]*id="note-submit"[^>]*>', page).group(0)
    assert "govuk-button--warning" in withdraw
    assert "govuk-button--secondary" in note
    assert "Other updates: add a progress note, start work, withdraw" in page


def test_a_refused_lesser_move_comes_back_unfolded_with_its_note(officer_client, action):
    response = officer_client.post(
        reverse("action_withdraw", args=[action.reference]), {"note": ""}
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert re.search(r'<details class="govuk-details app-action-manage__others" open>', page)
    assert "Enter the reason for withdrawing this action." in page


def test_a_done_actions_reopen_stays_in_view_but_not_green(officer_client, action):
    put_in(action, "done")

    page = _page(officer_client, action.get_absolute_url())

    reopen = re.search(r'<(?:input|button)[^>]*id="reopen-submit"[^>]*>', page).group(0)
    assert "govuk-button--secondary" in reopen
    assert page.index('id="reopen-form"') < page.index("app-action-manage__others")


def test_the_public_sees_no_forms_at_all(client, action):
    page = _page(client, action.get_absolute_url())

    assert "Update this action" not in page
    assert "app-action-manage__others" not in page


def test_the_action_log_links_its_csv_with_the_filters_in_force(client, db):
    page = _page(client, reverse("action_list") + "?status=open&overdue=on")

    link = re.search(r'href="([^"]*)" download>Download these actions', page).group(1)
    assert link.startswith(reverse("action_export") + "?")
    assert "status=open" in link and "overdue=on" in link
    assert client.get(link.replace("&amp;", "&")).status_code == 200


def test_the_unfiltered_log_links_the_whole_csv(client, db):
    page = _page(client, reverse("action_list"))

    assert f'href="{reverse("action_export")}" download>' in page
