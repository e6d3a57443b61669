"""Choosing organisation rows in forms: a unit or campus by its Finnish
(canonical) row in a plain <select>, names sorted as readers read them, and
the admin's check that a Finnish page links Finnish units and campuses."""

from typing import Any

from django import forms
from django.forms.utils import flatatt
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from pages.common.languages import source_language
from pages.common.organisation import canonical_id


class PlainSelect(forms.Select):
    """A <select> rendered in Python: the unit list has hundreds of options,
    and a template per option (Django's default) costs more than the rest of
    the directory page."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        attrs = self.build_attrs(self.attrs, attrs)
        selected = {str(v) for v in self.format_value(value)}
        # Plain escaping and joining: format_html per option cost more than
        # the page's cards.
        options = "".join(
            f'<option value="{escape(key)}"'
            f"{' selected' if str(key) in selected else ''}>{escape(label)}</option>"
            for key, label in self.choices
        )
        return format_html(
            '<select name="{}"{}>{}</select>', name, flatatt(attrs), mark_safe(options)
        )


class CanonicalChoiceField(forms.TypedChoiceField):
    """A campus or unit by its id in any language, cleaned to the Finnish
    row's id: links made on a Swedish page work on a Finnish one."""

    def __init__(self, model, **kwargs) -> None:
        self.model = model
        super().__init__(coerce=int, required=False, widget=PlainSelect, **kwargs)

    def to_python(self, value) -> Any:
        value = super().to_python(value)
        # isdigit() alone takes "²" and "①", which int() refuses; ten digits
        # or more are no row's id.
        if value.isascii() and value.isdigit() and len(value) < 10:
            return str(canonical_id(self.model, int(value)) or value)
        return value


def sorted_choices(names) -> list[tuple[int, str]]:
    return sorted(names.items(), key=lambda item: item[1].casefold())


class SourceLanguageLinksForm(WagtailAdminPageForm):
    """A Finnish page links Finnish units and campuses.

    Filters and the finder work on the Finnish (canonical) rows; translations
    show the names in their own language. `checked_links` lists the inline
    formsets to check as (formset name, field name).
    """

    checked_links = [("unit_links", "unit"), ("campus_links", "campus")]

    def clean(self) -> dict[str, Any]:
        cleaned_data = super().clean()
        locale = getattr(self.instance, "locale", None)
        if locale is None or locale.language_code != source_language():
            return cleaned_data
        for formset_name, field in self.checked_links:
            for form in self.formsets[formset_name].forms:
                chosen = form.cleaned_data.get(field) if form.is_valid() else None
                if chosen is not None and chosen.locale_id != locale.pk:
                    form.add_error(
                        field, _("Choose the Finnish version of this unit or campus.")
                    )
        return cleaned_data
