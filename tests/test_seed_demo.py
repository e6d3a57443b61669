import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from pages.models import HomePage

pytestmark = pytest.mark.django_db


def snapshot():
    pages = list(
        Page.objects.order_by("path").values_list(
            "path",
            "locale__language_code",
            "title",
            "slug",
            "live",
            "alias_of_id",
            "latest_revision_id",
        )
    )
    users = list(
        get_user_model()
        .objects.order_by("username")
        .values_list("username", "password", "is_superuser", "groups__name")
    )
    return pages, users


def test_second_run_changes_nothing(capsys):
    # The session's database was seeded once already (conftest).
    before = snapshot()
    call_command("seed_demo")
    assert snapshot() == before
    output = capsys.readouterr().out
    assert "digimentor-demo" in output  # the demo passwords are printed
    assert "(new)" not in output


def test_demo_tree_is_whole_in_every_language():
    assert Page.find_problems() == ([], [], [], [], [])
    for home in HomePage.objects.all():
        assert home.live
        assert home.get_children().live().count() == 5


def test_demo_has_a_user_for_each_role():
    usernames = set(get_user_model().objects.values_list("username", flat=True))
    assert {"admin", "editor", "coordinator", "mentor", "staff"} <= usernames
