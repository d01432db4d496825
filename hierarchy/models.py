"""The union organisation tree, stored once in the public schema.

``Organization`` is a django-treebeard materialised-path tree: ``path`` is the concatenation
of 4-character base-36 steps, one per level of the tree, so the descendants of a node are the
rows whose path starts with its path (a ``LIKE 'prefix%'`` range scan on the
``varchar_pattern_ops`` index Django creates for the unique ``path``). Children are always
appended (constant cost); their display order is the explicit ``sort_order``.

An organisation either *is* a tenant (``tenant``: it runs its own Wagtail) or its content is
a hosted microsite, a page subtree in its nearest ancestor tenant's Wagtail
(``microsite_host`` + ``microsite_page_id``, the page's id in that tenant's schema).
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models.functions import Upper
from django.utils import timezone
from treebeard.mp_tree import MP_Node

from accounts.roles import Role
from congdoan.text import fold, nfc, normalise_code


class Level(models.IntegerChoices):
    NATIONAL = 1, "Tổng Liên đoàn"
    PROVINCIAL = 2, "LĐLĐ tỉnh/thành phố, công đoàn ngành trung ương, công đoàn tổng công ty"
    UPPER_GRASSROOTS = 3, "Công đoàn cấp trên trực tiếp cơ sở"
    GRASSROOTS = 4, "Công đoàn cơ sở"
    SUB_UNIT = 5, "Công đoàn bộ phận, tổ công đoàn"


class Kind(models.TextChoices):
    NATIONAL_FEDERATION = "national_federation", "Tổng Liên đoàn"
    PROVINCIAL_FEDERATION = "provincial_federation", "Liên đoàn Lao động tỉnh/thành phố"
    SECTOR_UNION = "sector_union", "Công đoàn ngành trung ương"
    CORPORATE_UNION = "corporate_union", "Công đoàn tổng công ty"
    INDUSTRIAL_ZONE_UNION = "industrial_zone_union", "Công đoàn các khu công nghiệp"
    COMMUNE_UNION = "commune_union", "Công đoàn xã, phường, đặc khu"
    UPPER_GRASSROOTS = "upper_grassroots", "Công đoàn cấp trên trực tiếp cơ sở khác"
    GRASSROOTS = "grassroots", "Công đoàn cơ sở"
    SUB_UNIT = "sub_unit", "Công đoàn bộ phận"
    UNION_GROUP = "union_group", "Tổ công đoàn"


# The level each kind of organisation sits at.
KIND_LEVEL: dict[str, int] = {
    Kind.NATIONAL_FEDERATION: Level.NATIONAL,
    Kind.PROVINCIAL_FEDERATION: Level.PROVINCIAL,
    Kind.SECTOR_UNION: Level.PROVINCIAL,
    Kind.CORPORATE_UNION: Level.PROVINCIAL,
    Kind.INDUSTRIAL_ZONE_UNION: Level.UPPER_GRASSROOTS,
    Kind.COMMUNE_UNION: Level.UPPER_GRASSROOTS,
    Kind.UPPER_GRASSROOTS: Level.UPPER_GRASSROOTS,
    Kind.GRASSROOTS: Level.GRASSROOTS,
    Kind.SUB_UNIT: Level.SUB_UNIT,
    Kind.UNION_GROUP: Level.SUB_UNIT,
}

# tenants.TenantKind used when an organisation of this kind is provisioned as a tenant.
TENANT_KIND: dict[str, str] = {
    Kind.NATIONAL_FEDERATION: "national_federation",
    Kind.PROVINCIAL_FEDERATION: "provincial_federation",
    Kind.SECTOR_UNION: "sector_union",
    Kind.CORPORATE_UNION: "corporate_union",
    Kind.INDUSTRIAL_ZONE_UNION: "upper_grassroots",
    Kind.COMMUNE_UNION: "upper_grassroots",
    Kind.UPPER_GRASSROOTS: "upper_grassroots",
    Kind.GRASSROOTS: "grassroots",
    Kind.SUB_UNIT: "grassroots",
    Kind.UNION_GROUP: "grassroots",
}


class Status(models.TextChoices):
    ACTIVE = "active", "Đang hoạt động"
    MERGED = "merged", "Đã hợp nhất"
    DISSOLVED = "dissolved", "Đã giải thể"


def search_key(*parts: str) -> str:
    """Accent-folded, lower-case text the admin search matches ("cong doan" finds "Công đoàn")."""
    return fold(" ".join(p for p in parts if p)).lower()


CODE_TAKEN = "Mã đơn vị này đã tồn tại (không phân biệt chữ hoa, chữ thường)."


class OrganizationCodeField(models.CharField):
    """An organisation code, case-insensitive: stored and compared in ``normalise_code`` form,
    so ``filter(code="ldld-ha-noi")``, ``code__in``, saves, ``bulk_create`` and ``update``
    all see "LDLD-HA-NOI"."""

    def to_python(self, value):
        value = super().to_python(value)
        return normalise_code(value) if isinstance(value, str) else value

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return normalise_code(value) if isinstance(value, str) else value

    def pre_save(self, model_instance, add):
        value = getattr(model_instance, self.attname)
        if isinstance(value, str):
            value = normalise_code(value)
            setattr(model_instance, self.attname, value)
        return value


class Organization(MP_Node):
    steplen = 4  # 36**4 = 1.68 million children per parent; depth * 4 <= 255 characters
    node_order_by: list[str] = []  # always append; display order is ``sort_order``

    code = OrganizationCodeField(
        "mã đơn vị", max_length=32, unique=True, error_messages={"unique": CODE_TAKEN}
    )
    name = models.CharField("tên đầy đủ", max_length=255)
    short_name = models.CharField("tên viết tắt", max_length=128, blank=True)
    level = models.PositiveSmallIntegerField("cấp", choices=Level.choices)
    kind = models.CharField("loại đơn vị", max_length=32, choices=Kind.choices)
    status = models.CharField(
        "trạng thái", max_length=16, choices=Status.choices, default=Status.ACTIVE
    )
    member_count = models.PositiveIntegerField("số đoàn viên", default=0)
    sort_order = models.PositiveIntegerField("thứ tự", default=0)
    email = models.EmailField("email", blank=True)
    phone = models.CharField("điện thoại", max_length=64, blank=True)
    address = models.CharField("địa chỉ", max_length=255, blank=True)
    website = models.URLField("trang web", blank=True)
    valid_from = models.DateField("hiệu lực từ", null=True, blank=True)
    valid_to = models.DateField("hiệu lực đến", null=True, blank=True)
    search_text = models.CharField(max_length=512, blank=True, editable=False)

    tenant = models.OneToOneField(
        "tenants.Tenant",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="organization",
        verbose_name="trang riêng (tenant)",
    )
    # Hosted microsite: the root page (id in the host tenant's schema) of its page subtree.
    microsite_host = models.ForeignKey(
        "tenants.Tenant",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="hosted_organizations",
        verbose_name="đơn vị lưu trữ trang",
    )
    microsite_page_id = models.PositiveIntegerField(
        "trang gốc của trang con", null=True, blank=True
    )
    successor = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="predecessors",
        verbose_name="đơn vị kế thừa",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "tổ chức công đoàn"
        verbose_name_plural = "tổ chức công đoàn"
        indexes = [
            models.Index(fields=["level", "status"], name="org_level_status"),
            models.Index(fields=["kind"], name="org_kind"),
            # The organisation picker's LIKE '%ha noi%' (hierarchy.picker; pg_trgm).
            GinIndex(fields=["search_text"], opclasses=["gin_trgm_ops"], name="org_search_trgm"),
            models.Index(
                fields=["level", "path"],
                condition=models.Q(status="active"),
                name="org_active_level_path",
            ),
        ]
        constraints = [
            # Codes are stored upper-case; this also holds for rows written by raw SQL.
            models.UniqueConstraint(
                Upper("code"),
                name="org_code_upper_unique",
                violation_error_message=CODE_TAKEN,
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        self.short_name = nfc(self.short_name).strip()
        self.code = normalise_code(self.code)
        self.search_text = search_key(self.name, self.short_name, self.code)
        super().save(*args, **kwargs)

    @property
    def is_active(self) -> bool:
        return self.status == Status.ACTIVE

    @property
    def parent_path(self) -> str:
        return self.path[: -self.steplen]

    def ancestors_and_self(self):
        """One query: ancestors from the root down, then this node."""
        paths = [self.path[:i] for i in range(self.steplen, len(self.path) + 1, self.steplen)]
        return Organization.objects.filter(path__in=paths).order_by("path")

    def subtree(self):
        """This node and all its descendants (one indexed prefix range)."""
        return Organization.objects.filter(path__startswith=self.path)

    def is_in_subtree_of(self, other: Organization) -> bool:
        return self.path.startswith(other.path)

    def hosting_tenant(self):
        """The tenant whose Wagtail holds this organisation's content: its own, or that of
        the nearest ancestor that is a tenant."""
        if self.tenant_id:
            return self.tenant
        if self.microsite_host_id:
            return self.microsite_host
        host = (
            self.ancestors_and_self()
            .filter(tenant__isnull=False)
            .select_related("tenant")
            .order_by("-path")
            .first()
        )
        return host.tenant if host else None


class EventAction(models.TextChoices):
    CREATE = "create", "Thành lập"
    IMPORT = "import", "Nhập dữ liệu"
    MOVE = "move", "Chuyển đơn vị cấp trên"
    MERGE = "merge", "Hợp nhất"
    SPLIT = "split", "Chia tách"
    DISSOLVE = "dissolve", "Giải thể"
    RENAME = "rename", "Đổi tên"
    PROVISION = "provision", "Tạo trang riêng"
    MICROSITE = "microsite", "Tạo trang con"
    PROMOTE = "promote", "Nâng trang con thành trang riêng"
    FOLD = "fold", "Gộp trang riêng vào đơn vị cấp trên"
    ROLE_GRANT = "role_grant", "Cấp vai trò"
    ROLE_REVOKE = "role_revoke", "Thu hồi vai trò"


class OrganizationEvent(models.Model):
    """One restructuring action, effective-dated, with what the tree looked like before and
    after (codes, names, parent codes) in ``payload``. Rows are never updated."""

    action = models.CharField("thao tác", max_length=16, choices=EventAction.choices)
    effective_date = models.DateField("ngày hiệu lực", default=timezone.localdate)
    recorded_at = models.DateTimeField("ghi nhận lúc", auto_now_add=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="người thực hiện",
    )
    organizations = models.ManyToManyField(
        Organization, related_name="events", verbose_name="đơn vị liên quan"
    )
    summary = models.CharField("tóm tắt", max_length=500)
    payload = models.JSONField("chi tiết", default=dict)

    class Meta:
        verbose_name = "lịch sử tổ chức"
        verbose_name_plural = "lịch sử tổ chức"
        ordering = ["-effective_date", "-recorded_at", "-id"]
        indexes = [models.Index(fields=["action", "effective_date"], name="orgevent_action_date")]

    def __str__(self):
        return f"{self.effective_date} {self.get_action_display()}: {self.summary}"


class OrgRole(models.Model):
    """An account's role on an organisation; it covers the organisation's subtree (see
    ``hierarchy.roles``)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="org_roles"
    )
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="roles")
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
        verbose_name = "vai trò trong tổ chức"
        verbose_name_plural = "vai trò trong tổ chức"
        constraints = [
            models.UniqueConstraint(fields=["user", "organization", "role"], name="uniq_org_role")
        ]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()} – {self.organization}"
