from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page

from adapters.modelsearch import search_index_updates_deferred
from adapters.wagtail import disable_reference_index_auto_update
from pages.demo.loader import DATA_DIR, DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Create the demo network in fi, sv and en; a second run changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run under the production settings too.",
        )

    def handle(self, *args, **options):
        if settings.SEED_DEMO_NEEDS_FORCE and not options["force"]:
            raise CommandError(
                _(
                    "seed_demo creates the demo accounts, admin included, with a "
                    "published password. These are production settings: run it "
                    "with --force only on a demonstration server."
                )
            )
        pages_before = Page.objects.count()
        # One rebuild of Wagtail's reference index and search index at the end
        # instead of an update per saved object: seconds rather than a minute.
        with (
            transaction.atomic(),
            disable_reference_index_auto_update(),
            search_index_updates_deferred(),
        ):
            users = load_demo(DATA_DIR)
        if Page.objects.count() != pages_before:
            call_command("rebuild_references_index", verbosity=0)
            call_command("update_index", verbosity=0)

        self.stdout.write(f"Demo users (password for each: {DEMO_PASSWORD})")
        for spec, _user, created in users:
            mark = " (new)" if created else ""
            self.stdout.write(
                f"  {spec['username']:<12} {spec['first_name']} {spec['last_name']}: "
                f"{spec['role']}{mark}"
            )
