"""/api/v1/: the open data API, its OpenAPI 3 schema and its browsable documentation."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from minutes.api import ocd, views


class Router(DefaultRouter):
    """Plain addresses only: no .json suffix patterns (JSON is all the API speaks)."""

    include_format_suffixes = False


router = Router()
router.register("committees", views.CommitteeViewSet, basename="api-committee")
router.register("meetings", views.MeetingViewSet, basename="api-meeting")
router.register("items", views.ItemViewSet, basename="api-item")
router.register("actions", views.ActionViewSet, basename="api-action")
router.register("people", views.PersonViewSet, basename="api-person")
router.register("ocd/events", ocd.OCDEventViewSet, basename="api-ocd-event")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # The split view serves its start-up script as a file, so the page has no inline script
    # and works under a Content-Security-Policy without 'unsafe-inline'.
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(
            url_name="api-schema", template_name="minutes/api/swagger_ui.html"
        ),
        name="api-docs",
    ),
    path("", include(router.urls)),
]
