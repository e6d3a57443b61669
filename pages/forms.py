from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class SourceLanguageLinksForm(WagtailAdminPageForm):
    """A Finnish page links Finnish units and campuses.

    Filters and the finder work on the Finnish (canonical) rows; translations
    show the names in their own language. `checked_links` lists the inline
    formsets to check as (formset name, field name).
    """

    checked_links = [("unit_links", "unit"), ("campus_links", "campus")]

    def clean(self):
        cleaned_data = super().clean()
        locale = getattr(self.instance, "locale", None)
        if locale is None or locale.language_code != settings.LANGUAGE_CODE:
            return cleaned_data
        for formset_name, field in self.checked_links:
            for form in self.formsets[formset_name].forms:
                chosen = form.cleaned_data.get(field) if form.is_valid() else None
                if chosen is not None and chosen.locale_id != locale.pk:
                    form.add_error(
                        field, _("Choose the Finnish version of this unit or campus.")
                    )
        return cleaned_data


class EventPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start"), cleaned_data.get("end")
        if start and end and end <= start:
            self.add_error("end", _("The event must end after it starts."))
        if not cleaned_data.get("place") and not cleaned_data.get("teams_link"):
            self.add_error("place", _("Give a place, a Teams link or both."))
        return cleaned_data


class NewsPageForm(SourceLanguageLinksForm):
    checked_links = [("audience_units", "unit"), ("audience_campuses", "campus")]
