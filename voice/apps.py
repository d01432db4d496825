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

        # Misinformation reports join their cluster when submitted (voice/misinfo.py).
        from voice import misinfo

        misinfo.connect()
