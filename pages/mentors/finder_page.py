"""The finder's page at `nearest/` (the nearest mentors to the reader's unit,
under tier headings; the ranking: finder_ranking.py) and the home page's
"your mentors"."""

from dataclasses import dataclass

from django import forms
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from pages.common.access import open_pages
from pages.common.languages import reader_language, source_language
from pages.common.organisation import Campus, Unit, localized_names
from pages.common.organisation_forms import CanonicalChoiceField, sorted_choices
from pages.common.staff_profile import StaffProfile, saved_profile
from pages.mentors.cards import rendered_cards
from pages.mentors.directory import LANGUAGE_CHOICES, topic_choices
from pages.mentors.finder_ranking import (
    OTHER_CAMPUS,
    SAME_CAMPUS,
    SAME_FACULTY,
    SAME_UNIT,
    nearest_mentors,
    offered_mentors,
)


class FinderForm(forms.Form):
    unit = CanonicalChoiceField(Unit, label=_("Your unit"))
    language = forms.ChoiceField(label=_("Language"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, *args, unit_names, request: HttpRequest, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        any_choice = [("", _("Any"))]
        self.fields["unit"].choices = [("", _("Choose your unit"))] + sorted_choices(
            unit_names
        )
        self.fields["language"].choices = any_choice + LANGUAGE_CHOICES
        self.fields["topic"].choices = any_choice + topic_choices(request)


def finder_context(request: HttpRequest):
    """The finder form and its results; the saved unit and language are the
    defaults, and what the reader picks in the form wins. "Where do you
    work?" (`where`, typed on the home page) names the unit in words."""
    profile = saved_profile(request) or StaffProfile()
    saved = {"unit": profile.unit_id, "language": profile.preferred_language}
    data = {key: value for key, value in saved.items() if value}
    data.update(request.GET.dict())
    unit_names = localized_names(Unit, reader_language())
    context = {"mentor_cards": [], "unit": None}
    where = request.GET.get("where", "").strip()
    if where and not request.GET.get("unit"):
        found = units_named(where, unit_names)
        data["unit"] = str(found[0]) if len(found) == 1 else ""
        if len(found) != 1:
            context["where"] = where
            context["where_choices"] = [(pk, unit_names[pk]) for pk in found]
    form = FinderForm(data, unit_names=unit_names, request=request)
    context["finder_form"] = form
    if form.is_valid() and form.cleaned_data["unit"]:
        context.update(
            finder_results(
                request,
                form.cleaned_data["unit"],
                language=form.cleaned_data["language"] or None,
                topic=form.cleaned_data["topic"] or None,
                tiered=True,
            )
        )
    return context


MAX_SUGGESTIONS = 10


def units_named(text, unit_names):
    """Ids of the units a reader means by `text`: the one named exactly so
    (in any case), else those whose name contains it (at most ten)."""
    wanted = " ".join(text.split()).casefold()[:100]
    exact = [pk for pk, name in unit_names.items() if name.casefold() == wanted]
    if exact:
        return exact[:1]
    partial = sorted(
        (pk for pk, name in unit_names.items() if wanted in name.casefold()),
        key=lambda pk: unit_names[pk].casefold(),
    )
    return partial[:MAX_SUGGESTIONS]


@dataclass
class Tier:
    """One heading of the finder's results, with its cards, or a note why
    it has none."""

    heading: str
    cards: list
    empty_note: str


def finder_tiers(unit, cards, unit_names, *, complete):
    """The finder's results under their tier headings. A tier past the last
    one shown is only listed when the search went through every tier
    (`complete`): otherwise the list filled up before reaching it."""
    language = reader_language()
    campus_names = localized_names(Campus, language)
    campuses = ", ".join(campus_names[c.pk] for c in unit.campuses.all())
    headings = {
        SAME_UNIT: (
            _("Your unit: %(name)s") % {"name": unit_names[unit.pk]},
            _("No matching mentor works in your unit."),
        ),
        SAME_FACULTY: (
            _("Your faculty or division: %(name)s")
            % {"name": unit_names.get(unit.faculty_or_self_id, "")},
            _("No other matching mentor works in your faculty or division."),
        ),
        SAME_CAMPUS: (
            _("Your campus: %(names)s") % {"names": campuses},
            _("No other matching mentor works on your campus."),
        ),
        OTHER_CAMPUS: (
            _("Other campuses, nearest first"),
            _("No matching mentor works on the other campuses."),
        ),
    }
    last = max((card.tier for card in cards), default=OTHER_CAMPUS)
    return [
        Tier(heading, [card for card in cards if card.tier == tier], empty_note)
        for tier, (heading, empty_note) in headings.items()
        if complete or tier <= last
    ]


def finder_results(
    request: HttpRequest,
    unit_id,
    *,
    language=None,
    topic=None,
    limit: int = 10,
    among=None,
    tiered: bool = False,
):
    """The nearest mentors the reader may open, from `among` (offered mentors,
    already narrowed to those) or all offered mentors; `tiered` adds them
    under the finder's tier headings."""
    if among is None:
        among = open_pages(request, offered_mentors(language=language, topic=topic))
    unit = Unit.objects.filter(
        pk=unit_id, locale__language_code=source_language()
    ).first()
    if unit is None:
        return {}
    matches = nearest_mentors(
        unit, language=language, topic=topic, limit=limit, among=among
    )
    unit_names = localized_names(Unit, reader_language())
    cards = rendered_cards(
        [m.mentor_id for m in matches],
        # The finder's cards sit under its tier headings.
        heading_level=4 if tiered else 3,
        reasons={m.mentor_id: m.reason for m in matches},
        tiers={m.mentor_id: m.tier for m in matches},
    )
    results = {"unit": unit, "unit_name": unit_names[unit.pk], "mentor_cards": cards}
    if tiered:
        complete = len(matches) < limit
        results["tiers"] = finder_tiers(unit, cards, unit_names, complete=complete)
    return results


def your_mentors(request: HttpRequest, limit: int = 3):
    """The home page's "your mentors": the nearest few for the saved unit."""
    profile = saved_profile(request)
    context = {"has_saved_unit": bool(profile and profile.unit_id)}
    if context["has_saved_unit"]:
        context.update(
            finder_results(
                request,
                profile.unit_id,
                language=profile.preferred_language or None,
                limit=limit,
            )
        )
    else:
        # Suggestions for "Where do you work?" as the reader types.
        names = localized_names(Unit, reader_language()).values()
        context["unit_suggestions"] = sorted(names, key=str.casefold)
    return context
