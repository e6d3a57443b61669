"""The guide index's filters and listing."""

from typing import Any

from django import forms
from django.db.models import Prefetch
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from pages.common import topics
from pages.common.access import open_pages
from pages.common.organisation import CompetenceArea
from pages.common.paginator import IdPaginator
from pages.guides.models import GuidePage, GuideTopic

PAGE_SIZE = 20


class GuideFilterForm(forms.Form):
    competence = forms.ChoiceField(label=_("Competence area"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    level = forms.ChoiceField(
        label=_("Level"),
        required=False,
        choices=[("", _("Any"))] + GuidePage.Level.choices,
    )

    def __init__(self, *args, request=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        any_choice = [("", _("Any"))]
        self.fields["competence"].choices = any_choice + [
            (area.code, str(area)) for area in CompetenceArea.objects.all()
        ]
        self.fields["topic"].choices = any_choice + topics.choices(
            topics.open_tags(request, GuideTopic.objects.all())
        )


def guide_index_context(index, request: HttpRequest) -> dict[str, Any]:
    form = GuideFilterForm(request.GET, request=request)
    guides = GuidePage.objects.live().child_of(index).filter(alias_of__isnull=True)
    guides = open_pages(request, guides).order_by("title", "pk")
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
