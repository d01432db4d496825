from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "webhooks"
    verbose_name = "Webhook"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from webhooks import jobs, receivers  # noqa: F401  (jobs registers the delivery task)

        receivers.connect()
