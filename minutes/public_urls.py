"""Public, read-only pages of the record."""

from django.urls import path

from minutes import document_views, views

urlpatterns = [
    path("", views.home, name="home"),
    path("committees/", views.committee_list, name="committee_list"),
    path("committees/<slug:committee>/", views.committee_detail, name="committee_detail"),
    path(
        "committees/<slug:committee>/<meeting:meeting>/",
        views.meeting_detail,
        name="meeting_detail",
    ),
    path(
        "committees/<slug:committee>/<meeting:meeting>/items/<item:number>/",
        views.item_detail,
        name="item_detail",
    ),
    path("people/<slug:person>/", views.person_detail, name="person_detail"),
]

urlpatterns += [
    path(
        "committees/<slug:committee>/<meeting:meeting>/minutes/",
        document_views.whole_minutes,
        name="whole_minutes",
    ),
    path(
        "committees/<slug:committee>/<meeting:meeting>/minutes.pdf",
        document_views.minutes_pdf,
        name="minutes_pdf",
    ),
    path(
        "committees/<slug:committee>/<meeting:meeting>/agenda.pdf",
        document_views.agenda_pdf,
        name="agenda_pdf",
    ),
    path(
        "committees/<slug:committee>/<meeting:meeting>/minutes/changes/",
        document_views.draft_changes,
        name="draft_changes",
    ),
]
