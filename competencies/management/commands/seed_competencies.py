from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from competencies.models import Competency

FIXTURES = Path(settings.BASE_DIR) / "fixtures"


class Command(BaseCommand):
    help = (
        "Load each competency fixture in fixtures/ into a database that does not have that "
        "competency yet. A competency already there is left exactly as the admin edited it; "
        "updates to a seeded model travel as data migrations."
    )

    def handle(self, *args, **options):
        for path in sorted(FIXTURES.glob("*.json")):
            slug = path.stem
            if Competency.objects.filter(slug=slug).exists():
                self.stdout.write(f"{slug}: already in the database, left as it is")
                continue
            call_command("loaddata", str(path), verbosity=0)
            self.stdout.write(f"{slug}: loaded from {path.name}")
