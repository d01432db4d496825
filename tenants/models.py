"""Tenants (organisations that run their own newsroom), their host names, and roles."""

from django.conf import settings
from django.db import models
from django_tenants.models import DomainMixin, TenantMixin

from accounts.roles import Role


class TenantKind(models.TextChoices):
    PLATFORM = "platform", "Nền tảng (schema chung)"
    NATIONAL_FEDERATION = "national_federation", "Tổng Liên đoàn"
    SECTOR_UNION = "sector_union", "Công đoàn ngành trung ương"
    PROVINCIAL_FEDERATION = "provincial_federation", "Liên đoàn Lao động tỉnh/thành phố"
    CORPORATE_UNION = "corporate_union", "Công đoàn tổng công ty"
    UPPER_GRASSROOTS = "upper_grassroots", "Công đoàn cấp trên trực tiếp cơ sở"
    GRASSROOTS = "grassroots", "Công đoàn cơ sở"


class Tenant(TenantMixin):
    """An organisation that runs its own Wagtail (one PostgreSQL schema).

    Schemas are created by ``tenants.provisioning.provision_tenant`` (cloned from the template
    schema), never implicitly on save.
    """

    name = models.CharField("tên đơn vị", max_length=255)
    short_name = models.CharField("tên viết tắt", max_length=64, blank=True)
    kind = models.CharField("loại đơn vị", max_length=32, choices=TenantKind.choices)
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    is_active = models.BooleanField("đang hoạt động", default=True)

    auto_create_schema = False
    auto_drop_schema = False

    class Meta:
        verbose_name = "đơn vị có trang riêng"
        verbose_name_plural = "đơn vị có trang riêng"
        ordering = ["name"]

    def __str__(self):
        return self.name


class Domain(DomainMixin):
    class Meta:
        verbose_name = "tên miền"
        verbose_name_plural = "tên miền"

    def __str__(self):
        return self.domain


class TenantRole(models.Model):
    """What an account may do in one tenant; the tenant's Wagtail groups mirror these rows
    (see ``tenants.roles``) and an account with no role in a tenant cannot enter its admin.

    For a tenant that an organisation holds, these rows are *derived* from the roles on that
    organisation (``hierarchy.roles.sync_mirrors``): grant roles there
    (``hierarchy.actions.GrantRole``). They are the record only for a tenant outside the org
    tree."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tenant_roles"
    )
    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField("vai trò", max_length=16, choices=Role.choices)
    granted_at = models.DateTimeField(auto_now_add=True)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = "vai trò"
        verbose_name_plural = "vai trò"
        constraints = [
            models.UniqueConstraint(fields=["user", "tenant", "role"], name="uniq_tenant_role")
        ]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()} – {self.tenant}"


class TemplateState(models.Model):
    """The template schema's migration state and the clone plan derived from it.

    ``plan`` is the ordered SQL that recreates the template in a new schema (tables, indexes,
    constraints with their original names, then the template's rows); it is rebuilt whenever
    the set of applied tenant migrations changes.
    """

    schema_name = models.CharField(max_length=63, unique=True)
    migrations_digest = models.CharField(max_length=64)
    plan = models.JSONField()
    built_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"{self.schema_name} ({self.migrations_digest[:12]})"
