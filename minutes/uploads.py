"""What may be stored as a report: documents only, checked by their contents, 20 MB at most.

The name alone proves nothing (anyone can rename a program to report.pdf), so each file's
first bytes must match the type its extension claims. CSV and plain text have no signature;
they must instead read as text: no NUL bytes, decodable as UTF-8 or Windows-1252 (what
spreadsheets on Windows save CSV as), and not markup (an HTML page or SVG picture renamed
to .txt is refused, since a browser could be talked into running its scripts).

`validate_upload` sits on the model field, so the admin, the clerks' pages and any script
share it. The type and size of a stored file are described here too ("PDF, 102 KB").
"""

from __future__ import annotations

import uuid
from pathlib import PurePath

import filetype
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

MAX_UPLOAD_BYTES = 20 * 1024 * 1024

# The compound-file header that old Word (.doc) and Excel (.xls) files start with.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TEXT = "text"
OLE = "ole"

# extension: (what to call it, the MIME types filetype may report for it; or TEXT/OLE)
ALLOWED_TYPES: dict[str, tuple[str, tuple[str, ...] | str]] = {
    "pdf": ("PDF", ("application/pdf",)),
    "doc": ("Word document", OLE),
    "docx": (
        "Word document",
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
    ),
    "odt": ("OpenDocument text", ("application/vnd.oasis.opendocument.text",)),
    "ods": ("OpenDocument spreadsheet", ("application/vnd.oasis.opendocument.spreadsheet",)),
    "odp": ("OpenDocument presentation", ("application/vnd.oasis.opendocument.presentation",)),
    "xls": ("Excel spreadsheet", OLE),
    "xlsx": (
        "Excel spreadsheet",
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",),
    ),
    "csv": ("CSV file", TEXT),
    "txt": ("plain text file", TEXT),
}

# The type each accepted document is served as: the one its contents were checked against.
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
}
UNKNOWN_TYPE = "application/octet-stream"
# A web page saved from a browser, for the minutes importer only: text that may be markup.
WEB_PAGE = "web page"
# Text that opens like this is markup, not a document, whatever its name says.
MARKUP_OPENINGS = (b"<", b"\xef\xbb\xbf<")
MARKUP_WORDS = (b"<svg", b"<html", b"<script", b"<!doctype", b"<?xml", b"<body", b"<iframe")

ACCEPTED_LIST = (
    "PDF, Word (.doc, .docx), OpenDocument (.odt, .ods, .odp), Excel (.xls, .xlsx), "
    "CSV or plain text (.txt)"
)
# For the file input's accept attribute, so the browser's picker offers the right files.
ACCEPT_ATTRIBUTE = ",".join(f".{ext}" for ext in ALLOWED_TYPES)
HEAD_BYTES = 8192


def validate_upload(upload) -> None:
    """Raise ValidationError, with a message naming the file, unless it is an allowed document.

    A file already in storage (a saved report, or one kept from a failed attempt) was checked
    when it arrived and is not read again.
    """
    if getattr(upload, "_committed", False):
        return
    name = PurePath(upload.name or "").name
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            "“%(name)s” is %(size)s; a file must be 20 MB or smaller.",
            code="too_big",
            params={"name": name, "size": filesizeformat(upload.size)},
        )
    if upload.size == 0:
        raise ValidationError("“%(name)s” is empty.", code="empty", params={"name": name})
    extension = PurePath(name).suffix.lower().lstrip(".")
    if extension not in ALLOWED_TYPES:
        raise ValidationError(
            "“%(name)s” is not a type of file we accept. Upload a %(accepted)s file.",
            code="type_not_allowed",
            params={"name": name, "accepted": ACCEPTED_LIST},
        )
    label, expected = ALLOWED_TYPES[extension]
    if not _contents_match(upload, expected):
        raise ValidationError(
            "“%(name)s” is named as a %(label)s but its contents are not one. "
            "Check it is the right file, or save it again as a %(label)s.",
            code="contents_do_not_match",
            params={"name": name, "label": label},
        )


def _contents_match(upload, expected: tuple[str, ...] | str) -> bool:
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    try:
        if expected == OLE:
            return head.startswith(OLE_SIGNATURE)
        if expected == TEXT:
            return _reads_as_text(upload, head)
        if expected == WEB_PAGE:
            return _reads_as_text(upload, head, markup=True)
        kind = filetype.guess(head)
        return kind is not None and kind.mime in expected
    finally:
        upload.seek(0)


def _reads_as_text(upload, head: bytes, *, markup: bool = False) -> bool:
    """Whether the file is text (in UTF-8 or Windows' encoding); markup only when allowed."""
    if filetype.guess(head) is not None:
        return False
    upload.seek(0)
    content = b"".join(upload.chunks())
    if b"\x00" in content:
        return False
    opening = content.lstrip()[:2048].lower()
    is_markup = opening.startswith(MARKUP_OPENINGS) or any(w in opening for w in MARKUP_WORDS)
    if is_markup and not markup:
        return False
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            content.decode(encoding)
        except UnicodeDecodeError:
            continue
        return True
    return False


# What the minutes importer reads (a different list: a report may not be a web page).
IMPORT_TYPES: dict[str, tuple[str, tuple[str, ...] | str]] = {
    "docx": ALLOWED_TYPES["docx"],
    "txt": ALLOWED_TYPES["txt"],
    "html": ("saved web page", WEB_PAGE),
    "htm": ("saved web page", WEB_PAGE),
}
IMPORT_ACCEPT_ATTRIBUTE = ",".join(f".{ext}" for ext in IMPORT_TYPES)


def validate_import_upload(upload) -> None:
    """Like validate_upload, for minutes to import: a Word document, a text file or a web page."""
    name = PurePath(upload.name or "").name
    extension = PurePath(name).suffix.lower().lstrip(".")
    if extension in IMPORT_TYPES and upload.size:
        label, expected = IMPORT_TYPES[extension]
        if upload.size > MAX_UPLOAD_BYTES:
            validate_upload(upload)  # raises the size message
        if not _contents_match(upload, expected):
            raise ValidationError(
                "“%(name)s” is named as a %(label)s but its contents are not one. "
                "Check it is the right file, or save it again as a %(label)s.",
                code="contents_do_not_match",
                params={"name": name, "label": label},
            )
        return
    if upload.size and extension not in IMPORT_TYPES:
        raise ValidationError(
            "“%(name)s” cannot be imported. Upload a Word document (.docx), a text file (.txt) "
            "or a web page saved from a browser (.html).",
            code="type_not_allowed",
            params={"name": name},
        )
    validate_upload(upload)  # the empty file's message


def extension_of(name: str) -> str:
    return PurePath(name or "").suffix.lower().lstrip(".")


def content_type_for(name: str) -> str:
    """The type a document of this name is served as (it was checked against it on upload)."""
    return CONTENT_TYPES.get(extension_of(name), UNKNOWN_TYPE)


def stored_name(original_name: str, folder: str = "reports") -> str:
    """A generated storage name that keeps only the (checked) extension: nothing to guess."""
    extension = extension_of(original_name)
    suffix = f".{extension}" if extension in ALLOWED_TYPES else ""
    return f"{folder}/{uuid.uuid4().hex}{suffix}"


def describe(name: str, size: int | None) -> str:
    """What a link to the document says about it, as GOV.UK attachments do: "PDF, 102 KB"."""
    label = ALLOWED_TYPES.get(extension_of(name), ("File", None))[0]
    label = label[0].upper() + label[1:]
    if size is None:
        return label
    return f"{label}, {human_size(size)}"


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} byte{'' if size == 1 else 's'}"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")
