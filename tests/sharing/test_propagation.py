"""Re-publishing, unpublishing, deleting and retracting the source page reach every receiver
at once; corrections; every step audited."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context

from sharing.actions import CorrectShare, MarkShareSeen, RetractShare, SharePage
from sharing.models import AuditEntry, Share
from sharing.scope import ScopeSpec, inbound_q, receiver_for
from tests.factories import make_article
from tests.statements import statements


def shared_page(tenant, org_tree, title="Hướng dẫn tổ chức Tháng Công nhân 2026", **scope):
    with schema_context(tenant.schema_name):
        page = make_article(title, standfirst="Sa-pô ban đầu", body="<p>Câu một. Câu hai.</p>")
        share = SharePage(page, ScopeSpec(root=org_tree["a"], **scope), actor=None).execute()
    return page, share


def inbound(org):
    return set(Share.objects.filter(inbound_q(receiver_for(org))).values_list("pk", flat=True))


def test_snapshot_carries_what_frontends_need(org_tree, tenant_a):
    _, share = shared_page(tenant_a, org_tree)
    snap = share.snapshot
    assert snap["title"] == "Hướng dẫn tổ chức Tháng Công nhân 2026"
    assert snap["standfirst"] == "Sa-pô ban đầu"
    assert [(b["type"], b["value"]) for b in snap["body"]] == [
        ("paragraph", "<p>Câu một. Câu hai.</p>")
    ]
    assert snap["page_type"] == "cms.articlepage" and snap["revision_id"] == share.revision_id
    assert snap["url"].startswith("http") and snap["path"].endswith(
        "/huong-dan-to-chuc-thang-cong-nhan-2026/"
    )
    assert snap["text"]["body"] == "Câu một. Câu hai."
    assert share.source_org == org_tree["a"] and share.issuer == org_tree["a"]
    assert AuditEntry.objects.filter(share=share, action="share").count() == 1


def test_republishing_updates_the_single_row(org_tree, tenant_a):
    page, share = shared_page(tenant_a, org_tree)
    first_revision = share.revision_id
    with schema_context(tenant_a.schema_name):
        page.refresh_from_db()
        page.title = "Hướng dẫn tổ chức Tháng Công nhân 2026 (sửa đổi)"
        page.body = "<p>Câu một. Câu hai đã sửa.</p>"
        with statements() as sql:
            page.save_revision().publish()
    share.refresh_from_db()
    assert share.title.endswith("(sửa đổi)") and share.revision_id != first_revision
    assert share.snapshot["text"]["body"] == "Câu một. Câu hai đã sửa."
    assert AuditEntry.objects.filter(share=share, action="update").count() == 1
    # One UPDATE of the share row, whatever the number of receivers.
    assert len(sql.starting('UPDATE "sharing_share"')) == 1, sql


def test_unpublish_and_delete_retract_everywhere(org_tree, tenant_a):
    page, share = shared_page(tenant_a, org_tree)
    other_page, other = shared_page(tenant_a, org_tree, "Thông báo thứ hai")
    assert {share.pk, other.pk} <= inbound(org_tree["g1"])
    with schema_context(tenant_a.schema_name):
        page.specific.unpublish()
    share.refresh_from_db()
    assert share.status == "retracted" and share.retract_reason == "Bài gốc đã ngừng xuất bản."
    with schema_context(tenant_a.schema_name):
        from wagtail.models import Page

        Page.objects.get(pk=other_page.pk).delete()
    other.refresh_from_db()
    # Wagtail unpublishes a live page it deletes; either signal retracts the share.
    assert other.status == "retracted" and other.retracted_at is not None
    assert inbound(org_tree["g1"]).isdisjoint({share.pk, other.pk})
    assert inbound(org_tree["g3"]).isdisjoint({share.pk, other.pk})


def test_retract_is_one_update_and_audited(org_tree, tenant_a):
    _, share = shared_page(tenant_a, org_tree)
    with CaptureQueriesContext(connection) as ctx:
        RetractShare(share, actor=None, reason="Thay bằng văn bản mới").execute()
    writes = [q["sql"] for q in ctx.captured_queries if q["sql"].startswith(("UPDATE", "INSERT"))]
    assert len(writes) == 2, writes  # the share row and its audit entry
    entry = AuditEntry.objects.get(share=share, action="retract")
    assert entry.detail == {"reason": "Thay bằng văn bản mới"}


def test_correction_marks_the_item_updated_for_receivers(org_tree, tenant_a):
    from sharing.inbox import filtered

    _, share = shared_page(tenant_a, org_tree)
    g1 = receiver_for(org_tree["g1"])
    MarkShareSeen(share, org_tree["g1"], actor=None).execute()
    assert share.pk not in {s.pk for s in filtered(g1, "cap-nhat")}
    CorrectShare(share, "Thời gian đăng ký đến hết 30/4.", actor=None).execute()
    assert share.pk in {s.pk for s in filtered(g1, "cap-nhat")}
    assert AuditEntry.objects.filter(share=share, action="correct").exists()


def test_snapshot_reads_covers_and_stream_bodies_by_duck_typing(org_tree, tenant_a):
    """Page types may gain a cover image or a StreamField body: the snapshot follows."""
    from sharing.snapshot import build_snapshot, stream_text
    from tests.factories import make_image

    with schema_context(tenant_a.schema_name):
        page = make_article(
            "Bài có ảnh đại diện", body='<p>Xem <a href="/lien-he/">liên hệ</a></p>'
        )
        page.cover_image = make_image("Ảnh Tháng Công nhân")
        snap = build_snapshot(page)
    assert snap["cover_url"].startswith("http") and "fill-1200x630" in snap["cover_url"]
    assert snap["cover_alt"] == "Ảnh Tháng Công nhân"
    # Rich text inside the StreamField is expanded and its site-relative links made
    # absolute: receivers are on other hosts.
    paragraph = snap["body"][0]["value"]
    assert 'href="http://' in paragraph and 'href="/lien-he/"' not in paragraph
    raw = [
        {"type": "heading", "value": "Tiêu đề phụ", "id": "a"},
        {"type": "paragraph", "value": "<p>Đoạn <b>một</b>.</p>", "id": "b"},
        {"type": "quote", "value": {"text": "Trích dẫn", "author": "Ban Tuyên giáo"}, "id": "c"},
        {"type": "image", "value": 12, "id": "d"},
    ]
    assert stream_text(raw) == "Tiêu đề phụ\nĐoạn một.\nTrích dẫn\nBan Tuyên giáo"


def test_share_follows_its_page_when_the_microsite_is_promoted(org_tree, tenant_a):
    """Promoting a hosted microsite copies its pages into a new tenant: the share points at
    the copy, and re-publishing there still updates the one registry row."""
    from wagtail.models import Page

    from hierarchy.actions import CreateMicrosite, GrantRole, PromoteMicrosite
    from tests.factories import make_user

    g1 = org_tree["g1"]
    root_id = CreateMicrosite(g1).execute()
    with schema_context(tenant_a.schema_name):
        page = make_article(
            "Công đoàn cơ sở tổ chức Tết Sum vầy",
            parent=Page.objects.get(pk=root_id).specific,
            body="<p>Trao 120 suất quà.</p>",
        )
        share = SharePage(page, ScopeSpec(root=g1), actor=None).execute()
    admin = make_user()
    GrantRole(admin, org_tree["a"], "admin").execute()
    PromoteMicrosite(g1, schema_name="test_s_g1", domain="s-g1.test", actor=admin).execute()
    share.refresh_from_db()
    assert share.source_tenant.schema_name == "test_s_g1"
    with schema_context("test_s_g1"):
        from cms.models import ArticlePage

        copy = ArticlePage.objects.get(title="Công đoàn cơ sở tổ chức Tết Sum vầy")
        assert share.source_page_id == copy.pk
        copy.title = "Công đoàn cơ sở tổ chức Tết Sum vầy 2026"
        copy.save_revision().publish()
    share.refresh_from_db()
    assert share.title.endswith("2026") and share.status == "active"
    assert AuditEntry.objects.filter(share=share, action="relocate").count() == 1


def test_every_sharing_action_announces_the_shares_it_touched(org_tree, tenant_a):
    """``share_changed`` is what caches and webhooks listen to: one signal per audited action,
    with the ids of the shares, sent inside the action (bulk paths included)."""
    from django.dispatch import receiver

    from sharing.signals import share_changed

    heard = []

    @receiver(share_changed, weak=False, dispatch_uid="test-heard")
    def hear(sender, action, share_ids, organization_id, actor, **kwargs):
        heard.append((action, share_ids, organization_id))

    try:
        page, share = shared_page(tenant_a, org_tree)
        CorrectShare(share, "Đính chính ngày họp.", actor=None).execute()
        MarkShareSeen(share, org_tree["g1"], actor=None).execute()
        with schema_context(tenant_a.schema_name):
            page.refresh_from_db()
            page.save_revision().publish()  # bulk path: RefreshSharesFromPage
            page.specific.unpublish()  # bulk path: RetractPageShares
    finally:
        share_changed.disconnect(dispatch_uid="test-heard")
    a, g1 = org_tree["a"].pk, org_tree["g1"].pk
    assert heard == [
        ("share", [share.pk], a),
        ("correct", [share.pk], a),
        ("seen", [share.pk], g1),
        ("update", [share.pk], None),
        ("retract", [share.pk], None),
    ]
