"""Merging: content ownership and old URLs across tenants and microsites, constant SQL cost,
the restructuring signal; split handing content to its successor."""

import pytest
from django.core.cache import cache
from django.test import Client
from django_tenants.utils import schema_context

from hierarchy.actions import CreateMicrosite, GrantRole, MergeOrganizations, SplitOrganization
from hierarchy.actions.split import SplitPart
from hierarchy.importer import import_rows
from hierarchy.models import EventAction, Organization, OrganizationEvent, OrgRole, Status
from hierarchy.signals import organization_restructured
from tenants.models import Domain, Tenant, TenantRole
from tests.factories import make_article, make_image, make_user
from tests.statements import statements


@pytest.fixture
def fresh_domain_cache():
    """Host lookups are cached; what a test moves between tenants is rolled back after it."""
    cache.clear()
    yield
    cache.clear()


def _groups(user, schema):
    from django.contrib.auth.models import Group

    with schema_context(schema):
        return set(Group.objects.filter(user=user).values_list("name", flat=True))


def test_merging_two_tenants_folds_the_second_and_keeps_its_urls(
    org_tree, tenant_a, tenant_b, fresh_domain_cache
):
    from wagtail.models import Page, Site

    admin_b = make_user()
    GrantRole(admin_b, org_tree["b"], "admin").execute()
    with schema_context("test_b"):
        article = make_article("Tin cũ của tỉnh B", body="<p>Nội dung tỉnh B</p>")
        old_path = article.relative_url(article.get_site())
    assert Client(HTTP_HOST="b.test").get(old_path).status_code == 200
    merged = MergeOrganizations(
        [org_tree["a"], org_tree["b"]], code="XPAB", name="Liên đoàn Lao động tỉnh A-B"
    ).execute()
    tenant_b.refresh_from_db()
    assert merged.tenant == tenant_a and not tenant_b.is_active
    assert Organization.objects.get(code="XPB").tenant is None
    assert Domain.objects.get(domain="b.test").tenant == tenant_a
    assert Tenant.objects.get(pk=tenant_a.pk).name == "Liên đoàn Lao động tỉnh A-B"
    folded = OrganizationEvent.objects.get(action=EventAction.MERGE).payload["tenants_folded"]
    with schema_context("test_a"):
        archive = Page.objects.get(pk=folded[0]["page_id"])
        assert archive.get_children().filter(title="Tin cũ của tỉnh B").exists()
        assert Site.objects.get(hostname="b.test").root_page_id == archive.pk
    response = Client(HTTP_HOST="b.test").get(old_path)
    assert response.status_code == 200 and "Nội dung tỉnh B" in response.content.decode()
    # B's admin now administers the merged federation's tenant, and nothing of test_b.
    assert TenantRole.objects.filter(user=admin_b, tenant=tenant_a, role="admin").exists()
    assert not TenantRole.objects.filter(tenant=tenant_b).exists()
    assert _groups(admin_b, "test_a") == {"Quản trị viên"}


def test_merge_gathers_a_microsite_from_another_tenant_with_redirects(
    org_tree, tenant_a, tenant_b, fresh_domain_cache
):
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.images.models import Image
    from wagtail.models import Page

    from cms.models import ArticlePage

    p1 = CreateMicrosite(org_tree["g1"]).execute()
    p4 = CreateMicrosite(org_tree["g4"]).execute()
    editor4 = make_user()
    GrantRole(editor4, org_tree["g4"], "editor").execute()
    with schema_context("test_b"):
        image = make_image("Ảnh bệnh viện")
        article = make_article(
            "Khám sức khỏe cho đoàn viên",
            parent=Page.objects.get(pk=p4).specific,
            body=f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="x"/>',
        )
        old_path = article.relative_url(article.get_site())
    merged = MergeOrganizations(
        [org_tree["g1"], org_tree["g4"]], code="XG14", name="Công đoàn cơ sở liên kết"
    ).execute()
    assert (merged.microsite_host, merged.microsite_page_id) == (tenant_a, p1)
    assert merged.get_parent().code == "XUA1"
    for code in ("XG1", "XG4"):
        source = Organization.objects.get(code=code)
        assert source.status == Status.MERGED and source.microsite_page_id is None
    with schema_context("test_a"):
        copied = ArticlePage.objects.get(title="Khám sức khỏe cho đoàn viên")
        assert copied.get_parent().pk == p1 and copied.live
        assert f'id="{Image.objects.get(title="Ảnh bệnh viện").pk}"' in copied.body[0].value.source
        new_path = copied.relative_url(copied.get_site())
    with schema_context("test_b"):
        assert not Page.objects.filter(pk=p4).exists()
        redirect = Redirect.objects.get(old_path=Redirect.normalise_path(old_path))
        assert redirect.redirect_link == f"http://a.test{new_path}"
    response = Client(HTTP_HOST="b.test").get(old_path)
    assert response.status_code in (301, 302) and response["Location"] == f"http://a.test{new_path}"
    assert _groups(editor4, "test_b") == set()
    assert _groups(editor4, "test_a") == {"Biên tập viên – XG14"}


def _union_rows(code, grassroots, sub_units):
    rows = [
        {
            "code": code,
            "parent_code": "XPB",
            "name": f"Công đoàn phường {code}",
            "level": 3,
            "kind": "commune_union",
        }
    ]
    for i in range(grassroots):
        g = f"{code}-G{i}"
        rows.append(
            {
                "code": g,
                "parent_code": code,
                "name": f"Công đoàn cơ sở {g}",
                "level": 4,
                "kind": "grassroots",
                "member_count": 10,
            }
        )
        if i < sub_units:
            rows.append(
                {
                    "code": f"{g}-T",
                    "parent_code": g,
                    "name": f"Tổ công đoàn {g}",
                    "level": 5,
                    "kind": "union_group",
                }
            )
    return rows


def test_merge_statements_do_not_grow_with_the_organisations_moved(org_tree):
    rows = []
    for code, size in (("S1", 1), ("S2", 1), ("L1", 60), ("L2", 45)):
        rows += _union_rows(code, size, sub_units=size // 2)
    import_rows(rows)
    counts = {}
    for label, codes in (("small", ("S1", "S2")), ("large", ("L1", "L2"))):
        sources = list(Organization.objects.filter(code__in=codes).order_by("code"))
        for source in sources:
            GrantRole(make_user(), source, "editor").execute()
        with statements() as sql:
            merged = MergeOrganizations(
                sources, code=f"M-{label}", name=f"Hợp nhất {label}"
            ).execute()
        counts[label] = (len(sql), merged.subtree().count() - 1)
    assert counts["small"][1] == 2 and counts["large"][1] == 60 + 45 + 30 + 22
    assert counts["small"][0] == counts["large"][0], counts
    assert Organization.find_problems() == ([], [], [], [], [])


def test_restructuring_signal_names_successors_and_a_failing_receiver_undoes_it(org_tree):
    received = []

    def record(sender, action, event, successors, **kwargs):
        received.append((action, event.pk, successors))

    organization_restructured.connect(record)
    try:
        merged = MergeOrganizations(
            [org_tree["ua1"], org_tree["ua2"]],
            code="XU12",
            name="Công đoàn hợp nhất",
            kind="commune_union",
        ).execute()
    finally:
        organization_restructured.disconnect(record)
    assert received == [
        (
            EventAction.MERGE,
            OrganizationEvent.objects.get(action=EventAction.MERGE).pk,
            {org_tree["ua1"].pk: [merged.pk], org_tree["ua2"].pk: [merged.pk]},
        )
    ]

    def refuse(sender, **kwargs):
        raise RuntimeError("sổ đăng ký chia sẻ không cập nhật được")

    before = list(Organization.objects.order_by("path").values_list("code", "path", "status"))
    organization_restructured.connect(refuse)
    try:
        with pytest.raises(RuntimeError):
            MergeOrganizations(
                [org_tree["a"], org_tree["b"]], code="XPAB", name="Liên đoàn Lao động tỉnh A-B"
            ).execute()
    finally:
        organization_restructured.disconnect(refuse)
    assert list(Organization.objects.order_by("path").values_list("code", "path", "status")) == (
        before
    )
    assert not Organization.objects.filter(code="XPAB").exists()


def test_split_hands_the_tenant_and_the_roles_to_its_parts(org_tree, tenant_a):
    admin = make_user()
    GrantRole(admin, org_tree["a"], "admin").execute()
    first, second = SplitOrganization(
        org_tree["a"],
        [
            SplitPart("XPA1", "Liên đoàn Lao động tỉnh A1", children=["XUA1"]),
            SplitPart("XPA2", "Liên đoàn Lao động tỉnh A2", children=["XUA2"]),
        ],
    ).execute()
    a = Organization.objects.get(code="XPA")
    assert a.status == Status.DISSOLVED and a.tenant is None and a.successor == first
    assert first.tenant == tenant_a and second.tenant is None
    assert Tenant.objects.get(pk=tenant_a.pk).name == "Liên đoàn Lao động tỉnh A1"
    assert set(OrgRole.objects.filter(user=admin).values_list("organization__code", flat=True)) == {
        "XPA1",
        "XPA2",
    }
    assert TenantRole.objects.filter(user=admin, tenant=tenant_a, role="admin").exists()
    assert _groups(admin, "test_a") == {"Quản trị viên"}


def test_split_hands_a_microsite_to_the_first_part(org_tree, tenant_a):
    page_id = CreateMicrosite(org_tree["ua1"]).execute()
    editor = make_user()
    GrantRole(editor, org_tree["ua1"], "editor").execute()
    first, _ = SplitOrganization(
        org_tree["ua1"],
        [
            SplitPart("XS1", "Công đoàn phường Hoàn Kiếm Bắc", children=["XG1", "XG2"]),
            SplitPart("XS2", "Công đoàn phường Hoàn Kiếm Nam"),
        ],
    ).execute()
    assert (first.microsite_host, first.microsite_page_id) == (tenant_a, page_id)
    assert _groups(editor, "test_a") == {"Biên tập viên – XS1"}
