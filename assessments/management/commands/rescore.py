"""Send stored transcripts to the scorer again, e.g. after a scorer or cue upgrade."""

from django.core.management.base import BaseCommand
from django.db import transaction

import scoring
from assessments import tasks
from assessments.models import Assessment
from interviews.models import Transcript


class Command(BaseCommand):
    help = "Re-queue stored transcripts for scoring: all, by competency, or by scorer version."

    def add_arguments(self, parser):
        parser.add_argument("--competency", help="only transcripts of this competency (slug)")
        parser.add_argument(
            "--scorer-version", help="only transcripts scored by this scorer version"
        )
        parser.add_argument(
            "--outdated",
            action="store_true",
            help="only transcripts not scored by this scorer version: after an upgrade, this "
            "brings every result up to date, failed ones included",
        )
        parser.add_argument(
            "--pending",
            action="store_true",
            help="only transcripts not scored yet (queued, running or failed), e.g. after a "
            "broker outage",
        )

    def handle(
        self,
        *args,
        competency=None,
        scorer_version=None,
        outdated=False,
        pending=False,
        **options,
    ):
        transcripts = Transcript.objects.order_by("pk")
        if competency:
            transcripts = transcripts.filter(competency__slug=competency)
        if scorer_version:
            transcripts = transcripts.filter(assessment__scorer_version=scorer_version)
        if outdated:
            transcripts = transcripts.exclude(
                assessment__status=Assessment.Status.SCORED,
                assessment__scorer_version=scoring.SCORER_VERSION,
            )
        if pending:
            transcripts = transcripts.exclude(assessment__status=Assessment.Status.SCORED)
        count = 0
        for transcript in transcripts.iterator():
            with transaction.atomic():
                if tasks.score_again(transcript=transcript) is not None:
                    count += 1
        self.stdout.write(f"{count} transcript(en) opnieuw in de wachtrij gezet.")
