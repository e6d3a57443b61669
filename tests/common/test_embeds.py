"""Embedded media whose provider fails or hangs: one short wait, then a link."""

import time

import pytest
from django.core.exceptions import ValidationError
from wagtail.embeds.finders import get_finders

from pages.common.embeds import FETCH_TIMEOUT
from pages.factories import NewsPageFactory
from tests.servers import CountingServer

pytestmark = pytest.mark.django_db

VIDEO = "https://video.example.test/watch/42"


OEMBED = (
    b'{"type": "video", "title": "Intranet tour", "width": 640, "height": 360,'
    b' "html": "<iframe title=\\"Intranet tour\\"></iframe>"}'
)


class Provider(CountingServer):
    """An oEmbed endpoint on a local port that counts the connections made
    to it and answers 500 ("failing"), nothing at all ("hanging") or the
    embed ("working")."""

    def __init__(self, mode):
        self.mode = mode
        super().__init__()

    def answer(self, conn):
        if self.mode == "hanging":
            super().answer(conn)
            return
        conn.recv(65536)
        if self.mode == "working":
            status, body = b"200 OK", OEMBED
        else:
            status, body = b"500 Internal Server Error", b""
        conn.sendall(
            b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body
        )
        conn.close()


@pytest.fixture(params=["failing", "hanging"])
def provider(request, settings):
    provider = Provider(request.param)
    # The site's finder, with this provider only.
    (finder,) = settings.WAGTAILEMBEDS_FINDERS
    settings.WAGTAILEMBEDS_FINDERS = [
        {
            **finder,
            "providers": [
                {
                    "endpoint": f"http://127.0.0.1:{provider.port}/oembed",
                    "urls": [r"^https://video\.example\.test/.+$"],
                }
            ],
        }
    ]
    get_finders.cache_clear()
    yield provider
    get_finders.cache_clear()
    provider.close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    # The provider is on this machine, never behind an outbound proxy.
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")


def timed_get(client, url):
    started = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - started


def test_a_news_item_whose_video_cannot_be_fetched_links_to_it(staff_client, provider):
    news = NewsPageFactory(body=[("embed", VIDEO)])

    response, seconds = timed_get(staff_client, news.url)

    assert response.status_code == 200
    assert f'<a href="{VIDEO}">' in response.content.decode()
    assert provider.connections == 1
    # Wagtail's own finder waits ten seconds for an answer.
    assert seconds < FETCH_TIMEOUT + 1


def test_a_failed_fetch_is_remembered_and_not_tried_on_the_next_render(
    staff_client, provider
):
    news = NewsPageFactory(body=[("embed", VIDEO)])
    staff_client.get(news.url)
    assert provider.connections == 1

    response, seconds = timed_get(staff_client, news.url)

    assert response.status_code == 200
    assert f'<a href="{VIDEO}">' in response.content.decode()
    assert provider.connections == 1
    assert seconds < 1


@pytest.mark.parametrize("provider", ["failing"], indirect=True)
def test_an_editor_saving_the_video_fetches_it_again(admin_client, provider):
    news = NewsPageFactory(body=[("embed", VIDEO)])
    admin_client.get(news.url)
    block = news.body.stream_block.child_blocks["embed"]

    # The admin's check of the block, as when an editor saves the page.
    with pytest.raises(ValidationError):
        block.clean(block.to_python(VIDEO))
    assert provider.connections == 2

    provider.mode = "working"
    block.clean(block.to_python(VIDEO))
    assert provider.connections == 3
    html = admin_client.get(news.url).content.decode()
    assert '<iframe title="Intranet tour">' in html
    assert provider.connections == 3
