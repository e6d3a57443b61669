"""The events calendar feed (iCalendar)."""

from django.urls import path

from pages.events.views import calendar_feed

urlpatterns = [
    path("feeds/events.ics", calendar_feed, name="events_calendar"),
]
