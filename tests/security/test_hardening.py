"""Uploaded files only through the checks meant for them, privacy headers,
demo accounts and secret keys kept off servers."""

import os
import stat
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from demo.management.commands.seed_demo import Command as SeedDemo
from intranet.middleware import PERMISSIONS_POLICY
from intranet.settings import checkout_secret_key
from tests.conftest import client_for
from tests.test_settings import PRODUCTION, manage

DEMONSTRATION = {
    **PRODUCTION,
    "DJANGO_SETTINGS_MODULE": "intranet.settings.demonstration",
}

pytestmark = pytest.mark.django_db


def coordinators_collection():
    collection = Collection.get_first_root_node().add_child(name="Koordinaattorit")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Coordinators"))
    return collection


def make_document(name="muistio.txt", content=b"Kuukausikokous 1/2026", **fields):
    return Document.objects.create(
        title="Kokousmuistio", file=ContentFile(content, name=name), **fields
    )


def body(response):
    return b"".join(response.streaming_content) if response.streaming else b""


def cache_directives(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


# Documents and media


def test_media_never_serves_documents_even_to_their_readers(admin_client):
    document = make_document(collection=coordinators_collection())
    name = document.file.name.split("/", 1)[1]
    assert document.file.url == f"/media/documents/{name}"
    for url in [
        f"/media/documents/{name}",
        f"/media/images/../documents/{name}",
        f"/media/./documents/{name}",
        f"/media/Documents/{name}",
    ]:
        response = admin_client.get(url)
        assert response.status_code == 404, url
        assert b"Kuukausikokous" not in response.content


def test_restricted_document_goes_only_to_its_group(staff_client):
    document = make_document(collection=coordinators_collection())
    refused = staff_client.get(document.url)
    assert refused.status_code in (302, 403)
    assert b"Kuukausikokous" not in body(refused) + refused.content

    served = client_for("coordinator").get(document.url)
    assert served.status_code == 200
    assert body(served) == b"Kuukausikokous 1/2026"


@pytest.mark.parametrize(
    "name, content",
    [
        ("ohje.pdf", b"%PDF-1.4"),
        ("kuva.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'),
        ("sivu.html", b"<script>alert(1)</script>"),
    ],
)
def test_documents_are_downloads_never_pages_of_the_site(staff_client, name, content):
    response = staff_client.get(make_document(name=name, content=content).url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    # Only the reader's browser may keep it, and asks again each time.
    assert {"private", "no-cache"} <= cache_directives(response)


def test_web_server_sends_documents_when_accel_redirect_is_configured(
    staff_client, settings
):
    settings.MEDIA_ACCEL_REDIRECT_PREFIX = "/protected-media/"
    document = make_document()
    response = staff_client.get(document.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/protected-media/{document.file.name}"
    assert response.content == b""
    assert response["Content-Type"] == "text/plain"
    assert response["Content-Disposition"].startswith("attachment;")

    restricted = make_document(collection=coordinators_collection())
    refused = staff_client.get(restricted.url)
    assert refused.status_code in (302, 403)
    assert not refused.has_header("X-Accel-Redirect")


def test_media_is_not_sniffed_and_only_raster_images_show_inline(staff_client):
    png = default_storage.save("images/kartta.png", ContentFile(b"\x89PNG\r\n"))
    response = staff_client.get(f"/media/{png}")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert not response.get("Content-Disposition", "").startswith("attachment")

    svg = default_storage.save("images/kartta.svg", ContentFile(b"<svg/>"))
    response = staff_client.get(f"/media/{svg}")
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"] == "attachment"


# Headers


def test_signed_in_pages_stay_out_of_shared_caches(staff_client):
    response = staff_client.get("/fi/")
    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_directives(response)
    assert "Cookie" in response["Vary"]
    assert response["Permissions-Policy"] == PERMISSIONS_POLICY


def test_every_response_refuses_camera_microphone_and_location(client, staff_client):
    assert PERMISSIONS_POLICY == (
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
    )
    login = client.get("/fi/login/")
    assert login["Permissions-Policy"] == PERMISSIONS_POLICY
    assert client.get("/healthz")["Permissions-Policy"] == PERMISSIONS_POLICY

    stylesheet = staff_client.get("/static/css/site.css")
    assert stylesheet.status_code == 200
    assert stylesheet["Permissions-Policy"] == PERMISSIONS_POLICY
    assert "no-store" not in cache_directives(stylesheet)
    stylesheet.close()


def test_production_settings_send_the_privacy_headers():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.MIDDLEWARE)",
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stderr
    assert "intranet.middleware.PrivacyHeadersMiddleware" in result.stdout


# Demo accounts and secret keys


def test_seed_demo_refuses_production_settings_unless_forced(settings):
    settings.SEED_DEMO_NEEDS_FORCE = True
    with pytest.raises(CommandError, match="--force"):
        call_command(SeedDemo())
    call_command(SeedDemo(), "--force", stdout=open(os.devnull, "w"))


def test_seed_demo_stops_before_touching_a_demonstration_servers_database():
    result = manage("seed_demo", **DEMONSTRATION)
    assert result.returncode != 0
    assert "--force" in result.stderr


def test_production_and_test_settings_have_no_demo():
    # Demo accounts with a published password are a demonstration server's
    # alone: a production server cannot make them, even with --force.
    result = manage("seed_demo", "--force", **PRODUCTION)
    assert result.returncode != 0
    assert "Unknown command: 'seed_demo'" in result.stderr
    assert "demo" not in settings.INSTALLED_APPS


def test_checkout_secret_key_is_made_once_and_kept_private(tmp_path):
    key = checkout_secret_key(tmp_path / ".secret_key")
    assert len(key) >= 50
    assert checkout_secret_key(tmp_path / ".secret_key") == key
    assert stat.S_IMODE((tmp_path / ".secret_key").stat().st_mode) == 0o600
    assert checkout_secret_key(tmp_path / "another") != key
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        ".secret_key",
        "another",
    ]


def test_local_settings_use_the_checkouts_own_key():
    script = "from django.conf import settings; print(settings.SECRET_KEY)"
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    env["DJANGO_SETTINGS_MODULE"] = "intranet.settings"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    key = result.stdout.strip()
    assert key == (settings.BASE_DIR / ".secret_key").read_text().strip()
    assert "insecure" not in key
