from django.apps import AppConfig


class HierarchyConfig(AppConfig):
    """The union organisation tree (public schema): levels, roles, restructuring history."""

    name = "hierarchy"
    verbose_name = "Cây tổ chức công đoàn"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from congdoan import checks  # noqa: F401  (registers the database checks)
