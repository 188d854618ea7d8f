"""Error pages help the reader and say nothing about what is behind them."""

import pytest
from django.test import Client
from django.urls import path

from minutes.urls import urlpatterns as site_patterns


def _broken(request):
    raise RuntimeError("database password is hunter2 and item 7 is exempt")


urlpatterns = [path("broken/", _broken), *site_patterns]


@pytest.mark.urls(__name__)
def test_a_server_error_shows_a_plain_page_without_the_cause(db, settings):
    settings.DEBUG = False
    client = Client(raise_request_exception=False)
    response = client.get("/broken/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Sorry, there is a problem with the service" in body
    assert "hunter2" not in body and "exempt" not in body and "Traceback" not in body


def test_an_unknown_address_gets_the_helpful_not_found_page(client, db):
    response = client.get("/committees/no-such-committee/2019-01-17/")
    assert response.status_code == 404
    assert "Browse committees and their meetings" in response.content.decode()
