"""An operator finds a dead letter in "Công việc nền", reads its error and replays it."""

import datetime
import re

import pytest
from django.utils import timezone

import jobs
from tests.factories import make_user
from tests.jobs import sample_jobs  # registers the sample jobs
from tests.jobs.sample_jobs import PROBE_DDL

pytestmark = pytest.mark.browser


def test_operator_replays_a_dead_letter(page, tenant_a, login, orm):
    from django.db import connection

    with orm():
        with connection.cursor() as cursor:
            cursor.execute(PROBE_DDL)
        operator = make_user(is_superuser=True, is_staff=True)
        job_id = jobs.defer(sample_jobs.always_fails, tenant="test_a", value="trình duyệt")
        jobs.run_due_jobs()
        jobs.run_due_jobs(now=timezone.now() + datetime.timedelta(hours=1))

    page.goto(login(page, operator, tenant_a))
    page.get_by_role("link", name="Công việc nền").click()
    own_row = re.compile(rf"#{job_id}\b")
    row = page.locator("tr", has_text=own_row)
    assert "máy nhận trả lời 500" in row.inner_text()
    assert "test_a" in row.inner_text()

    row.get_by_role("button", name="Chạy lại").click()
    page.get_by_text("Đã đưa 1 công việc trở lại hàng đợi").wait_for()
    assert page.locator("tr", has_text=own_row).count() == 0

    page.get_by_role("link", name=re.compile("^Đang chờ")).click()
    page.wait_for_url(re.compile(r"status=todo"))
    assert page.locator("tr", has_text=own_row).count() == 1
    with orm():
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("SELECT status FROM procrastinate_jobs WHERE id = %s", [job_id])
            assert cursor.fetchone()[0] == "todo"
