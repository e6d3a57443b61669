"""The minutes section's index page: minutes by year, with the open action
items of recent meetings."""

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from pages.common.index_pages import SectionIndexPage
from pages.minutes.context import minutes_index_context
from pages.minutes.permissions import OwnMinutesPermissionTester


class MinutesIndexPage(SectionIndexPage):
    """Meeting minutes by year, with the open action items of recent meetings."""

    subpage_types = ["pages.MeetingMinutesPage"]
    template = "minutes/minutes_index_page.html"

    class Meta:
        verbose_name = _("minutes index")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context.update(minutes_index_context(self, request))
        return context

    def permissions_for_user(self, user):
        return OwnMinutesPermissionTester(user, self)
