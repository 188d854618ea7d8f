"""The root URL map; see the address table in the design."""

import os

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, register_converter

from minutes import observability
from minutes.converters import ActionReferenceConverter, ItemNumberConverter, MeetingConverter

register_converter(MeetingConverter, "meeting")
register_converter(ItemNumberConverter, "item")
register_converter(ActionReferenceConverter, "ref")

admin.site.site_header = f"{settings.SITE_NAME}: administration"
admin.site.site_title = settings.SITE_NAME

urlpatterns = [
    path("healthz", observability.healthz, name="healthz"),
    path("readyz", observability.readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("accounts/", include("minutes.accounts")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("clerk/", include("actions.clerk_urls")),
    path("clerk/", include("minutes.clerk.urls")),
    path("actions/", include("actions.urls")),
    path("api/v1/", include("minutes.api.urls")),
    path("", include("minutes.public_urls")),
]
# Nothing under MEDIA_ROOT is served directly, even with DEBUG: documents go through
# /documents/<id>/<file-name>, which applies the publication rules.

if os.environ.get("BENCH_FLOOR") == "1":
    # The benchmark's floor: the site's layout with no content, through the same middleware.
    # Only when the benchmark starts the server with BENCH_FLOOR=1; never in a deployment.
    from django.shortcuts import render

    def bench_floor(request):
        return render(request, "base.html", {})

    urlpatterns += [path("bench/floor/", bench_floor)]
