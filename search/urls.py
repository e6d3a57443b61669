"""The search page and the search box's suggestions."""

from django.urls import path

from search import views

urlpatterns = [
    path("search/", views.search, name="search"),
    path("search/suggest/", views.suggest, name="search_suggest"),
]
