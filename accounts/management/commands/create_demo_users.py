import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts import roles
from accounts.services import demo_user_ensure

DEMO_USERS = (
    # username, role, is_staff, is_superuser
    ("admin", roles.ADMIN, True, True),
    ("hr", roles.HR, False, False),
    ("kandidaat", roles.CANDIDATE, False, False),
)


class Command(BaseCommand):
    help = (
        "Create the demo users admin, hr and kandidaat where missing; existing users and their "
        "passwords are never changed. The password comes from --password, else $DEMO_PASSWORD, "
        "else 'starcoach-demo'. Only with DEBUG on: a production database gets no demo users."
    )

    def add_arguments(self, parser):
        parser.add_argument("--password", default=None)

    def handle(self, *args, password=None, **options):
        if not settings.DEBUG:
            raise CommandError("Demo users are for development only; DEBUG is off.")
        password = password or os.environ.get("DEMO_PASSWORD") or "starcoach-demo"
        for username, role, is_staff, is_superuser in DEMO_USERS:
            _user, created = demo_user_ensure(
                username=username,
                password=password,
                role=role,
                is_staff=is_staff,
                is_superuser=is_superuser,
            )
            verb = "created" if created else "kept as it is:"
            self.stdout.write(f"{verb} {username} ({role})")
