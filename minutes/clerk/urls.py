"""/clerk/...: the clerks' pages for running a meeting's record. Meetings by primary key."""

from django.urls import path

from minutes.clerk import importer
from minutes.clerk.views import (
    agenda,
    attendance,
    home,
    item_history,
    item_minutes,
    meetings,
    workflow,
)

app_name = "clerk"

urlpatterns = [
    path("", home.home, name="home"),
    path("import/", importer.import_page, name="import"),
    path("meetings/new/", meetings.meeting_create, name="meeting_create"),
    path("meetings/<int:pk>/", meetings.meeting_detail, name="meeting"),
    path("meetings/<int:pk>/edit/", meetings.meeting_edit, name="meeting_edit"),
    path("meetings/<int:pk>/attendance/", attendance.attendance, name="attendance"),
    path("meetings/<int:pk>/agenda/", agenda.agenda, name="agenda"),
    path("meetings/<int:pk>/stage/", workflow.meeting_move, name="meeting_move"),
    path("meetings/<int:pk>/confirm/", workflow.meeting_confirm, name="meeting_confirm"),
    path(
        "meetings/<int:pk>/items/<int:item_pk>/",
        item_minutes.item_minutes,
        name="item_minutes",
    ),
    path(
        "meetings/<int:pk>/items/<int:item_pk>/history/",
        item_history.item_history,
        name="item_history",
    ),
]
