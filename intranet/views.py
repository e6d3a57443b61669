import logging
import mimetypes
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connection, transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.utils import translation
from django.utils._os import safe_join
from django.views.decorators.cache import never_cache
from django.views.static import serve

logger = logging.getLogger(__name__)


@login_not_required
def root_redirect(request):
    """Send `/` to the reader's language: saved, then browser, then Finnish."""
    language = _saved_language(request) or translation.get_language_from_request(
        request
    )
    return HttpResponseRedirect(f"/{language}/")


def _saved_language(request):
    """The language a signed-in user saved in their settings (StaffProfile)."""
    if not request.user.is_authenticated:
        return None
    profile = getattr(request.user, "staff_profile", None)
    language = getattr(profile, "preferred_language", "")
    return language if language in dict(settings.LANGUAGES) else None


@login_not_required
@never_cache
@transaction.non_atomic_requests  # the atomic wrapper itself needs the database
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        logger.exception("Health check: the database does not answer")
        return JsonResponse({"database": "unavailable"}, status=503)
    return JsonResponse({"database": "ok"})


def serve_media(request, path):
    """Uploaded files (images, renditions) for signed-in users only.

    Wagtail gives images no privacy of their own, so the login middleware in
    front of this view is their protection. In production the web server
    sends the file: set MEDIA_ACCEL_REDIRECT_PREFIX to an nginx `internal`
    location that maps to MEDIA_ROOT.
    """
    prefix = settings.MEDIA_ACCEL_REDIRECT_PREFIX
    if not prefix:
        response = serve(request, path, document_root=settings.MEDIA_ROOT)
    else:
        try:
            full_path = safe_join(settings.MEDIA_ROOT, path)
        except ValueError as error:
            raise Http404 from error
        if not Path(full_path).is_file():
            raise Http404
        response = HttpResponse()
        response["X-Accel-Redirect"] = prefix.rstrip("/") + "/" + quote(path)
        content_type, _encoding = mimetypes.guess_type(full_path)
        response["Content-Type"] = content_type or "application/octet-stream"
    response["Cache-Control"] = "private, max-age=3600"
    return response
