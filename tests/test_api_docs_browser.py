"""The API's browsable docs work in a real browser under a strict Content-Security-Policy."""

import pytest

from tests.public_records import build_meeting

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Scripts only from our own address: no inline script, no eval, no CDN.
POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'"
)


def test_swagger_ui_draws_every_operation_under_a_strict_policy(page, live_server):
    build_meeting(items=1)
    refused: list[str] = []
    outside: list[str] = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.on(
        "request",
        lambda request: (
            outside.append(request.url)
            if not request.url.startswith((live_server.url, "data:"))
            else None
        ),
    )

    def with_policy(route):
        response = route.fetch()
        route.fulfill(
            response=response, headers={**response.headers, "content-security-policy": POLICY}
        )

    page.route("**/api/v1/docs/**", with_policy)
    # Swagger UI's bundle is large: on a busy machine it may take longer than a page does.
    page.goto("/api/v1/docs/", timeout=60_000)
    page.locator(".opblock-summary-path").first.wait_for(timeout=60_000)

    paths = set(page.locator(".opblock-summary-path").all_inner_texts())
    assert {"/api/v1/meetings/", "/api/v1/ocd/events/", "/api/v1/items/{id}/"} <= {
        p.replace("\u200b", "") for p in paths
    }
    assert refused == []
    assert outside == []
