"""The minutes and the agenda pack as PDFs, read back with pypdf: what they hold, and what not."""

import datetime
import io

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.urls import reverse
from pypdf import PdfReader

from minutes.meeting_documents import minutes_document
from minutes.models import Meeting, Report
from minutes.pdf import write_pdf
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    AttendanceFactory,
    MeetingFactory,
    ReportFactory,
)
from tests.test_whole_minutes import plant_exempt_item

BOARD = "improvement-and-innovation-board"


def pdf_text(response) -> str:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def a_pdf(*lines: str) -> ContentFile:
    html = "".join(f"<p>{line}</p>" for line in lines)
    return ContentFile(write_pdf(f"<html><body>{html}</body></html>"), name="report.pdf")


@pytest.mark.django_db
def test_the_minutes_pdf_holds_the_seed_item_and_the_signature_but_no_exempt_words(client, demo):
    meeting = Meeting.objects.get(committee__slug=BOARD, slug="2019-01-17")
    plant_exempt_item(meeting)
    text = flat(pdf_text(client.get(reverse("minutes_pdf", args=[BOARD, meeting.slug]))))
    assert "107 councils have now been offered support" in text
    assert "Productivity Report" in text
    assert "Confirmed as a correct record at the meeting of 14 March 2019, signed by Cllr" in text
    assert "99. Land disposal" in text
    assert "Zanzibarcode" not in text
    # The service's name, the status and the page number are on every page.
    pages = PdfReader(io.BytesIO(cache.get(minutes_document(meeting).key))).pages
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        words = flat(page.extract_text())
        assert "Meeting minutes and actions" in words
        assert "Confirmed minutes" in words
        assert f"Page {number} of {len(pages)}" in words


@pytest.mark.django_db
def test_draft_minutes_say_so_on_every_page(client):
    meeting = MeetingFactory(stage=Meeting.Stage.PUBLISHED)
    AgendaItemFactory(meeting=meeting, minute_text="Members noted the budget.")
    text = flat(
        pdf_text(client.get(reverse("minutes_pdf", args=[meeting.committee.slug, meeting.slug])))
    )
    assert "Members noted the budget." in text
    assert "Draft, subject to confirmation." in text
    assert "Draft minutes, subject to confirmation" in text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "stage,name,found",
    [
        (Meeting.Stage.DRAFT, "minutes_pdf", False),
        (Meeting.Stage.AGENDA, "minutes_pdf", False),
        (Meeting.Stage.DRAFT, "agenda_pdf", False),
    ],
)
def test_a_document_not_yet_public_is_not_found(client, stage, name, found):
    meeting = MeetingFactory(stage=stage)
    AgendaItemFactory(meeting=meeting)
    response = client.get(reverse(name, args=[meeting.committee.slug, meeting.slug]))
    assert response.status_code == 404


@pytest.mark.django_db
def test_the_cache_key_changes_with_anything_the_minutes_show():
    meeting = MeetingFactory(stage=Meeting.Stage.PUBLISHED)
    item = AgendaItemFactory(meeting=meeting)
    keys = [minutes_document(meeting).key]
    assert minutes_document(meeting).key == keys[0]
    item.minute_text = "Members noted the revised report."
    item.save()
    keys.append(minutes_document(meeting).key)
    action = ActionFactory(item=item, due_on=datetime.date(2019, 5, 1))
    keys.append(minutes_document(meeting).key)
    action.due_on = datetime.date(2019, 6, 1)
    action.save()
    keys.append(minutes_document(meeting).key)
    AttendanceFactory(meeting=meeting)
    keys.append(minutes_document(meeting).key)
    Meeting.objects.filter(pk=meeting.pk).update(venue="Another room")
    meeting.refresh_from_db()
    keys.append(minutes_document(meeting).key)
    assert len(set(keys)) == len(keys)


@pytest.mark.django_db
def test_a_changed_record_gives_a_new_pdf_and_the_page_then_says_its_size(client):
    meeting = MeetingFactory(stage=Meeting.Stage.PUBLISHED)
    item = AgendaItemFactory(meeting=meeting, minute_text="The first wording.")
    url = reverse("minutes_pdf", args=[meeting.committee.slug, meeting.slug])
    page_url = reverse("whole_minutes", args=[meeting.committee.slug, meeting.slug])
    assert "(PDF)" in client.get(page_url).content.decode()
    first = client.get(url)
    assert "The first wording." in pdf_text(first)
    size = f"PDF, {round(len(first.content) / 1024)} KB"
    assert size in client.get(page_url).content.decode()
    item.minute_text = "The second wording."
    item.save()
    text = pdf_text(client.get(url))
    assert "The second wording." in text
    assert "The first wording." not in text


@pytest.mark.django_db
def test_the_meeting_page_gives_the_agenda_pack_size_for_the_agenda_as_it_stands(member_client):
    """Read signed in, so that each page is built afresh (the public's copy of the page is
    kept for a few minutes, and says the size once it is built again)."""
    client = member_client
    meeting = MeetingFactory(stage=Meeting.Stage.AGENDA)
    item = AgendaItemFactory(meeting=meeting, title="Budget")
    pack = reverse("agenda_pdf", args=[meeting.committee.slug, meeting.slug])
    page = meeting.get_absolute_url()
    assert " KB)" not in client.get(page).content.decode()  # not made yet: no size to give

    made = client.get(pack)
    size = f"PDF, {round(len(made.content) / 1024)} KB"
    assert size in client.get(page).content.decode()

    item.title = "Budget, council tax, fees and charges for the coming year, " * 4
    item.save()
    assert size not in client.get(page).content.decode()  # that pack is not this agenda's
    remade = client.get(pack)
    assert len(remade.content) != len(made.content)
    assert f"PDF, {round(len(remade.content) / 1024)} KB" in client.get(page).content.decode()


@pytest.mark.django_db
def test_the_agenda_pack_holds_the_public_reports_and_never_a_private_one(client):
    meeting = MeetingFactory(stage=Meeting.Stage.AGENDA)
    budget = AgendaItemFactory(meeting=meeting, position=1, number="1", title="Budget")
    secret = AgendaItemFactory(
        meeting=meeting,
        position=2,
        number="2",
        title="Land sale",
        is_exempt=True,
        exempt_reason="Paragraph 3 of Schedule 12A.",
    )
    Report.objects.create(
        item=budget,
        title="Quarter 3 figures",
        file=a_pdf("Quarterly spending is on budget.", "Second paragraph."),
    )
    Report.objects.create(item=secret, title="Valuation", file=a_pdf("Quillfeather valuation."))
    ReportFactory(item=budget, title="Online appendix", url="https://example.org/appendix")
    Report.objects.create(
        item=budget, title="Notes", file=ContentFile(b"plain words", name="notes.txt")
    )

    response = client.get(reverse("agenda_pdf", args=[meeting.committee.slug, meeting.slug]))
    reader = PdfReader(io.BytesIO(response.content))
    pages = [flat(page.extract_text()) for page in reader.pages]
    text = " ".join(pages)
    assert "Quarterly spending is on budget." in text
    assert "Quillfeather" not in text
    assert "Valuation" not in text
    assert "2. Land sale" in text and "Paragraph 3 of Schedule 12A." in text
    # Contents first, then the agenda, then the report on the page the contents give.
    assert "Contents" in pages[0]
    assert "Item 1: Quarter 3 figures" in pages[0]
    assert pages[0].split("Quarter 3 figures")[1].lstrip(" .").startswith(str(len(pages)))
    assert "Quarterly spending is on budget." in pages[-1]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert "Online appendix" in text and "notes.txt" not in text
