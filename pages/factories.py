import factory
import wagtail_factories
from wagtail.models import Site

from pages.models import HomePage, StandardPage


def site_root():
    return Site.objects.get(is_default_site=True).root_page


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
