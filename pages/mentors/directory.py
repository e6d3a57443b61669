"""The mentor directory's filters and cards, and the finder's page context.

Querying happens on the Finnish (source) pages and organisation rows; each
card then shows the reader's translation of the profile where one exists and
organisation names in the reader's language.
"""

from dataclasses import dataclass, field

from django import forms
from django.db.models import Prefetch, Q
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.images import get_image_model

from pages import topics
from pages.access import open_pages
from pages.languages import in_language, reader_language, source_language
from pages.mentors.finder import (
    OTHER_CAMPUS,
    SAME_CAMPUS,
    SAME_FACULTY,
    SAME_UNIT,
    fresh_first,
    nearest_mentors,
    offered_mentors,
)
from pages.mentors.models import (
    MentorCampus,
    MentorPage,
    MentorTopic,
    MentorUnit,
    StaffProfile,
)
from pages.mentors.organisation import (
    Campus,
    CompetenceArea,
    Unit,
    canonical_id,
    localized_names,
    unit_tree,
)
from pages.paginator import IdPaginator

PAGE_SIZE = 20
# The card's photo slot, as the {% image %} tag in mentor_card.html asks for
# it: renditions are prefetched for this spec only.
CARD_PHOTO = "fill-96x96"
LANGUAGE_CHOICES = [
    ("fi", _("Finnish")),
    ("sv", _("Swedish")),
    ("en", _("English")),
    ("other", _("Other language")),
]


@dataclass
class MentorCard:
    page: MentorPage  # in the reader's language where translated
    source: MentorPage  # the Finnish page, with relations prefetched
    campuses: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    reason: str = ""
    tier: int | None = None
    # Set when the profile is not translated into the reader's language yet.
    fallback_language: str | None = None


def mentor_cards(mentors, reasons=None, unit_names=None, tiers=None):
    """Cards for Finnish mentor pages, in a constant number of queries."""
    mentors = list(mentors)
    language = reader_language()
    pages = mentors
    if language != source_language():
        # A profile not translated yet is shown in Finnish, saying so.
        translated = MentorPage.objects.live().filter(alias_of__isnull=True)
        pages = in_language(mentors, language, among=translated)
    campus_names = localized_names(Campus, language)
    unit_names = unit_names or localized_names(Unit, language)
    return [
        MentorCard(
            page=page,
            source=mentor,
            campuses=[
                campus_names[link.campus_id] for link in mentor.campus_links.all()
            ],
            units=[unit_names[link.unit_id] for link in mentor.unit_links.all()],
            reason=(reasons or {}).get(mentor.pk, ""),
            tier=(tiers or {}).get(mentor.pk),
            fallback_language=source_language() if page is mentor else None,
        )
        for mentor, page in zip(mentors, pages, strict=True)
    ]


def with_card_relations(mentors):
    photos = get_image_model().objects.prefetch_renditions(CARD_PHOTO)
    return mentors.prefetch_related(
        Prefetch("photo", photos),
        "campus_links",
        "unit_links",
        Prefetch("tagged_items", MentorTopic.objects.select_related("tag")),
    )


class PlainSelect(forms.Select):
    """A <select> rendered in Python: the unit list has hundreds of options,
    and a template per option (Django's default) costs more than the rest of
    the directory page."""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        selected = {str(v) for v in self.format_value(value)}
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (key, mark_safe(" selected") if str(key) in selected else "", label)
                for key, label in self.choices
            ),
        )
        return format_html(
            '<select name="{}"{}>{}</select>', name, flatatt(attrs), options
        )


class CanonicalChoiceField(forms.TypedChoiceField):
    """A campus or unit by its id in any language, cleaned to the Finnish
    row's id: links made on a Swedish page work on a Finnish one."""

    def __init__(self, model, **kwargs):
        self.model = model
        super().__init__(coerce=int, required=False, widget=PlainSelect, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        # isdigit() alone takes "²" and "①", which int() refuses; ten digits
        # or more are no row's id.
        if value.isascii() and value.isdigit() and len(value) < 10:
            return str(canonical_id(self.model, int(value)) or value)
        return value


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Name, job title or topic"), required=False, max_length=100
    )
    campus = CanonicalChoiceField(Campus, label=_("Campus"))
    faculty = CanonicalChoiceField(Unit, label=_("Faculty or division"))
    unit = CanonicalChoiceField(Unit, label=_("Unit"))
    language = forms.ChoiceField(label=_("Language"), required=False)
    competence = forms.ChoiceField(label=_("Competence area"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = reader_language()
        units = unit_tree()
        unit_names = localized_names(Unit, language)
        any_choice = [("", _("Any"))]
        self.fields["campus"].choices = any_choice + sorted_choices(
            localized_names(Campus, language)
        )
        self.fields["faculty"].choices = any_choice + sorted_choices(
            {pk: unit_names[pk] for pk, parent in units if parent is None}
        )
        self.fields["unit"].choices = any_choice + sorted_choices(
            {pk: unit_names[pk] for pk, parent in units if parent is not None}
        )
        self.fields["language"].choices = any_choice + LANGUAGE_CHOICES
        self.fields["competence"].choices = any_choice + [
            (area.code, str(area)) for area in CompetenceArea.objects.all()
        ]
        self.fields["topic"].choices = any_choice + topic_choices()
        self.unit_tree = units


def topic_choices():
    return topics.choices(
        Tag.objects.filter(pk__in=MentorPage.topics.through.objects.values("tag_id"))
    )


def sorted_choices(names):
    return sorted(names.items(), key=lambda item: item[1].casefold())


def filter_directory(request, form):
    """Finnish mentor pages matching a valid DirectoryFilterForm that the
    reader may open."""
    data = form.cleaned_data
    mentors = open_pages(
        request,
        offered_mentors(language=data["language"] or None, topic=data["topic"] or None),
    )
    if data["campus"]:
        mentors = mentors.filter(
            pk__in=MentorCampus.objects.filter(campus_id=data["campus"]).values(
                "page_id"
            )
        )
    for key in ("faculty", "unit"):
        if data[key]:
            units = branch(form.unit_tree, data[key])
            mentors = mentors.filter(
                pk__in=MentorUnit.objects.filter(unit_id__in=units).values("page_id")
            )
    if data["competence"]:
        mentors = mentors.filter(competence_areas__code=data["competence"])
    if data["q"]:
        mentors = mentors.filter(text_matches(data["q"]))
    return fresh_first(mentors)


def branch(unit_tree, root_id):
    """The unit and every unit under it, from (id, parent id) pairs."""
    children = {}
    for pk, parent in unit_tree:
        children.setdefault(parent, []).append(pk)
    found, stack = [], [root_id]
    while stack:
        pk = stack.pop()
        found.append(pk)
        stack.extend(children.get(pk, []))
    return found


def text_matches(text):
    """Name, job title or topic, in any language's version of the profile
    (a topic by any of its names)."""
    in_any_language = MentorPage.objects.filter(
        Q(title__icontains=text) | Q(job_title__icontains=text)
    ).values("translation_key")
    return Q(translation_key__in=in_any_language) | Q(
        pk__in=MentorPage.topics.through.objects.filter(
            Q(tag__name__icontains=text) | Q(tag__topics__name__icontains=text)
        ).values("content_object_id")
    )


def directory_context(request):
    form = DirectoryFilterForm(request.GET)
    if not form.is_valid():
        return {"filter_form": form, "mentor_cards": [], "results": None}
    results = IdPaginator(filter_directory(request, form), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return {
        "filter_form": form,
        "results": results,
        "mentor_cards": mentor_cards(with_card_relations_page(results)),
    }


def with_card_relations_page(pks):
    pks = list(pks)
    mentors = with_card_relations(MentorPage.objects.filter(pk__in=pks)).in_bulk()
    return [mentors[pk] for pk in pks]


class FinderForm(forms.Form):
    unit = CanonicalChoiceField(Unit, label=_("Your unit"))
    language = forms.ChoiceField(label=_("Language"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, *args, unit_names, **kwargs):
        super().__init__(*args, **kwargs)
        any_choice = [("", _("Any"))]
        self.fields["unit"].choices = [("", _("Choose your unit"))] + sorted_choices(
            unit_names
        )
        self.fields["language"].choices = any_choice + LANGUAGE_CHOICES
        self.fields["topic"].choices = any_choice + topic_choices()


def saved_profile(request):
    # Through the user's reverse relation: cached on request.user, so the
    # feed keys and every section of a page share one query.
    if not request.user.is_authenticated:
        return None
    try:
        return request.user.staff_profile
    except StaffProfile.DoesNotExist:
        return None


def finder_context(request):
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
    form = FinderForm(data, unit_names=unit_names)
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
    request, unit_id, *, language=None, topic=None, limit=10, among=None, tiered=False
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
    mentors = with_card_relations(
        MentorPage.objects.filter(pk__in=[m.mentor_id for m in matches])
    ).in_bulk()
    unit_names = localized_names(Unit, reader_language())
    cards = mentor_cards(
        [mentors[m.mentor_id] for m in matches],
        reasons={m.mentor_id: m.reason for m in matches},
        unit_names=unit_names,
        tiers={m.mentor_id: m.tier for m in matches},
    )
    results = {"unit": unit, "unit_name": unit_names[unit.pk], "mentor_cards": cards}
    if tiered:
        complete = len(matches) < limit
        results["tiers"] = finder_tiers(unit, cards, unit_names, complete=complete)
    return results


def your_mentors(request, limit=3):
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
