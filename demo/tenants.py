"""The demo union tenants (``data/tenants.json``) and the people and settings each one gets:
an editor and a moderator account, and the frontend preview address."""

from __future__ import annotations

import json
import os
from pathlib import Path

from django.contrib.auth import get_user_model
from django_tenants.utils import schema_context

from accounts.roles import Role
from hierarchy.actions import GrantRole
from tenants.models import TenantKind

DEMO_TENANTS = [
    {**spec, "kind": TenantKind(spec["kind"])}
    for spec in json.loads((Path(__file__).parent / "data" / "tenants.json").read_text("utf-8"))
]


def demo_password() -> str:
    return os.environ.get("DEMO_PASSWORD", "congdoan-demo-2026")


def frontend_preview_url(domain: str) -> str:
    """Where a tenant's frontend would serve previews during the demo (``DEMO_FRONTEND_PORT``,
    default 3000): ``http://<tenant host>:3000/xem-truoc``."""
    return f"http://{domain}:{os.environ.get('DEMO_FRONTEND_PORT', '3000')}/xem-truoc"


def demo_account(email: str, last_name: str, first_name: str, **defaults):
    """The account ``email``, created with the demo password if missing (an existing
    account's password and flags are left alone)."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        email=email, defaults={"last_name": last_name, "first_name": first_name, **defaults}
    )
    if created:
        user.set_password(demo_password())
        user.save()
    return user


def seed_tenant_people(tenant, domain: str) -> dict:
    """Give ``tenant`` its demo editor (``bientap@<domain>``) and moderator
    (``moderator@<domain>``: the group of both steps of the review workflow), and set the
    frontend preview address unless an editor already chose one. Idempotent."""
    from graphql_api.models import ApiSettings

    editor_email, moderator_email = f"bientap@{domain}", f"moderator@{domain}"
    GrantRole(demo_account(editor_email, "Biên tập", "viên"), tenant, Role.EDITOR).execute()
    GrantRole(demo_account(moderator_email, "Kiểm duyệt", "viên"), tenant, Role.MODERATOR).execute()
    with schema_context(tenant.schema_name):
        settings = ApiSettings.load()
        if not settings.frontend_preview_url:
            settings.frontend_preview_url = frontend_preview_url(domain)
            settings.save()
        preview = settings.frontend_preview_url
    return {"editor": editor_email, "moderator": moderator_email, "preview": preview}
