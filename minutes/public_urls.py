"""Public, read-only pages of the record."""

from django.urls import path

from minutes import people, search_views, views

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
    path("people/", people.people_list, name="people_list"),
    path("people/<slug:person>/", people.person_detail, name="person_detail"),
    path("search/", search_views.search_page, name="search"),
]
