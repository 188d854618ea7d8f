"""Nothing private leaks: a draft meeting's and an exempt item's words never reach the public.

A draft meeting, and an exempt item of a published meeting, each get a report (a file),
a discussion point, a decision, an action and an action update, each carrying a word found
nowhere else. Then, as the public, the test fetches every page it can reach by following
links from the home page, every URL pattern of the project filled in with the private
objects' values (and again with ?q=<word>, for search), every document address, the CSV
export and the error pages; the words never appear in any answer. The crawler and the URL
patterns pick up new pages by themselves.

A PDF keeps its text in compressed streams, where a word is never found in the raw bytes:
every PDF answer (the minutes, the agenda pack, a report) is read back with pypdf and its
text searched too. The planted reports are real PDFs whose text is compressed, so that a
report merged into a public agenda pack would be found.
"""

from __future__ import annotations

import io
import re
import zlib
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from actions.models import Action
from minutes.models import AgendaItem, Meeting, Report
from tests.factories import (
    ActionFactory,
    ActionUpdateFactory,
    AgendaItemFactory,
    DecisionFactory,
    DiscussionPointFactory,
    MeetingFactory,
    PersonFactory,
    ReportFactory,
)
from tests.public_records import aware, build_meeting
from tests.url_walk import MissingValue, every_door

pytestmark = pytest.mark.django_db

CRAWL_LIMIT = 400
SEARCH_WORD = "hinterlandia"
_LINK = re.compile(rb"""(?:href|src|action)\s*=\s*["']([^"'#]+)""", re.I)


def pdf_with(text: str) -> bytes:
    """A one-page PDF showing `text`, its page content compressed as WeasyPrint's is."""
    stream = zlib.compress(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode())
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def pdf_text(body: bytes) -> str:
    """The text of a PDF, as pypdf reads it; "" for anything that is not one."""
    if not body.startswith(b"%PDF"):
        return ""
    try:
        reader = PdfReader(io.BytesIO(body))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError):
        return ""


def _plant(meeting: Meeting, item: AgendaItem, tag: str, speaker) -> list[str]:
    """Give the item a report file, a point, a decision, an action and an update, each with a word."""
    words = [
        f"zq{tag}{part}" for part in ("minute", "report", "point", "decision", "action", "note")
    ]
    item.minute_text = f"## Confidential\n\nMembers discussed {words[0]}."
    item.save()
    content = pdf_with(f"Appendix {words[1]}")
    ReportFactory(
        item=item,
        title="Appendix",
        url="",
        file=SimpleUploadedFile(f"{tag}-appendix.pdf", content, "application/pdf"),
    )
    # SEARCH_WORD is private too, but only ever searched for (a page may echo a query).
    point = DiscussionPointFactory(
        item=item, topic="Land", text=f"The price of {words[2]} in {SEARCH_WORD}."
    )
    point.speakers.add(speaker)
    DecisionFactory(item=item, text=f"RESOLVED that {words[3]} be sold.")
    action = ActionFactory(
        item=item, discussion_point=point, description=f"Value {words[4]} in {SEARCH_WORD}."
    )
    ActionUpdateFactory(action=action, note=f"Valuer asked about {words[5]}.")
    return words


@pytest.fixture
def private(db):
    """The draft meeting and the exempt item, beside a public meeting of the same committee."""
    public = build_meeting(items=2, starts_at=aware(2019, 1, 17))
    committee = public.committee
    speaker = PersonFactory(name="Sam Speaker")
    draft = MeetingFactory(
        committee=committee, stage=Meeting.Stage.DRAFT, starts_at=aware(2019, 2, 14)
    )
    draft_item = AgendaItemFactory(meeting=draft, position=1, number="1", title="Land at Mill Lane")
    exempt_item = AgendaItemFactory(
        meeting=public,
        position=9,
        number="9",
        title="Sale of the depot",
        is_exempt=True,
        exempt_reason="Paragraph 3 of Schedule 12A (financial affairs).",
    )
    words = _plant(draft, draft_item, "draft", speaker) + _plant(
        public, exempt_item, "exempt", speaker
    )
    return {
        "committee": committee,
        "draft": draft,
        "draft_item": draft_item,
        "exempt_item": exempt_item,
        "speaker": speaker,
        "words": words,
    }


def _leaks(body: bytes, words: list[str]) -> list[str]:
    """The words in an answer: in its bytes, or in its text when it is a PDF (a word the
    PDF breaks across lines is joined up again)."""
    lowered = body.lower()
    text = pdf_text(body).lower()
    joined = re.sub(r"-?\s+", "", text)
    return [word for word in words if word.encode() in lowered or word in text or word in joined]


def _internal_links(base: str, body: bytes) -> list[str]:
    links = []
    for raw in _LINK.findall(body):
        url = urljoin(base, raw.decode(errors="replace").replace("&amp;", "&"))
        parts = urlsplit(url)
        if parts.scheme in ("", "http", "https") and parts.netloc in ("", "testserver"):
            # "Sign in" links carry the page they came from; one visit to the sign-in will do.
            query = "" if parts.path.startswith("/accounts/") else parts.query
            links.append(parts.path + (f"?{query}" if query else ""))
    return links


def _door_urls(values_list: list[dict]) -> tuple[list[str], list[str]]:
    urls, unfilled = [], []
    for door in every_door():
        for values in values_list:
            try:
                urls.append(door.url(values))
            except MissingValue as name:
                unfilled.append(f"{door.key} ({door.route}) needs a value for {name}")
                break
    return urls, unfilled


def _values(private, item: AgendaItem) -> dict:
    meeting = item.meeting
    action = Action.objects.get(item=item)
    report = Report.objects.get(item=item, title="Appendix")
    return {
        "committee": meeting.committee.slug,
        "meeting": meeting.slug,
        "number": item.number,
        "person": private["speaker"].slug,
        # The API names a committee and a person by their slugs.
        "slug": lambda door: (
            private["speaker"].slug if "person" in door.key else meeting.committee.slug
        ),
        "reference": action.reference,
        "pk": str(meeting.pk),
        "item_pk": str(item.pk),
        "id": str(report.pk),
        "object_id": str(meeting.pk),
        "content_type_id": "1",
        "token": "not-a-calendar-address",
        "uidb64": "MQ",
        "app_label": "minutes",
        "url": "no-such-page/",
        "arg1": str(meeting.pk),
        "arg2": "1",
        # Documents: /documents/<id>/<file-name>, and any file-name parameter like it.
        "file_name": report.file.name.rsplit("/", 1)[-1],
        "filename": report.file.name.rsplit("/", 1)[-1],
        "name": report.file.name.rsplit("/", 1)[-1],
    }


def test_the_planted_words_are_there_for_a_clerk(private, clerk_client):
    """The control: the words are in the record and shown to those who may see them."""
    for tag, item in (("draft", private["draft_item"]), ("exempt", private["exempt_item"])):
        body = clerk_client.get(f"/clerk/meetings/{item.meeting.pk}/items/{item.pk}/").content
        assert _leaks(body, private["words"]), item
        # The report's word is in its compressed text only: found by reading the PDF.
        report = Report.objects.get(item=item, title="Appendix")
        response = clerk_client.get(report.href)
        assert response["Content-Type"].startswith("application/pdf")
        body = b"".join(response.streaming_content) if response.streaming else response.content
        word = f"zq{tag}report"
        assert word.encode() not in body.lower()
        assert _leaks(body, private["words"]) == [word]


def test_no_page_file_export_or_error_page_shows_a_private_word_to_the_public(private):
    public = Client(raise_request_exception=False)
    words = private["words"]
    fetched: dict[str, int] = {}
    found: list[str] = []
    pdfs: dict[str, str] = {}

    def fetch(url: str) -> bytes:
        response = public.get(url)
        fetched[url] = response.status_code
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if response.get("Content-Type", "").startswith("application/pdf"):
            pdfs[url] = pdf_text(body)
        for word in _leaks(body, words):
            found.append(f"{url} ({response.status_code}) shows {word}")
        if response.status_code in (301, 302) and "Location" in response:
            queue.append(urlsplit(response["Location"]).path)
        return body

    # 1. Crawl from the home page.
    queue: deque[str] = deque(["/"])
    while queue and len(fetched) < CRAWL_LIMIT:
        url = queue.popleft()
        if url in fetched or url.startswith("/admin/"):
            continue
        body = fetch(url)
        queue.extend(link for link in _internal_links(url, body) if link not in fetched)
    crawled = len(fetched)

    # 2. Every URL pattern with the draft's and the exempt item's values, and with a search.
    door_urls, unfilled = _door_urls(
        [_values(private, private["draft_item"]), _values(private, private["exempt_item"])]
    )
    assert not unfilled, "Add a value for these URL parameters in _values():\n" + "\n".join(
        unfilled
    )
    for url in door_urls:
        fetch(url)
        fetch(f"{url}?q={SEARCH_WORD}")

    # 3. Every document of theirs, by every address a file has had, and the exports.
    for item in (private["draft_item"], private["exempt_item"]):
        report = Report.objects.get(item=item, title="Appendix")
        fetch(report.file.url)
        fetch(f"/media/{report.file.name}")
        fetch(f"/documents/{report.pk}/{report.file.name.rsplit('/', 1)[-1]}")
        fetch(f"/documents/{report.pk}/")
    for query in (
        "",
        "?status=open",
        "?status=done",
        f"?q={SEARCH_WORD}",
        f"?committee={private['committee'].slug}",
    ):
        fetch(f"/actions/export.csv{query}")
        fetch(f"/actions/{query}")

    # 4. Error pages: a wrong address under the private meeting, a wrong method.
    draft = private["draft"]
    fetch(f"{draft.committee.get_absolute_url()}{draft.slug}/items/99/")
    fetch(f"/committees/{draft.committee.slug}/{draft.slug}/nothing-here/")

    # 5. The PDFs of the public meeting that holds the exempt item, made and read back.
    meeting = private["exempt_item"].meeting
    documents = [
        reverse(name, args=[meeting.committee.slug, meeting.slug])
        for name in ("minutes_pdf", "agenda_pdf")
    ]
    for url in documents:
        if url not in fetched:
            fetch(url)

    print(
        f"leak check: {crawled} pages crawled, {len(door_urls)} URL-pattern addresses, "
        f"{len(fetched)} answers in all ({len(pdfs)} PDFs read), {len(words)} words"
    )
    assert crawled > 10, f"the crawl reached only {crawled} pages"
    assert not found, "Private words reached the public:\n" + "\n".join(found)
    # Drafts are not found; exempt items and their files are not shown.
    assert fetched[private["draft"].get_absolute_url()] == 404
    # The public meeting's minutes and agenda pack were read: they name the exempt item
    # (number, title, reason) and hold nothing else of it.
    for url in documents:
        assert fetched[url] == 200, url
        assert "Sale of the depot" in pdfs[url], f"{url} was not read: {pdfs[url][:200]!r}"
