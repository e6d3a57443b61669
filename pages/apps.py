from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages")

    def ready(self) -> None:
        from adapters.wagtail import pass_every_export_cell_through
        from pages import roles  # noqa: F401 - connects its signal handlers
        from pages.common import page_moves  # noqa: F401 - its signal handlers too
        from pages.common.caching import freshness
        from pages.common.own_pages import register_own_pages
        from pages.common.spreadsheets import inert_cell
        from pages.events.context import next_change
        from pages.help import tasks  # noqa: F401 - e-mails follow a request
        from pages.mentors.models import profiles_of

        # Passing events change pages with nothing saved.
        freshness.register_clock(next_change)
        # A mentor sees and chooses their own profile in the admin.
        register_own_pages(profiles_of)
        # What others typed never runs as a formula in an exported sheet.
        pass_every_export_cell_through(inert_cell)
