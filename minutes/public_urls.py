"""Public, read-only pages of the record."""

from django.urls import path

from minutes import (
    calendars,
    document_views,
    documents,
    feeds,
    follow,
    people_views,
    search_views,
    views,
)

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
    # Following the record: feeds and calendars.
    path("feeds/minutes/", feeds.MinutesFeed(), name="minutes_feed"),
    path("committees/<slug:committee>/feed/", feeds.CommitteeFeed(), name="committee_feed"),
    path("calendar.ics", calendars.all_meetings_calendar, name="meetings_calendar"),
    path(
        "committees/<slug:committee>/calendar.ics",
        calendars.committee_calendar,
        name="committee_calendar",
    ),
    # Following a committee by email: ask, confirm, stop.
    path("committees/<slug:committee>/follow/", follow.follow, name="committee_follow"),
    path(
        "committees/<slug:committee>/follow/confirm/<str:token>/",
        follow.confirm,
        name="committee_follow_confirm",
    ),
    path(
        "committees/<slug:committee>/follow/stop/<str:token>/",
        follow.unfollow,
        name="committee_unfollow",
    ),
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
    path("people/", people_views.people_list, name="people_list"),
    path("people/<slug:person>/", people_views.person_detail, name="person_detail"),
    path("search/", search_views.search_page, name="search"),
    path("documents/<int:pk>/<str:file_name>", documents.document, name="document"),
]
