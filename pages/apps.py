from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from adapters.wagtail import pass_every_export_cell_through
        from pages import roles  # noqa: F401 - connects its signal handlers
        from pages.caching import freshness
        from pages.events.context import next_change
        from pages.spreadsheets import inert_cell

        # Passing events change pages with nothing saved.
        freshness.register_clock(next_change)
        # What others typed never runs as a formula in an exported sheet.
        pass_every_export_cell_through(inert_cell)
