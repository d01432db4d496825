from django.apps import AppConfig


class GrantsConfig(AppConfig):
    """Group and permission grants of accounts, stored in each schema separately.

    The account (``accounts.User``) lives once in the public schema, but the tables linking
    it to ``auth.Group`` and ``auth.Permission`` live in every tenant schema. Django's and
    Wagtail's permission checks therefore only ever see the grants of the tenant whose schema
    is active: rights in one tenant cannot follow an account into another.
    """

    name = "grants"
    verbose_name = "Phân quyền theo đơn vị"
    default_auto_field = "django.db.models.BigAutoField"
