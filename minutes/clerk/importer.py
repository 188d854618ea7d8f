"""/clerk/import/: a minute pasted from a council's minutes page, previewed, then imported.

The clerk pastes the text, chooses the meeting and the item number, and previews what
will be created: the parsed item, each speaker matched to a known person or marked new,
and any sentence the reading would lose. Import creates it all at once (import_minute)
and goes on to the item's minute-taking page. Nothing is saved before Import, and a
refusal redraws the page with everything as typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from minutes.clerk.forms import ImportMinuteForm, fingerprint
from minutes.clerk.minute_taking import form_errors
from minutes.importing import ParsedAction, ParsedMinute
from minutes.models import Meeting, Person
from minutes.roles import clerk_required
from minutes.services import WorkflowError, import_minute, match_person

# Which field a refusal from import_minute belongs to, for the error summary's link.
REFUSAL_FIELDS = {"minutes_confirmed": "meeting", "number_taken": "number", "no_title": "title"}


@dataclass
class Speaker:
    """A name as the minute gives it, and the known person it matched (None: someone new)."""

    name: str
    person: Person | None


@dataclass
class PreviewPoint:
    topic: str
    text: str
    speakers: list[Speaker]


@dataclass
class Preview:
    """What Import would create, drawn from the parsed minute."""

    parsed: ParsedMinute
    missing: list[str]
    introduced_by: Speaker | None = None
    points: list[PreviewPoint] = field(default_factory=list)

    @property
    def actions(self) -> list[ParsedAction]:
        return self.parsed.actions

    @property
    def new_people(self) -> list[str]:
        names = [s.name for p in self.points for s in p.speakers if s.person is None]
        if self.introduced_by and self.introduced_by.person is None:
            names.insert(0, self.introduced_by.name)
        return list(dict.fromkeys(names))


def _preview(parsed: ParsedMinute, missing: list[str]) -> Preview:
    # One query or two per distinct name; a minute names a handful of people.
    matched: dict[str, Speaker] = {}

    def speaker(name: str) -> Speaker:
        if name not in matched:
            matched[name] = Speaker(name=name, person=match_person(name))
        return matched[name]

    return Preview(
        parsed=parsed,
        missing=missing,
        introduced_by=speaker(parsed.introduced_by) if parsed.introduced_by else None,
        points=[
            PreviewPoint(p.topic, p.text, [speaker(name) for name in p.speakers])
            for p in parsed.points
        ],
    )


@clerk_required
def import_page(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        # From a meeting's page, ?meeting=<pk> chooses it in advance (unless it is locked).
        pk = request.GET.get("meeting", "")
        chosen = Meeting.objects.exclude(stage=Meeting.Stage.CONFIRMED).filter(
            pk=int(pk) if pk.isdigit() else None
        )
        return _page(request, ImportMinuteForm(initial={"meeting": chosen.first()}))

    form = ImportMinuteForm(request.POST)
    if not form.is_valid():
        return _page(request, form)
    if "import" in request.POST and form.is_previewed:
        data = form.cleaned_data
        try:
            item = import_minute(
                meeting=data["meeting"],
                number=data["number"],
                title=data["title"],
                parsed=form.parsed,
                user=request.user,
            )
        except WorkflowError as refusal:
            form.add_error(REFUSAL_FIELDS.get(refusal.code), refusal.message)
            return _page(request, form)
        messages.success(request, _imported_message(item, form.parsed))
        return redirect("clerk:item_minutes", pk=item.meeting_id, item_pk=item.pk)

    # A preview, or Import pressed on a text changed since its preview: show (again) what
    # will be created, with the title filled in and the text's fingerprint kept for Import.
    changed = "import" in request.POST
    data = request.POST.copy()
    data["title"] = form.cleaned_data["title"]
    data["previewed"] = fingerprint(form.cleaned_data["text"])
    form = ImportMinuteForm(data)
    form.is_valid()
    return _page(request, form, changed_since_preview=changed)


def _page(request: HttpRequest, form: ImportMinuteForm, **extra) -> HttpResponse:
    errors = form_errors(form) if form.is_bound else []
    preview = _preview(form.parsed, form.missing) if form.parsed is not None else None
    return render(
        request,
        "clerk/import.html",
        {
            "form": form,
            "errors": errors,
            "preview": preview,
            "can_import": form.is_bound and not errors and form.is_previewed,
            "meeting": form.cleaned_data.get("meeting") if form.is_bound else None,
            "crumbs": [("Clerk", reverse("clerk:home")), ("Import a minute", None)],
            **extra,
        },
    )


def _imported_message(item, parsed: ParsedMinute) -> str:
    counts = [
        _count(item.discussion_points.count(), "discussion point"),
        _count(item.decisions.count(), "decision"),
        _count(item.actions.count(), "action"),
    ]
    message = (
        f"Item {item.number}, {item.title}, imported with {', '.join(counts)}. "
        "Check it and refine it here."
    )
    if parsed.supporting_documents:
        message += (
            " Its supporting documents are not imported: add them as reports: "
            + "; ".join(parsed.supporting_documents)
            + "."
        )
    return message


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
