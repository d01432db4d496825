"""Factories of the sharing tests.

``org_tree`` (tests/sharing/conftest.py): TLD → A (tenant test_a), B (tenant test_b), S;
A → UA1 (commune union) → G1, G2; A → UA2 (industrial-zone union) → G3; B → UB1 → G4.
"""

import itertools
import json

from django.utils import timezone
from django_tenants.utils import schema_context

from hierarchy.actions import GrantRole
from hierarchy.models import Kind, Organization
from sharing.actions import IssueShare
from sharing.scope import ScopeSpec
from tests.factories import make_article, make_user

_seq = itertools.count(1)


def snapshot(title=None, **extra):
    n = next(_seq)
    title = title or f"Thông báo số {n}/TB-TLĐ"
    data = {
        "title": title,
        "standfirst": f"Sa-pô của {title}",
        "url": f"https://tld.test/thong-bao-{n}/",
        "path": f"/thong-bao-{n}/",
        "date": timezone.now().isoformat(),
        "cover_url": None,
        "body": f"<p>Nội dung {title}.</p>",
        "page_type": "cms.articlepage",
        "revision_id": n,
        "text": {"title": title, "standfirst": f"Sa-pô của {title}", "body": f"Nội dung {title}."},
    }
    data.update(extra)
    return data


def make_share(
    issuer,
    root=None,
    *,
    tenant=None,
    page_id=None,
    mandatory=False,
    expires_at=None,
    levels=(),
    kinds=(),
    under_kinds=(),
    include=(),
    exclude=(),
    title=None,
):
    """A share issued by ``issuer`` with a synthetic snapshot (no page needed)."""
    from tenants.models import Tenant

    snap = snapshot(title)
    return IssueShare(
        issuer=issuer,
        source_org=issuer,
        source_tenant=tenant or Tenant.objects.get(schema_name="test_a"),
        source_page_id=page_id or 900_000 + next(_seq),
        snapshot=snap,
        scope=ScopeSpec(
            root=root or issuer,
            levels=list(levels),
            kinds=list(kinds),
            under_kinds=list(under_kinds),
            include=list(include),
            exclude=list(exclude),
        ),
        mandatory=mandatory,
        expires_at=expires_at,
        actor=None,
    ).execute()


def editor_of(org, role="editor"):
    user = make_user()
    GrantRole(user, org, role).execute()
    return user


def article_in(tenant, title, parent=None, **fields):
    with schema_context(tenant.schema_name):
        return make_article(title, parent=parent, **fields)


def microsite(org):
    """Give ``org`` a hosted microsite in its nearest ancestor tenant."""
    from hierarchy.actions import CreateMicrosite

    CreateMicrosite(org).execute()
    return Organization.objects.get(pk=org.pk)


def gql(client, query, variables=None, expect_errors=False):
    response = client.post(
        "/graphql/",
        json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
    )
    body = response.json()
    if not expect_errors:
        assert "errors" not in body, body
    return body


def grassroots(parent, code, name=None, kind=Kind.GRASSROOTS):
    from tests.hierarchy.factories import make_org

    return make_org(parent, kind, name or f"Công đoàn cơ sở {code}", code)
