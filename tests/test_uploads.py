"""Reports: documents only, checked by their contents as well as their names, 20 MB at most."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from minutes.uploads import MAX_UPLOAD_BYTES, OLE_SIGNATURE, validate_upload

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 100
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100


def ooxml(folder: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr(f"{folder}/document.xml", "<document/>")
    return buffer.getvalue()


def opendocument(mime: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mime)  # stored first, uncompressed
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def ole(marker: bytes) -> bytes:
    return OLE_SIGNATURE + b"\x00" * 504 + marker + b"\x00" * 2000


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


GOOD = [
    ("report.pdf", PDF),
    ("REPORT.PDF", PDF),
    ("minutes.docx", ooxml("word")),
    ("budget.xlsx", ooxml("xl")),
    ("minutes.odt", opendocument("application/vnd.oasis.opendocument.text")),
    ("budget.ods", opendocument("application/vnd.oasis.opendocument.spreadsheet")),
    ("slides.odp", opendocument("application/vnd.oasis.opendocument.presentation")),
    ("old.doc", ole(b"\xec\xa5\xc1\x00")),
    ("old.xls", ole(b"\xfd\xff\xff\xff\x00\x00")),
    ("figures.csv", "Ward,Spend\nAbbey,£1,200\n".encode()),
    ("figures-excel.csv", "Ward,Spend\nAbbey,\xa31,200\n".encode("cp1252")),
    ("notes.txt", b"Plain notes.\r\nSecond line.\r\n"),
]


@pytest.mark.parametrize("name,content", GOOD, ids=[n for n, _ in GOOD])
def test_documents_of_the_allowed_types_pass(name, content):
    validate_upload(upload(name, content))


BAD_TYPE = ["setup.exe", "photo.png", "page.html", "archive.zip", "report", "script.pdf.js"]


@pytest.mark.parametrize("name", BAD_TYPE)
def test_other_types_are_refused_by_name(name):
    with pytest.raises(ValidationError) as error:
        validate_upload(upload(name, PDF))
    assert error.value.code == "type_not_allowed"
    assert "is not a type of file we accept" in error.value.messages[0]
    assert "PDF, Word (.doc, .docx)" in error.value.messages[0]


DISGUISED = [
    ("report.pdf", EXE),
    ("report.pdf", ooxml("word")),
    ("minutes.docx", PDF),
    ("minutes.docx", ooxml("xl")),
    ("budget.xlsx", opendocument("application/vnd.oasis.opendocument.spreadsheet")),
    ("minutes.odt", opendocument("application/vnd.oasis.opendocument.spreadsheet")),
    ("old.doc", PDF),
    ("old.xls", EXE),
    ("figures.csv", PNG),
    ("notes.txt", b"text with a \x00 NUL byte"),
    ("notes.txt", PDF),
    ("figures.csv", b"\x81\x8d\x8f\x90\x9d" * 10),  # not UTF-8, and undefined in Windows-1252
]


@pytest.mark.parametrize(
    "name,content", DISGUISED, ids=[f"{n}-{i}" for i, (n, _) in enumerate(DISGUISED)]
)
def test_a_file_whose_contents_do_not_match_its_name_is_refused(name, content):
    with pytest.raises(ValidationError) as error:
        validate_upload(upload(name, content))
    assert error.value.code == "contents_do_not_match"
    assert f"“{name}” is named as a" in error.value.messages[0]


def test_a_file_over_20_mb_is_refused():
    big = upload("big.pdf", PDF + b"0" * (MAX_UPLOAD_BYTES - len(PDF) + 1))
    with pytest.raises(ValidationError) as error:
        validate_upload(big)
    assert error.value.code == "too_big"
    assert "a file must be 20 MB or smaller" in error.value.messages[0]


def test_a_file_of_exactly_20_mb_is_accepted():
    validate_upload(upload("big.pdf", PDF + b"0" * (MAX_UPLOAD_BYTES - len(PDF))))


def test_an_empty_file_is_refused():
    with pytest.raises(ValidationError, match="is empty"):
        validate_upload(upload("empty.pdf", b""))


def test_checking_leaves_the_file_ready_to_save():
    file = upload("report.pdf", PDF)
    validate_upload(file)
    assert file.read() == PDF
