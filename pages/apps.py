from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from pages import roles  # noqa: F401 - connects its signal handlers
        from pages.caching import freshness
        from pages.events.context import next_change

        # Passing events change pages with nothing saved.
        freshness.register_clock(next_change)
