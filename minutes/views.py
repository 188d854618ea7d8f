"""Public pages of the record (being built)."""

from django.http import Http404


def _not_built(request, **kwargs):
    raise Http404("Not built yet")


home = committee_list = committee_detail = meeting_detail = item_detail = person_detail = _not_built
