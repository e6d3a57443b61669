from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


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
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
    )

    class Meta:
        verbose_name = _("staff profile")

    def __str__(self):
        return str(self.user)
