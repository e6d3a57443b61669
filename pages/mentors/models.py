import datetime
from urllib.parse import quote

from django import forms
from django.conf import settings
from django.db import models
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PagePermissionTester
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from pages.common import topics
from pages.common.chosen_documents import PrivateImageChooser
from pages.common.languages import in_language
from pages.common.links import web_address
from pages.mentors import avatar, confirmation, vcard
from pages.mentors.forms import MentorPageForm

# A profile nobody has confirmed for this long may be out of date.
STALE_AFTER = datetime.timedelta(days=365)


def stale_before():
    return timezone.localdate() - STALE_AFTER


class MentorPage(RoutablePageMixin, Page):
    """A digimentor's profile. The page title is the mentor's name."""

    class Role(models.TextChoices):
        REPRESENTATIVE = "representative", _("Named unit representative")
        VOLUNTEER = "volunteer", _("Volunteer")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        ON_LEAVE = "on_leave", _("On leave")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentor_profiles",
        help_text=_("The mentor's own account: they can edit this profile."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Give the image a description: it is the photo's alt text."),
    )
    job_title = models.CharField(_("job title"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    teams_link = models.URLField(
        _("Teams chat link"),
        blank=True,
        help_text=_("Leave empty to use a chat link made from the e-mail address."),
    )
    speaks_finnish = models.BooleanField(_("Finnish"), default=True)
    speaks_swedish = models.BooleanField(_("Swedish"), default=False)
    speaks_english = models.BooleanField(_("English"), default=False)
    other_languages = models.CharField(_("other languages"), max_length=200, blank=True)
    competence_areas = ParentalManyToManyField(
        "pages.CompetenceArea", verbose_name=_("competence areas"), blank=True
    )
    topics = ClusterTaggableManager(
        verbose_name=_("topics"),
        through="pages.MentorTopic",
        blank=True,
        help_text=_("Tools and systems you help with, such as Teams or Moodle."),
    )
    how_to_reach = models.TextField(_("how and when to reach me"), blank=True)
    office_hours = models.CharField(_("office hours"), max_length=200, blank=True)
    weekly_hours = models.DecimalField(
        _("weekly resourced time (hours)"), max_digits=3, decimal_places=1, default=2
    )
    role = models.CharField(
        _("role"), max_length=20, choices=Role.choices, default=Role.VOLUNTEER
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    taking_requests = models.BooleanField(_("taking new requests now"), default=True)
    bio = RichTextField(_("short bio"), blank=True, features=["bold", "italic", "link"])
    last_confirmed = models.DateField(
        _("details last confirmed"),
        default=timezone.localdate,
        help_text=_("Set to today whenever the mentor saves their own profile."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("job_title"),
        FieldPanel("photo", widget=PrivateImageChooser),
        InlinePanel("unit_links", label=_("Units"), min_num=1),
        InlinePanel("campus_links", label=_("Campuses"), min_num=1),
        MultiFieldPanel(
            [
                FieldRowPanel(["email", "phone"]),
                "teams_link",
                "how_to_reach",
                "office_hours",
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(["speaks_finnish", "speaks_swedish", "speaks_english"]),
                "other_languages",
            ],
            heading=_("Languages"),
        ),
        FieldPanel("competence_areas", widget=forms.CheckboxSelectMultiple),
        "topics",
        MultiFieldPanel(
            [
                FieldRowPanel(["status", "taking_requests"]),
                FieldRowPanel(["role", "weekly_hours"]),
                "last_confirmed",
                "user",
            ],
            heading=_("Mentoring"),
        ),
        "bio",
    ]
    search_fields = Page.search_fields + [
        index.SearchField("job_title"),
        index.SearchField("bio"),
        index.SearchField("how_to_reach"),
        index.SearchField("profile_keywords"),
        index.AutocompleteField("title"),
        index.FilterField("status"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.SearchField("topic_translations"),
    ]
    override_translatable_fields = [
        SynchronizedField("phone"),
        # The coordinators' to set (MentorPageForm): no translation overrides it.
        SynchronizedField("weekly_hours", overridable=False),
        SynchronizedField("last_confirmed"),
    ]
    base_form_class = MentorPageForm
    parent_page_types = ["pages.MentorIndexPage"]
    subpage_types = []
    template = "mentors/mentor_page.html"

    class Meta:
        verbose_name = _("mentor profile")

    def topic_translations(self):
        return topics.translated_names(self)

    def save_revision(self, user=None, *args, **kwargs):
        # Saving their own profile is the mentor's confirmation that it is
        # current; nobody else's edit counts as one.
        if user is not None and user.pk == self.user_id:
            self.last_confirmed = timezone.localdate()
        return super().save_revision(user, *args, **kwargs)

    def permissions_for_user(self, user):
        return MentorProfilePermissionTester(user, self)

    def get_context(self, request: HttpRequest, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        units = [link.unit for link in self.unit_links.select_related("unit")]
        campuses = [link.campus for link in self.campus_links.select_related("campus")]
        context["unit_names"] = [u.name for u in in_language(units, self.locale_id)]
        context["campus_names"] = [
            c.name for c in in_language(campuses, self.locale_id)
        ]
        return context

    @property
    def is_stale(self):
        return self.last_confirmed < stale_before()

    @property
    def is_offered(self):
        return self.status == self.Status.ACTIVE

    @property
    def initials(self):
        return avatar.initials(self.title)

    @property
    def avatar_colour(self):
        """The index of the initials avatar's palette colour."""
        return avatar.palette_index(self.title)

    @property
    def chat_link(self):
        users = quote(self.email, safe="@")
        return web_address(self.teams_link) or (
            f"https://teams.microsoft.com/l/chat/0/0?users={users}"
        )

    def profile_keywords(self):
        """Where the mentor works, what in and in which languages, in the
        profile's own language: staff search for these too."""
        language = self.locale.language_code
        with translation.override(language):
            units = [link.unit for link in self.unit_links.select_related("unit")]
            campuses = [
                link.campus for link in self.campus_links.select_related("campus")
            ]
            return " ".join(
                [u.name for u in in_language(units, language)]
                + [c.name for c in in_language(campuses, language)]
                + [str(area) for area in self.competence_areas.all()]
                + self.spoken_languages()
            )

    @cached_property
    def language_names(self):
        return self.spoken_languages()

    def spoken_languages(self):
        """The languages the mentor helps in, named in the active language."""
        names = [
            str(label)
            for flag, label in [
                (self.speaks_finnish, _("Finnish")),
                (self.speaks_swedish, _("Swedish")),
                (self.speaks_english, _("English")),
            ]
            if flag
        ]
        if self.other_languages:
            names.append(self.other_languages)
        return names

    @path("vcard/", name="vcard")
    def vcard(self, request: HttpRequest):
        return vcard.download(self, request)

    @path("confirm/", name="confirm")
    def confirm(self, request: HttpRequest):
        return confirmation.confirm_details(request, self)


def profiles_of(user):
    """The profiles `user` keeps as their own, in every language: the admin
    shows them to their owner, and the choosers offer them
    (pages/common/own_pages.py)."""
    return MentorPage.objects.filter(user=user)


class MentorProfilePermissionTester(PagePermissionTester):
    """A mentor edits and publishes their own profile, and no one else's."""

    def is_own_profile(self):
        return self.user.is_active and self.page.user_id == self.user.pk

    def can_edit(self):
        return super().can_edit() or self.is_own_profile()

    def can_publish(self):
        return super().can_publish() or self.is_own_profile()


class MentorUnit(Orderable):
    # An inline of foreign keys rather than a many-to-many: wagtail-localize
    # relinks each one to the unit's translation.
    page = ParentalKey(MentorPage, on_delete=models.CASCADE, related_name="unit_links")
    unit = models.ForeignKey(
        "pages.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )

    panels = ["unit"]


class MentorCampus(Orderable):
    page = ParentalKey(
        MentorPage, on_delete=models.CASCADE, related_name="campus_links"
    )
    campus = models.ForeignKey(
        "pages.Campus",
        verbose_name=_("campus"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    panels = ["campus"]


class MentorTopic(TaggedItemBase):
    content_object = ParentalKey(
        MentorPage, on_delete=models.CASCADE, related_name="tagged_items"
    )
