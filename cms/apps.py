from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Nội dung"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms import media_jobs

        media_jobs.connect()
