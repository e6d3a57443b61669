"""The mentor cards of the directory, the finder, guides and the home page.

Cards are built for the Finnish (source) pages, with their relations
prefetched; each shows the reader's translation of the profile where one
exists and organisation names in the reader's language.

A card says the same to every reader of a language (but for a photo in a
private collection), so its HTML is kept in the shared cache until the site
next changes or the day turns (when a profile may turn stale): a page of
cards then costs one read from the cache and no query, whatever filter or
ranking picked them.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from wagtail.images import get_image_model

from pages.common.caching import freshness
from pages.common.languages import in_language, reader_language, source_language
from pages.common.organisation import Campus, Unit, localized_names
from pages.common.private_media import closed_to_reader
from pages.mentors.models import MentorPage, MentorTopic

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
    # Set when the profile is not translated into the reader's language yet.
    fallback_language: str | None = None


@dataclass(frozen=True)
class RenderedCard:
    """A card ready for a list: `{{ card }}` writes its HTML."""

    mentor_id: int
    html: str
    tier: int | None = None

    def __html__(self):
        return self.html

    def __str__(self) -> str:
        return self.html


def rendered_cards(mentor_ids, *, heading_level: int = 3, reasons=None, tiers=None):
    """The cards of Finnish mentor pages, in order; `reasons` (why the finder
    chose each) are part of the card, `tiers` only group them."""
    mentor_ids = list(mentor_ids)
    reasons = reasons or {}
    tiers = tiers or {}
    # A photo in a private collection shows only to those who may open it.
    prefix = (
        f"card:{reader_language()}:{timezone.localdate()}:{heading_level}"
        f":{closed_to_reader()}"
    )
    names = {pk: f"{prefix}:{pk}:{reasons.get(pk, '')}" for pk in mentor_ids}

    def render(missing):
        missing = set(missing)
        wanted = [pk for pk, name in names.items() if name in missing]
        cards = mentor_cards(with_card_relations_page(wanted), reasons)
        return {
            names[card.source.pk]: render_to_string(
                "components/mentor_card.html",
                {"card": card, "heading_level": heading_level},
            )
            for card in cards
        }

    html = freshness.remembered_many(list(names.values()), render)
    return [
        RenderedCard(pk, mark_safe(html[names[pk]]), tiers.get(pk)) for pk in mentor_ids
    ]


def mentor_cards(mentors, reasons=None):
    """Cards for Finnish mentor pages (with_card_relations), in a constant
    number of queries."""
    mentors = list(mentors)
    language = reader_language()
    pages = mentors
    if language != source_language():
        # A profile not translated yet is shown in Finnish, saying so.
        translated = MentorPage.objects.live().filter(alias_of__isnull=True)
        pages = in_language(mentors, language, among=translated)
    campus_names = localized_names(Campus, language)
    unit_names = localized_names(Unit, language)
    return [
        MentorCard(
            page=page,
            source=mentor,
            campuses=[
                campus_names[link.campus_id] for link in mentor.campus_links.all()
            ],
            units=[unit_names[link.unit_id] for link in mentor.unit_links.all()],
            reason=(reasons or {}).get(mentor.pk, ""),
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
