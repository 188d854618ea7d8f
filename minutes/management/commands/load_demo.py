"""Build the demonstration record around the seed minute. Safe to run again: it changes nothing.

The seed is one real item, "Productivity Report", of the Improvement and Innovation
Board. The seed gives no date, item number, venue or chair, so those are illustrative,
as is every other meeting, item and person here apart from the ones the seed names.
"""

from __future__ import annotations

import datetime
import secrets
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from actions.models import Action, ActionUpdate
from minutes import printed_names
from minutes.importing import parse_minute
from minutes.models import (
    AgendaItem,
    Attendance,
    Committee,
    Decision,
    DeclarationOfInterest,
    DiscussionPoint,
    Meeting,
    Membership,
    Person,
    Report,
)
from minutes.services import create_item_from_minute

SEED = Path(__file__).resolve().parents[2] / "demo" / "lga-productivity-report-minute.txt"
ILLUSTRATIVE = (
    "The meeting dates, venue, item numbers and chair shown in this demonstration are "
    "illustrative; the Productivity Report minute of 17 January 2019 is the board's own text. "
)
BOARD = "improvement-and-innovation-board"
PANEL = "resources-scrutiny-panel"
EXEMPT_REASON = (
    "Exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972: "
    "information about the financial or business affairs of a particular person."
)


def _at(day: datetime.date, hour: int = 11, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


class Command(BaseCommand):
    help = "Load the demonstration meetings built around the seed minute (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help="Give the demo's clerk, officer and member new random passwords, and print them.",
        )

    def handle(self, *args, reset_passwords: bool = False, **options):
        with transaction.atomic():
            people = self.people()
            board, panel = self.committees(people)
            self.board_meetings(board, people)
            self.panel_meetings(panel, people)
            self.print_names()
            users = self.users(people, reset_passwords=reset_passwords)
        self.stdout.write(self.style.SUCCESS("Demo record loaded."))
        for line in users:
            self.stdout.write(line)

    def print_names(self) -> None:
        """The confirmed meetings print their names as the demo has them, as if confirmed
        through the workflow (which takes the snapshot then)."""
        confirmed = Meeting.objects.filter(stage=Meeting.Stage.CONFIRMED, printed_names=None)
        for meeting in confirmed.select_related("committee"):
            Meeting.objects.filter(pk=meeting.pk).update(
                printed_names=printed_names.snapshot(meeting)
            )

    # --- people and committees ----------------------------------------------------------

    def people(self) -> dict[str, Person]:
        # Those the seed names, then fictional ones for the rest of the demonstration.
        specs = [
            ("woodley", "Cllr", "Ron Woodley", "", ""),
            ("allen", "Cllr", "Joy Allen", "", ""),
            ("fleming", "Cllr", "Fleming", "", ""),
            ("attard", "", "Susan Attard", "Local Government Association", "Head of Productivity"),
            ("skinner", "", "Dennis Skinner", "Local Government Association", ""),
            ("osei", "Cllr", "Hannah Osei", "Northmoor District Council (fictional)", ""),
            ("whitfield", "Cllr", "Tom Whitfield", "Eastbrook Borough Council (fictional)", ""),
            ("natarajan", "Cllr", "Priya Natarajan", "Eastbrook Borough Council (fictional)", ""),
            ("brennan", "Cllr", "Aidan Brennan", "Eastbrook Borough Council (fictional)", ""),
            (
                "liddell",
                "",
                "Grace Liddell",
                "Eastbrook Borough Council (fictional)",
                "Head of Finance",
            ),
            (
                "price",
                "",
                "Daniel Price",
                "Eastbrook Borough Council (fictional)",
                "Democratic Services Officer",
            ),
        ]
        people = {}
        for key, honorific, name, organisation, position in specs:
            people[key], _ = Person.objects.get_or_create(
                name=name,
                honorific=honorific,
                defaults={"organisation": organisation, "position": position},
            )
        return people

    def committees(self, people):
        board, _ = Committee.objects.get_or_create(
            slug=BOARD,
            defaults={
                "name": "Improvement and Innovation Board",
                "description": "Oversees the Association's improvement and productivity "
                "programmes for councils. " + ILLUSTRATIVE,
            },
        )
        panel, _ = Committee.objects.get_or_create(
            slug=PANEL,
            defaults={
                "name": "Resources Scrutiny Panel",
                "description": "A fictional panel of a fictional council, Eastbrook, "
                "shown so that every kind of page has something to show.",
            },
        )
        start = datetime.date(2018, 5, 1)
        for committee, key, role in [
            (board, "fleming", Membership.Role.CHAIR),
            (board, "woodley", Membership.Role.VICE_CHAIR),
            (board, "allen", Membership.Role.MEMBER),
            (board, "osei", Membership.Role.MEMBER),
            (board, "whitfield", Membership.Role.SUBSTITUTE),
            (panel, "natarajan", Membership.Role.CHAIR),
            (panel, "brennan", Membership.Role.MEMBER),
            (panel, "whitfield", Membership.Role.MEMBER),
        ]:
            Membership.objects.get_or_create(
                committee=committee,
                person=people[key],
                defaults={"role": role, "started_on": start},
            )
        return board, panel

    # --- meetings -------------------------------------------------------------------

    def meeting(self, committee, day, **fields) -> Meeting:
        existing = Meeting.objects.filter(committee=committee, slug=day.isoformat()).first()
        if existing:
            return existing
        return Meeting.objects.create(committee=committee, starts_at=_at(day), **fields)

    def item(self, meeting, number, title, minute_text="", **fields) -> AgendaItem:
        item, _ = AgendaItem.objects.get_or_create(
            meeting=meeting,
            number=str(number),
            defaults={
                "position": int(number),
                "title": title,
                "minute_text": minute_text,
                **fields,
            },
        )
        return item

    def register(self, meeting, people, kinds: dict[str, str], substitutes=None):
        substitutes = substitutes or {}
        for key, kind in kinds.items():
            Attendance.objects.get_or_create(
                meeting=meeting,
                person=people[key],
                defaults={"kind": kind, "substitute_for": people.get(substitutes.get(key, ""))},
            )

    def point(self, item, position, topic, text, speakers) -> DiscussionPoint:
        point, created = DiscussionPoint.objects.get_or_create(
            item=item, position=position, defaults={"topic": topic, "text": text}
        )
        if created:
            # Only when new: setting speakers again would write another history row.
            point.speakers.set(speakers)
        return point

    def action(self, item, description, *, point=None, updates=(), **fields) -> Action:
        existing = Action.objects.filter(item=item, description=description).first()
        if existing:
            return existing
        action = Action.objects.create(
            item=item, description=description, discussion_point=point, **fields
        )
        for when, note, before, after in updates:
            ActionUpdate.objects.create(
                action=action,
                created_at=_at(when, 15),
                note=note,
                status_before=before,
                status_after=after,
            )
        return action

    def board_meetings(self, board, people):
        P = Attendance.Kind
        S = Action.Status
        venue = "18 Smith Square, London"
        next_meeting = self.meeting(
            board,
            datetime.date(2019, 3, 14),
            venue=venue,
            chair=people["fleming"],
            stage=Meeting.Stage.PUBLISHED,
        )
        seed_meeting = self.meeting(
            board,
            datetime.date(2019, 1, 17),
            venue=venue,
            chair=people["fleming"],
            stage=Meeting.Stage.CONFIRMED,
            confirmed_at=next_meeting,
            signed_by=people["fleming"],
            confirmed_on=datetime.date(2019, 3, 14),
        )
        earlier = self.meeting(
            board,
            datetime.date(2018, 11, 22),
            venue=venue,
            chair=people["fleming"],
            stage=Meeting.Stage.CONFIRMED,
            confirmed_at=seed_meeting,
            signed_by=people["fleming"],
            confirmed_on=datetime.date(2019, 1, 17),
        )

        # 22 November 2018 (fictional items): one action done, one still open.
        self.register(
            earlier,
            people,
            {
                "fleming": P.PRESENT,
                "woodley": P.PRESENT,
                "allen": P.APOLOGIES,
                "osei": P.PRESENT,
                "attard": P.IN_ATTENDANCE,
            },
        )
        self.item(
            earlier,
            1,
            "Welcome, apologies and declarations of interest",
            "Apologies were received from Cllr Joy Allen. No interests were declared.",
        )
        item = self.item(
            earlier,
            2,
            "Cyber security programme",
            "Susan Attard, Head of Productivity, outlined the plan for the second phase of the "
            "cyber security programme.\n\n## Support for councils\n\nMembers asked that support "
            "be offered first to the councils with the weakest assessments.",
            introduced_by=people["attard"],
        )
        Decision.objects.get_or_create(
            item=item,
            position=1,
            defaults={"text": "RESOLVED that the plan for the second phase be agreed."},
        )
        point = self.point(
            item,
            1,
            "Sharing results",
            "Cllr Woodley asked that councils be told their own results before "
            "any national summary was published.",
            [people["woodley"]],
        )
        self.action(
            item,
            "Write to each council with its own assessment before the national summary.",
            point=point,
            owner=people["attard"],
            due_on=datetime.date(2019, 1, 10),
            status=S.DONE,
            completed_at=_at(datetime.date(2019, 1, 8), 15),
            updates=[
                (
                    datetime.date(2019, 1, 8),
                    "Letters sent to all councils on 8 January.",
                    S.OPEN,
                    S.DONE,
                )
            ],
        )
        self.action(
            item,
            "Bring a summary of the second phase's take-up to a future meeting.",
            owner=people["attard"],
            due_on=datetime.date(2019, 6, 30),
            status=S.IN_PROGRESS,
            updates=[
                (
                    datetime.date(2019, 1, 14),
                    "Take-up figures are being collected.",
                    S.OPEN,
                    S.IN_PROGRESS,
                )
            ],
        )

        # 17 January 2019: the seed.
        self.register(
            seed_meeting,
            people,
            {
                "fleming": P.PRESENT,
                "woodley": P.PRESENT,
                "allen": P.PRESENT,
                "osei": P.APOLOGIES,
                "whitfield": P.SUBSTITUTE,
                "attard": P.IN_ATTENDANCE,
                "skinner": P.IN_ATTENDANCE,
            },
            substitutes={"whitfield": "osei"},
        )
        self.item(
            seed_meeting,
            1,
            "Welcome, apologies and declarations of interest",
            "Apologies were received from Cllr Hannah Osei; Cllr Tom Whitfield attended "
            "as her substitute. No interests were declared.",
        )
        self.item(
            seed_meeting,
            2,
            "Note of the previous meeting",
            "The note of the meeting held on 22 November 2018 was agreed.",
        )
        self.seed_item(seed_meeting, people)

        # 14 March 2019: draft minutes published, awaiting confirmation.
        self.register(
            next_meeting,
            people,
            {
                "fleming": P.PRESENT,
                "woodley": P.PRESENT,
                "allen": P.PRESENT,
                "osei": P.PRESENT,
                "attard": P.IN_ATTENDANCE,
            },
        )
        self.item(
            next_meeting,
            1,
            "Welcome, apologies and declarations of interest",
            "There were no apologies.",
        )
        item = self.item(
            next_meeting,
            2,
            "Note of the previous meeting",
            "Members considered the note of the meeting held on 17 January 2019.",
        )
        Decision.objects.get_or_create(
            item=item,
            position=1,
            defaults={
                "text": "RESOLVED that the note of the meeting held on 17 January 2019 be agreed "
                "as a correct record."
            },
        )
        item = self.item(
            next_meeting,
            3,
            "Productivity programme: forward plan",
            "Susan Attard presented the forward plan for the coming year, which takes up the "
            "procurement priorities identified in the autumn benchmarking.",
            introduced_by=people["attard"],
        )
        DeclarationOfInterest.objects.get_or_create(
            item=item,
            person=people["osei"],
            defaults={
                "nature": "Other registrable interest: a board member of a shared service "
                "company named in the plan (fictional)."
            },
        )
        Report.objects.get_or_create(
            item=item,
            title="Forward plan 2019/20 (illustrative)",
            defaults={
                "presenter": people["attard"],
                "url": "https://www.example.org/forward-plan.pdf",
            },
        )

        # A coming meeting with only its agenda. Its date is set once, when first loaded.
        if not board.meetings.filter(stage=Meeting.Stage.AGENDA).exists():
            day = timezone.localdate() + datetime.timedelta(days=21)
            coming = self.meeting(
                board, day, venue=venue, chair=people["fleming"], stage=Meeting.Stage.AGENDA
            )
            self.item(coming, 1, "Welcome, apologies and declarations of interest")
            self.item(coming, 2, "Note of the previous meeting")
            item = self.item(coming, 3, "Shared services: what has worked")
            Report.objects.get_or_create(
                item=item,
                title="Shared services review (illustrative)",
                defaults={
                    "presenter": people["attard"],
                    "url": "https://www.example.org/shared-services.pdf",
                },
            )

    def seed_item(self, meeting, people):
        # Built as the clerks' import page builds it: the speakers the seed names are among
        # `people` already, so each matches one of them and no one new is made. The seed
        # meeting is confirmed by now, so this skips import_minute's lock, building the
        # record as it stood before confirmation. A second run finds the item and stops.
        existing = meeting.agenda_items.filter(number="4").first()
        if existing:
            return existing
        parsed = parse_minute(SEED.read_text(encoding="utf-8"))
        return create_item_from_minute(
            meeting=meeting, number="4", position=4, title=parsed.title, parsed=parsed
        )

    def panel_meetings(self, panel, people):
        P = Attendance.Kind
        venue = "Committee Room 2, Eastbrook Town Hall (fictional)"
        meeting = self.meeting(
            panel,
            datetime.date(2019, 2, 5),
            venue=venue,
            chair=people["natarajan"],
            stage=Meeting.Stage.PUBLISHED,
        )
        self.register(
            meeting,
            people,
            {
                "natarajan": P.PRESENT,
                "brennan": P.PRESENT,
                "whitfield": P.ABSENT,
                "liddell": P.IN_ATTENDANCE,
            },
        )
        item = self.item(
            meeting,
            1,
            "Budget monitoring: quarter 3",
            "Grace Liddell, Head of Finance, presented the quarter 3 position.\n\n"
            "## Children's services\n\nThe forecast overspend is driven by home-to-school "
            "transport.\n\n## Capital programme\n\n- Two schemes have slipped into next year.\n"
            "- One scheme is complete.",
            introduced_by=people["liddell"],
        )
        Decision.objects.get_or_create(
            item=item,
            position=1,
            defaults={"text": "RESOLVED that the quarter 3 position be noted."},
        )
        point = self.point(
            item,
            1,
            "School transport",
            "Cllr Brennan asked how many routes had been retendered this year.",
            [people["brennan"]],
        )
        self.action(
            item,
            "Circulate the number of school transport routes retendered this year.",
            point=point,
            owner=people["liddell"],
            due_on=datetime.date(2019, 3, 1),
        )
        exempt = self.item(
            meeting,
            2,
            "Waste collection contract: award",
            "Members considered the tender evaluation and the preferred bidder's prices.",
            is_exempt=True,
            exempt_reason=EXEMPT_REASON,
        )
        Decision.objects.get_or_create(
            item=exempt,
            position=1,
            defaults={"text": "RESOLVED that the contract be awarded to the preferred bidder."},
        )
        self.action(
            exempt,
            "Notify the unsuccessful bidders of the outcome.",
            owner=people["attard"],
            due_on=datetime.date(2019, 2, 20),
        )

        # A draft meeting: only clerks can see it.
        draft = self.meeting(
            panel,
            datetime.date(2019, 4, 2),
            venue=venue,
            chair=people["natarajan"],
            stage=Meeting.Stage.DRAFT,
        )
        self.item(draft, 1, "Fees and charges review")

    # --- sign-ins ---------------------------------------------------------------------

    def users(self, people, *, reset_passwords: bool = False) -> list[str]:
        User = get_user_model()
        lines = []
        for username, group, person_key, staff in [
            ("clerk", "Clerk", "price", True),
            ("officer", "Officer", "attard", False),
            ("member", "Member", "allen", False),
        ]:
            user = User.objects.filter(username=username).first()
            if user is None:
                password = secrets.token_urlsafe(12)
                user = User.objects.create_user(
                    username=username, password=password, is_staff=staff
                )
                user.groups.add(Group.objects.get(name=group))
                lines.append(
                    f"  {group.lower():8} sign in as {username!r} with password {password!r}"
                )
            elif reset_passwords:
                password = secrets.token_urlsafe(12)
                user.set_password(password)
                user.save(update_fields=["password"])
                lines.append(
                    f"  {group.lower():8} sign in as {username!r} with new password {password!r}"
                )
            else:
                lines.append(
                    f"  {group.lower():8} {username!r} already exists; password unchanged"
                    " (new ones: manage.py load_demo --reset-passwords)"
                )
            person = people[person_key]
            if person.user_id is None and not hasattr(user, "person"):
                person.user = user
                person.save(update_fields=["user"])
        return ["Demo sign-ins (at /accounts/login/):", *lines]
