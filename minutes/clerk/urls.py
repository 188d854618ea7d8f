"""/clerk/...: the clerks' pages for running a meeting's record."""

from django.urls import path

from minutes.clerk import views

app_name = "clerk"

urlpatterns = [
    path("", views.home, name="home"),
]
