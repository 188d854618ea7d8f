"""Documents (reports' files), served only through the publication rules.

Nothing under MEDIA_ROOT or in the bucket is served directly: every file is streamed
through this view from the storage API, so the same rules hold on the local file system
and on S3-compatible object storage. The public gets 404 for a draft meeting's or an
exempt item's document, exactly as for its page; clerks open everything.
"""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404, redirect
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.http import require_safe

from minutes.models import Report
from minutes.uploads import content_type_for


@require_safe
def document(request: HttpRequest, pk: int, file_name: str):
    """One report's file: inline if a PDF, otherwise as a download, named as it was uploaded."""
    report = get_object_or_404(Report.objects.visible_to(request.user).exclude(file=""), pk=pk)
    if file_name != report.file_name:
        return redirect(report.href, permanent=True)
    try:
        stream = report.file.storage.open(report.file.name, "rb")
    except FileNotFoundError as missing:
        raise Http404("The file of this document is missing.") from missing
    content_type = report.content_type or content_type_for(report.file_name)
    response = FileResponse(
        stream,
        content_type=content_type,
        as_attachment=not content_type.startswith("application/pdf"),
        filename=report.file_name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    # A meeting can go back to draft: no shared cache may keep a copy.
    patch_cache_control(response, private=True, max_age=300)
    patch_vary_headers(response, ["Cookie"])
    return response
