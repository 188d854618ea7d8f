"""Officers' tracker under /actions/: their own actions, taking and updating them, exports.

Included before the public routes, so that fixed words (mine, export.csv) are matched first.
"""

from django.urls import path

from actions import tracker

urlpatterns = [
    path("mine/", tracker.my_actions, name="my_actions"),
    path("unassigned/", tracker.unassigned_actions, name="unassigned_actions"),
    path("export.csv", tracker.action_export, name="action_export"),
    path("calendar/reset/", tracker.action_calendar_reset, name="action_calendar_reset"),
    path("calendar/<str:token>.ics", tracker.action_calendar, name="action_calendar"),
    path("<ref:reference>/update/", tracker.action_note, name="action_note"),
    path("<ref:reference>/start/", tracker.action_start, name="action_start"),
    path("<ref:reference>/done/", tracker.action_done, name="action_done"),
    path("<ref:reference>/withdraw/", tracker.action_withdraw, name="action_withdraw"),
    path("<ref:reference>/reopen/", tracker.action_reopen, name="action_reopen"),
    path("<ref:reference>/take/", tracker.action_take, name="action_take"),
    path("<ref:reference>/assign/", tracker.action_assign, name="action_assign"),
]
