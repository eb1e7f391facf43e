"""The password hasher: Argon2id at the OWASP Password Storage Cheat Sheet's parameters.

Django's default, PBKDF2-SHA256 with a million rounds, costs about 180 ms of CPU per login on
our two cores; at a login rush that CPU is taken from every other page. OWASP lists Argon2id
with 19 MiB of memory, two passes and one lane as its first choice and as strong as
PBKDF2-SHA256 at 600,000 rounds; it costs about 16 ms here, and its memory cost makes guessing
on GPUs dear. Hashes made with other settings or by PBKDF2 still verify and are rehashed with
these at the user's next login (Django's `must_update`), so no password is ever lost.
"""

from django.contrib.auth.hashers import Argon2PasswordHasher


class OwaspArgon2idPasswordHasher(Argon2PasswordHasher):
    time_cost = 2
    memory_cost = 19 * 1024  # KiB
    parallelism = 1
