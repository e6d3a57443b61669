"""The mentors a reader of a guide can ask for help."""

from typing import Any

from django.db.models import Q
from django.http import HttpRequest

from pages.common.access import open_pages
from pages.common.staff_profile import saved_profile
from pages.mentors.cards import rendered_cards
from pages.mentors.finder_page import finder_results
from pages.mentors.finder_ranking import fresh_first, offered_mentors
from pages.mentors.models import MentorPage, MentorTopic

MENTORS_SHOWN = 4


def mentors_for_guide(guide, request: HttpRequest) -> dict[str, Any]:
    """Active mentors taking requests who help with the guide's topics or
    competence area: the nearest first when the reader has saved their unit.
    A mentor who is not taking requests would only turn the reader away."""
    by_area = MentorPage.competence_areas.through.objects.filter(
        competencearea_id=guide.competence_area_id
    ).values("mentorpage_id")
    # The guide's saved topics (GuideTopic rows), through the tag's reverse
    # relation: a preview's unsaved topics do not count.
    by_topic = MentorTopic.objects.filter(
        tag__pages_guidetopic_items__content_object_id=guide.pk
    ).values("content_object_id")
    matching = open_pages(request, offered_mentors()).filter(
        Q(pk__in=by_area) | Q(pk__in=by_topic), taking_requests=True
    )
    profile = saved_profile(request)
    if profile and profile.unit_id:
        found = finder_results(
            request, profile.unit_id, limit=MENTORS_SHOWN, among=matching
        )
        if found:
            return {"has_saved_unit": True, **found}
    mentors = fresh_first(matching).values_list("pk", flat=True)[:MENTORS_SHOWN]
    return {"has_saved_unit": False, "mentor_cards": rendered_cards(mentors)}
