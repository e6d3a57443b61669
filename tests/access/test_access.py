"""An intranet: nothing but the login page, static files and /healthz
without signing in."""

import io

import pytest
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

pytestmark = pytest.mark.django_db


def make_image():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    return Image.objects.create(
        title="Kampuskartta",
        file=ContentFile(buffer.getvalue(), name="kampuskartta.png"),
    )


def make_document():
    return Document.objects.create(
        title="Kokousmuistio",
        file=ContentFile(b"Kuukausikokous 1/2026", name="muistio.txt"),
    )


def assert_sent_to_login(response, language="fi"):
    assert response.status_code == 302
    assert response["Location"].startswith(f"/{language}/login/?next=")


@pytest.mark.parametrize(
    "url", ["/fi/", "/sv/om-verksamheten/", "/en/about/", "/fi/search/?q=teams"]
)
def test_anonymous_reader_is_sent_to_login_from_pages(client, url):
    # The login page speaks the language of the page asked for.
    assert_sent_to_login(client.get(url), language=url[1:3])


def test_anonymous_reader_is_sent_to_login_in_their_browser_language(client):
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="sv")
    assert_sent_to_login(response, language="sv")


def test_anonymous_reader_cannot_download_a_document(client):
    document = make_document()
    assert_sent_to_login(client.get(document.url))


def test_anonymous_reader_cannot_open_an_image_or_its_rendition(client):
    image = make_image()
    rendition = image.get_rendition("fill-20x20")
    assert rendition.url.startswith("/media/")
    assert_sent_to_login(client.get(rendition.url))
    assert_sent_to_login(client.get(image.file.url))


def test_signed_in_reader_gets_documents_and_images(staff_client):
    document = make_document()
    response = staff_client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Kuukausikokous 1/2026"

    rendition = make_image().get_rendition("fill-20x20")
    response = staff_client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "private" in response["Cache-Control"]


def test_media_outside_the_media_folder_is_not_served(staff_client):
    for url in ["/media/../intranet/settings/base.py", "/media/%2e%2e/manage.py"]:
        response = staff_client.get(url)
        assert response.status_code in (400, 404)
        assert b"import" not in response.content


def test_web_server_sends_media_when_accel_redirect_is_configured(
    staff_client, settings
):
    settings.MEDIA_ACCEL_REDIRECT_PREFIX = "/protected-media/"
    image = make_image()
    response = staff_client.get(image.file.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/protected-media/{image.file.name}"
    assert response.content == b""
    assert staff_client.get("/media/images/missing.png").status_code == 404


def test_admin_is_behind_login(client, staff_client):
    assert_sent_to_login(client.get("/admin/"))
    # Signed-in staff without editing rights do not get the admin either.
    assert staff_client.get("/admin/").status_code in (302, 403)


def test_login_page_and_health_check_are_open(client):
    assert client.get("/fi/login/").status_code == 200
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok"}


@pytest.mark.django_db(transaction=True)
def test_static_files_are_served_without_login(live_server):
    import urllib.request

    with urllib.request.urlopen(f"{live_server.url}/static/css/site.css") as reply:
        assert reply.status == 200
        assert b"skip-link" in reply.read()


def test_sign_in_with_wrong_password_says_so_in_the_readers_language(client):
    response = client.post(
        "/sv/login/", {"username": "staff", "password": "fel"}, follow=True
    )
    assert response.status_code == 200
    assert "användarnamn och lösenord" in response.content.decode()


def test_sign_in_lands_on_the_page_asked_for(client):
    response = client.post(
        "/fi/login/?next=/fi/osaamisalueet/",
        {
            "username": "staff",
            "password": "digimentor-demo",
            "next": "/fi/osaamisalueet/",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/fi/osaamisalueet/"


def test_sign_out_returns_to_login(staff_client):
    response = staff_client.post("/fi/logout/")
    assert response.status_code == 302
    assert_sent_to_login(staff_client.get("/fi/"))


@pytest.mark.parametrize(
    "query", ["%00", "a%00b", "x" * 10_000, "& | ! : * ( ) ' \" ~ ^", "😀 kokous"]
)
def test_search_answers_odd_input_without_an_error(staff_client, query):
    assert staff_client.get(f"/fi/search/?q={query}").status_code == 200
