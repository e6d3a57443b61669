"""Topics in the reader's language.

Mentors, news and guides are tagged with topics ("Teams", "tietoturva"):
taggit tags, written in Finnish, which filters and the finder match on. Each
tag has a Topic row in the source language naming it, made when the tag is;
editors and coordinators translate those rows in the admin like the other
organisation data (wagtail-localize), and readers see the name in their
language. A topic not yet translated shows its Finnish name, marked as
Finnish for screen readers.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag, TaggedItemBase
from wagtail.models import Locale, TranslatableMixin

from pages.common.access import open_pages
from pages.common.languages import reader_language, source_language

CACHE_SECONDS = 300


class Topic(TranslatableMixin, models.Model):
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="topics")
    name = models.CharField(_("name"), max_length=100)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class TopicName:
    slug: str
    name: str
    lang: str = ""  # set when the name is not in the reader's language


def names_in(language) -> dict[int, tuple[str, str]]:
    """{tag id: (name, language of the name)} for every topic."""
    key = f"topic-names:{language}"
    names = cache.get(key)
    if names is None:
        source = source_language()
        rows = Topic.objects.filter(
            locale__language_code__in=[source, language]
        ).values_list("tag_id", "locale__language_code", "name")
        names = {}
        for tag_id, code, name in sorted(rows, key=lambda row: row[1] == language):
            names[tag_id] = (name, code)  # the reader's language last, so it wins
        cache.set(key, names, CACHE_SECONDS)
    return names


def named(tags, language=None) -> list[TopicName]:
    """The tags as TopicNames in `language` (the reader's by default)."""
    language = language or reader_language()
    names = names_in(language)
    named_tags = []
    for tag in tags:
        name, code = names.get(tag.pk, (tag.name, source_language()))
        named_tags.append(TopicName(tag.slug, name, "" if code == language else code))
    return named_tags


def choices(tags, language=None) -> list[tuple[str, str]]:
    """(slug, name) of the tags for a filter, by name in `language`."""
    return sorted(
        ((topic.slug, topic.name) for topic in named(tags, language)),
        key=lambda choice: choice[1].casefold(),
    )


def open_tags(request: HttpRequest, tagged_items) -> QuerySet[Tag]:
    """The tags of `tagged_items` (rows of a page type's topics) that are on
    a live page the reader may open: a topic used only on restricted pages
    names what they are about."""
    items = tagged_items.filter(content_object__live=True)
    return Tag.objects.filter(
        pk__in=open_pages(request, items, through="content_object__").values("tag_id")
    )


def tags_on_open_pages(request: HttpRequest) -> QuerySet[Tag]:
    """The tags on a live page of any type that the reader may open."""
    found = Tag.objects.none()
    for relation in Tag._meta.related_objects:
        items = relation.related_model
        if items._meta.app_label == "pages" and issubclass(items, TaggedItemBase):
            found |= open_tags(request, items.objects.all())
    return found


def translated_names(page) -> str:
    """A page's topics named in its own language, where that is not their
    Finnish name, for its search index (Finnish names are indexed as the
    tags). Pages define a method of their own that returns this: Wagtail's
    Elasticsearch mapping names a field after the model class defining it."""
    tags = list(page.topics.all())
    names = {topic.name for topic in named(tags, page.locale.language_code)}
    return " ".join(sorted(names - {tag.name for tag in tags}))


@receiver(post_save, sender=Tag)
def name_new_tag(sender, instance, created, raw, **kwargs) -> None:
    if created and not raw:
        locale = Locale.objects.filter(language_code=source_language()).first()
        if locale is not None:
            Topic.objects.get_or_create(
                tag=instance, locale=locale, defaults={"name": instance.name}
            )


@receiver([post_save, post_delete], sender=Topic)
def forget_cached_names(sender, **kwargs) -> None:
    cache.delete_many([f"topic-names:{code}" for code, _name in settings.LANGUAGES])
