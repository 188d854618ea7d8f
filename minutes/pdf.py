"""Printing the record to PDF: the minutes, and the agenda pack with its reports merged in.

WeasyPrint lays out the HTML the page templates make, with a print stylesheet of its own
(A4, the service's name, the record's status and the page number on every page). It may
read only the project's static files: no address in a document is ever fetched.

An agenda pack is one WeasyPrint document (a contents page, then the agenda, then one blank
page, carrying only the margin text, for each page of each report) with each report's
pages laid under those blank pages. The contents page finds each report's first page by
CSS `target-counter`, so the numbering is WeasyPrint's own and comes out right in one pass.
Reports are read through the storage API, whatever the storage is.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from urllib.parse import urlparse

import weasyprint
from django.conf import settings
from django.template.loader import render_to_string
from django_weasyprint.utils import DjangoURLFetcher
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError

from minutes.models import Meeting, Report

log = logging.getLogger(__name__)

PDF_SIGNATURE = b"%PDF-"


class StaticFilesOnly(DjangoURLFetcher):
    """Fetch the project's static files, and nothing else: no network, no media."""

    def fetch(self, url, headers=None):
        if url.startswith("file:") and urlparse(url).path.startswith(settings.STATIC_URL):
            return super().fetch(url, headers)
        raise ValueError(f"A document may not fetch {url!r}.")


def write_pdf(html: str) -> bytes:
    """Lay out a document's HTML as a PDF."""
    return _render(html).write_pdf()


def _render(html: str) -> weasyprint.Document:
    # The base address is the file system's root, so that /static/... resolves to the
    # project's static files through the fetcher above.
    return weasyprint.HTML(string=html, base_url="file:///", url_fetcher=StaticFilesOnly()).render()


@dataclass
class PackReport:
    """A public report of the agenda, and, if it is a PDF that can be read, its pages."""

    report: Report
    reader: PdfReader | None = None

    @property
    def page_count(self) -> int:
        return len(self.reader.pages) if self.reader else 0

    @property
    def pages(self) -> range:
        return range(self.page_count)

    @property
    def anchor(self) -> str:
        return f"report-{self.report.pk}"


def read_reports(reports: list[Report]) -> list[PackReport]:
    """Open each uploaded report through the storage API; keep the ones that are PDFs."""
    found = []
    for report in reports:
        reader = None
        if report.file:
            try:
                with report.file.open("rb") as handle:
                    data = handle.read()
                if data.startswith(PDF_SIGNATURE):
                    reader = PdfReader(io.BytesIO(data))
                    len(reader.pages)  # a damaged file fails here, not halfway through a pack
            except (OSError, PdfReadError, ValueError) as error:
                log.warning("Report %s could not be read for the agenda pack: %s", report.pk, error)
                reader = None
        found.append(PackReport(report=report, reader=reader))
    return found


def write_agenda_pack(*, meeting: Meeting, context: dict, reports: list[PackReport]) -> bytes:
    """The agenda pack: contents, the agenda, then each report that is a PDF."""
    html = render_to_string(
        "minutes/pdf/agenda_pack.html", {**context, "meeting": meeting, "pack_reports": reports}
    )
    frame = PdfReader(io.BytesIO(write_pdf(html)))
    report_pages = sum(r.page_count for r in reports)
    lead = len(frame.pages) - report_pages
    writer = PdfWriter()
    for page in frame.pages[:lead]:
        writer.add_page(page)
    at = lead
    for pack_report in reports:
        for page in pack_report.reader.pages if pack_report.reader else []:
            added = writer.add_page(page)
            # The blank page's margin text (name, status, page number) over the report's page.
            added.merge_page(frame.pages[at])
            at += 1
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
