"""A member of staff's own choices (their unit and language), which the
home page, the finder, the news, the guides, help requests and the shared
cache read."""

from django.conf import settings
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from pages.common.languages import source_language


class StaffProfile(models.Model):
    """What a member of staff tells the site once: where they work and which
    language they prefer. The home page shows their nearest mentors from it,
    and `/` opens the site in their language."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_profile"
    )
    unit = models.ForeignKey(
        "pages.Unit",
        verbose_name=_("your unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"locale__language_code": source_language()},
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
    )
    # Counted up when the owner resets their feed and calendar addresses.
    feed_key_resets = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("staff profile")

    def __str__(self) -> str:
        return str(self.user)


def saved_profile(request: HttpRequest) -> StaffProfile | None:
    # Through the user's reverse relation: cached on request.user, so the
    # feed keys and every section of a page share one query.
    if not request.user.is_authenticated:
        return None
    try:
        return request.user.staff_profile
    except StaffProfile.DoesNotExist:
        return None
