from django.apps import AppConfig


class VoiceConfig(AppConfig):
    name = "voice"
    verbose_name = "Tiếng nói người lao động"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # django-pgtrigger (installed before this app) gives `makemigrations` an autodetector
        # that knows triggers; django-tenants' `migrate` must use the same one (Django's
        # commands.E001 check compares them).
        from django.core.management.commands import makemigrations
        from django_tenants.management.commands import migrate

        migrate.Command.autodetector = makemigrations.Command.autodetector

        # Worker notices (voice/notify.py): the one receiver of case_changed that tells the
        # worker, and its e-mail job.
        from voice import notify

        notify.connect()

        # Misinformation reports join their cluster when submitted (voice/misinfo.py).
        from voice import misinfo

        misinfo.connect()

        # Personal data (pdpl): the key checks, the retention clock set on close, and the
        # periodic privacy sweep (jobs autodiscovery imports only voice/jobs.py).
        from voice import checks, privacy_jobs, retention  # noqa: F401
