from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "webhooks"
    verbose_name = "Webhook"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from webhooks import receivers, sending  # noqa: F401  (sending registers its job)

        receivers.connect()
