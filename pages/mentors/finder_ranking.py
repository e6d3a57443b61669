"""The nearest-mentor finder's ranking (its page: finder_page.py).

Given a unit, active mentors are ranked in four tiers: the same unit, the same
faculty or division, the same campus, then other campuses by great-circle
distance from the unit's campus (the nearest of them, when the unit has
several). Language and topic are filters: a reader who asks for a
Swedish-speaking mentor wants the nearest one who speaks Swedish, not a
nearer one who doesn't. Within a tier (and, in the last one, within a campus)
profiles confirmed in the past year come before possibly out-of-date ones,
then by name.

Each tier is one indexed query that stops once the list is full, so the cost
follows the number of results, not the number of mentors. Ranking works on
the Finnish (source) pages and organisation rows, so every language gets the
same mentors in the same order.
"""

from dataclasses import dataclass

from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from pages.common.languages import source_language
from pages.common.organisation import Campus
from pages.mentors.models import MentorCampus, MentorPage, MentorUnit, stale_before

SAME_UNIT, SAME_FACULTY, SAME_CAMPUS, OTHER_CAMPUS = 1, 2, 3, 4


@dataclass
class Match:
    mentor_id: int  # of the Finnish (source) page
    tier: int
    distance_km: float | None = None

    @property
    def reason(self):
        if self.tier == SAME_UNIT:
            return _("Same unit")
        if self.tier == SAME_FACULTY:
            return _("Same faculty or division")
        if self.tier == SAME_CAMPUS:
            return _("Same campus")
        km = round(self.distance_km)
        return ngettext("%(km)s km away", "%(km)s km away", km) % {"km": km}


def offered_mentors(*, language=None, topic=None):
    """Live, active Finnish mentor pages, optionally speaking `language`
    ('fi', 'sv', 'en' or 'other') and helping with `topic` (a tag slug)."""
    mentors = MentorPage.objects.live().filter(
        locale__language_code=source_language(), status=MentorPage.Status.ACTIVE
    )
    if language:
        mentors = mentors.filter(**LANGUAGE_FILTERS[language])
    if topic:
        mentors = mentors.filter(
            pk__in=MentorPage.topics.through.objects.filter(tag__slug=topic).values(
                "content_object_id"
            )
        )
    return mentors


LANGUAGE_FILTERS = {
    "fi": {"speaks_finnish": True},
    "sv": {"speaks_swedish": True},
    "en": {"speaks_english": True},
    "other": {"other_languages__gt": ""},
}


def fresh_first(mentors):
    return mentors.annotate(
        stale=Case(
            When(last_confirmed__lt=stale_before(), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
    ).order_by("stale", "title", "pk")


def nearest_mentors(unit, *, language=None, topic=None, limit: int = 10, among=None):
    """Up to `limit` Matches for a Finnish (source) Unit, best first, from
    `among` (a queryset of offered mentors) or all offered mentors."""
    mentors = (
        among if among is not None else offered_mentors(language=language, topic=topic)
    )
    matches = []

    def take(queryset, tier, distance_km=None) -> None:
        wanted = limit - len(matches)
        if wanted <= 0:
            return
        found = queryset.exclude(pk__in=[m.mentor_id for m in matches])
        for mentor_id in fresh_first(found).values_list("pk", flat=True)[:wanted]:
            matches.append(Match(mentor_id, tier, distance_km))

    def in_units(units):
        return mentors.filter(
            pk__in=MentorUnit.objects.filter(unit__in=units).values("page_id")
        )

    def on_campuses(campuses):
        return mentors.filter(
            pk__in=MentorCampus.objects.filter(campus__in=campuses).values("page_id")
        )

    faculty_id = unit.faculty_or_self_id
    take(in_units([unit]), SAME_UNIT)
    take(
        mentors.filter(
            pk__in=MentorUnit.objects.filter(unit__faculty_id=faculty_id).values(
                "page_id"
            )
        )
        | in_units([faculty_id]),
        SAME_FACULTY,
    )
    if len(matches) >= limit:
        return matches
    home_campuses = list(unit.campuses.all())
    take(on_campuses(home_campuses), SAME_CAMPUS)
    if not home_campuses or len(matches) >= limit:
        return matches
    others = Campus.objects.filter(locale__language_code=source_language()).exclude(
        pk__in=[c.pk for c in home_campuses]
    )
    by_distance = sorted(
        ((min(home.distance_km(c) for home in home_campuses), c) for c in others),
        key=lambda pair: pair[0],
    )
    for distance, campus in by_distance:
        if len(matches) >= limit:
            break
        take(on_campuses([campus]), OTHER_CAMPUS, distance)
    return matches
