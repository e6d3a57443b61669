import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Site

from pages.common.languages import source_locale
from pages.models import (
    ActionItem,
    Campus,
    CompetenceArea,
    EventIndexPage,
    EventPage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    MeetingMinutesPage,
    MentorCampus,
    MentorIndexPage,
    MentorPage,
    MentorUnit,
    MinutesIndexPage,
    NewsAudienceCampus,
    NewsAudienceUnit,
    NewsIndexPage,
    NewsPage,
    Organisation,
    Service,
    StandardPage,
    Unit,
)


def site_root():
    return Site.objects.get(is_default_site=True).root_page


def finnish():
    return source_locale()


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
    def campuses(self, create, campuses) -> None:
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
    def units(self, create, units) -> None:
        for unit in units or []:
            MentorUnit.objects.create(page=self, unit=unit)

    @factory.post_generation
    def campuses(self, create, campuses) -> None:
        for campus in campuses or []:
            MentorCampus.objects.create(page=self, campus=campus)


def section(model):
    """The Finnish index page of a section (news, minutes, guides, events)."""
    return model.objects.get(locale=finnish())


class ServiceFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Palvelu {n}")
    slug = factory.Sequence(lambda n: f"palvelu-{n}")
    locale = factory.LazyFunction(finnish)

    class Meta:
        model = Service


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Uutinen {n}")
    parent = factory.LazyFunction(lambda: section(NewsIndexPage))
    service = factory.SubFactory(ServiceFactory)
    lead = "Tietohallinto tiedottaa."

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    @factory.post_generation
    def audience_units(self, create, units) -> None:
        for unit in units or []:
            NewsAudienceUnit.objects.create(page=self, unit=unit)

    @factory.post_generation
    def audience_campuses(self, create, campuses) -> None:
        for campus in campuses or []:
            NewsAudienceCampus.objects.create(page=self, campus=campus)


class MeetingMinutesPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kokous {n}")
    parent = factory.LazyFunction(lambda: section(MinutesIndexPage))
    meeting_date = factory.LazyFunction(timezone.localdate)
    agenda = "<ol><li>Kokouksen avaus</li></ol>"

    class Meta:
        model = MeetingMinutesPage
        skip_postgeneration_save = True

    @factory.post_generation
    def action_items(self, create, tasks) -> None:
        for task in tasks or []:
            ActionItem.objects.create(page=self, task=task, locale=self.locale)


class GuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Ohje {n}")
    parent = factory.LazyFunction(lambda: section(GuideIndexPage))
    lead = "Näin onnistut."
    competence_area = factory.LazyFunction(
        lambda: CompetenceArea.objects.get(code="remote")
    )
    steps = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = GuidePage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Tapahtuma {n}")
    parent = factory.LazyFunction(lambda: section(EventIndexPage))
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=1))
    place = "Teams"

    class Meta:
        model = EventPage
