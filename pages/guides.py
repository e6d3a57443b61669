"""The guide index's filters, and the mentors a reader of a guide can ask."""

from django import forms
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from pages.directory import (
    finder_results,
    mentor_cards,
    saved_profile,
    with_card_relations,
)
from pages.finder import fresh_first, offered_mentors
from pages.models import CompetenceArea, GuidePage, GuideTopic, MentorPage, MentorTopic
from pages.paginator import IdPaginator

PAGE_SIZE = 20
MENTORS_SHOWN = 4


class GuideFilterForm(forms.Form):
    competence = forms.ChoiceField(label=_("Competence area"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    level = forms.ChoiceField(
        label=_("Level"),
        required=False,
        choices=[("", _("Any"))] + GuidePage.Level.choices,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        any_choice = [("", _("Any"))]
        self.fields["competence"].choices = any_choice + [
            (area.code, str(area)) for area in CompetenceArea.objects.all()
        ]
        self.fields["topic"].choices = any_choice + list(
            Tag.objects.filter(pk__in=GuideTopic.objects.values("tag_id"))
            .order_by("name")
            .values_list("slug", "name")
        )


def guide_index_context(index, request):
    form = GuideFilterForm(request.GET)
    guides = (
        GuidePage.objects.live()
        .child_of(index)
        .filter(alias_of__isnull=True)
        .order_by("title", "pk")
    )
    if form.is_valid():
        data = form.cleaned_data
        if data["competence"]:
            guides = guides.filter(competence_area__code=data["competence"])
        if data["topic"]:
            guides = guides.filter(tagged_items__tag__slug=data["topic"])
        if data["level"]:
            guides = guides.filter(level=data["level"])
    else:
        guides = guides.none()
    results = IdPaginator(guides, PAGE_SIZE).get_page(request.GET.get("page"))
    by_id = (
        GuidePage.objects.filter(pk__in=results)
        .select_related("competence_area")
        .prefetch_related(
            Prefetch("tagged_items", GuideTopic.objects.select_related("tag"))
        )
        .in_bulk()
    )
    return {
        "filter_form": form,
        "results": results,
        "guides": [by_id[pk] for pk in results],
    }


def mentors_for_guide(guide, request):
    """Active mentors who help with the guide's topics or competence area:
    the nearest first when the reader has saved their unit."""
    tag_ids = GuideTopic.objects.filter(content_object=guide).values("tag_id")
    by_area = MentorPage.competence_areas.through.objects.filter(
        competencearea_id=guide.competence_area_id
    ).values("mentorpage_id")
    by_topic = MentorTopic.objects.filter(tag_id__in=tag_ids).values(
        "content_object_id"
    )
    matching = offered_mentors().filter(Q(pk__in=by_area) | Q(pk__in=by_topic))
    profile = saved_profile(request)
    if profile and profile.unit_id:
        found = finder_results(profile.unit_id, limit=MENTORS_SHOWN, among=matching)
        if found:
            return {"has_saved_unit": True, **found}
    mentors = with_card_relations(fresh_first(matching))[:MENTORS_SHOWN]
    return {"has_saved_unit": False, "mentor_cards": mentor_cards(mentors)}
