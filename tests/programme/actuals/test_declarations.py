"""Offline products and materials declared per organisation and month: figures change by
the difference on corrections (never twice), stock changes follow the declaration in force
before, bad input is refused in Vietnamese with nothing written, editors and above only."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.roles import Role
from hierarchy.actions import GrantRole
from programme.actions.declare_products import DeclareProducts
from programme.figures import Period, monthly, own_totals, subtree_totals
from programme.models import OrgMonth, ProductDeclaration
from tests.factories import make_user
from tests.statements import statements

pytestmark = pytest.mark.django_db

JAN, MAR = datetime.date(2026, 1, 1), datetime.date(2026, 3, 1)
STOCKS = ["materials_total", "materials_digitised"]


def editor_of(org, role=Role.EDITOR):
    user = make_user()
    GrantRole(user, org, role).execute()
    return user


def declare(org, month, actor=None, **counts):
    return DeclareProducts(org, month, counts, actor=actor).execute()


def test_products_corrected_by_the_difference(org_tree):
    ua1 = org_tree["ua1"]
    declare(ua1, MAR, printed=4, broadcast=2, outdoor=3, events=1)
    q1 = Period.quarter(2026, 1)
    assert own_totals(ua1, q1, series=["products_total"]) == {"products_total": 10}
    declare(ua1, MAR, printed=4, broadcast=2, outdoor=1, events=1)  # 2 banners too many
    assert own_totals(ua1, q1, series=["products_total"]) == {"products_total": 8}
    declare(ua1, MAR, printed=4, broadcast=2, outdoor=1, events=1)  # the same again
    assert own_totals(ua1, q1, series=["products_total"]) == {"products_total": 8}
    assert subtree_totals(org_tree["a"], q1, series=["products_total"]) == {"products_total": 8}
    assert ProductDeclaration.objects.get(organization=ua1, month=MAR).revision == 3


def test_materials_are_a_stock_kept_as_changes(org_tree):
    ua1 = org_tree["ua1"]
    declare(ua1, JAN, materials_total=100, materials_digitised=40)
    declare(ua1, MAR, materials_total=120, materials_digitised=90)
    by_month = monthly(ua1, Period.quarter(2026, 1), series=STOCKS)
    assert [(r["materials_total"], r["materials_digitised"]) for r in by_month.values()] == [
        (100, 40),
        (100, 40),
        (120, 90),
    ]
    # January corrected: March's change is recomputed too; March still ends at 120/90.
    declare(ua1, JAN, materials_total=110, materials_digitised=50)
    by_month = monthly(ua1, Period.quarter(2026, 1), series=STOCKS)
    assert [(r["materials_total"], r["materials_digitised"]) for r in by_month.values()] == [
        (110, 50),
        (110, 50),
        (120, 90),
    ]
    # A month inserted between them.
    declare(ua1, datetime.date(2026, 2, 1), materials_total=115, materials_digitised=70)
    by_month = monthly(ua1, Period.quarter(2026, 1), series=STOCKS)
    assert [r["materials_total"] for r in by_month.values()] == [110, 115, 120]
    assert [r["materials_digitised"] for r in by_month.values()] == [50, 70, 90]
    changes = dict(
        OrgMonth.objects.filter(organization=ua1, series="materials_total").values_list(
            "month", "value"
        )
    )
    assert changes == {JAN: 110, datetime.date(2026, 2, 1): 5, MAR: 5}
    assert subtree_totals(org_tree["a"], Period.year(2026), series=STOCKS) == {
        "materials_total": 120,
        "materials_digitised": 90,
    }


def test_bad_input_is_refused_in_vietnamese_and_nothing_written(org_tree):
    ua1 = org_tree["ua1"]
    cases = [
        ({"printed": -1}, "printed", "từ 0"),
        ({"broadcast": "năm"}, "broadcast", "số nguyên"),
        ({"materials_total": 5, "materials_digitised": 9}, "materials_digitised", "lớn hơn"),
        ({"radio": 3}, "__all__", "không hợp lệ"),
    ]
    for counts, field, text in cases:
        with pytest.raises(ValidationError) as exc:
            DeclareProducts(ua1, MAR, counts).execute()
        assert text in " ".join(exc.value.message_dict[field]), counts
    with pytest.raises(ValidationError) as exc:
        declare(ua1, datetime.date(2022, 12, 1), printed=1)
    assert "đầu chương trình" in exc.value.messages[0]
    with pytest.raises(ValidationError) as exc:
        declare(ua1, datetime.date(2099, 1, 1), printed=1)
    assert "chưa tới" in exc.value.messages[0]
    assert not ProductDeclaration.objects.exists()
    assert not OrgMonth.objects.filter(
        organization=ua1, series__in=["products_total", *STOCKS]
    ).exists()


def test_editors_of_the_organisation_or_above_only(org_tree):
    t = org_tree
    declare(t["g1"], MAR, actor=editor_of(t["ua1"]), printed=1)
    declare(t["g1"], MAR, actor=editor_of(t["g1"]), printed=2)
    with pytest.raises(PermissionDenied):
        declare(t["g1"], MAR, actor=editor_of(t["g1"], Role.READER), printed=3)
    with pytest.raises(PermissionDenied):
        declare(t["g1"], MAR, actor=editor_of(t["ua2"]), printed=3)
    assert ProductDeclaration.objects.get(organization=t["g1"]).printed == 2


def test_admin_screen_declares_and_shows_errors(org_tree, tenant_a, client_for):
    t = org_tree
    editor = editor_of(t["a"])
    client = client_for(tenant_a, editor)
    page = client.get("/admin/chuong-trinh/ke-khai/")
    assert page.status_code == 200
    assert "Kê khai sản phẩm truyền thông" in page.content.decode()
    form = {
        "org": t["ua1"].code,
        "month": "03/2026",
        "printed": "4",
        "broadcast": "",
        "outdoor": "2",
        "events": "1",
        "other": "0",
        "materials_total": "50",
        "materials_digitised": "20",
        "note": "Bản tin Công đoàn quận số 3",
    }
    done = client.post("/admin/chuong-trinh/ke-khai/", form)
    assert done.status_code == 302
    assert own_totals(t["ua1"], Period.month(2026, 3), series=["products_total"]) == {
        "products_total": 7
    }
    bad = client.post(
        "/admin/chuong-trinh/ke-khai/",
        {**form, "month": "13/2026", "printed": "-2", "materials_digitised": "80"},
    )
    html = bad.content.decode()
    assert bad.status_code == 200
    assert "Tháng không hợp lệ" in html
    bad = client.post(
        "/admin/chuong-trinh/ke-khai/", {**form, "printed": "-2", "materials_digitised": "80"}
    )
    html = bad.content.decode()
    assert "nhập số từ 0" in html and "không thể lớn hơn tổng số tài liệu" in html
    assert ProductDeclaration.objects.get(organization=t["ua1"]).printed == 4
    # another province: not found
    outside = client.get(f"/admin/chuong-trinh/ke-khai/?org={t['g4'].code}")
    assert outside.status_code == 404

    with statements() as one:  # one declaration listed
        client.get(f"/admin/chuong-trinh/ke-khai/?org={t['ua1'].code}")
    for month in range(1, 13):
        declare(t["ua1"], datetime.date(2025, month, 1), actor=editor, printed=month)
    with statements() as thirteen:
        page = client.get(f"/admin/chuong-trinh/ke-khai/?org={t['ua1'].code}")
    assert page.content.decode().count("data-month=") == 13
    assert len(thirteen) == len(one)


def test_a_refold_keeps_the_declared_products(org_tree):
    """``programme_rebuild --refold`` recomputes products_total from the events and the
    declarations: a page published and offline products declared in the same month agree."""
    from django.core.management import call_command

    from programme.models import EventKind
    from programme.recording import fold, record_event

    ua1 = org_tree["ua1"]
    record_event(
        EventKind.PAGE_PUBLISHED, ua1, at=datetime.datetime(2026, 3, 5, 9, tzinfo=datetime.UTC)
    )
    fold()
    declare(ua1, MAR, printed=4, broadcast=2)
    q1 = Period.quarter(2026, 1)
    assert own_totals(ua1, q1, series=["products_total"]) == {"products_total": 7}
    call_command("programme_rebuild", "--check", "--refold")  # raises on any difference
    call_command("programme_rebuild", "--refold")
    assert own_totals(ua1, q1, series=["products_total", "products_digital"]) == {
        "products_total": 7,
        "products_digital": 1,
    }
