"""The data generator: people, committees, then each committee's meetings and everything
under them, drawn from one seeded random stream in a fixed order, the rows written in batches.

One class, because its parts share that stream and the run's state: the meetings draw on
the people and committees made before them, and each action on its meeting's sittings.
"""

from __future__ import annotations

import bisect
import datetime
import random
import secrets
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.utils import timezone

from actions.models import Action, ActionReferenceCounter, format_reference
from minutes.generating.words import (
    ACTION_TEXTS,
    BULLETS,
    EXEMPT_REASON,
    FIRST_NAMES,
    HEADINGS,
    KINDS,
    NOTES,
    PLACES,
    POSITIONS,
    SENTENCES,
    SUBJECTS,
    SURNAMES,
    TITLES,
)
from minutes.generating.writer import Writer, next_ids, reset_sequences

LONDON = ZoneInfo("Europe/London")
UTC = datetime.UTC


@dataclass
class Sizes:
    """How many of each thing to make at a scale: 1 is a large council's twenty years."""

    committees: int
    people: int
    officers: int
    meetings: int
    items_per_meeting: float
    points_per_item: float
    actions_per_item: float
    updates_per_action: float

    @classmethod
    def at(cls, scale: float) -> Sizes:
        return cls(
            committees=max(2, round(60 * scale)),
            people=max(40, round(2000 * scale)),
            officers=max(6, round(300 * scale)),
            meetings=max(12, round(10_000 * scale)),
            items_per_meeting=10,
            points_per_item=10,
            actions_per_item=3,
            updates_per_action=2,
        )


@dataclass
class Term:
    """The members of one committee over a few years."""

    started_on: datetime.date
    ended_on: datetime.date | None
    members: list[int] = field(default_factory=list)


class Generator:
    """Makes the records: one pass over meetings, writing each table's rows in batches."""

    def __init__(self, scale: float, *, seed: int = 2026, password: str | None = None):
        self.scale = scale
        self.sizes = Sizes.at(scale)
        self.rng = random.Random(seed)
        self.password = password or secrets.token_urlsafe(12)
        self.today = timezone.localdate()
        self.now = timezone.now()
        self.writer = Writer()
        self.tag = f"g{seed % 1000}"

    # --- the whole run ---------------------------------------------------------------

    def run(self) -> dict[str, int]:
        from django.contrib.auth.models import Group

        w = self.writer
        w.table(
            "auth_user",
            "id password is_superuser username first_name last_name email is_staff is_active "
            "date_joined",
        )
        w.table("auth_user_groups", "id user_id group_id")
        w.table("minutes_committee", "id name slug description")
        w.table(
            "minutes_person",
            "id honorific name slug organisation position email user_id calendar_token",
        )
        w.table("minutes_membership", "id person_id committee_id role started_on ended_on")
        w.table(
            "minutes_meeting",
            "id committee_id starts_at ends_at slug venue is_cancelled stage chair_id "
            "confirmed_at_id signed_by_id confirmed_on",
        )
        w.table("minutes_attendance", "id meeting_id person_id kind substitute_for_id")
        w.table(
            "minutes_agendaitem",
            "id meeting_id number position title minute_text introduced_by_id is_exempt "
            "exempt_reason",
        )
        # A point's speakers before the point, so that its search vector, speakers and all,
        # is worked out once, as the point is written (see _points_read_their_speakers).
        w.table("minutes_discussionpoint_speakers", "id discussionpoint_id person_id")
        w.table("minutes_discussionpoint", "id item_id position topic text")
        w.table("minutes_decision", "id item_id position text")
        w.table(
            "actions_action",
            "id reference item_id discussion_point_id description owner_id owner_label due_on "
            "status completed_at completed_by_id created_at updated_at",
        )
        w.table(
            "actions_actionupdate",
            "id action_id author_id created_at note status_before status_after meeting_id",
        )
        self.ids = next_ids(*w.order)
        self.groups = {g.name: g.pk for g in Group.objects.filter(name__in=["Officer", "Clerk"])}
        with transaction.atomic():
            if w.postgres:
                with connection.cursor() as cursor:
                    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                    # Every new action number of a year is given here: hold the counters.
                    cursor.execute("LOCK TABLE actions_actionreferencecounter IN EXCLUSIVE MODE")
                    self._points_read_their_speakers(cursor, during=True)
            self.references = self._reference_counters()
            self.seen_years: set[int] = set()
            self.make_people()
            self.make_committees()
            self.make_meetings()
            w.flush()
            self._save_reference_counters()
            if w.postgres:
                with connection.cursor() as cursor:
                    self._points_read_their_speakers(cursor, during=False)
        reset_sequences(w.order)
        if w.postgres:
            # Fresh statistics, so the planner knows the tables' new sizes straight away.
            with connection.cursor() as cursor:
                for table in w.order:
                    cursor.execute(f"ANALYZE {table}")
        return dict(w.counts)

    @staticmethod
    def _points_read_their_speakers(cursor, *, during: bool) -> None:
        """On PostgreSQL, for the run (`during`) and back after it: a point's speakers go in
        before the point (each checked against its point at the end of the run, not at
        once), and the trigger that recomputes points when speakers are added is told so
        and stands aside. The point's own trigger then finds its speakers as it goes in,
        and works out its vector once rather than twice. Both are set for this transaction
        only, and set back at the end of the run for a caller's transaction that goes on."""
        cursor.execute(
            "SELECT conname FROM pg_constraint WHERE contype = 'f' "
            "AND conrelid = 'minutes_discussionpoint_speakers'::regclass "
            "AND confrelid = 'minutes_discussionpoint'::regclass"
        )
        constraint = connection.ops.quote_name(cursor.fetchone()[0])
        cursor.execute(f"SET CONSTRAINTS {constraint} {'DEFERRED' if during else 'IMMEDIATE'}")
        cursor.execute(f"SET LOCAL minutes.speakers_written_first = '{'on' if during else 'off'}'")

    def _id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    # --- people, sign-ins, committees ------------------------------------------------

    def make_people(self) -> None:
        rng, sizes, w = self.rng, self.sizes, self.writer
        password = make_password(self.password)
        joined = self.now - datetime.timedelta(days=365 * 20)
        self.councillors, self.officers, self.officer_user = [], [], {}
        self.officer_user_ids = []
        for n in range(sizes.people):
            pid = self._id("minutes_person")
            first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
            name = f"{first} {last}"
            is_officer = n < sizes.officers
            user_id = None
            if is_officer or n == sizes.officers:
                # The officers sign in; so does one clerk.
                user_id = self._id("auth_user")
                role = "Officer" if is_officer else "Clerk"
                username = f"{role.lower()}-{self.tag}-{n:04d}"
                w.add(
                    "auth_user",
                    (user_id, password, False, username, first, last, f"{username}@example.org")
                    + (role == "Clerk", True, joined),
                )
                if role in self.groups:
                    w.add(
                        "auth_user_groups",
                        (self._id("auth_user_groups"), user_id, self.groups[role]),
                    )
                if is_officer:
                    self.officer_user[pid] = user_id
                    self.officer_user_ids.append(user_id)
                else:
                    self.clerk_username = username
            w.add(
                "minutes_person",
                (
                    pid,
                    "" if user_id else "Cllr",
                    name,
                    f"{first}-{last}-{self.tag}-{n}".lower(),
                    f"{rng.choice(PLACES)} Council",
                    rng.choice(POSITIONS) if user_id else "",
                    f"person{n}.{self.tag}@example.org",
                    user_id,
                    "",
                ),
            )
            (self.officers if is_officer else self.councillors).append(pid)

    def make_committees(self) -> None:
        rng, w = self.rng, self.writer
        combos = [(s, k) for s in SUBJECTS for k in KINDS]
        rng.shuffle(combos)
        self.committees = []
        for n in range(self.sizes.committees):
            subject, kind = combos[n % len(combos)]
            place = PLACES[n // len(combos)] if n >= len(combos) else ""
            name = f"{place} {subject} {kind}".strip() + f" ({self.tag.upper()})"
            cid = self._id("minutes_committee")
            slug = (
                f"{subject}-{kind}-{place}-{self.tag}".lower().replace(" ", "-").replace("--", "-")
            )
            w.add(
                "minutes_committee",
                (cid, name, slug, f"A fictional {kind.lower()} of a fictional council."),
            )
            self.committees.append(cid)

    def _terms(self, committee_id: int, first_day: datetime.date) -> list[Term]:
        """Four-year terms of a dozen members each, and their memberships."""
        rng, w = self.rng, self.writer
        terms = []
        start = first_day
        while start <= self.today + datetime.timedelta(days=365):
            end = start + datetime.timedelta(days=4 * 365)
            ended_on = end - datetime.timedelta(days=1) if end <= self.today else None
            members = rng.sample(self.councillors, min(12, len(self.councillors)))
            for n, person in enumerate(members):
                role = "chair" if n == 0 else "vice_chair" if n == 1 else "member"
                if n >= 10:
                    role = "substitute"
                w.add(
                    "minutes_membership",
                    (self._id("minutes_membership"), person, committee_id, role, start, ended_on),
                )
            terms.append(Term(start, ended_on, members))
            start = end
        return terms

    # --- meetings and everything under them ------------------------------------------

    def make_meetings(self) -> None:
        sizes, rng = self.sizes, self.rng
        per_committee = sizes.meetings // len(self.committees)
        first_day = self.today - datetime.timedelta(days=365 * 20)
        span = (self.today + datetime.timedelta(days=90) - first_day).days
        self.largest_done = False
        for committee_id in self.committees:
            terms = self._terms(committee_id, first_day)
            gap = span / per_committee
            days = sorted({int(n * gap + rng.uniform(0, gap * 0.6)) for n in range(per_committee)})
            sittings = [
                datetime.datetime.combine(
                    first_day + datetime.timedelta(days=d),
                    datetime.time(rng.choice((10, 14, 18)), rng.choice((0, 30))),
                    tzinfo=LONDON,
                )
                for d in days
            ]
            while len([s for s in sittings if s > self.now]) < 2:
                # Every committee has a coming meeting, and a draft of the one after.
                sittings.append(
                    max(sittings[-1], self.now.astimezone(LONDON)).replace(
                        hour=18, minute=0, second=0, microsecond=0
                    )
                    + datetime.timedelta(days=21)
                )
            self._committee_meetings(committee_id, terms, sittings)

    def _committee_meetings(self, committee_id: int, terms, sittings) -> None:
        rng, w = self.rng, self.writer
        ids = [self._id("minutes_meeting") for _ in sittings]
        self.sitting_times = [s.astimezone(UTC) for s in sittings]
        self.sitting_ids = ids
        held = [i for i, s in enumerate(sittings) if s < self.now]
        last_held = held[-1] if held else -1
        cancelled_at = {n for n in range(len(sittings)) if rng.random() < 0.02}
        starts = [t.started_on for t in terms]
        made = []
        for n, (mid, starts_at) in enumerate(zip(ids, sittings, strict=True)):
            term = terms[max(0, bisect.bisect_right(starts, starts_at.date()) - 1)]
            cancelled = n in cancelled_at
            if starts_at >= self.now:
                stage = "draft" if n == len(sittings) - 1 else "agenda"
            elif n >= last_held - 1 or cancelled:
                # The latest two held meetings await confirmation; a cancelled one has no minutes.
                stage = "agenda" if cancelled else "published"
            else:
                stage = "confirmed"
            # Confirmed at the next meeting held (never at a cancelled one).
            later = next((j for j in range(n + 1, last_held + 1) if j not in cancelled_at), None)
            if stage == "confirmed" and later is None:
                stage = "published"
            confirmed = stage == "confirmed"
            chair = term.members[0]
            # All of a committee's meetings are added before anything under them, so a
            # batch never holds a confirmation pointing at a meeting not yet written.
            w.add(
                "minutes_meeting",
                (
                    mid,
                    committee_id,
                    starts_at.astimezone(UTC),
                    (starts_at + datetime.timedelta(hours=2)).time(),
                    starts_at.date().isoformat(),
                    f"{rng.choice(PLACES)} Town Hall",
                    cancelled,
                    stage,
                    chair,
                    ids[later] if confirmed else None,
                    chair if confirmed else None,
                    sittings[later].date() if confirmed else None,
                ),
            )
            made.append((mid, n, starts_at, term, stage))
        for mid, n, starts_at, term, stage in made:
            if stage in ("published", "confirmed"):
                self._register(mid, term)
            if stage != "draft" or rng.random() < 0.5:
                self._agenda(mid, n, starts_at, term, stage in ("published", "confirmed"))

    def _register(self, meeting_id: int, term: Term) -> None:
        rng, w = self.rng, self.writer
        for person in term.members[:10]:
            kind = "apologies" if rng.random() < 0.12 else "present"
            w.add(
                "minutes_attendance",
                (self._id("minutes_attendance"), meeting_id, person, kind, None),
            )
        for person in rng.sample(self.officers, 2):
            w.add(
                "minutes_attendance",
                (self._id("minutes_attendance"), meeting_id, person, "in_attendance", None),
            )

    def _agenda(self, meeting_id, n, starts_at, term, minuted: bool) -> None:
        rng, sizes = self.rng, self.sizes
        count = max(2, round(rng.triangular(4, 2 * sizes.items_per_meeting - 4)))
        largest = minuted and not self.largest_done and starts_at.year == self.today.year - 1
        if largest:
            count, self.largest_done = 60, True
        for position in range(1, count + 1):
            self._item(meeting_id, position, starts_at, term, minuted, largest and position == 30)
            self.writer.flush_if_full()

    def _item(self, meeting_id, position, starts_at, term, minuted, busiest) -> None:
        rng, w, sizes = self.rng, self.writer, self.sizes
        item_id = self._id("minutes_agendaitem")
        exempt = rng.random() < 0.02
        title = rng.choice(TITLES).format(q=rng.randint(1, 4))
        w.add(
            "minutes_agendaitem",
            (
                item_id,
                meeting_id,
                str(position),
                position,
                title,
                self._minute() if minuted else "",
                rng.choice(self.officers) if minuted else None,
                exempt,
                EXEMPT_REASON if exempt else "",
            ),
        )
        if not minuted:
            return
        points = []
        count = 60 if busiest else round(rng.triangular(1, 2 * sizes.points_per_item - 1))
        for p in range(1, count + 1):
            point_id = self._id("minutes_discussionpoint")
            w.add(
                "minutes_discussionpoint",
                (point_id, item_id, p, rng.choice(HEADINGS), " ".join(rng.sample(SENTENCES, 2))),
            )
            for speaker in rng.sample(term.members[:10], rng.choice((1, 1, 2))):
                w.add(
                    "minutes_discussionpoint_speakers",
                    (self._id("minutes_discussionpoint_speakers"), point_id, speaker),
                )
            points.append(point_id)
        for d in range(1, rng.choice((1, 1, 2)) + 1):
            w.add(
                "minutes_decision",
                (
                    self._id("minutes_decision"),
                    item_id,
                    d,
                    f"RESOLVED that the {title.lower()} be noted.",
                ),
            )
        for _ in range(round(rng.triangular(0, 2 * sizes.actions_per_item))):
            self._action(
                item_id, starts_at, title, rng.choice(points) if rng.random() < 0.6 else None
            )

    def _minute(self) -> str:
        rng = self.rng
        parts = [" ".join(rng.sample(SENTENCES, 2))]
        for heading in rng.sample(HEADINGS, 3):
            parts.append(f"## {heading}")
            parts.append(" ".join(rng.sample(SENTENCES, 3)))
            if rng.random() < 0.3:
                parts.append("\n".join(f"- {b}" for b in rng.sample(BULLETS, 2)))
        return "\n\n".join(parts)

    # --- actions and their history -----------------------------------------------------

    def _reference_counters(self) -> dict[int, int]:
        return dict(ActionReferenceCounter.objects.values_list("year", "last_number"))

    def _next_reference(self, year: int) -> str:
        if year not in self.seen_years:
            # Carry on from what is there: the counter, or actions made before counters.
            self.seen_years.add(year)
            self.references[year] = max(
                self.references.get(year, 0), Action.objects.highest_number(year)
            )
        self.references[year] += 1
        return format_reference(year, self.references[year])

    def _save_reference_counters(self) -> None:
        for year, number in self.references.items():
            ActionReferenceCounter.objects.update_or_create(
                year=year, defaults={"last_number": number}
            )

    def _action(self, item_id, starts_at, title, point_id) -> None:
        rng, w = self.rng, self.writer
        action_id = self._id("actions_action")
        raised = starts_at.astimezone(UTC) + datetime.timedelta(days=1)
        if raised > self.now:
            raised = self.now
        unassigned = rng.random() < 0.08
        owner = (
            None
            if unassigned
            else rng.choice(self.officers if rng.random() < 0.8 else self.councillors)
        )
        due = starts_at.date() + datetime.timedelta(days=rng.choice((28, 42, 56, 90, 120)))
        if rng.random() < 0.05:
            due = None
        # What happens to it: a tenth linger open for years; the rest close within a year or so.
        close_at = None
        if rng.random() > 0.1:
            close_at = raised + datetime.timedelta(days=rng.uniform(10, 420))
            if close_at >= self.now:
                close_at = None
        closing = "done" if rng.random() < 0.85 else "withdrawn"
        status = "open"
        history = []
        end = close_at or self.now
        for _ in range(round(rng.triangular(0, 2 * self.sizes.updates_per_action - 1))):
            at = raised + (end - raised) * rng.random()
            history.append(at)
        history.sort()
        author = self.officer_user.get(owner) if owner else None
        updates = []
        for at in history:
            after = "in_progress" if rng.random() < 0.6 else status
            updates.append((at, rng.choice(NOTES[:4]), status, after))
            status = after
        if close_at is not None:
            updates.append((close_at, rng.choice(NOTES[4:]), status, closing))
            status = closing
        reference = self._next_reference(starts_at.year)
        w.add(
            "actions_action",
            (
                action_id,
                reference,
                item_id,
                point_id,
                rng.choice(ACTION_TEXTS).format(t=title.lower(), o="The director"),
                owner,
                "Officers" if unassigned else "",
                due,
                status,
                close_at if status == "done" else None,
                author if status == "done" else None,
                raised,
                end,
            ),
        )
        for n, (at, note, before, after) in enumerate(updates):
            meeting = None
            following = updates[n + 1][0] if n + 1 < len(updates) else self.now
            if rng.random() < 0.3:
                # Noted by the committee at its next sitting, if held before the next update.
                k = bisect.bisect_right(self.sitting_times, at)
                if k < len(self.sitting_times):
                    noted_at = self.sitting_times[k] + datetime.timedelta(hours=1)
                    if noted_at < following:
                        meeting, at = self.sitting_ids[k], noted_at
            w.add(
                "actions_actionupdate",
                (
                    self._id("actions_actionupdate"),
                    action_id,
                    author,
                    at,
                    note,
                    before,
                    after,
                    meeting,
                ),
            )
