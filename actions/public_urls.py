"""The public action log and one action's page."""

from django.urls import path

from actions import views

urlpatterns = [
    path("", views.action_list, name="action_list"),
    path("<ref:reference>/", views.action_detail, name="action_detail"),
]
