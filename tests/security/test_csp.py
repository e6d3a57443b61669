"""Content-Security-Policy: the site's pages run only the project's own
files; the Wagtail admin has its own, wider policy."""

import json

import pytest
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.format import embed_to_frontend_html
from wagtail.embeds.models import Embed

from pages.factories import finnish
from pages.news.models import NewsPage
from tests.conftest import client_for
from tests.test_settings import PRODUCTION, manage

pytestmark = pytest.mark.django_db

UNSAFE = ("'unsafe-inline'", "'unsafe-eval'")

# Runs under production settings: the policy each path gets from the
# configured middleware, as a dict of directives.
POLICIES_UNDER_PRODUCTION = """
import json
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils.module_loading import import_string

middleware = [import_string(path) for path in settings.MIDDLEWARE]
csp = next(m for m in middleware if m.__name__ == "SitePolicyMiddleware")
handler = csp(lambda request: HttpResponse("<p>", content_type="text/html"))
answer = {}
for path in ["/fi/uutiset/", "/admin/pages/3/edit/"]:
    response = handler(RequestFactory().get(path))
    answer[path] = dict(response.headers)
print(json.dumps(answer))
"""


def directives(header):
    policy = {}
    for part in header.split(";"):
        name, *values = part.split()
        policy[name] = values
    return policy


def headers_under_production(**extra_env):
    result = manage("shell", "-c", POLICIES_UNDER_PRODUCTION, **PRODUCTION, **extra_env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_site_policy_allows_no_inline_code_and_the_admin_its_own():
    headers = headers_under_production()
    site = directives(headers["/fi/uutiset/"]["Content-Security-Policy"])
    admin = directives(headers["/admin/pages/3/edit/"]["Content-Security-Policy"])

    for name in ["default-src", "script-src", "style-src", "connect-src"]:
        assert site[name] == ["'self'"], name
    assert not any(value in UNSAFE for values in site.values() for value in values)
    assert site["object-src"] == ["'none'"]
    assert site["frame-ancestors"] == ["'none'"]
    assert site["base-uri"] == ["'self'"]
    assert site["form-action"] == ["'self'"]
    assert "https://www.youtube-nocookie.com" in site["frame-src"]

    assert admin != site
    # Wagtail's admin writes inline scripts and styles, but needs no eval.
    assert admin["script-src"] == ["'self'", "'unsafe-inline'"]
    assert admin["style-src"] == ["'self'", "'unsafe-inline'"]
    assert (
        "'unsafe-eval'"
        not in headers["/admin/pages/3/edit/"]["Content-Security-Policy"]
    )
    # The page preview is a frame of the admin inside the admin.
    assert admin["frame-ancestors"] == ["'self'"]
    assert "'self'" in admin["frame-src"]


def test_sign_on_provider_and_report_endpoint_come_from_the_environment():
    headers = headers_under_production(
        CSP_EXTRA_FORM_ACTION="https://login.example.fi",
        CSP_FRAME_SRC="https://example.cloud.panopto.eu",
        CSP_REPORT_URI="https://reports.example.fi/csp",
    )
    site = headers["/fi/uutiset/"]
    policy = directives(site["Content-Security-Policy"])
    assert policy["form-action"] == ["'self'", "https://login.example.fi"]
    assert policy["frame-src"] == ["https://example.cloud.panopto.eu"]
    assert policy["report-uri"] == ["https://reports.example.fi/csp"]
    assert policy["report-to"] == ["csp"]
    assert site["Reporting-Endpoints"] == 'csp="https://reports.example.fi/csp"'


def test_signing_out_may_lead_on_to_the_sign_on_provider():
    # Browsers apply form-action to the redirect after the sign-out form.
    headers = headers_under_production(
        OIDC_ISSUER="https://login.microsoftonline.com/tenant-id/v2.0",
        OIDC_RP_CLIENT_ID="intranet",
        OIDC_OP_LOGOUT_ENDPOINT="https://logout.example.fi/end-session",
    )
    policy = directives(headers["/fi/uutiset/"]["Content-Security-Policy"])
    assert policy["form-action"] == [
        "'self'",
        "https://login.microsoftonline.com",
        "https://logout.example.fi",
    ]


@pytest.mark.parametrize(
    "username, url",
    [
        (None, "/fi/login/"),
        ("staff", "/fi/"),
        ("staff", "/sv/"),
        ("staff", "/fi/search/?q=mentori"),
        ("staff", "/fi/ei-ole-olemassa/"),
    ],
)
def test_every_site_page_carries_the_strict_policy(client, username, url):
    response = (client_for(username) if username else client).get(url)
    policy = response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    assert "script-src 'self'" in policy


def test_admin_pages_carry_the_admin_policy(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "style-src 'self' 'unsafe-inline'" in response["Content-Security-Policy"]


def test_page_preview_may_be_framed_by_the_admin(admin_client):
    """The preview panel frames the page's preview: it must carry the admin's
    policy (frame-ancestors 'self'), not the site's, or browsers refuse it."""
    news = NewsPage.objects.live().public().filter(locale=finnish()).first()
    revision = news.save_revision()
    response = admin_client.get(f"/admin/pages/{news.pk}/revisions/{revision.pk}/view/")
    assert response.status_code == 200
    assert news.title in response.text
    policy = directives(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'self'"]


VIDEO = "https://www.youtube.com/watch?v=Xq7hT2mRk4E"


def store_embed(url, width, height):
    """An embed as the oEmbed finder would have stored it: pages show it
    without asking the provider."""
    return Embed.objects.create(
        url=url,
        hash=get_embed_hash(url),
        type="video",
        html=(
            f'<iframe width="{width}" height="{height}" title="Esittely"'
            ' src="https://www.youtube-nocookie.com/embed/Xq7hT2mRk4E"></iframe>'
        ),
        width=width,
        height=height,
        provider_name="YouTube",
    )


@pytest.mark.parametrize(
    "width, height, shape", [(640, 360, "16-9"), (640, 480, "4-3"), (360, 640, "9-16")]
)
def test_embedded_video_keeps_its_shape_without_a_style_attribute(width, height, shape):
    # Wagtail's responsive embed gives the ratio in a style attribute, which
    # the site's policy refuses; the site's template names it as a class.
    store_embed(VIDEO, width, height)
    html = embed_to_frontend_html(VIDEO)
    assert "style=" not in html
    assert f'class="responsive-object responsive-object--{shape}"' in html
    assert "youtube-nocookie.com/embed/" in html
