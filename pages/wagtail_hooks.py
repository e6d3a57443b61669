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

from pages.models import Campus, MentorPage, Organisation, Unit, stale_before
from pages.snippets import source_language
from pages.translation import is_untranslated_alias
from pages.views import render_untranslated_notice


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


class StaleProfilesReportView(PageReportView):
    """Coordinators' list of mentor profiles not confirmed for a year."""

    page_title = _("Possibly out-of-date mentor profiles")
    header_icon = "warning"
    index_url_name = "stale_mentor_profiles"
    index_results_url_name = "stale_mentor_profiles_results"
    results_template_name = "pages/admin/stale_profiles_results.html"
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


@hooks.register("register_admin_urls")
def register_stale_profiles_report_urls():
    return [
        path(
            "reports/stale-mentor-profiles/",
            StaleProfilesReportView.as_view(),
            name="stale_mentor_profiles",
        ),
        path(
            "reports/stale-mentor-profiles/results/",
            StaleProfilesReportView.as_view(results_only=True),
            name="stale_mentor_profiles_results",
        ),
    ]


class StaleProfilesMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_permission(request.user, "change")


@hooks.register("register_reports_menu_item")
def register_stale_profiles_report_menu_item():
    return StaleProfilesMenuItem(
        _("Out-of-date mentor profiles"),
        reverse("stale_mentor_profiles"),
        icon_name="warning",
        order=700,
    )
