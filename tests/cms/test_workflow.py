"""Moderation "Biên tập → Duyệt", page locking, scheduling and revisions, per tenant."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tenants.utils import schema_context

import jobs
from tenants.models import Role
from tests.cms.helpers import page_form, rich_text, streamfield, user_with_role
from tests.factories import home_page, make_article


@pytest.fixture
def people_a(tenant_a):
    return {
        "editor": user_with_role(tenant_a, Role.EDITOR),
        "editor2": user_with_role(tenant_a, Role.EDITOR),
        "moderator": user_with_role(tenant_a, Role.MODERATOR),
        "admin": user_with_role(tenant_a, Role.ADMIN),
    }


def _article_form(title, **extra):
    # An article needs a body to be submitted or published (cms.models.base.VietnamesePageForm).
    body = streamfield([("paragraph", rich_text("<p>Nội dung bài viết.</p>"))])
    return page_form(title, standfirst="Sa-pô", body=body, **extra)


def _fresh(user, schema):
    """The account as seen in ``schema`` (its groups live in each tenant's schema)."""
    from django.contrib.auth import get_user_model

    with schema_context(schema):
        return get_user_model().objects.get(pk=user.pk)


def test_every_tenant_has_the_two_step_workflow_on_its_whole_tree(tenant_a, tenant_b):
    from wagtail.models import Page, Workflow

    for tenant in (tenant_a, tenant_b):
        with schema_context(tenant.schema_name):
            workflow = Workflow.objects.get(active=True)
            assert workflow.name == "Biên tập → Duyệt"
            steps = [
                (t.name, sorted(t.specific.groups.values_list("name", flat=True)))
                for t in workflow.tasks.all()
            ]
            assert steps == [
                ("Biên tập", ["Kiểm duyệt viên"]),
                ("Duyệt", ["Kiểm duyệt viên", "Quản trị viên"]),
            ]
            assert Workflow.objects.count() == 1
            assert home_page().get_workflow() == workflow
            assert Page.get_first_root_node().get_workflow() == workflow


def test_editor_submits_moderator_reviews_admin_approves(tenant_a, tenant_b, people_a, client_for):
    from wagtail.models import WorkflowState

    editor = client_for(tenant_a, people_a["editor"])
    with schema_context(tenant_a.schema_name):
        parent = home_page().pk
    response = editor.post(
        f"/admin/pages/add/cms/articlepage/{parent}/",
        _article_form("Tin cần duyệt", **{"action-submit": "Gửi duyệt"}),
    )
    assert response.status_code == 302
    # An editor cannot publish directly.
    response = editor.post(
        f"/admin/pages/add/cms/articlepage/{parent}/",
        _article_form("Tin tự xuất bản", **{"action-publish": "Xuất bản"}),
    )
    with schema_context(tenant_a.schema_name):
        from cms.models import ArticlePage

        assert not ArticlePage.objects.filter(title="Tin tự xuất bản", live=True).exists()
        page = ArticlePage.objects.get(title="Tin cần duyệt")
        assert not page.live
        state = WorkflowState.objects.get(
            object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
        )
        task_state = state.current_task_state
        assert task_state.task.name == "Biên tập"
        task = task_state.task.specific
        editor_a = _fresh(people_a["editor"], tenant_a.schema_name)
        moderator_a = _fresh(people_a["moderator"], tenant_a.schema_name)
        admin_a = _fresh(people_a["admin"], tenant_a.schema_name)
        assert task.get_actions(page, editor_a) == []
        assert task.locked_for_user(page, editor_a)  # in review: the editor waits
        assert "approve" in [a[0] for a in task.get_actions(page, moderator_a)]
        task.on_action(task_state, moderator_a, "approve")
        state.refresh_from_db()
        second = state.current_task_state
        assert second.task.name == "Duyệt"
        page.refresh_from_db()
        assert not page.live
        second.task.specific.on_action(second, admin_a, "approve")
        state.refresh_from_db()
        page.refresh_from_db()
        assert state.status == WorkflowState.STATUS_APPROVED
        assert page.live
    # Tenant B's moderation queue knows nothing of tenant A's page.
    with schema_context(tenant_b.schema_name):
        in_b = [s.content_object for s in WorkflowState.objects.all()]
        assert all(obj is None or obj.title != "Tin cần duyệt" for obj in in_b)


def test_moderator_of_a_cannot_review_in_b(tenant_a, tenant_b, people_a):
    from wagtail.models import Workflow

    with schema_context(tenant_b.schema_name):
        page = make_article("Tin của tỉnh B", publish=False)
        workflow = Workflow.objects.get(active=True)
        author = user_with_role(tenant_b, Role.EDITOR)
        state = workflow.start(page, _fresh(author, tenant_b.schema_name))
        task = state.current_task_state.task.specific
        outsider = _fresh(people_a["moderator"], tenant_b.schema_name)
        assert task.get_actions(page, outsider) == []
        assert task.locked_for_user(page, outsider)


def test_locked_page_cannot_be_saved_by_another_editor(tenant_a, people_a, client_for):
    with schema_context(tenant_a.schema_name):
        page = make_article("Tin đang sửa")
    first = client_for(tenant_a, people_a["editor"])
    second = client_for(tenant_a, people_a["editor2"])
    assert first.post(f"/admin/pages/{page.pk}/lock/").status_code == 302
    with schema_context(tenant_a.schema_name):
        page.refresh_from_db()
        assert page.locked and page.locked_by_id == people_a["editor"].pk
    response = second.post(f"/admin/pages/{page.pk}/edit/", _article_form("Sửa chen ngang"))
    assert response.status_code in (200, 302, 403)
    with schema_context(tenant_a.schema_name):
        page.refresh_from_db()
        assert page.title == "Tin đang sửa"
        assert page.latest_revision.as_object().title == "Tin đang sửa"
    # Editors may lock but not unlock someone else's lock; moderators may.
    second.post(f"/admin/pages/{page.pk}/unlock/")
    with schema_context(tenant_a.schema_name):
        page.refresh_from_db()
        assert page.locked
    moderator = client_for(tenant_a, people_a["moderator"])
    assert moderator.post(f"/admin/pages/{page.pk}/unlock/").status_code == 302
    with schema_context(tenant_a.schema_name):
        page.refresh_from_db()
        assert not page.locked
    response = first.post(f"/admin/pages/{page.pk}/edit/", _article_form("Tin đã sửa"))
    assert response.status_code == 302
    with schema_context(tenant_a.schema_name):
        page.refresh_from_db()
        assert page.latest_revision.as_object().title == "Tin đã sửa"


def test_scheduled_publication_and_expiry(tenant_a, people_a, client_for):
    from cms.models import ArticlePage

    with schema_context(tenant_a.schema_name):
        parent = home_page().pk
    moderator = client_for(tenant_a, people_a["moderator"])
    go_live = (timezone.localtime() + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    response = moderator.post(
        f"/admin/pages/add/cms/articlepage/{parent}/",
        _article_form("Tin hẹn giờ", go_live_at=go_live, **{"action-publish": "Xuất bản"}),
    )
    assert response.status_code == 302
    with schema_context(tenant_a.schema_name):
        page = ArticlePage.objects.get(title="Tin hẹn giờ")
        assert not page.live
        revision = page.scheduled_revision
        assert revision is not None and revision.approved_go_live_at > timezone.now()
        # The time comes: the per-tenant "publish_scheduled" run publishes it.
        past = timezone.now() - datetime.timedelta(minutes=1)
        revision.approved_go_live_at = past
        revision.content["go_live_at"] = past.isoformat()
        revision.save()
        call_command("publish_scheduled")
        page.refresh_from_db()
        assert page.live
        page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
        page.save()
        call_command("publish_scheduled")
        page.refresh_from_db()
        assert not page.live and page.expired


def test_each_save_is_a_revision(tenant_a, people_a, client_for):
    with schema_context(tenant_a.schema_name):
        page = make_article("Tin nhiều phiên bản")
        before = page.revisions.count()
    client = client_for(tenant_a, people_a["editor"])
    for title in ("Phiên bản 2", "Phiên bản 3"):
        assert client.post(f"/admin/pages/{page.pk}/edit/", _article_form(title)).status_code == 302
    with schema_context(tenant_a.schema_name):
        page.refresh_from_db()
        assert page.revisions.count() == before + 2
        assert [r.as_object().title for r in page.revisions.order_by("-created_at")[:2]] == [
            "Phiên bản 3",
            "Phiên bản 2",
        ]
        assert page.title == "Tin nhiều phiên bản"  # the live version is untouched


def test_scheduled_publication_runs_in_every_tenant_schema(tenant_a, tenant_b):
    """The periodic job (cms/jobs.py, no per-tenant cron) publishes what is due in each
    tenant's own schema, and nothing that is not due yet."""
    from cms.models import ArticlePage

    soon = timezone.now() + datetime.timedelta(days=2)
    for tenant, titles in ((tenant_a, ["Tin hẹn giờ A"]), (tenant_b, ["Tin hẹn giờ B", "Sau"])):
        with schema_context(tenant.schema_name):
            for title in titles:
                page = ArticlePage(title=title, live=False, go_live_at=soon, standfirst="Sa-pô")
                home_page().add_child(instance=page)
                page.save_revision().publish()
                page.refresh_from_db()
                assert not page.live and page.scheduled_revision is not None
                if title != "Sau":  # the time comes for every page but "Sau"
                    past = timezone.now() - datetime.timedelta(minutes=1)
                    revision = page.scheduled_revision
                    revision.approved_go_live_at = past
                    revision.content["go_live_at"] = past.isoformat()
                    revision.save()
    jobs.defer("cms.publish_scheduled_all")
    jobs.run_due_jobs()
    live = {}
    for tenant in (tenant_a, tenant_b):
        with schema_context(tenant.schema_name):
            live[tenant.schema_name] = dict(
                ArticlePage.objects.filter(
                    title__in=["Tin hẹn giờ A", "Tin hẹn giờ B", "Sau"]
                ).values_list("title", "live")
            )
    assert live == {
        "test_a": {"Tin hẹn giờ A": True},
        "test_b": {"Tin hẹn giờ B": True, "Sau": False},
    }
