"""The mentor cards of the directory, the finder and the home page.

Cards are built for the Finnish (source) pages, with their relations
prefetched; each shows the reader's translation of the profile where one
exists and organisation names in the reader's language.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch
from wagtail.images import get_image_model

from pages.languages import in_language, reader_language, source_language
from pages.mentors.models import MentorPage, MentorTopic
from pages.mentors.organisation import Campus, Unit, localized_names

# The card's photo slot, as the {% image %} tag in mentor_card.html asks for
# it: renditions are prefetched for this spec only.
CARD_PHOTO = "fill-96x96"


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


def with_card_relations_page(pks):
    pks = list(pks)
    mentors = with_card_relations(MentorPage.objects.filter(pk__in=pks)).in_bulk()
    return [mentors[pk] for pk in pks]
