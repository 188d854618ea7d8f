"""Remembered addresses are the addresses reverse() gives, under whatever prefix the site runs."""

from __future__ import annotations

from django.templatetags.static import static
from django.test import override_settings
from django.urls import reverse, set_script_prefix

from minutes.addresses import _remembered, address, asset


def test_a_remembered_address_is_the_reversed_one():
    assert address("item_detail", committee="board", meeting="2024-05-01", number="3a") == reverse(
        "item_detail", kwargs={"committee": "board", "meeting": "2024-05-01", "number": "3a"}
    )
    assert address("action_detail", reference="2019-10000") == "/actions/2019-10000/"


def test_an_address_is_remembered_once_and_not_reversed_again():
    _remembered.cache_clear()
    address("action_detail", reference="2019-0007")
    address("action_detail", reference="2019-0007")
    info = _remembered.cache_info()
    assert (info.misses, info.hits) == (1, 1)


def test_a_site_under_a_path_prefix_gets_its_own_addresses():
    try:
        set_script_prefix("/council/")
        assert address("action_detail", reference="2019-0007") == "/council/actions/2019-0007/"
    finally:
        set_script_prefix("/")
    assert address("action_detail", reference="2019-0007") == "/actions/2019-0007/"


def test_different_values_are_different_addresses():
    assert address("person_detail", person="ann-smith") != address("person_detail", person="bob")


def test_a_files_remembered_address_is_the_static_one():
    asset.cache_clear()
    assert asset("build/site.css") == static("build/site.css")
    assert asset("js/init.js") == static("js/init.js") != asset("build/site.css")
    with override_settings(STATIC_URL="/assets/"):
        assert asset("js/init.js") == static("js/init.js")
        assert asset("js/init.js").startswith("/assets/")
