"""The kinds of result the search page groups by, with their page types."""

from dataclasses import dataclass
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    models: tuple[str, ...]  # "app_label.ModelName"; empty for everything else


KINDS = (
    Kind("mentors", _("Mentors"), ("pages.MentorPage",)),
    Kind("news", _("News"), ("pages.NewsPage",)),
    Kind("guides", _("Guides"), ("pages.GuidePage",)),
    Kind("minutes", _("Meeting minutes"), ("pages.MeetingMinutesPage",)),
    Kind("events", _("Events"), ("pages.EventPage",)),
    Kind("pages", _("Other pages"), ()),
)
OTHER = KINDS[-1]


@cache
def content_type_ids():
    """{content type id: kind key} for the page types that have a kind."""
    ids = {}
    for kind in KINDS:
        for label in kind.models:
            app_label, model = label.split(".")
            ct = ContentType.objects.get_by_natural_key(app_label, model.lower())
            ids[ct.id] = kind.key
    return ids


def kind_of(content_type_id):
    return content_type_ids().get(content_type_id, OTHER.key)


def counts(facets):
    """Result counts per kind, from counts per content type id, in KINDS order."""
    totals = dict.fromkeys((kind.key for kind in KINDS), 0)
    for content_type_id, count in facets.items():
        totals[kind_of(content_type_id)] += count
    return [(kind, totals[kind.key]) for kind in KINDS if totals[kind.key]]


def only(pages, key):
    """Pages narrowed to one kind."""
    if key == OTHER.key:
        return pages.exclude(content_type_id__in=list(content_type_ids()))
    own = [ct for ct, kind in content_type_ids().items() if kind == key]
    return pages.filter(content_type_id__in=own)


def by_key(key):
    return next((kind for kind in KINDS if kind.key == key), None)
