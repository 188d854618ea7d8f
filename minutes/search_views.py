"""/search/: the search page, over everything the reader may see (see search.py)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from minutes.caching import cache_public_page
from minutes.forms import SearchForm
from minutes.roles import is_clerk
from minutes.search import MAX_PAGE, RANKED_PER_KIND
from minutes.search_pages import search


def _page_number(value: str | None) -> int:
    try:
        number = int(value or 1)
    except ValueError:
        return 1
    return min(max(number, 1), MAX_PAGE)


@cache_public_page
def search_page(request: HttpRequest) -> HttpResponse:
    """The search form and, once words are given, one page of ranked results."""
    form = SearchForm(request.GET or None)
    context = {
        "form": form,
        "crumbs": [("Home", reverse("home")), ("Search", None)],
        "searches_everything": is_clerk(request.user),
        "ranked_per_kind": f"{RANKED_PER_KIND:,}",
    }
    if form.is_bound and form.is_valid() and not form.cleaned_data["q"]:
        form.add_error("q", "Enter the words you are looking for.")
    if form.is_bound and form.is_valid():
        query = request.GET.copy()
        query.pop("page", None)
        data = form.cleaned_data
        context["results"] = search(
            request.user,
            data["q"],
            page=_page_number(request.GET.get("page")),
            kind=data["kind"],
            committee=data["committee"],
            since=data["since"],
            until=data["until"],
        )
        context["query"] = query.urlencode()
    return render(request, "minutes/search.html", context)
