import mimetypes
import os
import posixpath
import sys
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.contrib.staticfiles import finders
from django.db import DatabaseError, connection, transaction
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    JsonResponse,
)
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.static import serve

from intranet import outages
from intranet.outages import DATABASE_UNAVAILABLE
from pages.common.access import image_file_is_open


@login_not_required
def root_redirect(request: HttpRequest):
    """Send `/` to the reader's language: saved, then browser, then Finnish."""
    language = _saved_language(request) or translation.get_language_from_request(
        request
    )
    return HttpResponseRedirect(f"/{language}/")


def _saved_language(request: HttpRequest):
    """The language a signed-in user saved in their settings (StaffProfile)."""
    if not request.user.is_authenticated:
        return None
    profile = getattr(request.user, "staff_profile", None)
    language = getattr(profile, "preferred_language", "")
    return language if language in dict(settings.LANGUAGES) else None


# Browsers ask for /favicon.ico on every site whatever the page links; a week
# in their cache spares the request on each page.
FAVICON_MAX_AGE = 7 * 24 * 60 * 60


@login_not_required
@transaction.non_atomic_requests  # no database: it is asked for before sign-in too
def favicon(request: HttpRequest):
    path = finders.find("icons/favicon.ico")
    if path is None:
        raise Http404
    response = FileResponse(open(path, "rb"), content_type="image/vnd.microsoft.icon")
    response["Cache-Control"] = f"public, max-age={FAVICON_MAX_AGE}"
    return response


@login_not_required
@never_cache
@transaction.non_atomic_requests  # the atomic wrapper itself needs the database
def healthz(request: HttpRequest):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        outages.database.failed(_reason(error))
        return database_unavailable_json(error)
    return JsonResponse({"database": "ok"})


def database_unavailable_json(error):
    return JsonResponse(
        {"database": "unavailable", "reason": _reason(error)}, status=503
    )


def _reason(error):
    """The cause without the server's address: psycopg says
    'connection to server at "host", port 5432 failed: Connection refused'."""
    first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
    return first_line.rsplit(": ", 1)[-1].strip()


RETRY_AFTER_SECONDS = 30


def server_error(request: HttpRequest):
    """handler500: the site's own 503 page while the database is unavailable,
    Django's 500 page for anything else.

    Django turns an exception into a response inside each middleware, so no
    middleware of ours sees the session lookup fail; this handler does.
    """
    error = sys.exc_info()[1]
    if not isinstance(error, DATABASE_UNAVAILABLE):
        return defaults.server_error(request)
    # Logged once for the outage, not for each request (intranet/outages.py).
    outages.database.failed(_reason(error))
    if request.path == reverse("healthz"):
        return database_unavailable_json(error)
    # The reader's language without the database: the URL, then the language
    # cookie, then the browser's.
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        # No request: context processors would read the session and the user.
        html = render_to_string("503.html")
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Content-Language"] = language
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    add_never_cache_headers(response)
    return response


# Wagtail's documents live in this folder of MEDIA_ROOT; only its serve view,
# which checks the collection's privacy, may send them.
DOCUMENTS_FOLDER = "documents"
# Raster images are shown inline; any other uploaded file (an SVG can carry
# scripts) is a download, never a page of the site's origin.
INLINE_MEDIA_TYPES = {
    "image/avif",
    "image/gif",
    "image/jpeg",
    "image/png",
    "image/webp",
}


def serve_media(request: HttpRequest, path):
    """Uploaded images and renditions for signed-in users only.

    Wagtail gives images no privacy of their own, so the login middleware in
    front of this view is their protection, and the privacy of the collection
    an image is in. Documents have privacy, so they are refused here and go
    through Wagtail's serve view (`/documents/`).
    """
    folder = posixpath.normpath(path).lstrip("/").split("/")[0]
    if folder.casefold() == DOCUMENTS_FOLDER:
        raise Http404
    if not image_file_is_open(request, path):
        raise Http404  # as if there were no such file
    response = send_media_file(request, path)
    if response["Content-Type"].split(";")[0] not in INLINE_MEDIA_TYPES:
        response["Content-Disposition"] = "attachment"
    response["Cache-Control"] = "private, max-age=3600"
    return response


def sendfile(request: HttpRequest, filename, mimetype=None, **kwargs):
    """SENDFILE_BACKEND of Wagtail's document serve view: the file's bytes.

    wagtail.documents.views.serve.serve calls it (through
    wagtail.utils.sendfile, after django-sendfile) once the document's privacy
    is checked, then sets its Content-Type and Content-Disposition.
    """
    root = Path(os.path.abspath(settings.MEDIA_ROOT))
    full_path = Path(os.path.abspath(filename))
    if root not in full_path.parents:
        raise Http404
    response = send_media_file(request, full_path.relative_to(root).as_posix())
    # Shared caches keep no copy, and each download asks the serve view again
    # (the ETag spares the bytes), so a restriction applies at once.
    response["Cache-Control"] = "private, no-cache"
    return response


def send_media_file(request: HttpRequest, path):
    """A file of MEDIA_ROOT: streamed by Django, or by nginx when
    MEDIA_ACCEL_REDIRECT_PREFIX names an `internal` location that maps to
    MEDIA_ROOT."""
    prefix = settings.MEDIA_ACCEL_REDIRECT_PREFIX
    if not prefix:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    # Normalised, not resolved: MEDIA_ROOT may hold links to other disks.
    root = Path(os.path.abspath(settings.MEDIA_ROOT))
    full_path = Path(os.path.abspath(root / path))
    # A path that climbs out of MEDIA_ROOT ("../", absolute) is refused.
    if root not in full_path.parents or not full_path.is_file():
        raise Http404
    response = HttpResponse()
    response["X-Accel-Redirect"] = prefix.rstrip("/") + "/" + quote(path)
    content_type, _encoding = mimetypes.guess_type(full_path)
    response["Content-Type"] = content_type or "application/octet-stream"
    return response
