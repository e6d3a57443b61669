import shutil

import pytest
import yaml
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from demo.loader import DATA_DIR, DemoData
from demo.management.commands.seed_demo import Command as SeedDemo
from pages.models import EventPage, GuidePage, HomePage, MeetingMinutesPage, NewsPage

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
    call_command(SeedDemo())
    assert snapshot() == before
    output = capsys.readouterr().out
    assert "digimentor-demo" in output  # the demo passwords are printed
    assert "(new)" not in output


def test_demo_tree_is_whole_in_every_language():
    assert Page.find_problems() == ([], [], [], [], [])
    for home in HomePage.objects.all():
        assert home.live
        assert home.get_children().live().count() == 9


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_demo_has_news_minutes_guides_and_events_in_every_language(language):
    def written_in_language(model):
        return model.objects.live().filter(
            locale__language_code=language, alias_of__isnull=True
        )

    assert written_in_language(NewsPage).count() == 10
    assert written_in_language(MeetingMinutesPage).count() == 12
    assert written_in_language(GuidePage).count() == 10
    assert written_in_language(EventPage).count() == 5


def test_demo_has_a_user_for_each_role():
    usernames = set(get_user_model().objects.values_list("username", flat=True))
    assert {"admin", "editor", "coordinator", "mentor", "staff"} <= usernames


def test_demo_data_refuses_a_language_file_missing_an_item(tmp_path):
    shutil.copytree(DATA_DIR, tmp_path, dirs_exist_ok=True)
    swedish = tmp_path / "news.sv.yaml"
    texts = yaml.safe_load(swedish.read_text(encoding="utf-8"))
    del texts["items"]["phishing-warning"]
    swedish.write_text(yaml.safe_dump(texts, allow_unicode=True), encoding="utf-8")

    with pytest.raises(ValueError, match="phishing-warning"):
        DemoData(tmp_path).section("news")
