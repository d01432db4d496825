from django.apps import AppConfig


class SharingConfig(AppConfig):
    """Content shared down the organisation tree (public schema): one registry row per
    share, receipts where receivers acted, proposals upward, reminders and an audit log."""

    name = "sharing"
    verbose_name = "Chia sẻ nội dung xuống cấp dưới"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from sharing import signals

        signals.connect()
