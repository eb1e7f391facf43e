from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Beoordelingen")

    def ready(self) -> None:
        # Interviews announce a submitted answer; scoring it is ours. (Interviews never import
        # assessments, so the dependency runs one way.)
        from interviews.signals import transcript_submitted

        from . import tasks

        transcript_submitted.connect(tasks.queue_scoring_on_submit, dispatch_uid="queue-scoring")
