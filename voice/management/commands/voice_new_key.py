"""Prints a new encryption key for ``VOICE_ENCRYPTION_KEYS`` (docs/personal-data.md)."""

from django.core.management.base import BaseCommand

from voice import crypto


class Command(BaseCommand):
    help = "In ra một khoá mã hoá mới (Fernet) cho VOICE_ENCRYPTION_KEYS."
    requires_system_checks = []  # works while the keys are still missing

    def handle(self, *args, **options):
        self.stdout.write(crypto.new_key())
