"""Help requests: asking, following them, and a mentor's time log."""

from django.urls import path

from pages.help import views

urlpatterns = [
    path("help/", views.own_requests, name="help_requests"),
    path("help/ask/", views.ask, name="help_ask"),
    path("help/<int:pk>/", views.request_page, name="help_request"),
    path("help/time/", views.time_log, name="help_time_log"),
]
