"""Where a member of staff saves their unit and language."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.db.models import F
from django.http import HttpRequest
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from pages.common.languages import reader_language
from pages.common.organisation import Unit, localized_names
from pages.common.organisation_forms import sorted_choices
from pages.common.staff_profile import StaffProfile, saved_profile


class StaffProfileForm(forms.ModelForm):
    class Meta:
        model = StaffProfile
        fields = ["unit", "preferred_language"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Units are stored as their Finnish rows and named in the reader's language.
        names = localized_names(Unit, reader_language())
        self.fields["unit"].choices = [("", _("Not chosen"))] + sorted_choices(names)
        self.fields["preferred_language"].choices = [("", _("Not chosen"))] + list(
            settings.LANGUAGES
        )


def staff_profile(request: HttpRequest):
    profile = saved_profile(request) or StaffProfile(user=request.user)
    if request.method == "POST" and "reset_feed_keys" in request.POST:
        return reset_feed_keys(request, profile)
    form = StaffProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your settings were saved."))
        return redirect("staff_profile")
    return TemplateResponse(request, "accounts/staff_profile.html", {"form": form})


def reset_feed_keys(request: HttpRequest, profile):
    """New personal feed and calendar addresses; the old ones stop working
    (someone else may have seen them)."""
    if profile.pk is None:
        profile.feed_key_resets = 1
    else:
        profile.feed_key_resets = F("feed_key_resets") + 1
    profile.save()
    messages.success(
        request,
        _(
            "Your feed and calendar addresses were renewed: the old ones no "
            "longer work. Copy the new ones from the news and events pages."
        ),
    )
    return redirect("staff_profile")
