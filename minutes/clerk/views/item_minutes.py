"""The minute-taking page: one item's minute and everything recorded under it, saved
together (the form itself is minutes.clerk.minute_taking)."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from minutes.clerk.minute_taking import MinutesPage, form_errors
from minutes.clerk.views.common import (
    breadcrumbs,
    find_conflict,
    item_for_clerk,
    version_context,
)
from minutes.models import AgendaItem
from minutes.roles import clerk_required


@clerk_required
def item_minutes(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    item = item_for_clerk(pk, item_pk)
    conflict = None
    if request.method != "POST":
        page = MinutesPage(item)
    elif "add_people" in request.POST:
        page = _add_people(request, item)
    else:
        page = MinutesPage(item, request.POST, request.FILES)

        def stale():
            nonlocal conflict
            conflict = find_conflict(request, MinutesPage(item_for_clerk(pk, item_pk)).parts)
            return conflict is not None

        if page.is_valid() and page.save(user=request.user, stale=stale):
            saved = f"Minutes saved for item {item.number}, {item.title}."
            if page.emails_given:
                names = ", ".join(person.full_name for person in page.emails_given)
                saved += f" Email address kept for {names}, who can now be reminded."
            messages.success(request, saved)
            following = _next_item(item)
            if "save_next" in request.POST and following is not None:
                return redirect("clerk:item_minutes", pk=pk, item_pk=following.pk)
            return redirect("clerk:item_minutes", pk=pk, item_pk=item.pk)
        page.keep_uploads()
        if conflict is not None:
            page = MinutesPage(item_for_clerk(pk, item_pk), conflict.data, None)
            page.keep_uploads()
            page.show_without_errors()
    return render(
        request,
        "clerk/item_minutes.html",
        {
            "item": item,
            "meeting": item.meeting,
            "page": page,
            "next_item": _next_item(item),
            "crumbs": breadcrumbs(item.meeting, (f"Item {item.number}", None)),
            **version_context(
                request, conflict, lambda: MinutesPage(item_for_clerk(pk, item_pk)).parts
            ),
        },
    )


def _next_item(item: AgendaItem) -> AgendaItem | None:
    """The item after this one on the agenda, for "Save and go to the next item"."""
    return (
        AgendaItem.objects.filter(meeting_id=item.meeting_id, position__gt=item.position)
        .order_by("position")
        .only("pk", "number", "title")
        .first()
    )


def _add_people(request: HttpRequest, item: AgendaItem) -> MinutesPage:
    """Add the people typed as new, then redraw the page exactly as typed, nothing saved."""
    page = MinutesPage(item, request.POST, request.FILES)
    if not page.people.is_valid():
        page.errors = []
        for index, form in enumerate(page.people.forms, start=1):
            page.errors += form_errors(form, f"New person {index}")
        return page
    with transaction.atomic():
        added = page.add_people()
    if added:
        names = ", ".join(person.full_name for person in added)
        messages.success(
            request,
            f"Added to the register as in attendance: {names}. Nothing else is saved yet.",
        )
    data = request.POST.copy()
    for key in [k for k in data if k.startswith("people-")]:
        del data[key]
    data.update({"people-TOTAL_FORMS": "1", "people-INITIAL_FORMS": "0"})
    page = MinutesPage(item, data, request.FILES)
    page.keep_uploads()
    page.show_without_errors()
    return page
