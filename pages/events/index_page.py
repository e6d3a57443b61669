"""The events section's index page, with the calendar feed's address."""

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from pages.common.index_pages import SectionIndexPage
from pages.events.context import events_index_context


class EventIndexPage(SectionIndexPage):
    """Upcoming network meetings and trainings, with a calendar feed."""

    subpage_types = ["pages.EventPage"]
    template = "events/event_index_page.html"

    class Meta:
        verbose_name = _("events index")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context.update(events_index_context(self, request))
        return context
