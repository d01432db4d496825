"""Receivers: acknowledge, hide (refused for mandatory), pin, fork with upstream-changed
detection and a diff; acknowledgements and the compliance view; proposals up the tree."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django_tenants.utils import schema_context

from cms.streamfield import reference_free_blocks
from hierarchy.models import Level
from sharing.actions import (
    AcknowledgeShare,
    DecideProposal,
    ForkShare,
    HideShare,
    PinShare,
    ProposePage,
    RemindReceivers,
    RetractShare,
    SharePage,
    SyncFork,
    UnhideShare,
)
from sharing.compliance import compliance
from sharing.inbox import filtered, reminders_for, tab_counts, upstream_changed
from sharing.models import AuditEntry, Proposal, ProposalStep, Receipt, Share
from sharing.scope import ScopeSpec, reaches, receiver_for
from sharing.snapshot import diff, stream_text, text_of
from tests.factories import make_article
from tests.sharing.factories import editor_of, grassroots, make_share, microsite


def test_hide_is_refused_for_mandatory_items(org_tree):
    t = org_tree
    directive = make_share(t["tld"], mandatory=True)
    optional = make_share(t["tld"])
    with pytest.raises(ValidationError, match="Không thể ẩn chỉ đạo bắt buộc"):
        HideShare(directive, t["g1"], actor=None).execute()
    assert not Receipt.objects.filter(share=directive).exists()
    HideShare(optional, t["g1"], actor=None).execute()
    g1 = receiver_for(t["g1"])
    assert optional.pk not in {s.pk for s in filtered(g1, "")}
    assert optional.pk in {s.pk for s in filtered(g1, "da-an")}
    UnhideShare(optional, t["g1"], actor=None).execute()
    assert optional.pk in {s.pk for s in filtered(g1, "")}
    assert list(
        AuditEntry.objects.filter(share=optional).order_by("id").values_list("action", flat=True)
    ) == ["share", "hide", "unhide"]


def test_receiver_actions_need_a_role_and_a_share_that_reached_them(org_tree):
    t = org_tree
    share = make_share(t["tld"], t["ua1"])
    outsider = editor_of(t["g3"])
    with pytest.raises(ValidationError, match="không được chia sẻ tới"):
        PinShare(share, t["g3"], actor=outsider).execute()
    with pytest.raises(PermissionDenied, match="vai trò"):
        PinShare(share, t["g1"], actor=outsider).execute()
    PinShare(share, t["g1"], actor=editor_of(t["g1"])).execute()
    RetractShare(share, actor=None).execute()
    with pytest.raises(ValidationError, match="thu hồi"):
        AcknowledgeShare(share, t["g1"], actor=None).execute()


def test_inbox_tabs(org_tree):
    t = org_tree
    directive = make_share(t["tld"], mandatory=True)
    make_share(t["tld"])
    g1 = receiver_for(t["g1"])
    counts = tab_counts(g1)
    assert counts[""] == 2 and counts["moi"] == 2 and counts["cho-xac-nhan"] == 1
    AcknowledgeShare(directive, t["g1"], actor=None).execute()
    counts = tab_counts(g1)
    assert counts["moi"] == 1 and counts["cho-xac-nhan"] == 0


def test_fork_detects_upstream_changes_with_a_diff(org_tree, tenant_a):
    t = org_tree
    g1 = microsite(t["g1"])
    with schema_context(tenant_a.schema_name):
        source = make_article(
            "Hướng dẫn đóng đoàn phí 2026",
            standfirst="Mức đóng 1% tiền lương.",
            body="<p>Đoàn viên đóng 1% tiền lương. Hạn nộp ngày 15 hằng tháng.</p>",
        )
        share = SharePage(source, ScopeSpec(root=t["a"]), actor=None).execute()
        page = ForkShare(share, g1, actor=editor_of(g1)).execute()
        from wagtail.models import Page

        root = Page.objects.get(pk=g1.microsite_page_id)
        fork = Page.objects.get(pk=page.pk).specific
        assert fork.get_parent().pk == root.pk and not fork.live
        assert fork.title == "Hướng dẫn đóng đoàn phí 2026"
        assert fork.standfirst == "Mức đóng 1% tiền lương."
        assert "Hạn nộp ngày 15" in stream_text(fork.body.get_prep_value())
    receipt = Receipt.objects.get(share=share, organization=g1)
    assert receipt.fork_page_id == page.pk and receipt.fork_tenant == tenant_a
    assert not upstream_changed(receipt, share)
    with (
        pytest.raises(ValidationError, match="đã có bài riêng"),
        schema_context(tenant_a.schema_name),
    ):
        ForkShare(share, g1, actor=None).execute()
    # Upstream re-publishes with new text: the fork is told, with a diff.
    with schema_context(tenant_a.schema_name):
        source.refresh_from_db()
        source.body = "<p>Đoàn viên đóng 1% tiền lương. Hạn nộp ngày 10 hằng tháng.</p>"
        source.save_revision().publish()
    share.refresh_from_db()
    receipt.refresh_from_db()
    assert upstream_changed(receipt, share)
    (change,) = diff(receipt.fork_base, text_of(share.snapshot))
    assert change["label"] == "Nội dung"
    assert "-Hạn nộp ngày 15 hằng tháng." in change["lines"]
    assert "+Hạn nộp ngày 10 hằng tháng." in change["lines"]
    SyncFork(share, g1, actor=None).execute()
    receipt.refresh_from_db()
    assert not upstream_changed(receipt, share)
    # Forked items leave the feed (the local page stands in for them) and the inbox tab.
    assert share.pk in {s.pk for s in filtered(receiver_for(g1), "bai-rieng")}
    # Deleting the local page drops the link.
    with schema_context(tenant_a.schema_name):
        Page.objects.get(pk=page.pk).delete()
    receipt.refresh_from_db()
    assert receipt.fork_page_id is None
    assert list(
        AuditEntry.objects.filter(share=share).order_by("id").values_list("action", flat=True)
    ) == ["share", "fork", "update", "fork_sync", "fork_deleted"]


def test_fork_only_in_the_receivers_own_tenant(org_tree, tenant_b):
    share = make_share(org_tree["tld"])
    with schema_context(tenant_b.schema_name), pytest.raises(PermissionDenied, match="không đăng"):
        ForkShare(share, org_tree["a"], actor=None).execute()


def test_acknowledgements_and_compliance_by_level_and_subtree(org_tree):
    t = org_tree
    extra = [grassroots(t["ua2"], f"XG3{i}") for i in range(3)]
    directive = make_share(t["tld"], t["a"], mandatory=True)
    # In scope: A, UA1, UA2, G1, G2, G3 and the three new grassroots unions.
    report = compliance(directive)
    assert report.total.total == 9 and report.total.acknowledged == 0
    for org in (t["g1"], t["ua2"], extra[0]):
        AcknowledgeShare(directive, org, actor=None).execute()
    report = compliance(directive)
    assert (report.total.total, report.total.acknowledged) == (9, 3)
    by_level = {r.level: (r.total, r.acknowledged) for r in report.by_level}
    assert by_level == {
        Level.PROVINCIAL: (1, 0),
        Level.UPPER_GRASSROOTS: (2, 1),
        Level.GRASSROOTS: (6, 2),
    }
    by_subtree = {r.code: (r.total, r.acknowledged) for r in report.by_subtree}
    assert by_subtree == {"XPA": (1, 0), "XUA1": (3, 1), "XUA2": (5, 2)}
    assert report.by_subtree[0].is_node
    zone = compliance(directive, t["ua2"])
    assert {o.code for o in zone.laggards} == {"XG3", "XG31", "XG32"}
    assert {o.code for o in zone.acknowledged} == {"XUA2", "XG30"}
    with pytest.raises(ValidationError, match="không thuộc phạm vi"):
        compliance(directive, t["b"])


def test_reminders_reach_laggards_only(org_tree):
    t = org_tree
    directive = make_share(t["tld"], t["a"], mandatory=True)
    AcknowledgeShare(directive, t["g1"], actor=None).execute()
    RemindReceivers(
        directive, t["ua1"], actor=None, message="Đề nghị xác nhận trước 17h."
    ).execute()
    assert [r.share_id for r in reminders_for(receiver_for(t["g2"]))] == [directive.pk]
    assert reminders_for(receiver_for(t["g1"])) == []  # already acknowledged
    assert reminders_for(receiver_for(t["g3"])) == []  # other branch
    with pytest.raises(ValidationError, match="không thuộc phạm vi"):
        RemindReceivers(directive, t["b"], actor=None).execute()
    with pytest.raises(ValidationError, match="chỉ đạo bắt buộc"):
        RemindReceivers(make_share(t["tld"]), t["a"], actor=None).execute()
    assert AuditEntry.objects.filter(share=directive, action="remind").count() == 1


def test_proposal_approval_chain_up_the_tree(org_tree, tenant_a):
    t = org_tree
    g1 = microsite(t["g1"])
    editor_g1, editor_ua1, admin_a = editor_of(g1), editor_of(t["ua1"]), editor_of(t["a"], "admin")
    with schema_context(tenant_a.schema_name):
        from wagtail.models import Page

        root = Page.objects.get(pk=g1.microsite_page_id)
        story = make_article("Mô hình bữa cơm công đoàn tại May Việt Tiến", parent=root)
        with pytest.raises(PermissionDenied):
            ProposePage(story, actor=editor_of(t["g2"])).execute()
        proposal = ProposePage(
            story, actor=editor_g1, note="Mô hình hay, đề nghị nhân rộng"
        ).execute()
        with pytest.raises(ValidationError, match="đang chờ cấp trên duyệt"):
            ProposePage(story, actor=editor_g1).execute()
    assert proposal.current_org == t["ua1"] and proposal.proposer == g1
    with pytest.raises(PermissionDenied):
        DecideProposal(proposal, "approve", actor=editor_g1).execute()
    proposal, _ = DecideProposal(proposal, "forward", actor=editor_ua1, note="Đồng ý").execute()
    assert proposal.current_org == t["a"] and proposal.status == "pending"
    with pytest.raises(ValidationError, match="lý do từ chối"):
        DecideProposal(proposal, "reject", actor=admin_a).execute()
    proposal, share = DecideProposal(
        proposal,
        "approve",
        actor=admin_a,
        scope=ScopeSpec(root=t["a"], levels=[Level.GRASSROOTS]),
    ).execute()
    assert proposal.status == "approved"
    assert share.issuer == t["a"] and share.source_org == g1 and share.proposal == proposal
    # Approved and shared further: the other grassroots unions receive it, the proposer not.
    assert reaches(share, receiver_for(t["g2"])) and not reaches(share, receiver_for(g1))
    assert list(
        ProposalStep.objects.filter(proposal=proposal).values_list("action", "organization__code")
    ) == [("propose", "XG1"), ("forward", "XUA1"), ("approve", "XPA")]
    # A later re-publish of the story updates the share made from the proposal.
    with schema_context(tenant_a.schema_name):
        story.refresh_from_db()
        story.title = "Mô hình bữa cơm công đoàn (cập nhật)"
        story.save_revision().publish()
    assert Share.objects.get(pk=share.pk).title == "Mô hình bữa cơm công đoàn (cập nhật)"
    with pytest.raises(ValidationError, match="đã được xử lý"):
        DecideProposal(proposal, "approve", actor=admin_a).execute()
    assert Proposal.objects.get(pk=proposal.pk).steps.count() == 3
    assert set(AuditEntry.objects.filter(proposal=proposal).values_list("action", flat=True)) == {
        "propose",
        "forward",
        "approve",
    }


def test_rejection_is_logged_and_unpublishing_closes_pending_proposals(org_tree, tenant_a):
    t = org_tree
    g1 = microsite(t["g1"])
    with schema_context(tenant_a.schema_name):
        from wagtail.models import Page

        root = Page.objects.get(pk=g1.microsite_page_id)
        one = make_article("Đề xuất một", parent=root)
        two = make_article("Đề xuất hai", parent=root)
        first = ProposePage(one, actor=None).execute()
        second = ProposePage(two, actor=None).execute()
    first, _ = DecideProposal(first, "reject", actor=None, note="Trùng nội dung đã đăng").execute()
    assert first.status == "rejected"
    assert first.steps.last().note == "Trùng nội dung đã đăng"
    with schema_context(tenant_a.schema_name):
        two.specific.unpublish()
    second.refresh_from_db()
    assert second.status == "rejected" and second.steps.last().note == "Bài gốc đã ngừng xuất bản."


def test_fork_keeps_only_blocks_without_references_into_the_source_tenant():
    """Forks keep the blocks the receiver's body defines that choose no page, image,
    document or snippet (those ids belong to the source tenant)."""
    from cms.models import ArticlePage

    field = ArticlePage._meta.get_field("body")
    raw = [
        {"type": "heading", "value": {"text": "Tiêu đề phụ", "level": "h2"}},
        {"type": "image", "value": {"image": 12, "caption": "Ảnh", "credit": "", "alt": ""}},
        {"type": "paragraph", "value": "<p>Đoạn một.</p>"},
        {"type": "quote", "value": {"text": "Trích dẫn", "attribution": "Ban Tuyên giáo"}},
        {"type": "call_to_action", "value": {"text": "Xem", "page": 7, "url": ""}},
        {"type": "khong_co", "value": "?"},
    ]
    assert [b["type"] for b in reference_free_blocks(raw, field.stream_block)] == [
        "heading",
        "paragraph",
        "quote",
    ]
    assert reference_free_blocks("<p>HTML</p>", field.stream_block) == [
        {"type": "paragraph", "value": "<p>HTML</p>"}
    ]


def test_own_feed_items_get_cover_renditions(org_tree, tenant_a):
    from graphql_api.content.visibility import Visibility
    from sharing.feed import Feed, site_root
    from tests.factories import make_image

    with schema_context(tenant_a.schema_name):
        image = make_image("Ảnh bìa")
        feed = Feed(receiver_for(org_tree["a"]), Visibility(), site_root())
        covers = feed._covers({1: {"cover_image": image.pk}, 2: {"image": "không phải id"}})
    assert list(covers) == [image.pk] and "fill-1200x630" in covers[image.pk]
