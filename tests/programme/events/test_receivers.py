"""Every receiver against real publishes, shares, proposals, acknowledgements and hides."""

import datetime

import pytest
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from django_tenants.utils import schema_context
from wagtail.models import Page

from cms.models import CampaignPage, SectionPage
from hierarchy.models import Level
from programme.models import EventKind, PublicationEvent
from sharing.actions import (
    AcknowledgeShare,
    DecideProposal,
    HideShare,
    ProposePage,
    RetractShare,
    UnhideShare,
)
from sharing.models import Share
from sharing.scope import ScopeSpec
from tests.factories import home_page, make_article
from tests.programme.events.helpers import own, settle, sub
from tests.sharing.factories import editor_of, make_share, microsite
from tests.statements import statements

pytestmark = pytest.mark.django_db


def events(**filters):
    return list(
        PublicationEvent.objects.filter(**filters)
        .order_by("pk")
        .values_list("kind", "organization__code", "product")
    )


def test_first_publication_of_content_pages_only(org_tree, tenant_a):
    t = org_tree
    g1 = microsite(t["g1"])
    PublicationEvent.objects.all().delete()
    with schema_context(tenant_a.schema_name):
        article = make_article("Hội nghị người lao động năm 2026")
        article.title = "Hội nghị người lao động năm 2026 (cập nhật)"
        article.save_revision().publish()  # a re-publication: not a new product
        campaign = CampaignPage(
            title="Tết Sum vầy 2026",
            kind="tet_sum_vay",
            start_date=datetime.date(2026, 1, 5),
            end_date=datetime.date(2026, 2, 20),
        )
        home_page().add_child(instance=campaign)
        campaign.save_revision().publish()
        section = SectionPage(title="Tin hoạt động")
        home_page().add_child(instance=section)
        section.save_revision().publish()  # navigation: not counted
        make_article("Bản nháp", publish=False)  # not published: nothing
        root = Page.objects.get(pk=g1.microsite_page_id)
        make_article("Bữa cơm công đoàn tại May Việt Tiến", parent=root)  # G1's microsite
    assert events() == [
        (EventKind.PAGE_PUBLISHED, "XPA", "articlepage"),
        (EventKind.CAMPAIGN_PUBLISHED, "XPA", "campaignpage"),
        (EventKind.PAGE_PUBLISHED, "XG1", "articlepage"),
    ]
    event = PublicationEvent.objects.get(kind=EventKind.CAMPAIGN_PUBLISHED)
    assert event.tenant_id == tenant_a.pk and event.page_id == campaign.pk
    assert event.org_path == t["a"].path
    settle()
    assert own(t["a"], "published", "campaigns", "products_digital") == {
        "published": 2,
        "campaigns": 1,
        "products_digital": 2,
    }
    assert sub(t["a"], "published") == {"published": 3}
    assert sub(t["ua1"], "published") == {"published": 1}


def test_a_tenant_without_organisation_is_skipped(tenant_a):
    with schema_context(tenant_a.schema_name):
        make_article("Trang của đơn vị chưa gắn cây tổ chức")
    assert not PublicationEvent.objects.exists()


def test_a_failing_receiver_never_undoes_the_publish(org_tree, tenant_a, monkeypatch):
    from programme import publication

    # A real database error inside the publish's transaction (the table does not exist).
    monkeypatch.setattr(
        publication, "OWNER_SQL", publication.OWNER_SQL.replace(publication.ORG, "khong_co")
    )
    with schema_context(tenant_a.schema_name):
        article = make_article("Vẫn được đăng")
        assert Page.objects.get(pk=article.pk).live
    assert not PublicationEvent.objects.exists()


def test_shares_directives_acknowledgements_and_hides(org_tree):
    t = org_tree
    a = t["a"]
    directive = make_share(a, mandatory=True)  # reaches UA1, UA2, G1, G2, G3
    optional = make_share(a, levels=[Level.GRASSROOTS])  # reaches G1, G2, G3
    assert events() == [
        (EventKind.SHARED_DOWN, "XPA", ""),
        (EventKind.SHARED_DOWN, "XPA", ""),
    ]
    settle()
    assert own(a, "shared_down") == {"shared_down": 2}
    assert own(t["g1"], "received", "directives_due") == {"received": 2, "directives_due": 1}
    assert own(t["ua1"], "received", "directives_due") == {"received": 1, "directives_due": 1}
    assert own(a, "received") == {"received": 0}  # the issuer does not receive its share
    assert sub(t["tld"], "received", "directives_due") == {"received": 8, "directives_due": 5}
    assert sub(t["b"], "received") == {"received": 0}

    # Acknowledgements: on time, twice (counted once), late.
    AcknowledgeShare(directive, t["g1"], actor=None).execute()
    AcknowledgeShare(directive, t["g1"], actor=None).execute()
    Share.objects.filter(pk=directive.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=8)
    )
    AcknowledgeShare(directive, t["g2"], actor=None).execute()
    AcknowledgeShare(optional, t["g3"], actor=None).execute()  # not a directive: not counted
    settle()
    acks = PublicationEvent.objects.filter(kind=EventKind.DIRECTIVE_ACKNOWLEDGED)
    assert sorted(acks.values_list("organization__code", "on_time")) == [
        ("XG1", True),
        ("XG2", False),
    ]
    assert sub(a, "directives_acknowledged", "directives_on_time", "directives_due") == {
        "directives_acknowledged": 2,
        "directives_on_time": 1,
        "directives_due": 5,
    }
    with override_settings(PROGRAMME_DIRECTIVE_DAYS=10):
        AcknowledgeShare(directive, t["g3"], actor=None).execute()
    settle()
    assert sub(a, "directives_on_time") == {"directives_on_time": 2}

    # Hiding: carried = received - received_hidden; repeated hides count once.
    HideShare(optional, t["g3"], actor=None).execute()
    HideShare(optional, t["g3"], actor=None).execute()
    assert own(t["g3"], "received", "received_hidden") == {"received": 2, "received_hidden": 1}
    UnhideShare(optional, t["g3"], actor=None).execute()
    UnhideShare(optional, t["g3"], actor=None).execute()
    assert own(t["g3"], "received_hidden") == {"received_hidden": 0}
    HideShare(optional, t["g3"], actor=None).execute()
    HideShare(optional, t["g2"], actor=None).execute()
    got = sub(a, "received", "received_hidden")
    assert got["received"] - got["received_hidden"] == 8 - 2

    # Retraction withdraws nothing: the item was received and the directive was due.
    RetractShare(directive, actor=None).execute()
    settle()
    assert sub(t["tld"], "received", "directives_due") == {"received": 8, "directives_due": 5}


def test_reach_is_counted_in_the_shares_transaction(org_tree):
    """The reach job is deferred in the share's transaction: a rolled-back share leaves no
    job and no figure."""

    with pytest.raises(RuntimeError), transaction.atomic():
        make_share(org_tree["a"], mandatory=True)
        raise RuntimeError("hủy")
    settle()
    assert sub(org_tree["tld"], "received") == {"received": 0}
    assert not PublicationEvent.objects.exists()


def test_proposals_sent_up_and_carried(org_tree, tenant_a):
    t = org_tree
    g1 = microsite(t["g1"])
    with schema_context(tenant_a.schema_name):
        root = Page.objects.get(pk=g1.microsite_page_id)
        story = make_article("Mô hình bữa cơm công đoàn", parent=root)
        other = make_article("Chuyện người thợ may", parent=root)
        proposal = ProposePage(story, actor=editor_of(g1)).execute()
        rejected = ProposePage(other, actor=editor_of(g1)).execute()
    DecideProposal(proposal, "forward", actor=None).execute()
    DecideProposal(rejected, "reject", actor=None, note="Chưa phù hợp").execute()
    DecideProposal(
        proposal, "approve", actor=None, scope=ScopeSpec(root=t["a"], levels=[Level.GRASSROOTS])
    ).execute()
    settle()
    kinds = events(kind__in=[EventKind.SENT_UP, EventKind.CARRIED_UP, EventKind.SHARED_DOWN])
    assert kinds == [
        (EventKind.SENT_UP, "XG1", "proposal"),
        (EventKind.SENT_UP, "XG1", "proposal"),
        (EventKind.CARRIED_UP, "XG1", "proposal"),
        (EventKind.SHARED_DOWN, "XPA", ""),
    ]
    assert own(g1, "sent_up", "carried_up", "published") == {
        "sent_up": 2,
        "carried_up": 1,
        "published": 2,
    }
    assert sub(t["ua1"], "sent_up", "carried_up") == {"sent_up": 2, "carried_up": 1}
    # The approved item shared down to the grassroots unions except its proposer.
    assert own(t["g2"], "received") == {"received": 1}
    assert own(g1, "received") == {"received": 0}


def baseline(tenant):
    """The statements of a first publication with the programme's receiver disconnected."""
    from wagtail.signals import page_published

    from programme.publication import on_page_published

    page_published.disconnect(dispatch_uid="programme_published")
    try:
        with schema_context(tenant.schema_name):
            revision = make_article("Tin đối chứng", publish=False).save_revision()
            with statements() as sql:
                revision.publish()
    finally:
        page_published.connect(on_page_published, dispatch_uid="programme_published")
    return sql


def test_a_first_publication_adds_one_insert(org_tree, tenant_a):
    """What the receiver adds to a publish run inside a transaction: one INSERT..SELECT
    (the attribution included) in a savepoint; the fold waits for the commit. (Outside a
    transaction, Wagtail's usual case, it is one prepared statement that also folds:
    measured by bench/bench_programme.py.)"""
    baseline(tenant_a)  # warms the caches both publications use
    before = baseline(tenant_a)
    with schema_context(tenant_a.schema_name):
        page = make_article("Tin mới", publish=False)
        revision = page.save_revision()
        with statements() as sql:
            revision.publish()
    programme = sql.mentioning("programme_")
    # Inside a transaction (as here): the INSERT in a savepoint; the fold after commit.
    assert len(sql) == len(before) + 3, [q[:60] for q in sql if q not in before][:5]
    assert len(programme) == 1 and "INSERT INTO programme_publicationevent" in programme[0]
    assert (
        len(sql.starting("SAVEPOINT", "RELEASE SAVEPOINT"))
        == len(before.starting("SAVEPOINT", "RELEASE SAVEPOINT")) + 2
    )
    assert not sql.mentioning("programme_orgmonth")
    assert PublicationEvent.objects.get().organization_id == org_tree["a"].pk


def test_the_reach_job_is_set_based(org_tree):
    """The same statements whether a share reaches one organisation or the whole tree."""
    from programme.reach_jobs import count_reach

    t = org_tree
    wide = make_share(t["tld"], mandatory=True)
    narrow = make_share(t["ua2"], mandatory=True)
    counts = []
    for share in (wide, narrow):
        with statements() as sql:
            reached = count_reach(share.pk)
        counts.append((reached, len(sql), len(sql.mentioning("INSERT INTO programme_"))))
    assert counts == [(10, counts[0][1], 2), (1, counts[0][1], 2)], counts


def test_outside_a_transaction_the_event_is_recorded_and_folded_in_one_statement(
    org_tree, tenant_a
):
    """Wagtail's usual case: ``page_published`` after its writes, no transaction open. The
    test runs in one, so the connection is told otherwise for the receiver's call only: the
    very statement of the autocommit path runs (inside the test's transaction)."""
    from django.db import connection

    from programme.publication import on_page_published

    g1 = microsite(org_tree["g1"])
    with schema_context(tenant_a.schema_name):
        root = Page.objects.get(pk=g1.microsite_page_id)
        page = make_article("Tin của công đoàn cơ sở", parent=root, publish=False)
        page.save_revision().publish()
        PublicationEvent.objects.all().delete()  # the in-transaction path's event
        page.refresh_from_db()
        connection.in_atomic_block = False
        try:
            on_page_published(type(page), page)
        finally:
            connection.in_atomic_block = True
    event = PublicationEvent.objects.get()
    assert (event.organization_id, event.folded, event.page_id) == (g1.pk, True, page.pk)
    assert own(g1, "published", "products_total") == {"published": 1, "products_total": 1}
    assert sub(org_tree["tld"], "published") == {"published": 1}
    assert not PublicationEvent.objects.filter(folded=False).exists()
