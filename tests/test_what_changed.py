"""The public sees what each correction changed, and what changed since the draft was published."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from minutes.changes import word_diff
from minutes.history import stamp_history
from minutes.models import Meeting
from minutes.services import confirm_minutes, move_meeting, record_correction
from tests.clerk_helpers import form_data
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    DecisionFactory,
    DeclarationFactory,
    DiscussionPointFactory,
    MeetingFactory,
    PersonFactory,
    ReportFactory,
)
from tests.test_document_pdfs import pdf_text

pytestmark = pytest.mark.django_db


def test_a_word_diff_marks_removed_and_added_words_and_keeps_the_rest():
    assert word_diff("Cllr Flemming spoke.", "Cllr Fleming spoke.") == [
        ("same", "Cllr "),
        ("del", "Flemming"),
        ("ins", "Fleming"),
        ("same", " spoke."),
    ]
    # A change interrupted only by a space reads as one change.
    assert word_diff("It is on track.", "It is slightly over budget.") == [
        ("same", "It is "),
        ("del", "on track."),
        ("ins", "slightly over budget."),
    ]
    assert word_diff("", "New words") == [("ins", "New words")]


@pytest.fixture
def confirmed_item():
    meeting = MeetingFactory(stage=Meeting.Stage.PUBLISHED)
    later = MeetingFactory(
        committee=meeting.committee, starts_at=meeting.starts_at + datetime.timedelta(days=30)
    )
    item = AgendaItemFactory(meeting=meeting, minute_text="Cllr Flemming spoke.")
    DiscussionPointFactory(item=item, position=1, text="Cllr Flemming asked a question.")
    DecisionFactory(item=item, position=1)
    Meeting.objects.filter(pk=meeting.pk).update(
        stage=Meeting.Stage.CONFIRMED, confirmed_at=later, confirmed_on=later.date
    )
    item.meeting.refresh_from_db()
    return item


def correct(client, item, reason: str, **changes) -> None:
    url = reverse("clerk:item_minutes", args=[item.meeting.pk, item.pk])
    data = form_data(client.get(url), "item-minute_text")
    data.update(changes)
    data["correction-reason"] = reason
    assert client.post(url, data).status_code == 302


def test_a_correction_shows_the_public_the_words_it_changed_beside_its_reason(
    clerk_client, client, confirmed_item
):
    correct(
        clerk_client,
        confirmed_item,
        "The spelling of Cllr Fleming's name was corrected.",
        **{
            "item-minute_text": "Cllr Fleming spoke.",
            "points-0-text": "Cllr Fleming asked a question.",
        },
    )
    client.logout()
    html = client.get(confirmed_item.get_absolute_url()).content.decode()
    assert "The spelling of Cllr Fleming&#x27;s name was corrected." in html
    assert "Removed: </span>Flemming</del>" in html
    assert "Added: </span>Fleming</ins>" in html
    assert html.count("<del") == 2  # the minute and the point
    assert "Point 1 text" in html


def test_corrections_are_told_apart_and_markup_in_them_is_escaped(
    clerk_client, client, confirmed_item
):
    correct(
        clerk_client, confirmed_item, "First fix.", **{"item-minute_text": "Cllr Fleming spoke."}
    )
    correct(
        clerk_client,
        confirmed_item,
        "Second <b>fix</b>.",
        **{"item-minute_text": 'Cllr Fleming spoke <script>alert("x")</script>.'},
    )
    client.logout()
    html = client.get(confirmed_item.get_absolute_url()).content.decode()
    first, second = html.split("First fix.")[1].split("Second &lt;b&gt;fix&lt;/b&gt;.")
    second = second.split("</li>")[0]
    assert "Flemming</del>" in first and "<script>" not in first
    assert "Flemming" not in second
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in second
    assert "<script>alert" not in html


def draft_changes_url(meeting) -> str:
    return reverse("draft_changes", args=[meeting.committee.slug, meeting.slug])


def publish_then_confirm(meeting, between=lambda: None) -> Meeting:
    move_meeting(meeting=meeting, to=Meeting.Stage.PUBLISHED)
    between()
    later = MeetingFactory(
        committee=meeting.committee, starts_at=meeting.starts_at + datetime.timedelta(days=30)
    )
    return confirm_minutes(meeting=meeting, confirmed_at=later, signed_by=PersonFactory())


def test_confirmed_minutes_show_what_changed_since_the_draft_was_published(client):
    meeting = MeetingFactory(stage=Meeting.Stage.AGENDA)
    item = AgendaItemFactory(meeting=meeting, title="Budget", minute_text="Spending is on track.")
    point = DiscussionPointFactory(item=item, position=1, text="Cllr Allen asked about fees.")
    secret = AgendaItemFactory(
        meeting=meeting,
        title="Land",
        minute_text="The Quillfeather site.",
        is_exempt=True,
        exempt_reason="Paragraph 3.",
    )

    def edit():
        item.minute_text = "Spending is <em>slightly</em> over budget."
        item.save()
        point.text = "Cllr Allen asked about parking fees."
        point.save()
        secret.minute_text = "The Quillfeather site was valued."
        secret.save()

    meeting = publish_then_confirm(meeting, edit)
    minutes_page = client.get(reverse("whole_minutes", args=[meeting.committee.slug, meeting.slug]))
    assert draft_changes_url(meeting) in minutes_page.content.decode()
    html = client.get(draft_changes_url(meeting)).content.decode()
    assert "Budget" in html
    assert "Removed: </span>on track.</del>" in html
    assert "&lt;em&gt;slightly&lt;/em&gt;" in html and "<em>slightly" not in html
    assert "Added: </span>parking </ins>fees." in html
    assert "Quillfeather" not in html
    assert "Land" not in html


def test_minutes_confirmed_as_published_say_nothing_changed(client):
    meeting = MeetingFactory(stage=Meeting.Stage.AGENDA)
    AgendaItemFactory(meeting=meeting)
    meeting = publish_then_confirm(meeting)
    minutes_page = client.get(reverse("whole_minutes", args=[meeting.committee.slug, meeting.slug]))
    assert draft_changes_url(meeting) not in minutes_page.content.decode()
    html = client.get(draft_changes_url(meeting)).content.decode()
    assert "The confirmed minutes are as the draft was published." in html
    assert "<del" not in html


@pytest.mark.parametrize("stage", [Meeting.Stage.DRAFT, Meeting.Stage.AGENDA, "published"])
def test_there_are_no_changes_to_show_before_confirmation(client, stage):
    meeting = MeetingFactory(stage=stage)
    assert client.get(draft_changes_url(meeting)).status_code == 404


# --- Corrections to a meeting's details and attendance, and to every part of an item ---------


@pytest.fixture
def confirmed_meeting():
    """A confirmed meeting at 11am in Smith Square, chaired by Cllr Ann Hale, Cllr Peter
    Fleming present; one item with a point Cllr Joy Allen spoke to, a decision, a report and
    a declaration."""
    fleming = PersonFactory(name="Peter Fleming")
    allen = PersonFactory(name="Joy Allen")
    meeting = MeetingFactory(
        stage=Meeting.Stage.PUBLISHED,
        venue="Smith Square, London",
        chair=PersonFactory(name="Ann Hale"),
    )
    AttendanceFactory(meeting=meeting, person=fleming)
    AttendanceFactory(meeting=meeting, person=allen)
    item = AgendaItemFactory(meeting=meeting, title="Budget", minute_text="Cllr Flemming spoke.")
    point = DiscussionPointFactory(item=item, position=1, text="Fees were discussed.")
    point.speakers.set([allen])
    DecisionFactory(item=item, position=1, text="RESOLVED that the report be noted.")
    ReportFactory(item=item, position=1, title="Budget report 2019")
    DeclarationFactory(item=item, person=allen, nature="A governor of a local school.")
    later = MeetingFactory(
        committee=meeting.committee, starts_at=meeting.starts_at + datetime.timedelta(days=30)
    )
    Meeting.objects.filter(pk=meeting.pk).update(
        stage=Meeting.Stage.CONFIRMED, confirmed_at=later, confirmed_on=later.date
    )
    meeting.refresh_from_db()
    return meeting


def correct_meeting(client, meeting, reason: str, **changes) -> None:
    url = reverse("clerk:meeting_edit", args=[meeting.pk])
    data = form_data(client.get(url), "venue")
    data.update(changes)
    data["correction-reason"] = reason
    assert client.post(url, data).status_code == 302


def correct_attendance(client, meeting, reason: str, **changes) -> None:
    url = reverse("clerk:attendance", args=[meeting.pk])
    data = form_data(client.get(url), "guests-TOTAL_FORMS")
    data.update(changes)
    data["correction-reason"] = reason
    assert client.post(url, data).status_code == 302


def whole_minutes_url(meeting) -> str:
    return reverse("whole_minutes", args=[meeting.committee.slug, meeting.slug])


def test_a_correction_to_a_meetings_details_shows_what_it_changed(
    clerk_client, client, confirmed_meeting
):
    allen = confirmed_meeting.attendances.get(person__name="Joy Allen").person
    correct_meeting(
        clerk_client,
        confirmed_meeting,
        "The venue, times and chair were recorded wrongly.",
        venue="18 Smith Square, London",
        start_time="10:30",
        ends_at="13:00",
        chair=str(allen.pk),
        is_cancelled="on",
    )
    client.logout()
    html = client.get(confirmed_meeting.get_absolute_url()).content.decode()
    corrections = html.split("app-corrections")[1].split("app-meeting-facts")[0]
    assert "The venue, times and chair were recorded wrongly." in corrections
    assert "Added: </span>18 </ins>Smith Square, London" in corrections
    assert "Removed: </span>11am</del>" in corrections
    assert "Added: </span>10:30am</ins>" in corrections
    assert "Added: </span>1pm</ins>" in corrections
    assert "Removed: </span>Cllr Ann Hale</del>" in corrections
    assert "Added: </span>Cllr Joy Allen</ins>" in corrections
    for label in ("Venue", "Start time", "End time", "Chair", "Cancelled"):
        assert f">{label}<" in corrections
    assert "Removed: </span>No</del>" in corrections and "Added: </span>Yes</ins>" in corrections


def test_a_correction_to_attendance_shows_who_changed_and_how(
    clerk_client, client, confirmed_meeting
):
    fleming = confirmed_meeting.attendances.get(person__name="Peter Fleming").person
    stand_in = PersonFactory(name="Sam Stead")
    correct_attendance(
        clerk_client,
        confirmed_meeting,
        "Cllr Fleming sent apologies; Cllr Stead stood in for him.",
        **{
            f"register-{fleming.pk}-kind": "apologies",
            "substitutes-0-person": str(stand_in.pk),
            "substitutes-0-stood_in_for": str(fleming.pk),
        },
    )
    client.logout()
    html = client.get(confirmed_meeting.get_absolute_url()).content.decode()
    assert "Cllr Fleming sent apologies; Cllr Stead stood in for him." in html
    assert "Attendance of Cllr Peter Fleming" in html
    assert "Removed: </span>Present</del>" in html and "Added: </span>Apologies</ins>" in html
    assert "Attendance of Cllr Sam Stead" in html
    assert "Added: </span>Substitute for Cllr Peter Fleming</ins>" in html


def test_a_correction_to_speakers_reports_declarations_and_points_shows_them(
    clerk_client, client, confirmed_meeting
):
    item = confirmed_meeting.agenda_items.get()
    fleming = confirmed_meeting.attendances.get(person__name="Peter Fleming").person
    correct(
        clerk_client,
        item,
        "Speakers, the report's title and the declaration were corrected.",
        **{
            "points-0-speakers": [str(fleming.pk)],
            "points-1-position": "2",
            "points-1-text": "Parking was discussed.",
            "decisions-0-DELETE": "on",
            "reports-0-title": "Budget report 2019/20",
            "declarations-0-nature": "A governor of a local academy.",
        },
    )
    client.logout()
    html = client.get(item.get_absolute_url()).content.decode()
    assert "Point 1 speakers" in html
    assert "Removed: </span>Cllr Joy Allen</del>" in html
    assert "Added: </span>Cllr Peter Fleming</ins>" in html
    assert "Point 2 text (added)" in html and "Added: </span>Parking was discussed.</ins>" in html
    assert "Decision 1 text (removed)" in html
    assert "Removed: </span>RESOLVED that the report be noted.</del>" in html
    assert "Report 1 title" in html and "Added: </span>2019/20</ins>" in html
    assert "Declaration of interest" in html
    assert "Removed: </span>school.</del>" in html and "Added: </span>academy.</ins>" in html


def test_making_an_exempt_item_public_shows_the_change_but_never_its_private_words(
    client, confirmed_meeting
):
    item = AgendaItemFactory(
        meeting=confirmed_meeting,
        title="Land",
        minute_text="The Quillfeather site was valued.",
        is_exempt=True,
        exempt_reason="Paragraph 3.",
    )
    reason = "The item was wrongly recorded as exempt."
    stamp_history(item, None, reason)
    item.is_exempt, item.exempt_reason = False, ""
    item.minute_text = "The site was discussed."
    item.save()
    record_correction(item=item, user=None, reason=reason)
    html = client.get(item.get_absolute_url()).content.decode()
    assert reason in html
    assert "Exempt" in html
    assert "Removed: </span>Yes</del>" in html and "Added: </span>No</ins>" in html
    assert "Quillfeather" not in html


def test_the_whole_minutes_and_their_pdf_show_each_correction_and_what_it_changed(
    clerk_client, client, confirmed_meeting
):
    item = confirmed_meeting.agenda_items.get()
    correct_meeting(
        clerk_client,
        confirmed_meeting,
        "The street number was missing.",
        venue="18 Smith Square, London",
    )
    correct(
        clerk_client,
        item,
        "The spelling of Cllr Fleming's name was corrected.",
        **{"item-minute_text": "Cllr Fleming spoke."},
    )
    client.logout()
    html = client.get(whole_minutes_url(confirmed_meeting)).content.decode()
    assert "The street number was missing." in html
    assert "Added: </span>18 </ins>Smith Square, London" in html
    assert "The spelling of Cllr Fleming&#x27;s name was corrected." in html
    assert "Removed: </span>Flemming</del>" in html

    pdf = client.get(
        reverse("minutes_pdf", args=[confirmed_meeting.committee.slug, confirmed_meeting.slug])
    )
    text = " ".join(pdf_text(pdf).split())
    assert "The street number was missing." in text
    assert "Added: 18 Smith Square, London" in text
    assert "Removed: Flemming" in text and "Added: Fleming" in text


def test_the_whole_minutes_cost_the_same_queries_for_one_correction_as_for_many(
    clerk, clerk_client, client, confirmed_meeting
):
    item = confirmed_meeting.agenda_items.get()
    url = whole_minutes_url(confirmed_meeting)
    correct_meeting(clerk_client, confirmed_meeting, "First.", venue="1 Smith Square")
    correct(clerk_client, item, "First.", **{"item-minute_text": "Cllr Fleming spoke."})
    client.logout()
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    clerk_client.force_login(clerk)
    for n in range(2, 6):
        correct_meeting(clerk_client, confirmed_meeting, f"Fix {n}.", venue=f"{n} Smith Square")
        correct(clerk_client, item, f"Fix {n}.", **{"item-minute_text": f"Cllr Fleming spoke {n}."})
        DiscussionPointFactory(item=item, position=n)
    client.logout()
    cache.clear()
    with CaptureQueriesContext(connection) as many:
        assert client.get(url).status_code == 200
    assert len(many) == len(few)


def test_a_correction_may_give_a_reason_of_any_length(clerk_client, client, confirmed_meeting):
    reason = (
        "The venue was recorded wrongly in the draft, and again when the board confirmed it. " * 3
    )
    correct_meeting(clerk_client, confirmed_meeting, reason, venue="18 Smith Square, London")
    client.logout()
    html = client.get(confirmed_meeting.get_absolute_url()).content.decode()
    assert reason.strip() in html
    assert "Added: </span>18 </ins>Smith Square, London" in html
