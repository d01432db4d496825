"""The training admin screens: figures against targets, roster, courses, upload with the
rejected-rows table, template download; scope by role; statement counts of the lists."""

import datetime

import pytest

from hierarchy.models import Kind
from programme.models import Cadre, Course, TrainingRecord
from programme.training import recount
from programme.training_import import ROSTER_COLUMNS
from tests.hierarchy.factories import make_org
from tests.programme.training.conftest import add_cadre, add_course, xlsx
from tests.statements import statements

pytestmark = pytest.mark.django_db

BASE = "/admin/chuong-trinh/tap-huan/"


@pytest.fixture
def a_editor(org_tree, editor_of, tenant_a, client_for):
    user = editor_of("a")
    return user, client_for(tenant_a, user)


def test_figures_against_targets_per_child(org_tree, a_editor):
    _user, client = a_editor
    t = org_tree
    course = add_course(t["a"], "TT-1", start=datetime.date(2025, 1, 1))
    people = [
        add_cadre(t["ua1"], "L1", "leader", datetime.date(2024, 1, 1)),
        add_cadre(t["ua1"], "L2", "leader", datetime.date(2024, 1, 1)),
        add_cadre(t["g3"], "C1", "cadre", datetime.date(2024, 1, 1)),
    ]
    TrainingRecord.objects.create(
        cadre=people[0], course=course, completed=True, completed_on=datetime.date(2025, 2, 1)
    )
    recount([p.pk for p in people])
    page = client.get(f"{BASE}?org={t['a'].pk}&nam=2025").content.decode()
    assert "1/2" in page and "50,0%" in page  # leaders: 1 of 2, below the 70% target
    assert "70%" in page and "programme-below" in page
    assert "0/1" in page  # cadres of G3 under UA2
    assert t["ua1"].name in page and t["ua2"].name in page
    url = f"{BASE}?org={t['a'].pk}&nam=2025"
    with statements() as few:
        client.get(url)
    for n in range(20):
        make_org(t["a"], Kind.COMMUNE_UNION, f"Công đoàn xã số {n}", f"XCX{n}")
    with statements() as many:
        page = client.get(url).content.decode()
    assert "Công đoàn xã số 19" in page
    assert len(many) == len(few), many


def test_scope_other_branch_is_not_found(org_tree, a_editor, editor_of, tenant_a, client_for):
    _user, client = a_editor
    assert client.get(f"{BASE}can-bo/?org={org_tree['ua1'].pk}").status_code == 200
    assert client.get(f"{BASE}can-bo/?org={org_tree['g4'].pk}").status_code == 404
    assert client.get(f"{BASE}?org={org_tree['b'].pk}").status_code == 404
    reader = editor_of("a", role="reader")
    assert client_for(tenant_a, reader).get(f"{BASE}?org={org_tree['a'].pk}").status_code in (
        403,
        404,
    )


def test_roster_add_search_and_statements(org_tree, a_editor):
    _user, client = a_editor
    a = org_tree["a"]
    url = f"{BASE}can-bo/?org={a.pk}"
    response = client.post(
        url,
        {
            "org": a.pk,
            "unit": "xg1",
            "code": "cb-9",
            "full_name": "Phạm Thị Thu",
            "category": "cadre",
            "active_from": "01/02/2025",
        },
    )
    assert response.status_code == 302
    assert Cadre.objects.get(code="CB-9").organization == org_tree["g1"]
    bad = client.post(
        url,
        {
            "org": a.pk,
            "code": "x",
            "full_name": "Y",
            "category": "cadre",
            "active_from": "2025-02-01",
        },
    )
    assert "Nhập một ngày hợp lệ" in bad.content.decode() or "hợp lệ" in bad.content.decode()
    assert "pham thi" in Cadre.objects.get(code="CB-9").search_key
    page = client.get(url + "&q=pham thi").content.decode()
    assert "Phạm Thị Thu" in page
    for n in range(3):
        add_cadre(org_tree["g1"], f"F{n}")
    client.get(url)
    with statements() as few:
        assert client.get(url).status_code == 200
    for n in range(40):
        add_cadre(org_tree["g3"], f"M{n}")
    with statements() as many:
        page = client.get(url).content.decode()
    assert len(many) == len(few), many
    assert page.count("/can-bo/") >= 44
    assert len(many.mentioning("programme_cadre")) <= 2, many.mentioning("programme_cadre")


def test_courses_list_and_create(org_tree, a_editor):
    _user, client = a_editor
    ua1 = org_tree["ua1"]
    url = f"{BASE}khoa-hoc/?org={ua1.pk}"
    response = client.post(
        url,
        {
            "org": ua1.pk,
            "code": "th-ua1-01",
            "title": "Kỹ năng viết tin bài",
            "mode": "online",
            "starts_on": "01/03/2025",
            "ends_on": "02/03/2025",
            "hours": "8",
            "communication": "on",
        },
    )
    assert response.status_code == 302
    assert Course.objects.get(code="TH-UA1-01").organizer == ua1
    add_course(org_tree["a"], "TT-A")  # an ancestor's course is listed too
    add_course(org_tree["b"], "TT-B")  # another province's is not
    client.get(url)
    with statements() as few:
        page = client.get(url).content.decode()
    assert "TT-A" in page and "TT-B" not in page
    for n in range(30):
        add_course(ua1, f"K{n}")
    with statements() as many:
        client.get(url)
    assert len(many) == len(few), many


def test_cadre_page_records_and_undoes_a_completion(org_tree, a_editor):
    _user, client = a_editor
    cadre = add_cadre(org_tree["g1"], "Z1")
    recount([cadre.pk])
    course = add_course(org_tree["a"], "TT-Z", start=datetime.date(2025, 1, 1))
    url = f"{BASE}can-bo/{cadre.pk}/?org={org_tree['a'].pk}"
    page = client.get(url).content.decode()
    assert 'value="01/01/2024"' in page  # the entry's dates as the form expects them back
    saved = client.post(
        url,
        {
            "org": org_tree["a"].pk,
            "op": "save",
            "code": "Z1",
            "full_name": "Người Z1",
            "category": "cadre",
            "active_from": "01/01/2024",
            "active_to": "01/07/2025",
        },
    )
    assert saved.status_code == 302
    assert Cadre.objects.get(pk=cadre.pk).active_to == datetime.date(2025, 7, 1)
    data = {"org": org_tree["a"].pk, "op": "record", "course": course.pk, "completed": "on"}
    page = client.post(url, {**data, "completed_on": "31/12/2024"}).content.decode()
    assert "trước ngày bắt đầu khoá học (01/01/2025)" in page
    assert client.post(url, {**data, "completed_on": "05/01/2025"}).status_code == 302
    assert Cadre.objects.get(pk=cadre.pk).trained_on == datetime.date(2025, 1, 5)
    record = TrainingRecord.objects.get(cadre=cadre)
    client.post(url, {"org": org_tree["a"].pk, "op": "delete_record", "record": record.pk})
    assert Cadre.objects.get(pk=cadre.pk).trained_on is None


def test_upload_refused_shows_rejected_rows_then_good(org_tree, a_editor):
    _user, client = a_editor
    url = f"{BASE}nhap/?org={org_tree['g1'].pk}"
    head = [c.header for c in ROSTER_COLUMNS]
    bad = xlsx([head, ["", "A", "An", "", "Cán bộ công đoàn", "", "30/02/2025", ""]])
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        url,
        {
            "org": org_tree["g1"].pk,
            "kind": "can-bo",
            "file": SimpleUploadedFile("ds.xlsx", bad),
        },
    )
    page = response.content.decode()
    assert "Các dòng bị từ chối" in page and "«30/02/2025» không tồn tại" in page
    assert not Cadre.objects.exists()
    good = xlsx([head, ["", "A", "An", "", "Cán bộ công đoàn", "", "28/02/2025", ""]])
    response = client.post(
        url,
        {"org": org_tree["g1"].pk, "kind": "can-bo", "file": SimpleUploadedFile("ds.xlsx", good)},
    )
    assert response.status_code == 302
    assert Cadre.objects.get().code == "A"


def test_template_download(org_tree, a_editor):
    _user, client = a_editor
    response = client.get(f"{BASE}mau/ket-qua.xlsx?org={org_tree['a'].pk}")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="mau-ket-qua.xlsx"'
    assert response.content.startswith(b"PK")
    assert client.get(f"{BASE}mau/khac.xlsx?org={org_tree['a'].pk}").status_code == 404
