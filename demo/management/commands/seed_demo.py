from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from demo.loader import DEMO_PASSWORD, seed


class Command(BaseCommand):
    help = "Create the demo network in fi, sv and en; a second run changes nothing."

    def add_arguments(self, parser) -> None:
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
        users = seed()
        self.stdout.write(f"Demo users (password for each: {DEMO_PASSWORD})")
        for spec, _user, created in users:
            mark = " (new)" if created else ""
            self.stdout.write(
                f"  {spec['username']:<12} {spec['first_name']} {spec['last_name']}: "
                f"{spec['role']}{mark}"
            )
