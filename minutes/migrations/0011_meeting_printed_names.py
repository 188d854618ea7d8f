"""Confirmed minutes print names as on the day: a snapshot on each meeting.

Meetings already confirmed get theirs here, taken from the names as they stand when the
migration runs (the names of their day are not known), as confirm_minutes takes it: the
committee's name, and each person the minutes name (the register and whom substitutes stood
in for, the chair, who signed, who introduced an item, spoke, declared or presented).
"""

from collections import defaultdict

from django.db import migrations, models

FIELDS = ("honorific", "name", "organisation", "position")
BATCH = 500


def snapshot_confirmed(apps, schema_editor):
    Meeting = apps.get_model("minutes", "Meeting")
    Person = apps.get_model("minutes", "Person")
    Attendance = apps.get_model("minutes", "Attendance")
    AgendaItem = apps.get_model("minutes", "AgendaItem")
    Speakers = apps.get_model("minutes", "DiscussionPoint").speakers.through
    Declaration = apps.get_model("minutes", "DeclarationOfInterest")
    Report = apps.get_model("minutes", "Report")

    confirmed = Meeting.objects.filter(stage="confirmed", printed_names__isnull=True).order_by("pk")
    last = 0
    while True:
        meetings = list(
            confirmed.filter(pk__gt=last)
            .select_related("committee")
            .only("pk", "chair_id", "signed_by_id", "committee__name")[:BATCH]
        )
        if not meetings:
            return
        last = meetings[-1].pk
        ids = [m.pk for m in meetings]
        named = defaultdict(set)
        for meeting in meetings:
            named[meeting.pk].update((meeting.chair_id, meeting.signed_by_id))
        for meeting_id, person, stood_in_for in Attendance.objects.filter(
            meeting_id__in=ids
        ).values_list("meeting_id", "person_id", "substitute_for_id"):
            named[meeting_id].update((person, stood_in_for))
        sources = [
            AgendaItem.objects.filter(meeting_id__in=ids).values_list(
                "meeting_id", "introduced_by_id"
            ),
            Speakers.objects.filter(discussionpoint__item__meeting_id__in=ids).values_list(
                "discussionpoint__item__meeting_id", "person_id"
            ),
            Declaration.objects.filter(item__meeting_id__in=ids).values_list(
                "item__meeting_id", "person_id"
            ),
            Report.objects.filter(item__meeting_id__in=ids).values_list(
                "item__meeting_id", "presenter_id"
            ),
        ]
        for rows in sources:
            for meeting_id, person in rows:
                named[meeting_id].add(person)
        everyone = set().union(*named.values()) - {None}
        printed = {
            p["pk"]: {field: p[field] for field in FIELDS}
            for p in Person.objects.filter(pk__in=everyone).values("pk", *FIELDS)
        }
        for meeting in meetings:
            meeting.printed_names = {
                "committee": meeting.committee.name,
                "people": {
                    str(pk): printed[pk] for pk in sorted(named[meeting.pk] - {None})
                },
            }
        Meeting.objects.bulk_update(meetings, ["printed_names"])


class Migration(migrations.Migration):
    dependencies = [
        ("minutes", "0010_attendance_history"),
    ]

    operations = [
        migrations.AddField(
            model_name="historicalmeeting",
            name="printed_names",
            field=models.JSONField(
                blank=True,
                editable=False,
                help_text="How the confirmed minutes print the committee and each person they name, as on the day they were confirmed (see minutes.printed_names). Empty until then.",
                null=True,
            ),
        ),
        migrations.AddField(
            model_name="meeting",
            name="printed_names",
            field=models.JSONField(
                blank=True,
                editable=False,
                help_text="How the confirmed minutes print the committee and each person they name, as on the day they were confirmed (see minutes.printed_names). Empty until then.",
                null=True,
            ),
        ),
        migrations.RunPython(snapshot_confirmed, migrations.RunPython.noop),
    ]
