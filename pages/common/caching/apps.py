from django.apps import AppConfig


class CachingConfig(AppConfig):
    # An app of its own for its one table (models.py), so that its migrations
    # stay apart from the sections'.
    name = "pages.common.caching"
    label = "caching"
    default_auto_field = "django.db.models.BigAutoField"
