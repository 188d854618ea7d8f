"""Officers' tracker under /actions/: their own actions, taking and updating them, exports.

Included before the public routes, so that fixed words (mine, export.csv) are matched first.
"""

from django.urls import path

from actions import tracker

urlpatterns = [
    path("mine/", tracker.my_actions, name="my_actions"),
]
