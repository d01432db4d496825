"""The personal-data screen: the officer sees requests with their clocks (overdue in red),
acts on them (acknowledge, extend once, export, complete) and keeps the breach register;
anyone else is turned away."""

from __future__ import annotations

import datetime
import json

from django.utils import timezone

from tests.factories import make_user
from tests.voice.pdpl.conftest import CANARY, CANARY_PHONE
from voice.actions.dsr_extend import ONLY_ONCE
from voice.actions.dsr_receive import ReceiveDataRequest
from voice.models import Breach, CaseAccess, DataSubjectRequest

DSR = DataSubjectRequest


def test_officer_handles_requests_and_breaches(tenant_a, client_for, canary_case):
    officer = make_user(is_superuser=True, is_staff=True)
    client = client_for(tenant_a, officer)
    late = ReceiveDataRequest(kind="access", contact=CANARY_PHONE, actor=officer).execute().request
    DSR.objects.filter(pk=late.pk).update(
        acknowledge_due=timezone.now() - datetime.timedelta(hours=1)
    )
    page = client.get("/admin/du-lieu-ca-nhan/")
    assert page.status_code == 200
    html = page.content.decode()
    assert late.reference in html and 'class="pd-overdue"' in html
    assert "Quá hạn xác nhận" in html

    base = f"/admin/du-lieu-ca-nhan/yeu-cau/{late.pk}/"
    assert client.get(base).status_code == 200
    client.post(base + "acknowledge/")
    client.post(base + "extend/", {"reason": "Cần xác minh thêm"})
    again = client.post(base + "extend/", {"reason": "Lần hai"}, follow=True)
    assert ONLY_ONCE in again.content.decode()
    late.refresh_from_db()
    assert late.state == DSR.State.EXTENDED

    export = client.post(base + "xuat.json")
    assert export.status_code == 200
    assert export["Content-Disposition"] == f'attachment; filename="{late.reference}.json"'
    assert json.loads(export.content)["vu_viec"][0]["noi_dung"].endswith(CANARY)
    assert CaseAccess.objects.filter(case=canary_case, action="export", user=officer).exists()
    client.post(base + "complete/", {"outcome": "Đã gửi bản sao qua email"})
    late.refresh_from_db()
    assert late.state == DSR.State.COMPLETED

    client.post(
        "/admin/du-lieu-ca-nhan/su-co/",
        {"description": "Gửi nhầm bảng kê", "affected_count": "3", "data_categories": "họ tên"},
    )
    breach = Breach.objects.get()
    assert breach.notify_due == breach.discovered_at + datetime.timedelta(hours=72)
    assert "Hạn thông báo" in client.get("/admin/du-lieu-ca-nhan/").content.decode()
    client.post(f"/admin/du-lieu-ca-nhan/su-co/{breach.pk}/notify/")
    breach.refresh_from_db()
    assert breach.notified_at is not None


def test_screen_is_for_the_officer_only(tenant_a, client_for, handler_of, org_tree):
    handler = handler_of(org_tree["g1"])
    handler.is_staff = True
    handler.save()
    response = client_for(tenant_a, handler).get("/admin/du-lieu-ca-nhan/")
    assert response.status_code in (302, 403)
