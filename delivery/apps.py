from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "delivery"
    verbose_name = "Phân phối nội dung"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from delivery import invalidation, recording

        invalidation.connect()
        recording.connect()
