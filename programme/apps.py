from django.apps import AppConfig


class ProgrammeConfig(AppConfig):
    name = "programme"
    verbose_name = "Chương trình truyền thông"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Receivers of the domain apps' signals (cms, sharing, voice, hierarchy) that record
        # programme facts; they live in programme/receivers.py.
        from programme import receivers

        receivers.connect()
