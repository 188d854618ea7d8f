"""/clerk/import/: minutes pasted or uploaded, previewed item by item, then imported.

The clerk pastes the minutes (one item or a whole meeting) or uploads them as a Word
document, a text file or a saved web page, and chooses the meeting. The preview lists
each item found, with its number and title to check or change and a box to leave it
out; each item's points (speakers matched to known people or marked new), decisions and
actions; the register and declarations; and, plainly, what the reading was unsure of
and any sentence it could not place. Import saves it all in one transaction
(import_meeting). Nothing is saved before Import, and a refusal redraws the page with
everything as typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from minutes.clerk.import_forms import ImportItemFormSet, ImportMinutesForm, fingerprint
from minutes.clerk.minute_taking import PageError, form_errors
from minutes.importing import ParsedAction, ParsedMeeting, ParsedMinute
from minutes.importing.structure import record_number
from minutes.models import Meeting, Person
from minutes.roles import clerk_required
from minutes.services import WorkflowError, import_meeting, match_person

ROW_PREFIX = "item"
REGISTER_LABELS = [
    ("present", "Present"),
    ("apologies", "Apologies"),
    ("absent", "Absent"),
    ("in_attendance", "In attendance"),
    ("substitutes", "Substitutes"),
]


@dataclass
class Speaker:
    """A name as the minutes give it, and the known person it matched (None: someone new)."""

    name: str
    person: Person | None


@dataclass
class PreviewPoint:
    topic: str
    text: str
    speakers: list[Speaker]


@dataclass
class ItemPreview:
    """One item as Import would create it, with its row of the form (number, title)."""

    parsed: ParsedMinute
    row: object = None
    introduced_by: Speaker | None = None
    points: list[PreviewPoint] = field(default_factory=list)

    @property
    def actions(self) -> list[ParsedAction]:
        return self.parsed.actions


@dataclass
class Preview:
    """What Import would create, drawn from the parsed minutes."""

    parsed: ParsedMeeting
    missing: list[str]
    items: list[ItemPreview] = field(default_factory=list)
    register: list[tuple[str, list[Speaker]]] = field(default_factory=list)
    declarations: list[tuple[Speaker, dict]] = field(default_factory=list)
    people: dict[str, Speaker] = field(default_factory=dict)

    @property
    def new_people(self) -> list[str]:
        return [name for name, speaker in self.people.items() if speaker.person is None]


def _preview(parsed: ParsedMeeting, missing: list[str], rows) -> Preview:
    preview = Preview(parsed=parsed, missing=missing)

    # One query or two per distinct name; a meeting's minutes name a few dozen people.
    def speaker(name: str) -> Speaker:
        if name not in preview.people:
            preview.people[name] = Speaker(name=name, person=match_person(name))
        return preview.people[name]

    register = parsed.register
    for field_name, label in REGISTER_LABELS:
        names = getattr(register, field_name)
        if names:
            preview.register.append((label, [speaker(n) for n in names]))
    preview.declarations = [(speaker(d["person"]), d) for d in register.declarations]
    row_forms = list(rows.forms) if rows is not None else []
    for place, item in enumerate(parsed.items):
        preview.items.append(
            ItemPreview(
                parsed=item,
                row=row_forms[place] if place < len(row_forms) else None,
                introduced_by=speaker(item.introduced_by) if item.introduced_by else None,
                points=[
                    PreviewPoint(p.topic, p.text, [speaker(n) for n in p.speakers])
                    for p in item.points
                ],
            )
        )
    return preview


def _taken(meeting: Meeting | None) -> frozenset[str]:
    if meeting is None:
        return frozenset()
    return frozenset(n.lower() for n in meeting.agenda_items.values_list("number", flat=True))


@clerk_required
def import_page(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        # From a meeting's page, ?meeting=<pk> chooses it in advance (unless it is locked).
        pk = request.GET.get("meeting", "")
        chosen = Meeting.objects.exclude(stage=Meeting.Stage.CONFIRMED).filter(
            pk=int(pk) if pk.isdigit() else None
        )
        return _page(request, ImportMinutesForm(initial={"meeting": chosen.first()}))

    form = ImportMinutesForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, form)
    meeting = form.cleaned_data["meeting"]
    parsed = form.parsed
    rows = None
    # The rows the clerk has seen and changed, kept while they still fit the items found.
    if request.POST.get(f"{ROW_PREFIX}-TOTAL_FORMS") == str(len(parsed.items)):
        rows = ImportItemFormSet(
            request.POST, prefix=ROW_PREFIX, form_kwargs={"taken": _taken(meeting)}
        )
    if "import" in request.POST and form.is_previewed and rows is not None:
        if rows.is_valid():
            return _import(request, form, rows)
        return _page(request, form, rows=rows)

    # A preview, or Import pressed on a text changed since its preview: show (again) what
    # will be created, with the file's text in the box and its fingerprint kept for Import.
    changed = "import" in request.POST
    data = request.POST.copy()
    data["text"] = form.cleaned_data["text"]
    data["previewed"] = fingerprint(form.cleaned_data["text"])
    form = ImportMinutesForm(data, read_as=form)
    form.is_valid()
    if rows is None:
        rows = ImportItemFormSet(
            prefix=ROW_PREFIX,
            initial=[
                {"include": True, "number": record_number(i.number), "title": i.title}
                for i in parsed.items
            ],
            form_kwargs={"taken": _taken(meeting)},
        )
    return _page(request, form, rows=rows, changed_since_preview=changed)


def _import(request: HttpRequest, form: ImportMinutesForm, rows) -> HttpResponse:
    parsed = form.parsed
    chosen = []
    for row, item in zip(rows.forms, parsed.items, strict=True):
        if row.cleaned_data.get("include"):
            item.number = row.cleaned_data["number"]
            item.title = row.cleaned_data["title"]
            chosen.append(item)
    parsed.items = chosen
    try:
        items = import_meeting(
            meeting=form.cleaned_data["meeting"], parsed=parsed, user=request.user
        )
    except WorkflowError as refusal:
        rows._non_form_errors = rows.error_class([refusal.message])
        return _page(request, form, rows=rows)
    messages.success(request, _imported_message(items, parsed))
    if len(items) == 1:
        return redirect("clerk:item_minutes", pk=items[0].meeting_id, item_pk=items[0].pk)
    return redirect("clerk:meeting", pk=items[0].meeting_id)


def _page(request: HttpRequest, form: ImportMinutesForm, rows=None, **extra) -> HttpResponse:
    errors = form_errors(form) if form.is_bound else []
    if rows is not None and rows.is_bound:
        for place, row in enumerate(rows.forms, start=1):
            errors += form_errors(row, f"Item {place}")
        errors += [PageError(m, "preview-items") for m in rows.non_form_errors()]
    preview = _preview(form.parsed, form.missing, rows) if form.parsed is not None else None
    return render(
        request,
        "clerk/import.html",
        {
            "form": form,
            "rows": rows,
            "errors": errors,
            "preview": preview,
            "can_import": form.is_bound
            and not form.errors
            and form.is_previewed
            and not (rows is not None and rows.is_bound and not rows.is_valid()),
            "meeting": form.cleaned_data.get("meeting") if form.is_bound else None,
            "crumbs": [("Clerk", reverse("clerk:home")), ("Import minutes", None)],
            **extra,
        },
    )


def _imported_message(items, parsed: ParsedMeeting) -> str:
    points = sum(item.discussion_points.count() for item in items)
    decisions = sum(item.decisions.count() for item in items)
    actions = sum(item.actions.count() for item in items)
    counts = [
        _count(points, "discussion point"),
        _count(decisions, "decision"),
        _count(actions, "action"),
    ]
    if len(items) == 1:
        item = items[0]
        lead = f"Item {item.number}, {item.title}, imported with"
    else:
        lead = f"{len(items)} items imported, with"
    message = f"{lead} {', '.join(counts[:-1])} and {counts[-1]}. Check it and refine it here."
    register = len(parsed.register.names())
    if register:
        message += f" {_count(register, 'person', 'people')} read from the register."
    documents = [d for item in parsed.items for d in item.supporting_documents]
    if documents:
        message += (
            " Supporting documents are listed at the end of the minute: add each file as a "
            "report: " + "; ".join(documents) + "."
        )
    return message


def _count(n: int, noun: str, plural: str = "") -> str:
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
