"""Officers' tracker: the actions they own, and the changes they make to them."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from actions.models import Action


@login_required
def my_actions(request: HttpRequest) -> HttpResponse:
    actions = (
        Action.objects.filter(owner__user=request.user)
        .with_source()
        .order_by("due_on", "reference")
    )
    return render(request, "actions/mine.html", {"actions": actions})
