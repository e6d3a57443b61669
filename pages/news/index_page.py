"""The news section's index page: news newest first, filtered by service,
topic and audience."""

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from pages.common.index_pages import SectionIndexPage
from pages.news.context import news_index_context


class NewsIndexPage(SectionIndexPage):
    """News from central services, newest first, filtered by service, topic
    and audience; feeds per language and per service."""

    subpage_types = ["pages.NewsPage"]
    template = "news/news_index_page.html"

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context.update(news_index_context(self, request))
        return context
