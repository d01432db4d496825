"""The dead-letter view: operators only, filters, last error, replay; statement budget."""

import datetime

from django.utils import timezone

import jobs
from jobs.models import JobReplay
from tenants.models import Role
from tests.cms.helpers import user_with_role
from tests.factories import make_user
from tests.jobs import sample_jobs
from tests.statements import statements


def _dead_letter(value, tenant=None):
    job_id = jobs.defer(sample_jobs.always_fails, tenant=tenant, value=value)
    jobs.run_due_jobs()
    jobs.run_due_jobs(now=timezone.now() + datetime.timedelta(hours=1))
    return job_id


def test_operator_lists_dead_letters_with_their_error_and_replays(
    probe_table, tenant_a, client_for
):
    operator = make_user(is_superuser=True, is_staff=True)
    first = _dead_letter("một", tenant="test_a")
    second = _dead_letter("hai")
    client = client_for(tenant_a, operator)

    with statements() as sql:
        response = client.get("/admin/cong-viec-nen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"#{first}" in html and f"#{second}" in html
    assert "máy nhận trả lời 500" in html and "Chạy lại" in html
    job_statements = sql.mentioning("procrastinate_jobs")
    assert len(job_statements) <= 3, job_statements

    only_a = client.get("/admin/cong-viec-nen/", {"tenant": "test_a"}).content.decode()
    assert f"#{first}" in only_a and f"#{second}" not in only_a
    assert (
        "Không có công việc nào"
        in client.get("/admin/cong-viec-nen/", {"task": "khong-co"}).content.decode()
    )

    detail = client.get(f"/admin/cong-viec-nen/{first}/").content.decode()
    assert "ValueError: máy nhận trả lời 500" in detail and "Traceback" in detail
    assert "Bắt đầu chạy" in detail

    response = client.post("/admin/cong-viec-nen/chay-lai/", {"job": [first]}, follow=True)
    assert "Đã đưa 1 công việc trở lại hàng đợi" in response.content.decode()
    again = client.post("/admin/cong-viec-nen/chay-lai/", {"job": [first]}, follow=True)
    assert "không còn ở trạng thái lỗi" in again.content.decode()
    jobs.run_due_jobs()
    assert len(sample_jobs.probes("always_fails")) == 5


def test_tenant_admin_cannot_see_the_queue(probe_table, tenant_a, client_for):
    client = client_for(tenant_a, user_with_role(tenant_a, Role.ADMIN))
    # Wagtail's admin turns PermissionDenied into a redirect to the dashboard.
    refused = client.get("/admin/cong-viec-nen/")
    assert refused.status_code == 302 and refused.url == "/admin/"
    job_id = _dead_letter("không được chạy lại")
    assert client.post("/admin/cong-viec-nen/chay-lai/", {"job": [job_id]}).status_code == 302
    assert not JobReplay.objects.exists()
    assert "Công việc nền" not in client.get("/admin/").content.decode()
