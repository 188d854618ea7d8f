"""/clerk/...: the clerks' pages for running a meeting's record. Meetings by primary key."""

from django.urls import path

from minutes.clerk import importer, views

app_name = "clerk"

urlpatterns = [
    path("", views.home, name="home"),
    path("import/", importer.import_page, name="import"),
    path("meetings/new/", views.meeting_create, name="meeting_create"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting"),
    path("meetings/<int:pk>/edit/", views.meeting_edit, name="meeting_edit"),
    path("meetings/<int:pk>/attendance/", views.attendance, name="attendance"),
    path("meetings/<int:pk>/agenda/", views.agenda, name="agenda"),
    path("meetings/<int:pk>/stage/", views.meeting_move, name="meeting_move"),
    path("meetings/<int:pk>/confirm/", views.meeting_confirm, name="meeting_confirm"),
    path("meetings/<int:pk>/items/<int:item_pk>/", views.item_minutes, name="item_minutes"),
    path(
        "meetings/<int:pk>/items/<int:item_pk>/history/",
        views.item_history,
        name="item_history",
    ),
]
