"""The editors' report of guides nobody has reviewed for a year."""

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.reports import PageReportView

from pages.common.admin_access import edits_section, visible_pages
from pages.guides.index_page import GuideIndexPage
from pages.guides.models import GuidePage, review_due_before


class GuidesDueForReviewReportView(PageReportView):
    """Editors' list of guides nobody has reviewed for a year."""

    page_title = _("Guides due for review")
    header_icon = "help"
    index_url_name = "guides_due_for_review"
    index_results_url_name = "guides_due_for_review_results"
    results_template_name = "guides/admin/guides_due_for_review_results.html"
    permission_required = "change"
    list_export = ["title", "last_reviewed"]

    @staticmethod
    def may_use(user) -> bool:
        return edits_section(user, GuideIndexPage)

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # Its menu item is not its lock: the address opens it too.
        if not self.may_use(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self) -> QuerySet[GuidePage]:
        guides = GuidePage.objects.live().filter(
            alias_of__isnull=True, last_reviewed__lt=review_due_before()
        )
        return (
            visible_pages(self.request.user, guides)
            .select_related("locale")
            .order_by("last_reviewed", "title")
        )
