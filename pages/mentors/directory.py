"""The mentor directory's filters, and the choices the finder shares.

Querying happens on the Finnish (source) pages and organisation rows; the
cards (pages/mentors/cards.py) show them in the reader's language.
"""

from django import forms
from django.db.models import Q
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from pages.common import topics
from pages.common.access import open_pages
from pages.common.languages import reader_language
from pages.common.organisation import (
    Campus,
    CompetenceArea,
    Unit,
    localized_names,
    unit_tree,
)
from pages.common.organisation_forms import CanonicalChoiceField, sorted_choices
from pages.common.paginator import IdPaginator
from pages.mentors.cards import rendered_cards
from pages.mentors.finder_ranking import (
    fresh_first,
    offered_mentors,
)
from pages.mentors.models import (
    MentorCampus,
    MentorPage,
    MentorUnit,
)

PAGE_SIZE = 20
LANGUAGE_CHOICES = [
    ("fi", _("Finnish")),
    ("sv", _("Swedish")),
    ("en", _("English")),
    ("other", _("Other language")),
]


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

    def __init__(self, *args, request=None, **kwargs) -> None:
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
        self.fields["topic"].choices = any_choice + topic_choices(request)
        self.unit_tree = units


def topic_choices(request: HttpRequest | None):
    """The topics of the profiles the reader may open (with no request, of
    those open to anyone)."""
    return topics.choices(
        topics.open_tags(request, MentorPage.topics.through.objects.all())
    )


def filter_directory(request: HttpRequest, form):
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


def directory_context(request: HttpRequest):
    form = DirectoryFilterForm(request.GET, request=request)
    if not form.is_valid():
        return {"filter_form": form, "mentor_cards": [], "results": None}
    results = IdPaginator(filter_directory(request, form), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return {
        "filter_form": form,
        "results": results,
        "mentor_cards": rendered_cards(results),
    }
