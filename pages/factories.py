import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale, Site

from pages.models import (
    Campus,
    HomePage,
    MentorCampus,
    MentorIndexPage,
    MentorPage,
    MentorUnit,
    Organisation,
    StandardPage,
    Unit,
)


def site_root():
    return Site.objects.get(is_default_site=True).root_page


def finnish():
    return Locale.objects.get(language_code="fi")


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Digimentorit"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sivu {n}")
    parent = factory.LazyFunction(site_root)
    lead = "Digimentorit auttavat kollegoitaan digitaalisten työvälineiden kanssa."

    class Meta:
        model = StandardPage


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisaatio {n}")
    kind = Organisation.Kind.UNIVERSITY
    locale = factory.LazyFunction(finnish)

    class Meta:
        model = Organisation


class CampusFactory(DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Kampus {n}")
    street_address = "Yliopistonkatu 1"
    town = "Helsinki"
    latitude = "60.170000"
    longitude = "24.940000"
    locale = factory.LazyFunction(finnish)

    class Meta:
        model = Campus


class UnitFactory(DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Yksikkö {n}")
    parent = None
    locale = factory.LazyFunction(finnish)

    class Meta:
        model = Unit
        skip_postgeneration_save = True

    @factory.post_generation
    def campuses(self, create, campuses):
        if create and campuses:
            self.campuses.set(campuses)
            self.save()


def mentor_directory():
    return MentorIndexPage.objects.get(locale=finnish())


class MentorPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Mentori {n}")
    parent = factory.LazyFunction(mentor_directory)
    job_title = "sairaanhoitaja"
    email = factory.Sequence(lambda n: f"mentori{n}@digimentor.example")

    class Meta:
        model = MentorPage
        skip_postgeneration_save = True

    @factory.post_generation
    def units(self, create, units):
        for unit in units or []:
            MentorUnit.objects.create(page=self, unit=unit)

    @factory.post_generation
    def campuses(self, create, campuses):
        for campus in campuses or []:
            MentorCampus.objects.create(page=self, campus=campus)
