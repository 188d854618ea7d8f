"""Signing in: wrong passwords pause sign-in for a while, and a forgotten password can be reset."""

import re

import pytest
from django.core import mail
from django.test import Client

from tests.factories import UserFactory

RIGHT = "correct horse battery staple"


def _try(client, path, username, password):
    return client.post(path, {"username": username, "password": password})


@pytest.fixture
def user(db):
    return UserFactory(username="clara", email="clara@example.org")


@pytest.mark.parametrize("path", ["/accounts/login/", "/admin/login/"])
def test_twenty_wrong_passwords_then_the_right_one_is_refused(client, user, path, settings):
    if path == "/admin/login/":
        user.is_staff = True
        user.save()
    for _ in range(20):
        _try(client, path, "clara", "wrong password")
    response = _try(client, path, "clara", RIGHT)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    page = response.content.decode()
    assert "Sign-in paused" in page and "15 minutes" in page
    assert 'class="govuk-header' in page  # the service's look, not the admin's


def test_sign_in_is_paused_at_the_limit_not_before(client, user, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _try(client, "/accounts/login/", "clara", "wrong").status_code == 200
    assert _try(client, "/accounts/login/", "clara", RIGHT).status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_pause_for_one_username_does_not_lock_out_another(client, user, settings):
    UserFactory(username="olu")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _try(client, "/accounts/login/", "clara", "wrong")
    assert _try(client, "/accounts/login/", "olu", RIGHT).status_code == 302


@pytest.mark.parametrize("path", ["/accounts/login/", "/admin/login/"])
def test_a_username_longer_than_any_is_a_wrong_password_and_still_counted(
    client, user, path, settings
):
    """The attempt log keeps 255 characters; on PostgreSQL a longer name once failed the
    request with a server error instead of answering the sign-in page."""
    user.is_staff = True
    user.save()
    enormous = "clara" + "x" * 100_000
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = _try(client, path, enormous, "wrong")
        assert response.status_code == 200
        assert "_auth_user_id" not in client.session
    assert "correct" in response.content.decode()  # "enter a correct username and password"
    assert _try(client, path, enormous, "wrong").status_code == 429
    assert _try(client, path, "clara", RIGHT).status_code == 302  # another name is not paused


def test_the_pause_ends_after_the_cool_off(client, user, settings):
    from axes.models import AccessAttempt

    for _ in range(settings.AXES_FAILURE_LIMIT):
        _try(client, "/accounts/login/", "clara", "wrong")
    assert _try(client, "/accounts/login/", "clara", RIGHT).status_code == 429
    # Move the failures back past the cool-off, as if the time had passed.
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time - settings.AXES_COOLOFF_TIME
    )
    assert _try(client, "/accounts/login/", "clara", RIGHT).status_code == 302


def test_the_sign_in_page_links_to_password_reset(client, db):
    page = client.get("/accounts/login/").content.decode()
    assert 'href="/accounts/password_reset/"' in page


def test_the_reset_pages_are_in_the_service_look(client, db):
    for path, heading in [
        ("/accounts/password_reset/", "Reset your password"),
        ("/accounts/password_reset/done/", "Check your email"),
        ("/accounts/reset/done/", "Your password has been changed"),
        ("/accounts/reset/MQ/not-a-token/", "This link has expired"),
    ]:
        page = client.get(path).content.decode()
        assert heading in page, path
        assert 'class="govuk-header' in page and "Django administration" not in page, path


def test_a_password_is_reset_through_the_emailed_link(user, settings):
    settings.SITE_URL = "https://minutes.example.gov.uk"
    client = Client(HTTP_HOST="attacker.example")
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "attacker.example"]
    response = client.post("/accounts/password_reset/", {"email": "clara@example.org"})
    assert response.status_code == 302 and response["Location"] == "/accounts/password_reset/done/"
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    link = re.search(r"(https://minutes\.example\.gov\.uk)(/accounts/reset/\S+)", body)
    assert link, body
    assert "attacker.example" not in body

    form = client.get(link.group(2), follow=True)
    assert "Choose a new password" in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "a brand new passphrase", "new_password2": "a brand new passphrase"},
    )
    assert done["Location"] == "/accounts/reset/done/"
    user.refresh_from_db()
    assert user.check_password("a brand new passphrase")


def test_a_mismatched_new_password_is_shown_as_an_error_in_the_form(user):
    client = Client()
    client.post("/accounts/password_reset/", {"email": "clara@example.org"})
    path = re.search(r"https?://\S+?(/accounts/reset/\S+)", mail.outbox[0].body).group(1)
    form_url = client.get(path, follow=True).redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "one passphrase", "new_password2": "another"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page and "govuk-input--error" in page
    user.refresh_from_db()
    assert user.check_password(RIGHT)


def test_an_unknown_address_gets_the_same_answer_and_no_email(client, db):
    response = client.post("/accounts/password_reset/", {"email": "nobody@example.org"})
    assert response["Location"] == "/accounts/password_reset/done/"
    assert mail.outbox == []
