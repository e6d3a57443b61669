"""A real OpenID provider on loopback (oidc-provider-mock, RS256 tokens and
its JWKS), and the Django side switched to it."""

import base64
import hashlib
import threading
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import oidc_provider_mock
import pytest
import requests
import werkzeug.serving
from django.test import Client

CLIENT_ID = "intranet"
GROUP_MAP = {"grp-editors": "Editors", "grp-mentors": "Mentors", "grp-admins": "Admins"}


class Provider:
    """The provider's WSGI app in a thread, behind a recorder of its token
    requests; `token_answer` replaces what the token endpoint answers."""

    def __init__(self, access_token_max_age=timedelta(hours=1)):
        self.app = oidc_provider_mock.app(access_token_max_age=access_token_max_age)
        self.token_requests = []
        self.token_answer = None
        self.server = werkzeug.serving.make_server(
            "localhost", 0, self.wsgi, threaded=True
        )
        self.url = f"http://localhost:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wsgi(self, environ, start_response):
        if environ["PATH_INFO"] == "/oauth2/token":
            body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
            self.token_requests.append(parse_qs(body.decode()))
            if self.token_answer is not None:
                start_response("200 OK", [("Content-Type", "application/json")])
                return [self.token_answer]
            environ["wsgi.input"] = _Body(body)
        return self.app(environ, start_response)

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)

    def add_user(self, sub, **claims):
        response = requests.put(f"{self.url}/users/{sub}", json=claims, timeout=5)
        assert response.status_code == 204

    def authorize(self, authorize_url, sub):
        """The person chooses who they are at the provider's form; the
        provider sends the browser back (its redirect's address)."""
        response = requests.post(
            authorize_url, data={"sub": sub}, allow_redirects=False, timeout=5
        )
        assert response.status_code == 302, response.text
        return response.headers["Location"]

    def token_for_another_application(self, sub, nonce):
        """A real ID token of this provider, issued to another client."""
        redirect_uri = "http://elsewhere.example/callback"
        query = {
            "response_type": "code",
            "client_id": "another-application",
            "redirect_uri": redirect_uri,
            "scope": "openid email profile",
            "state": "s",
            "nonce": nonce,
        }
        authorize_url = (
            requests.Request("GET", f"{self.url}/oauth2/authorize", params=query)
            .prepare()
            .url
        )
        code = parse_qs(urlsplit(self.authorize(authorize_url, sub)).query)["code"][0]
        response = requests.post(
            f"{self.url}/oauth2/token",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect_uri,
                "client_id": "another-application",
                "client_secret": "its-secret",
            },
            timeout=5,
        )
        assert response.status_code == 200, response.text
        return response.content


class _Body:
    def __init__(self, data):
        self.data, self.position = data, 0

    def read(self, size=-1):
        end = len(self.data) if size is None or size < 0 else self.position + size
        chunk, self.position = self.data[self.position : end], end
        return chunk

    def readline(self, size=-1):
        return self.read(size)


def pkce_challenge(verifier):
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


@pytest.fixture
def provider_factory(monkeypatch):
    # The provider is plain HTTP on loopback.
    monkeypatch.setenv("AUTHLIB_INSECURE_TRANSPORT", "1")
    started = []

    def start(**options):
        started.append(Provider(**options))
        return started[-1]

    yield start
    for each in started:
        each.stop()


@pytest.fixture
def sso_on(settings):
    """Single sign-on switched on, with no provider yet; `use(provider)`."""
    settings.OIDC_RP_CLIENT_ID = CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = "intranet-secret"
    settings.OIDC_GROUP_MAP = GROUP_MAP
    settings.WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
    settings.WAGTAIL_PASSWORD_RESET_ENABLED = False

    def use(url):
        settings.OIDC_ISSUER = url

    return use


@pytest.fixture
def provider(provider_factory, sso_on):
    started = provider_factory()
    sso_on(started.url)
    return started


def sign_in(client, provider, sub, start="/oidc/authenticate/"):
    """The browser's trip: the site, the provider's form, back to the site's
    callback. Returns the callback's response."""
    response = client.get(start)
    assert response.status_code == 302
    assert response["Location"].startswith(provider.url)
    back = urlsplit(provider.authorize(response["Location"], sub))
    assert back.path == "/oidc/callback/"
    return client.get(f"{back.path}?{back.query}")


@pytest.fixture
def browser():
    return Client()
