"""What the interview flow tells the rest of the app, without knowing who listens."""

from django.dispatch import Signal

#: Sent inside the submit's transaction with `transcript=`, right after the answer is frozen:
#: a receiver's writes (e.g. queueing the scoring) commit or roll back together with it.
transcript_submitted = Signal()
