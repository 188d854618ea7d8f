"""Clerks' pages of the tracker, under /clerk/: the committee's notes on matters arising."""

from django.urls import path

from actions import tracker

urlpatterns = [
    path(
        "meetings/<int:pk>/matters-arising/",
        tracker.clerk_matters_arising,
        name="clerk_matters_arising",
    ),
    path(
        "meetings/<int:pk>/matters-arising/<ref:reference>/",
        tracker.clerk_matters_arising_note,
        name="clerk_matters_arising_note",
    ),
]
