from django import forms
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.views.reports import PageReportView
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from pages.guides.models import GuidePage, review_due_before
from pages.languages import source_language
from pages.mentors.models import MentorPage, stale_before
from pages.mentors.organisation import Campus, Organisation, Service, Unit
from pages.translation import is_untranslated_alias, render_untranslated_notice


@hooks.register("before_serve_page")
def notice_instead_of_untranslated_alias(page, request, serve_args, serve_kwargs):
    if is_untranslated_alias(page):
        return render_untranslated_notice(request, page)
    return None


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    panels = ["name", "kind"]
    list_display = ["name", "kind"]


class CampusViewSet(SnippetViewSet):
    model = Campus
    icon = "site"
    panels = [
        "organisation",
        "name",
        "street_address",
        "town",
        FieldRowPanel(["latitude", "longitude"]),
    ]
    list_display = ["name", "town", "organisation"]
    list_filter = ["organisation"]


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "folder-open-inverse"
    panels = [
        "organisation",
        "name",
        "parent",
        FieldPanel("campuses", widget=forms.CheckboxSelectMultiple),
    ]
    list_display = ["name", "parent", "organisation"]
    list_filter = ["organisation"]
    search_fields = ["name"]


class OrganisationGroup(SnippetViewSetGroup):
    menu_label = _("Organisation")
    menu_icon = "group"
    items = (OrganisationViewSet, CampusViewSet, UnitViewSet)


register_snippet(OrganisationGroup)


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "bullhorn"
    menu_label = _("Services")
    add_to_admin_menu = True
    menu_order = 250
    panels = ["name", "slug"]
    list_display = ["name", "slug"]


register_snippet(ServiceViewSet)


class StaleProfilesReportView(PageReportView):
    """Coordinators' list of mentor profiles not confirmed for a year."""

    page_title = _("Possibly out-of-date mentor profiles")
    header_icon = "warning"
    index_url_name = "stale_mentor_profiles"
    index_results_url_name = "stale_mentor_profiles_results"
    results_template_name = "mentors/admin/stale_profiles_results.html"
    permission_required = "change"
    list_export = ["title", "job_title", "email", "last_confirmed"]

    def get_queryset(self):
        return (
            MentorPage.objects.live()
            .filter(
                locale__language_code=source_language(),
                last_confirmed__lt=stale_before(),
            )
            .order_by("last_confirmed")
        )


class GuidesDueForReviewReportView(PageReportView):
    """Editors' list of guides nobody has reviewed for a year."""

    page_title = _("Guides due for review")
    header_icon = "help"
    index_url_name = "guides_due_for_review"
    index_results_url_name = "guides_due_for_review_results"
    results_template_name = "guides/admin/guides_due_for_review_results.html"
    permission_required = "change"
    list_export = ["title", "last_reviewed"]

    def get_queryset(self):
        return (
            GuidePage.objects.live()
            .filter(alias_of__isnull=True, last_reviewed__lt=review_due_before())
            .select_related("locale")
            .order_by("last_reviewed", "title")
        )


# (url path, url name, view)
REPORTS = [
    (
        "reports/stale-mentor-profiles/",
        "stale_mentor_profiles",
        StaleProfilesReportView,
    ),
    (
        "reports/guides-due-for-review/",
        "guides_due_for_review",
        GuidesDueForReviewReportView,
    ),
]


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = []
    for url, name, view in REPORTS:
        urls += [
            path(url, view.as_view(), name=name),
            path(
                f"{url}results/",
                view.as_view(results_only=True),
                name=f"{name}_results",
            ),
        ]
    return urls


class PageEditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_permission(request.user, "change")


@hooks.register("register_reports_menu_item")
def stale_profiles_menu_item():
    return PageEditorsMenuItem(
        _("Out-of-date mentor profiles"),
        reverse("stale_mentor_profiles"),
        icon_name="warning",
        order=700,
    )


@hooks.register("register_reports_menu_item")
def guides_due_for_review_menu_item():
    return PageEditorsMenuItem(
        _("Guides due for review"),
        reverse("guides_due_for_review"),
        icon_name="help",
        order=701,
    )
