"""The dashboard screen: roles bound what it shows, parameters are checked, the charts are
inline SVG with a data table, statements do not grow with the subtree."""

import re

import pytest
from django.urls import reverse

from programme.recording import bump
from tests.statements import statements

from .conftest import YEAR, at

pytestmark = pytest.mark.django_db

URL = "/admin/chuong-trinh/bang-theo-doi/"


def get(client, **params):
    return client.get(URL, params)


def test_url_name():
    assert reverse("programme_dashboard") == URL


def test_province_sees_its_subtree_by_default(seeded, accounts, client_for, tenant_a):
    client = client_for(tenant_a, accounts["province_a"])
    response = get(client, year=YEAR)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<strong id="prog-root">Liên đoàn Lao động tỉnh A</strong>' in html
    row = re.search(
        r'<tr data-indicator="articles_sent_up" data-status="unmet">(.*?)</tr>', html, re.S
    )
    assert row and "2/5 đơn vị đạt chỉ tiêu" in row.group(1) and "Chưa đạt" in row.group(1)
    assert 'data-indicator="cases_on_time" data-status="unmet"' in html
    # Charts: inline SVG, labelled, no script, nothing fetched from elsewhere.
    assert html.count("<svg") >= 8
    assert 'role="img"' in html and "<desc id=" in html
    assert "<script" not in html.split('class="prog-charts"', 1)[1].split("</section>", 1)[0]
    assert "Bảng số liệu" in html
    # The laggards of the default indicator (articles sent up) with drill-down links.
    laggards = html.split('class="listing prog-laggards"', 1)[1]
    assert re.findall(r'data-org="([^"]+)"', laggards) == ["XUA1", "XUA2", "XG2"]
    assert f"?org=XUA1&amp;year={YEAR}" in laggards


def test_drill_down_to_a_unit_and_a_branch(seeded, accounts, client_for, tenant_a):
    client = client_for(tenant_a, accounts["province_a"])
    html = get(client, org="xua2", year=YEAR, indicator="cases_on_time").content.decode()
    assert '<strong id="prog-root">Công đoàn các Khu công nghiệp tỉnh A</strong>' in html
    assert 'data-indicator="cases_on_time" data-status="unmet"' in html
    html = get(client, org="XPA", branch="XUA1", year=YEAR).content.decode()
    assert '<strong id="prog-root">Công đoàn phường Hoàn Kiếm</strong>' in html
    assert 'data-indicator="cases_on_time" data-status="met"' in html


def test_commune_reader_sees_only_its_subtree(seeded, accounts, client_for, tenant_a):
    client = client_for(tenant_a, accounts["commune"])
    html = get(client, year=YEAR).content.decode()
    assert '<strong id="prog-root">Công đoàn phường Hoàn Kiếm</strong>' in html
    assert get(client, org="XG1").status_code == 200
    for foreign in ("XPA", "XUA2", "XG3", "XPB", "XG4", "NOPE", "X\x00G1", "G" * 500):
        response = get(client, org=foreign)
        assert response.status_code == 404, foreign
        assert "Không tìm thấy đơn vị" in response.content.decode()
    # A branch outside its children is a bad parameter, not a way out of the scope.
    response = get(client, org="XUA1", branch="XG3")
    assert response.status_code == 400
    assert "không phải đơn vị trực thuộc" in response.content.decode()


def test_other_province_is_not_found(seeded, accounts, client_for, tenant_a, tenant_b):
    client = client_for(tenant_b, accounts["province_b"])
    assert get(client, org="XPB").status_code == 200
    response = get(client, org="XPA")
    assert response.status_code == 404
    assert "không có vai trò tại đơn vị đó" in response.content.decode()
    # Province A's admin, in tenant A, cannot reach B's subtree either.
    client = client_for(tenant_a, accounts["province_a"])
    assert get(client, org="XG4").status_code == 404


def test_no_role_is_refused(seeded, accounts, client_for, tenant_a):
    response = get(client_for(tenant_a, accounts["nobody"]))
    assert response.status_code == 403


def test_operator_sees_everything(seeded, accounts, client_for, tenant_a):
    client = client_for(tenant_a, accounts["operator"])
    html = get(client, year=YEAR).content.decode()
    assert '<strong id="prog-root">Liên đoàn Lao động tỉnh A</strong>' in html  # its tenant's
    for code in ("XTLD", "XPB", "XG4"):
        assert get(client, org=code, year=YEAR).status_code == 200, code


@pytest.mark.parametrize(
    "params, message",
    [
        ({"year": "2019"}, "Năm “2019” không hợp lệ"),
        ({"year": "abc"}, "Năm “abc” không hợp lệ"),
        ({"period": "week"}, "Kỳ “week” không hợp lệ"),
        ({"period": "quarter", "quarter": "7"}, "Quý “7” không hợp lệ"),
        ({"period": "month", "month": "0"}, "Tháng “0” không hợp lệ"),
        ({"level": "9"}, "Cấp “9” không hợp lệ"),
        ({"kind": "club"}, "Loại đơn vị “club” không có trong danh mục"),
        ({"level": "3", "kind": "grassroots"}, "không thuộc cấp"),
        ({"branch": "XG4"}, "không phải đơn vị trực thuộc"),
        ({"indicator": "likes"}, "Chỉ tiêu “likes” không có trong danh mục"),
        ({"p": "zzz", "year": "x\x00"}, "không hợp lệ"),
    ],
)
def test_bad_parameters_are_explained(seeded, accounts, client_for, tenant_a, params, message):
    client = client_for(tenant_a, accounts["province_a"])
    response = get(client, **params)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'id="prog-root"' in html  # the dashboard with defaults, under the message


def test_filters_by_level_kind_and_period(seeded, accounts, client_for, tenant_a):
    client = client_for(tenant_a, accounts["province_a"])
    html = get(client, year=YEAR, level=4).content.decode()
    assert "2/3 đơn vị đạt chỉ tiêu" in html  # G1, G2, G3: grassroots only
    html = get(client, year=YEAR, kind="commune_union", indicator="cases_on_time").content.decode()
    assert "0/1 đơn vị đạt chỉ tiêu" in html  # UA1 alone, no article sent
    assert 'data-indicator="cases_on_time" data-status="met"' in html  # UA1: 10/10
    html = get(client, year=YEAR, period="quarter", quarter=1).content.decode()
    assert f"quý 1/{YEAR}" in html
    html = get(client, year=YEAR, period="month", month=3).content.decode()
    assert f"tháng 03/{YEAR}" in html


def test_statements_bounded(seeded, accounts, client_for, tenant_a):
    from programme.models import Plan, PlanStatus, Target
    from programme.recording import bump
    from tests.hierarchy.factories import make_org

    client = client_for(tenant_a, accounts["province_a"])
    get(client, year=YEAR)

    def count(**params):
        with statements() as sql:
            assert get(client, year=YEAR, **params).status_code == 200
        return len(sql)

    # A rate (laggards: the children) and a per-unit count (laggards: the units, named).
    before = count(indicator="cases_on_time"), count(indicator="articles_sent_up")
    for n in range(30):
        unit = make_org(seeded["ua2"], name=f"Công đoàn cơ sở mới {n}")
        bump(unit, at(5), {"sent_up": n % 7, "cases_due": 2, "cases_on_time": 1})
        if n % 3 == 0:
            make_org(seeded["a"], name=f"Công đoàn xã mới {n}", kind="commune_union")
    plan = Plan.objects.create(organization=seeded["ua2"], year=YEAR, status=PlanStatus.ACTIVE)
    Target.objects.create(plan=plan, indicator="articles_sent_up", value=5)
    after = count(indicator="cases_on_time"), count(indicator="articles_sent_up", p=2)
    assert after == before
    # The per-unit laggards are one more statement: the names of the page shown.
    assert before[1] == before[0] + 1


def test_org_picker_json_is_scoped(seeded, accounts, client_for, tenant_a):
    client = client_for(tenant_a, accounts["commune"])
    found = client.get(URL + "don-vi/", {"q": "cong doan"}).json()["results"]
    assert {r["code"] for r in found} == {"XUA1", "XG1", "XG2"}
    assert client.get(URL + "don-vi/", {"q": "cong\x00"}).json()["results"] == []


def test_menu_item(seeded, accounts, client_for, tenant_a):
    from tests.sharing_admin.helpers import sidebar_text

    def menu(user):
        return sidebar_text(client_for(tenant_a, user).get("/admin/").content.decode())

    text = menu(accounts["province_a"])
    assert "Chương trình truyền thông" in text and "Bảng theo dõi" in text and URL in text
    assert "Bảng theo dõi" not in menu(accounts["nobody"])


def test_home_panel_with_headline_rates(seeded, accounts, client_for, tenant_a):
    html = client_for(tenant_a, accounts["commune"]).get("/admin/").content.decode()
    assert "Chương trình truyền thông năm" in html and "Công đoàn phường Hoàn Kiếm" in html
    assert 'data-indicator="cases_on_time"' in html
    assert f"{URL}?org=XUA1" in html
    html = client_for(tenant_a, accounts["nobody"]).get("/admin/").content.decode()
    assert "prog-headline" not in html


def test_laggards_are_paginated(seeded, accounts, client_for, tenant_a):
    from tests.hierarchy.factories import make_org

    for n in range(30):
        unit = make_org(seeded["ua2"], name=f"Công đoàn cơ sở thêm {n:02d}")
        bump(unit, at(6), {"sent_up": n})  # 0..29: all below 30, gap 30..1
    client = client_for(tenant_a, accounts["province_a"])

    def codes(**params):
        html = get(client, year=YEAR, indicator="articles_sent_up", **params).content.decode()
        laggards = html.split('class="listing prog-laggards"', 1)[1].split("</table>", 1)[0]
        return re.findall(r'data-org="([^"]+)"', laggards), html

    first, html = codes()
    assert len(first) == 25 and "Đơn vị chưa đạt chỉ tiêu (33)" in html and "Trang 1/2" in html
    second, html = codes(p=2)
    assert len(second) == 8 and not set(first) & set(second) and "Trang 2/2" in html
    # Largest gap first: UA1, UA2 and the new unit that sent 0 (gap 30), then gaps 29..21,
    # then G2 (gap 20, before the new unit of gap 20 in tree order) 13th; gaps 8..1 last.
    assert first[:2] == ["XUA1", "XUA2"] and first.index("XG2") == 12
    assert codes(p=999)[0] == second and codes(p="zzz")[0] == first
