"""The demo organisation tree (called by the ``demo`` command)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction
from django_tenants.utils import schema_context

from accounts.roles import Role as OrgRoleName
from demo.tenants import demo_password
from hierarchy.actions import CreateMicrosite, GrantRole
from hierarchy.generator import NATIONAL_CODE, generate, province_code, sector_code
from hierarchy.importer import import_rows
from hierarchy.models import Level, Organization, Status

# Organisation code -> schema of the demo tenant that is that organisation (demo/tenants.py).
DEMO_TENANT_ORGS = {
    NATIONAL_CODE: "tld",
    sector_code("Công đoàn Công Thương Việt Nam"): "cd_congthuong",
    province_code("Hà Nội"): "ldld_hanoi",
    province_code("Hồ Chí Minh"): "ldld_hcm",
}
MICROSITE_HOST_SCHEMA = "ldld_hanoi"
MICROSITE_EDITOR_EMAIL = "bientap@cdcs-demo.localhost"
# Admin of the Hà Nội federation's subtree: sees and restructures only that branch.
PROVINCE_ADMIN_EMAIL = "quantri@hanoi.localhost"


def seed_demo_tree(*, verbosity: int = 1) -> dict:
    """Seed the small generated tree (about 500 organisations), link the demo tenants to
    their organisations, make ``quantri@hanoi.localhost`` admin of the Hà Nội branch, and
    give one grassroots union under Hà Nội a hosted microsite in ``ldld_hanoi`` whose editor
    (``bientap@cdcs-demo.localhost``) can edit only that microsite's pages. Passwords come
    from ``DEMO_PASSWORD`` (default "congdoan-demo-2026") and are set when an account is
    created.

    Idempotent: running it again changes nothing. Demo tenants that do not exist yet are
    skipped (and so are the admin and the microsite if ``ldld_hanoi`` is missing). Returns
    what it did.
    """
    from tenants.models import Tenant

    report = import_rows(generate("small"), source="demo")
    linked = []
    with transaction.atomic():
        for code, schema in DEMO_TENANT_ORGS.items():
            tenant = Tenant.objects.filter(schema_name=schema).first()
            if tenant is None:
                continue
            Organization.objects.filter(tenant=tenant).exclude(code=code).update(tenant=None)
            Organization.objects.filter(code=code).update(tenant=tenant)
            linked.append(schema)
    result = {
        "import": report.summary(),
        "organizations": Organization.objects.count(),
        "linked_tenants": linked,
        "province_admin": None,
        "microsite": None,
    }
    host = Tenant.objects.filter(schema_name=MICROSITE_HOST_SCHEMA).first()
    if host is not None:
        hanoi = Organization.objects.get(code=province_code("Hà Nội"))
        if hanoi.tenant_id == host.pk:
            GrantRole(
                _account(PROVINCE_ADMIN_EMAIL, "Quản trị"), hanoi, OrgRoleName.ADMIN
            ).execute()
            result["province_admin"] = {"email": PROVINCE_ADMIN_EMAIL, "code": hanoi.code}
        result["microsite"] = _seed_microsite(host, hanoi)
    if verbosity:
        print(f"Cây tổ chức: {result['import']} Tenant đã gắn: {', '.join(linked) or 'không'}.")
        if result["microsite"]:
            print(
                f"Trang con {result['microsite']['code']} tại {MICROSITE_HOST_SCHEMA}; "
                f"biên tập viên {MICROSITE_EDITOR_EMAIL}."
            )
    return result


def _account(email: str, last_name: str):
    User = get_user_model()
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            email=email, password=demo_password(), last_name=last_name, first_name="Demo"
        )
    return user


def _seed_microsite(host, hanoi: Organization) -> dict:
    org = (
        hanoi.subtree()
        .filter(level=Level.GRASSROOTS, status=Status.ACTIVE, tenant__isnull=True)
        .order_by("path")
        .first()
    )
    if not org.microsite_page_id:
        CreateMicrosite(org).execute()
        org.refresh_from_db()
    editor = _account(MICROSITE_EDITOR_EMAIL, "Biên tập")
    GrantRole(editor, org, OrgRoleName.EDITOR).execute()
    with schema_context(host.schema_name):
        from wagtail.models import Page, Site

        from cms.models import ArticlePage

        root = Page.objects.get(pk=org.microsite_page_id)
        if not root.get_children().exists():
            article = ArticlePage(
                title="Tổ chức chương trình Tết Sum vầy 2026 cho đoàn viên",
                standfirst=(
                    "Công đoàn cơ sở trao 120 suất quà Tết cho đoàn viên có hoàn cảnh khó khăn."
                ),
                body="<p>Chương trình do công đoàn cơ sở phối hợp với doanh nghiệp tổ chức.</p>",
            )
            root.add_child(instance=article)
            article.save_revision().publish()
        url = root.relative_url(Site.objects.get(is_default_site=True))
    return {
        "code": org.code,
        "name": org.name,
        "page_id": org.microsite_page_id,
        "url": url,
        "editor": MICROSITE_EDITOR_EMAIL,
    }
