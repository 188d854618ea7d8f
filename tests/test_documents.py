"""Documents: served only through /documents/<id>/<file-name> under the publication rules."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from minutes.models import Meeting, Report
from tests.clerk_helpers import form_data
from tests.factories import AgendaItemFactory, MeetingFactory, ReportFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
CSV = b"Ward,Spend\nAbbey,1200\n"


def report_with_file(name="Annual Report 2024.pdf", content=PDF, **item):
    return ReportFactory(
        item=AgendaItemFactory(**item), url="", file=SimpleUploadedFile(name, content)
    )


def public_item(**kwargs):
    return {"meeting": MeetingFactory(stage=Meeting.Stage.PUBLISHED), **kwargs}


def read(response) -> bytes:
    return b"".join(response.streaming_content)


def test_a_file_is_stored_under_a_generated_name_and_keeps_its_own_for_display():
    report = report_with_file(**public_item())
    stored = Path(report.file.name)
    assert "Annual" not in report.file.name
    assert stored.suffix == ".pdf" and len(stored.stem) == 32
    assert report.original_name == "Annual Report 2024.pdf"
    assert report.content_type == "application/pdf"
    assert report.size == len(PDF)


def test_the_public_opens_a_published_meetings_report_inline_as_a_pdf(client):
    report = report_with_file(**public_item())
    response = client.get(report.href)
    assert report.href == f"/documents/{report.pk}/Annual%20Report%202024.pdf"
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("inline")
    assert 'filename="Annual Report 2024.pdf"' in response["Content-Disposition"]
    assert read(response) == PDF


def test_anything_but_a_pdf_is_a_download_with_its_original_name(client):
    report = report_with_file("Spend by ward.csv", CSV, **public_item())
    response = client.get(report.href)
    assert response["Content-Disposition"].startswith("attachment")
    assert 'filename="Spend by ward.csv"' in response["Content-Disposition"]
    assert response["Content-Type"].startswith("text/csv")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert read(response) == CSV


def test_an_agenda_stage_meetings_report_is_public(client):
    report = report_with_file(meeting=MeetingFactory(stage=Meeting.Stage.AGENDA))
    assert client.get(report.href).status_code == 200


@pytest.mark.parametrize("who", ["anonymous", "member", "officer"])
def test_a_draft_meetings_report_is_not_found_except_by_clerks(client, who, request):
    report = report_with_file(meeting=MeetingFactory(stage=Meeting.Stage.DRAFT))
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    response = client.get(report.href)
    assert response.status_code == 404
    assert PDF not in response.content


@pytest.mark.parametrize("who", ["anonymous", "member", "officer"])
def test_an_exempt_items_report_is_not_found_except_by_clerks(client, who, request):
    report = report_with_file(**public_item(is_exempt=True, exempt_reason="Para 3"))
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    assert client.get(report.href).status_code == 404


def test_clerks_open_draft_and_exempt_reports(clerk_client):
    draft = report_with_file(meeting=MeetingFactory(stage=Meeting.Stage.DRAFT))
    exempt = report_with_file(**public_item(is_exempt=True, exempt_reason="Para 3"))
    for report in (draft, exempt):
        response = clerk_client.get(report.href)
        assert response.status_code == 200
        assert read(response) == PDF


def test_a_wrong_file_name_leads_to_the_right_address_only_when_allowed(client):
    public = report_with_file(**public_item())
    draft = report_with_file(meeting=MeetingFactory(stage=Meeting.Stage.DRAFT))
    response = client.get(f"/documents/{public.pk}/old-name.pdf")
    assert response.status_code == 301
    assert response["Location"] == public.href
    assert client.get(f"/documents/{draft.pk}/old-name.pdf").status_code == 404


def test_a_report_that_is_only_a_link_has_no_document(client):
    report = ReportFactory(item=AgendaItemFactory(**public_item()))
    assert report.href == "https://example.org/report.pdf"
    assert client.get(f"/documents/{report.pk}/report.pdf").status_code == 404


def test_nothing_under_media_root_is_served_directly_even_with_debug(client):
    report = report_with_file(meeting=MeetingFactory(stage=Meeting.Stage.DRAFT))
    assert client.get(f"/{settings.MEDIA_URL.strip('/')}/{report.file.name}").status_code == 404
    # The URL map as it is built with DEBUG=1, in a fresh process.
    probe = (
        "import django; django.setup();"
        "from django.urls import resolve, Resolver404;"
        f"from django.conf import settings; assert settings.DEBUG;"
        f"path = '/' + settings.MEDIA_URL.strip('/') + '/{report.file.name}';"
        "\ntry:\n    resolve(path)\nexcept Resolver404:\n    print('not served')"
    )
    env = {**os.environ, "DEBUG": "1", "DJANGO_SETTINGS_MODULE": "minutes.settings"}
    result = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "not served"


def test_public_links_say_the_files_type_and_size(client):
    report = report_with_file(content=PDF + b"0" * (102 * 1024 - len(PDF)), **public_item())
    csv = ReportFactory(
        item=report.item, url="", title="Spend", file=SimpleUploadedFile("spend.csv", CSV)
    )
    for url in (report.item.get_absolute_url(), report.item.meeting.get_absolute_url()):
        html = client.get(url).content.decode()
        assert f'href="{report.href}"' in html
        assert "(PDF, 102 KB)" in html
        assert f'href="{csv.href}"' in html
        assert "(CSV file, 22 bytes)" in html
        assert "/media/" not in html


def test_a_report_whose_file_has_gone_is_not_found_rather_than_an_error(client):
    report = report_with_file(**public_item())
    default_storage.delete(report.file.name)
    assert client.get(report.href).status_code == 404


# --- The checks live on the model field: the admin shares them ---------------------------


def admin_item_form(clerk_client, item):
    url = reverse("admin:minutes_agendaitem_change", args=[item.pk])
    data = form_data(clerk_client.get(url), "reports-TOTAL_FORMS")
    data.update({"reports-TOTAL_FORMS": "1", "reports-0-position": "1"})  # "Add another"
    return url, data


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("report.pdf", b"<html><script>alert(1)</script></html>", "its contents are not one"),
        (
            "report.pdf",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "its contents are not one",
        ),
        ("notes.txt", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "not one"),
        ("notes.txt", b"\n  <!DOCTYPE html><p>hello</p>", "its contents are not one"),
        ("page.html", b"<html></html>", "is not a type of file we accept"),
        ("picture.svg", b"<svg/>", "is not a type of file we accept"),
    ],
)
def test_the_admin_refuses_markup_disguised_as_a_report(clerk_client, name, content, message):
    item = AgendaItemFactory(meeting=MeetingFactory(stage=Meeting.Stage.AGENDA))
    url, data = admin_item_form(clerk_client, item)
    data.update(
        {"reports-0-title": "Disguised", "reports-0-file": SimpleUploadedFile(name, content)}
    )
    response = clerk_client.post(url, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Report.objects.exists()


def test_the_admin_refuses_a_file_over_the_size_limit(clerk_client):
    item = AgendaItemFactory(meeting=MeetingFactory(stage=Meeting.Stage.AGENDA))
    url, data = admin_item_form(clerk_client, item)
    big = SimpleUploadedFile("big.pdf", PDF + b"0" * (20 * 1024 * 1024))
    data.update({"reports-0-title": "Too big", "reports-0-file": big})
    response = clerk_client.post(url, data)
    assert response.status_code == 200
    assert "a file must be 20 MB or smaller" in response.content.decode()
    assert not Report.objects.exists()


def test_the_admin_stores_a_good_report_under_a_generated_name(clerk_client):
    item = AgendaItemFactory(meeting=MeetingFactory(stage=Meeting.Stage.AGENDA))
    url, data = admin_item_form(clerk_client, item)
    data.update(
        {"reports-0-title": "Budget", "reports-0-file": SimpleUploadedFile("Budget.pdf", PDF)}
    )
    assert clerk_client.post(url, data).status_code == 302
    report = Report.objects.get()
    assert report.original_name == "Budget.pdf"
    assert "Budget" not in report.file.name


def test_a_script_saving_a_report_goes_through_the_same_checks():
    report = ReportFactory.build(
        item=AgendaItemFactory(), url="", file=SimpleUploadedFile("report.pdf", b"<svg/>")
    )
    with pytest.raises(Exception) as error:
        report.full_clean()
    assert "its contents are not one" in str(error.value)


def test_a_report_saved_before_generated_names_still_opens_under_its_old_name(client):
    item = AgendaItemFactory(**public_item())
    old_name = default_storage.save("reports/2019/old report.pdf", ContentFile(PDF))
    report = Report.objects.create(item=item, title="Old", file=old_name)
    assert report.file_name == "old report.pdf"
    response = client.get(report.href)
    assert response.status_code == 200
    assert read(response) == PDF
    assert settings.MEDIA_URL not in report.href


def test_the_admin_links_a_stored_file_through_the_document_view(clerk_client):
    report = report_with_file(meeting=MeetingFactory(stage=Meeting.Stage.DRAFT))
    url = reverse("admin:minutes_agendaitem_change", args=[report.item.pk])
    html = clerk_client.get(url).content.decode()
    assert f'href="{report.href}"' in html
    assert f"{settings.MEDIA_URL}{report.file.name}" not in html
