"""The coordinators' and editors' admin views of the organisation data, and
the report of mentor profiles nobody has confirmed for a year."""

from django import forms
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.views.reports import PageReportView
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from pages.common.admin_access import edits_section, visible_pages
from pages.common.languages import source_language
from pages.common.organisation import Campus, Organisation, Service, Unit
from pages.common.topics import Topic
from pages.mentors.index_page import MentorIndexPage
from pages.mentors.models import MentorPage, stale_before


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
    # By name in the database: the search backends' field lookups failed on
    # SQLite's full-text index with a server error.
    search_backend_name = None


class TopicViewSet(SnippetViewSet):
    """Topics are made with the tags mentors, news and guides are given;
    here they are named in every language (the Translate action)."""

    model = Topic
    icon = "tag"
    panels = ["tag", "name"]
    list_display = ["name", "tag"]
    search_fields = ["name"]


class OrganisationGroup(SnippetViewSetGroup):
    menu_label = _("Organisation")
    menu_icon = "group"
    items = (OrganisationViewSet, CampusViewSet, UnitViewSet, TopicViewSet)


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "bullhorn"
    menu_label = _("Services")
    add_to_admin_menu = True
    menu_order = 250
    panels = ["name", "slug"]
    list_display = ["name", "slug"]


class StaleProfilesReportView(PageReportView):
    """Coordinators' list of mentor profiles not confirmed for a year."""

    page_title = _("Possibly out-of-date mentor profiles")
    header_icon = "warning"
    index_url_name = "stale_mentor_profiles"
    index_results_url_name = "stale_mentor_profiles_results"
    results_template_name = "mentors/admin/stale_profiles_results.html"
    permission_required = "change"
    list_export = ["title", "job_title", "email", "last_confirmed"]

    @staticmethod
    def may_use(user):
        return edits_section(user, MentorIndexPage)

    def dispatch(self, request: HttpRequest, *args, **kwargs):
        # Its menu item is not its lock: the address opens it too.
        if not self.may_use(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        profiles = MentorPage.objects.live().filter(
            locale__language_code=source_language(),
            last_confirmed__lt=stale_before(),
        )
        return visible_pages(self.request.user, profiles).order_by("last_confirmed")
