"""Organisation data kept by coordinators (organisations, campuses, units), the
central services that publish news (kept by editors), and the network's
competence areas.

All of it is translatable (wagtail-localize). The Finnish rows are the
canonical ones: filters and the finder work on their ids, and names are shown
from the reader's language where a translation exists (see `localized_names`).
"""

import math

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from pages.common.languages import source_language

EARTH_RADIUS_KM = 6371.0


class Organisation(TranslatableMixin, models.Model):
    class Kind(models.TextChoices):
        UNIVERSITY = "university", _("University or university of applied sciences")
        WELLBEING_COUNTY = "wellbeing_county", _("Wellbeing services county")
        OTHER = "other", _("Other organisation")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Campus(TranslatableMixin, index.Indexed, models.Model):
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT
    )
    name = models.CharField(_("name"), max_length=200)
    street_address = models.CharField(_("street address"), max_length=200)
    town = models.CharField(_("town"), max_length=100)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=6,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Decimal degrees, for example 63.8384 (north is positive)."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Decimal degrees, for example 23.1307 (east is positive)."),
    )

    search_fields = [
        index.SearchField("name"),
        index.SearchField("town"),
        index.AutocompleteField("name"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("campus")
        verbose_name_plural = _("campuses")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def distance_km(self, other) -> float:
        """Great-circle (haversine) distance to another campus."""
        lat1, lon1 = math.radians(self.latitude), math.radians(self.longitude)
        lat2, lon2 = math.radians(other.latitude), math.radians(other.longitude)
        a = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        )
        return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


class Unit(TranslatableMixin, index.Indexed, ClusterableModel):
    """A faculty or division (no parent), or a unit under one, at any depth."""

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT
    )
    name = models.CharField(_("name"), max_length=200)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("Leave empty for a faculty or division."),
    )
    # The faculty or division at the top of this unit's branch, kept on save so
    # that "same faculty" is one comparison rather than a walk up the tree.
    faculty = models.ForeignKey(
        "self",
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    campuses = ParentalManyToManyField(
        Campus, verbose_name=_("campuses"), blank=True, related_name="units"
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk:
                raise ValidationError(
                    {"parent": _("A unit cannot be part of itself or its own units.")}
                )
            ancestor = ancestor.parent

    def save(self, *args, **kwargs) -> None:
        top = self.parent
        while top is not None and top.parent_id is not None:
            top = top.parent
        self.faculty = top
        super().save(*args, **kwargs)

    @property
    def faculty_or_self_id(self) -> int:
        return self.faculty_id or self.pk


class Service(TranslatableMixin, models.Model):
    """A central service that publishes news: IT, the library, communications…"""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=50,
        help_text=_("Used in the addresses of the service's news feeds."),
    )

    # Feed addresses stay the same in every language.
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_service_slug_per_locale"
            )
        ]

    def __str__(self) -> str:
        return self.name


class CompetenceArea(models.Model):
    """The five areas of digital competence of the network's model.

    A fixed vocabulary: the rows come from a data migration and their names
    from the interface translations, so they are the same in every language.
    """

    class Code(models.TextChoices):
        ICT = "ict", _("ICT skills")
        USING = "using", _("Using and evaluating digital solutions")
        ETHICS = "ethics", _("Ethics of digital solutions")
        REMOTE = "remote", _("Human-centred remote guidance")
        WORK = "work", _("Digital as part of work")

    code = models.CharField(max_length=20, choices=Code.choices, unique=True)

    class Meta:
        verbose_name = _("competence area")
        verbose_name_plural = _("competence areas")
        ordering = ["id"]

    def __str__(self) -> str:
        return str(self.get_code_display())


# Organisation data changes a few times a year and every directory page needs
# it, so it is cached (in Redis when REDIS_URL is set) and dropped on change.
CACHE_SECONDS = 300


class LocalizedNames(dict):
    """{canonical (Finnish) id: name in `language`, else the Finnish name}.

    Rows made without signals (a bulk import, a data migration, an HR sync)
    are not in a cached copy: asked for one, it looks the names up again and
    refreshes the cache, so a page never fails on a row it has not heard of.
    """

    def __init__(self, model, language) -> None:
        super().__init__(_localized_names(model, language))
        self.model_label = model._meta.label
        self.language = language

    def __missing__(self, pk) -> str | None:
        model = apps.get_model(self.model_label)
        self.update(_localized_names(model, self.language))
        cache.set(names_cache_key(model, self.language), self, CACHE_SECONDS)
        if pk in self:
            return self.get(pk)
        raise KeyError(pk)  # no row has this id


def names_cache_key(model, language) -> str:
    return f"localized-names:{model._meta.label_lower}:{language}"


def localized_names(model, language) -> LocalizedNames:
    key = names_cache_key(model, language)
    names = cache.get(key)
    if names is None:
        names = LocalizedNames(model, language)
        cache.set(key, names, CACHE_SECONDS)
    return names


def _localized_names(model, language) -> dict[int, str]:
    source = source_language()
    rows = model.objects.filter(
        locale__language_code__in=[source, language]
    ).values_list("pk", "translation_key", "locale__language_code", "name")
    canonical, translated = {}, {}
    for pk, key, code, name in rows:
        if code == source:
            canonical[key] = (pk, name)
        if code == language:
            translated[key] = name
    return {pk: translated.get(key, name) for key, (pk, name) in canonical.items()}


def unit_tree() -> list[tuple[int, int | None]]:
    """(id, parent id) of every Finnish unit."""
    tree = cache.get("unit-tree")
    if tree is None:
        tree = list(
            Unit.objects.filter(locale__language_code=source_language()).values_list(
                "pk", "parent_id"
            )
        )
        cache.set("unit-tree", tree, CACHE_SECONDS)
    return tree


@receiver([post_save, post_delete], sender=Campus)
@receiver([post_save, post_delete], sender=Unit)
def forget_cached_organisation_data(sender, **kwargs) -> None:
    keys = [names_cache_key(sender, code) for code, _name in settings.LANGUAGES]
    cache.delete_many([*keys, "unit-tree"])


def canonical_id(model, pk) -> int | None:
    """The Finnish row's id for a row of `model` in any language, or None."""
    return (
        model.objects.filter(
            translation_key__in=model.objects.filter(pk=pk).values("translation_key"),
            locale__language_code=source_language(),
        )
        .values_list("pk", flat=True)
        .first()
    )
