"""The other workers' voice screens in Chromium: an organisation admin sets a routing rule;
a handler records a verdict on a cluster of misinformation reports (every reporter's case
closed); the data protection officer sees an overdue request in red and records a breach."""

import datetime

import pytest

from accounts.roles import Role
from hierarchy.actions import GrantRole
from tests.factories import make_user
from voice.actions.appoint_handler import AppointHandler
from voice.actions.submit_case import SubmitCase
from voice.models import Breach, Case, DataSubjectRequest, Handler, RoutingRule, Status

pytestmark = pytest.mark.browser


def test_admin_sets_a_routing_rule(page, tenant_a, org_tree, login, orm, screenshot):
    with orm():
        admin = make_user()
        GrantRole(admin, org_tree["a"], Role.ADMIN).execute()
    page.goto(login(page, admin, tenant_a) + f"vu-viec/quy-tac/?org={org_tree['ua1'].pk}")
    page.select_option("#id_kind", "grievance")
    page.fill("#id_response_hours", "48")
    page.check("#id_working_days_only")
    page.get_by_role("button", name="Lưu quy tắc").click()
    page.wait_for_selector("text=Đã lưu quy tắc tiếp nhận.")
    screenshot(page, "voice-rules")
    with orm():
        rule = RoutingRule.objects.get(organization=org_tree["ua1"])
        assert (rule.kind, rule.response_hours, rule.working_days_only) == ("grievance", 48, True)


def test_handler_records_a_verdict_for_every_reporter(
    page, tenant_a, org_tree, login, orm, screenshot
):
    link = "https://www.facebook.com/groups/congnhan/posts/42?fbclid=abc"
    with orm():
        handler = make_user()
        AppointHandler(user=handler, organization=org_tree["ua1"]).execute()
        reports = [
            SubmitCase(
                kind="misinformation",
                organization=org_tree["g1"],
                body=f"Bài đăng nói công đoàn thu thêm phí làm thẻ ({n}).",
                link=link if n else link.replace("?fbclid=abc", "/"),
                identity_mode="anonymous",
                consents={"handle": True},
            ).execute()
            for n in range(2)
        ]
        cluster_id = Case.objects.get(pk=reports[0].case.pk).cluster_id
        assert cluster_id and Case.objects.get(pk=reports[1].case.pk).cluster_id == cluster_id
    page.goto(login(page, handler, tenant_a) + f"thong-tin-sai-lech/{cluster_id}/")
    page.select_option("#id_verdict", "false")
    page.fill("#id_explanation", "Công đoàn không thu bất kỳ khoản phí làm thẻ nào.")
    page.get_by_role("button", name="Ghi kết luận và thông báo").click()
    page.wait_for_url("**/thong-tin-sai-lech/**")
    screenshot(page, "voice-misinfo-verdict")
    with orm():
        for result in reports:
            case = Case.objects.get(pk=result.case.pk)
            assert case.status == Status.CLOSED
            assert case.messages.filter(kind="notice").exists()


def test_dpo_sees_overdue_requests_and_records_a_breach(
    page, tenant_a, org_tree, login, orm, screenshot
):
    from django.utils import timezone

    with orm():
        dpo = make_user()
        Handler.objects.create(user=dpo, organization=org_tree["tld"], role="supervisor")
        AppointHandler(user=dpo, organization=org_tree["a"]).execute()
        past = timezone.now() - datetime.timedelta(days=20)
        DataSubjectRequest.objects.create(
            reference="YC-TEST-0001",
            kind="access",
            received_at=past,
            acknowledge_due=past + datetime.timedelta(days=2),
            due=past + datetime.timedelta(days=15),
        )
    page.goto(login(page, dpo, tenant_a) + "du-lieu-ca-nhan/")
    overdue = page.locator("tr", has_text="YC-TEST-0001").locator(".pd-overdue")
    assert overdue.count() == 1
    page.fill("#id_description", "Một máy tính của cán bộ bị mất, có tệp xuất dữ liệu 3 vụ việc.")
    page.fill("#id_affected_count", "3")
    page.get_by_role("button", name="Ghi nhận", exact=True).click()
    page.wait_for_selector("text=hạn thông báo 72 giờ")
    screenshot(page, "voice-privacy")
    with orm():
        breach = Breach.objects.get()
        assert breach.affected_count == 3
        assert breach.notify_due - breach.discovered_at == datetime.timedelta(hours=72)
