"""Ý kiến người lao động → Nhập ý kiến qua điện thoại: a handler enters a call with the
consents read aloud; without consent to handling nothing is stored; non-handlers are refused."""

import pytest

from tests.factories import make_user
from voice.actions.appoint_handler import AppointHandler
from voice.models import Case, Channel, Consent, IdentityMode, Purpose

URL = "/admin/y-kien-dien-thoai/"


@pytest.fixture
def g1_handler_client(org_tree, tenant_a, client_for):
    user = make_user()
    AppointHandler(user=user, organization=org_tree["g1"]).execute()
    return user, client_for(tenant_a, user)


def _call(unit, **extra):
    data = {
        "kind": "grievance",
        "org": unit.code,
        "title": "Công ty chậm trả lương tháng 10",
        "body": (
            "Chị Lan gọi: công ty chậm trả lương tháng 10 đã hai tuần, 200 công nhân bị ảnh hưởng."
        ),
        "identity_mode": IdentityMode.IDENTIFIED,
        "contact_name": "Phạm Thị Lan",
        "contact_phone": "0987 654 321",
        "consent_handle": "on",
        "consent_contact": "on",
        "notice_version_handle": "2026-01",
        "notice_version_contact": "2026-01",
    }
    data.update(extra)
    return data


def test_a_handler_enters_a_call_with_the_consents_read_aloud(org_tree, g1_handler_client):
    user, client = g1_handler_client
    page = client.get(URL)
    assert page.status_code == 200
    assert "Đọc cho người gọi nghe" in page.content.decode()

    done = client.post(URL, _call(org_tree["g1"]), follow=True)
    assert done.status_code == 200
    case = Case.objects.get()
    body = done.content.decode()
    assert case.code in body and "Mã bí mật" in body
    assert case.channel == Channel.HOTLINE and case.entered_by == user
    assert case.organization == org_tree["g1"] and case.contact_name == "Phạm Thị Lan"
    evidence = {c.purpose: c.evidence for c in Consent.objects.filter(case=case)}
    assert set(evidence) == {Purpose.HANDLE, Purpose.CONTACT}
    assert evidence[Purpose.HANDLE]["read_by"] == user.pk
    # The secret is shown once: the page again leads to the case, without it.
    again = client.get(f"{URL}{case.pk}/")
    assert again.status_code == 302 and again["Location"].endswith(f"/admin/y-kien/{case.pk}/")


def test_without_consent_to_handling_nothing_is_stored(org_tree, g1_handler_client):
    _, client = g1_handler_client
    data = _call(org_tree["g1"])
    del data["consent_handle"]
    response = client.post(URL, data)
    assert response.status_code == 400
    assert "Cần có sự đồng ý" in response.content.decode()
    assert not Case.objects.exists() and not Consent.objects.exists()


def test_outside_the_handlers_subtree_and_unknown_codes_are_refused(org_tree, g1_handler_client):
    _, client = g1_handler_client
    sibling = client.post(URL, _call(org_tree["g2"]))
    assert sibling.status_code == 400
    unknown = client.post(URL, _call(org_tree["g1"], org="KHONG-CO"))
    assert unknown.status_code == 400 and "Không có đơn vị mã" in unknown.content.decode()
    assert not Case.objects.exists()


def test_non_handlers_cannot_open_it(tenant_a, client_for, org_tree):
    from hierarchy.actions import GrantRole
    from tenants.models import Role

    editor = make_user()
    GrantRole(editor, tenant_a, Role.EDITOR).execute()
    response = client_for(tenant_a, editor).get(URL)
    assert response.status_code in (302, 403)
    assert not Case.objects.exists()
