"""Documents on S3-compatible object storage, against a real S3 server over HTTP.

The tests start moto's standalone server on a free local port and point the document
storage at it through the same environment variables a deployment sets. Nothing is
patched: boto3 signs and sends real requests, and the document view streams the bytes
back from the bucket through the publication rules.
"""

import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import minutes.settings
from minutes.models import Meeting, Report
from tests.clerk_helpers import form_data
from tests.factories import AgendaItemFactory, MeetingFactory, PersonFactory, ReportFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
PORTS = range(18150, 18160)


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    pytest.fail(f"No free port in {PORTS.start}-{PORTS.stop - 1} for the S3 server")


@pytest.fixture(scope="module")
def s3_endpoint():
    """moto's standalone S3 server, for this module's tests."""
    port = free_port()
    server = Path(sys.executable).with_name("moto_server")
    process = subprocess.Popen(
        [str(server), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("moto's S3 server did not start")
                time.sleep(0.2)
        yield endpoint
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch):
    """A fresh private bucket, and the document storage set to it from the environment."""
    import boto3

    name = f"minutes-{uuid.uuid4().hex[:12]}"
    env = {
        "S3_BUCKET": name,
        "S3_ENDPOINT_URL": s3_endpoint,
        "S3_REGION": "eu-west-2",
        "S3_ACCESS_KEY_ID": "minutes-test",
        "S3_SECRET_ACCESS_KEY": "minutes-test-secret",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="eu-west-2",
        aws_access_key_id="minutes-test",
        aws_secret_access_key="minutes-test-secret",
    )
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
    settings.STORAGES = {**settings.STORAGES, "default": minutes.settings.document_storage()}
    return client, name


def keys(bucket) -> list[str]:
    client, name = bucket
    return [entry["Key"] for entry in client.list_objects_v2(Bucket=name).get("Contents", [])]


def test_without_a_bucket_documents_stay_on_the_local_file_system(monkeypatch):
    monkeypatch.delenv("S3_BUCKET", raising=False)
    assert minutes.settings.document_storage() == {
        "BACKEND": "django.core.files.storage.FileSystemStorage"
    }


def test_a_bucket_in_the_environment_puts_documents_on_object_storage(bucket, settings):
    storage = settings.STORAGES["default"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == bucket[1]
    assert storage["OPTIONS"]["default_acl"] == "private"


def test_an_uploaded_report_is_stored_in_the_bucket_under_a_generated_name(bucket):
    item = AgendaItemFactory(meeting=MeetingFactory(stage=Meeting.Stage.PUBLISHED))
    report = ReportFactory(item=item, url="", file=SimpleUploadedFile("Budget 2025.pdf", PDF))
    assert keys(bucket) == [report.file.name]
    assert "Budget" not in report.file.name
    client, name = bucket
    assert client.get_object(Bucket=name, Key=report.file.name)["Body"].read() == PDF
    assert report.size == len(PDF)


def test_the_public_gets_a_bucket_document_streamed_through_the_rules(bucket, client):
    published = ReportFactory(
        item=AgendaItemFactory(meeting=MeetingFactory(stage=Meeting.Stage.PUBLISHED)),
        url="",
        file=SimpleUploadedFile("Budget.pdf", PDF),
    )
    draft = ReportFactory(
        item=AgendaItemFactory(meeting=MeetingFactory(stage=Meeting.Stage.DRAFT)),
        url="",
        file=SimpleUploadedFile("Secret.pdf", PDF + b"% secret"),
    )
    response = client.get(published.href)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "amazonaws" not in response.get("Location", "")
    assert client.get(draft.href).status_code == 404
    assert len(keys(bucket)) == 2


def test_a_clerk_sees_a_draft_document_from_the_bucket(bucket, clerk_client):
    draft = ReportFactory(
        item=AgendaItemFactory(meeting=MeetingFactory(stage=Meeting.Stage.DRAFT)),
        url="",
        file=SimpleUploadedFile("notes.txt", b"Draft notes.\n"),
    )
    response = clerk_client.get(draft.href)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == b"Draft notes.\n"


def test_a_clerks_upload_kept_after_a_failed_save_goes_to_the_bucket_and_is_saved(
    bucket, clerk_client
):
    item = AgendaItemFactory(meeting=MeetingFactory(stage=Meeting.Stage.PUBLISHED))
    url = reverse("clerk:item_minutes", args=[item.meeting.pk, item.pk])
    page = clerk_client.get(url)
    data = form_data(page, "item-minute_text")
    data["reports-0-title"] = "Annual report"
    data["reports-0-file"] = SimpleUploadedFile("Annual.pdf", PDF)
    data["actions-0-description"] = "Owned twice"
    data["actions-0-owner_label"] = "Officers"
    data["actions-0-owner"] = str(PersonFactory().pk)
    failed = clerk_client.post(url, data)
    assert failed.status_code == 200
    assert "Annual.pdf" in failed.content.decode()
    assert [key for key in keys(bucket) if key.startswith("reports/kept/")]
    again = form_data(failed, "item-minute_text")
    again["actions-0-owner"] = ""
    assert clerk_client.post(url, again).status_code == 302
    report = Report.objects.get()
    assert report.original_name == "Annual.pdf"
    assert report.size == len(PDF)
    assert report.file.name in keys(bucket)
