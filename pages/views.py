from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from pages.directory import saved_profile, sorted_choices
from pages.models import StaffProfile, Unit
from pages.snippets import localized_names
from pages.translation import translated_versions


def untranslated_notice(request, page_id):
    """Say that a page is not yet in the reader's language and link the versions
    that are, instead of a 404 or Finnish text under a Swedish address."""
    page = get_object_or_404(Page.objects.live().select_related("locale"), pk=page_id)
    return render_untranslated_notice(request, page)


def render_untranslated_notice(request, page):
    # A restricted page's title is not shown to someone it is not shared with.
    if not all(r.accept_request(request) for r in page.get_view_restrictions()):
        raise Http404
    language = translation.get_language()
    # The tree's root, and pages outside every site, have no address to link.
    versions = {
        code: version
        for code, version in translated_versions(page).items()
        if version.get_url(request)
    }
    if not versions:
        raise Http404
    if language in versions:  # translated since the link was made
        return redirect(versions[language].get_url(request))
    available = [
        (code, name, versions[code])
        for code, name in settings.LANGUAGES
        if code in versions
    ]
    return TemplateResponse(
        request,
        "pages/untranslated_notice.html",
        {"page": page, "available": available},
    )


class StaffProfileForm(forms.ModelForm):
    class Meta:
        model = StaffProfile
        fields = ["unit", "preferred_language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Units are stored as their Finnish rows and named in the reader's language.
        names = localized_names(Unit, translation.get_language())
        self.fields["unit"].choices = [("", _("Not chosen"))] + sorted_choices(names)
        self.fields["preferred_language"].choices = [("", _("Not chosen"))] + list(
            settings.LANGUAGES
        )


def staff_profile(request):
    profile = saved_profile(request) or StaffProfile(user=request.user)
    form = StaffProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your settings were saved."))
        return redirect("staff_profile")
    return TemplateResponse(request, "pages/staff_profile.html", {"form": form})
