"""Public, read-only pages of the record."""

from django.urls import path

from minutes import documents, views

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
    path("documents/<int:pk>/<str:file_name>", documents.document, name="document"),
]
