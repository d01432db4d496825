"""A report generated from the figures, written, submitted to the parent and approved there;
returned and resubmitted; who may do what; nothing editable once it has been sent."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction

from hierarchy.models import Organization
from hierarchy.models import Status as OrgStatus
from programme.actions.approve_report import ApproveReport
from programme.actions.edit_report import EditReport
from programme.actions.forward_report import ForwardReport
from programme.actions.generate_report import GenerateReport
from programme.actions.report_base import ReportNotFound
from programme.actions.return_report import ReturnReport
from programme.actions.submit_report import SubmitReport
from programme.figures import Period, own_totals
from programme.models import EventKind, Plan, PlanStatus, Report, ReportStatus, Target
from programme.recording import bump, fold, record_event
from programme.reports import due_date_for, title_for

pytestmark = pytest.mark.django_db


def _rows(report):
    return {row["indicator"]: row for row in report.snapshot}


def _write(report, actor, **sections):
    sections.setdefault("results", "Đã đăng 12 tin bài; tổ chức Tháng Công nhân.")
    return EditReport(report, actor=actor, **sections).execute()


def test_title_and_due_date():
    assert title_for(2026, 3) == "Báo cáo kết quả thực hiện Chương trình truyền thông quý 3/2026"
    assert title_for(2026, 0) == "Báo cáo kết quả thực hiện Chương trình truyền thông năm 2026"
    assert due_date_for(2026, 3) == datetime.date(2026, 10, 10)
    assert due_date_for(2026, 4) == datetime.date(2027, 1, 10)
    assert due_date_for(2026, 0) == datetime.date(2027, 1, 10)


def test_snapshot_is_taken_from_the_figures_and_frozen(org_tree, people, current):
    year, quarter = current
    ua1, g1 = org_tree["ua1"], org_tree["g1"]
    first_month = datetime.datetime(year, 3 * quarter - 2, 5, 9, tzinfo=datetime.UTC)
    with transaction.atomic():
        for _ in range(4):
            record_event(EventKind.SENT_UP, ua1, at=first_month)
        record_event(EventKind.CAMPAIGN_PUBLISHED, ua1, at=first_month)
        record_event(EventKind.PAGE_PUBLISHED, g1, at=first_month)
    fold()
    bump(g1, first_month, {"cases_due": 4, "cases_on_time": 3})
    plan = Plan.objects.create(organization=org_tree["a"], year=year, status=PlanStatus.ACTIVE)
    Target.objects.create(plan=plan, indicator="cases_on_time", value=90)

    report = GenerateReport(ua1, year, quarter, actor=people["ua1_editor"]).execute()
    rows = _rows(report)
    # Per-unit counts are UA1's own, against the year's target pro rata.
    assert rows["articles_sent_up"]["value"] == "4"
    assert rows["articles_sent_up"]["target"] == "30"
    assert rows["articles_sent_up"]["status_label"] == (
        "Chưa đạt" if quarter == 4 else "Chậm tiến độ"
    )
    assert rows["campaigns"]["value"] == "1" and rows["campaigns"]["status_label"] == "Đạt"
    # Rates cover the subtree (G1's cases count in UA1's report); A's plan sets the target.
    assert rows["cases_on_time"]["value"] == "75"
    assert rows["cases_on_time"]["numerator"] == 3 and rows["cases_on_time"]["denominator"] == 4
    assert rows["cases_on_time"]["target"] == "90"
    assert rows["cases_on_time"]["target_set_by"] == "Liên đoàn Lao động tỉnh A"
    assert rows["cases_on_time"]["status_label"] == "Chưa đạt"
    assert rows["misinfo_handled"]["value"] is None
    assert rows["misinfo_handled"]["status_label"] == "Không phát sinh"
    assert report.title.endswith(f"quý {quarter}/{year}")

    # Frozen: later figures change nothing until the report is regenerated (same row).
    bump(g1, first_month, {"cases_due": 1, "cases_on_time": 1})
    report.refresh_from_db()
    assert _rows(report)["cases_on_time"]["value"] == "75"
    again = GenerateReport(ua1, year, quarter, actor=people["ua1_editor"]).execute()
    assert again.pk == report.pk
    assert _rows(again)["cases_on_time"]["value"] == "80"
    assert [e.action for e in again.events.all()] == ["created", "regenerated"]


def test_status_against_the_year_target_pro_rata(org_tree, people):
    ua1, editor = org_tree["ua1"], people["ua1_editor"]
    with transaction.atomic():
        for _ in range(8):
            record_event(
                EventKind.SENT_UP, ua1, at=datetime.datetime(2025, 2, 3, tzinfo=datetime.UTC)
            )
    fold()
    bump(ua1, datetime.date(2025, 1, 1), {"leaders_total": 10, "leaders_trained": 5})

    def status(quarter, key="articles_sent_up"):
        report = GenerateReport(ua1, 2025, quarter, actor=editor).execute()
        return _rows(report)[key]["status_label"], _rows(report)[key]["year_to_date"]

    assert status(1) == ("Đúng tiến độ", "8")  # 8 x 4 >= 30
    assert status(2) == ("Chậm tiến độ", "8")  # 8 x 4 < 30 x 2
    assert status(4) == ("Chưa đạt", "8")  # the year is over
    assert status(0) == ("Chưa đạt", "8")
    # Training: 50% of 70% by 2028 is still being worked on in 2025.
    assert status(0, "leaders_trained") == ("Đang thực hiện (hạn 2028)", "50")
    with transaction.atomic():
        for _ in range(22):
            record_event(
                EventKind.SENT_UP, ua1, at=datetime.datetime(2025, 11, 3, tzinfo=datetime.UTC)
            )
    fold()
    assert status(0) == ("Đạt", "30")
    assert status(1) == ("Đúng tiến độ", "8")  # Q1 still counts Q1 only


def test_report_submitted_upward_and_approved(org_tree, people, current):
    year, quarter = current
    ua1 = org_tree["ua1"]
    report = GenerateReport(ua1, year, quarter, actor=people["ua1_editor"]).execute()
    _write(
        report,
        people["ua1_editor"],
        shortcomings="Một số công đoàn cơ sở chưa có trang riêng.",
        proposals="Đề nghị Liên đoàn Lao động tỉnh mở lớp tập huấn viết tin.",
    )
    # An editor writes, only an admin of the organisation sends it up.
    with pytest.raises(PermissionDenied):
        SubmitReport(report, actor=people["ua1_editor"]).execute()
    SubmitReport(report, actor=people["ua1_admin"]).execute()
    report.refresh_from_db()
    assert report.status == ReportStatus.SUBMITTED
    assert report.recipient == org_tree["a"]
    assert report.on_time is True
    due_month = Period.month(report.due_date.year, report.due_date.month)
    assert own_totals(ua1, due_month, series=["reports_due", "reports_on_time"]) == {
        "reports_due": 1,
        "reports_on_time": 1,
    }

    ApproveReport(report, actor=people["a_admin"], note="Đồng ý.").execute()
    report.refresh_from_db()
    assert report.status == ReportStatus.APPROVED
    assert report.decided_by == people["a_admin"]
    trail = list(report.events.values_list("action", "from_status", "to_status", "actor__email"))
    assert trail == [
        ("created", "", "draft", "bien-tap.ua1@example.vn"),
        ("edited", "draft", "draft", "bien-tap.ua1@example.vn"),
        ("submitted", "draft", "submitted", "quan-tri.ua1@example.vn"),
        ("approved", "submitted", "approved", "quan-tri.a@example.vn"),
    ]
    assert report.events.last().note == "Đồng ý."
    # Approved: nothing more to decide, nothing to regenerate.
    with pytest.raises(ValidationError, match="Đã được duyệt"):
        ReturnReport(report, actor=people["a_admin"], reason="Muộn").execute()
    with pytest.raises(ValidationError, match="không thể lập lại số liệu"):
        GenerateReport(ua1, year, quarter, actor=people["ua1_admin"]).execute()


def test_returned_then_resubmitted_counts_once(org_tree, people, past_quarter):
    year, quarter = past_quarter
    ua1 = org_tree["ua1"]
    report = GenerateReport(ua1, year, quarter, actor=people["ua1_admin"]).execute()
    _write(report, people["ua1_admin"])
    SubmitReport(report, actor=people["ua1_admin"]).execute()

    with pytest.raises(ValidationError, match="Lý do trả lại"):
        ReturnReport(report, actor=people["a_admin"], reason="   ").execute()
    ReturnReport(
        report, actor=people["a_admin"], reason="Bổ sung số liệu tập huấn quý này."
    ).execute()
    report.refresh_from_db()
    assert report.status == ReportStatus.RETURNED
    assert report.return_reason == "Bổ sung số liệu tập huấn quý này."
    # Returned: the organisation corrects it and sends it again.
    _write(report, people["ua1_editor"], results="Đã bổ sung số liệu tập huấn.")
    GenerateReport(ua1, year, quarter, actor=people["ua1_editor"]).execute()
    SubmitReport(report, actor=people["ua1_admin"]).execute()
    report.refresh_from_db()
    assert report.status == ReportStatus.SUBMITTED and report.return_reason == ""
    assert report.results == "Đã bổ sung số liệu tập huấn."
    # Late (the period ended over a year ago), counted once despite two submissions.
    assert report.on_time is False
    due_month = Period.month(report.due_date.year, report.due_date.month)
    assert own_totals(ua1, due_month, series=["reports_due", "reports_on_time"]) == {
        "reports_due": 1,
        "reports_on_time": 0,
    }
    ApproveReport(report, actor=people["a_admin"]).execute()
    actions = list(report.events.values_list("action", flat=True))
    assert actions == [
        "created",
        "edited",
        "submitted",
        "returned",
        "edited",
        "regenerated",
        "submitted",
        "approved",
    ]


def test_a_sibling_cannot_approve_nor_see(org_tree, people, current):
    report = GenerateReport(org_tree["ua1"], *current, actor=people["ua1_admin"]).execute()
    _write(report, people["ua1_admin"])
    SubmitReport(report, actor=people["ua1_admin"]).execute()
    for actor in (people["ua2_admin"], people["stranger"]):
        with pytest.raises(ReportNotFound):
            ApproveReport(report, actor=actor).execute()
        with pytest.raises(ReportNotFound):
            ReturnReport(report, actor=actor, reason="Không đạt").execute()
    # The sender's own admin sees it but is not the level it was sent to.
    with pytest.raises(PermissionDenied, match="Liên đoàn Lao động tỉnh A"):
        ApproveReport(report, actor=people["ua1_admin"]).execute()
    report.refresh_from_db()
    assert report.status == ReportStatus.SUBMITTED
    assert list(report.events.values_list("action", flat=True)) == [
        "created",
        "edited",
        "submitted",
    ]
    # A foreign organisation's report cannot be generated either.
    with pytest.raises(PermissionDenied):
        GenerateReport(org_tree["ua1"], *current, actor=people["ua2_admin"]).execute()
    assert isinstance(ReportNotFound(), ObjectDoesNotExist)


def test_commentary_cannot_change_after_submission(org_tree, people, current):
    report = GenerateReport(org_tree["ua1"], *current, actor=people["ua1_admin"]).execute()
    _write(report, people["ua1_admin"], proposals="Đề xuất ban đầu.")
    SubmitReport(report, actor=people["ua1_admin"]).execute()
    for actor in (people["ua1_editor"], people["ua1_admin"], people["a_admin"]):
        with pytest.raises(ValidationError, match="sửa nội dung báo cáo đã gửi cấp trên"):
            EditReport(report, actor=actor, proposals="Đề xuất đã sửa.").execute()
        with pytest.raises(ValidationError, match="không thể lập lại số liệu"):
            GenerateReport(org_tree["ua1"], *current, actor=actor).execute()
    report.refresh_from_db()
    assert report.proposals == "Đề xuất ban đầu."
    assert report.events.filter(action="edited").count() == 1


def test_bad_input_is_refused_with_nothing_written(org_tree, people, current):
    ua1, admin = org_tree["ua1"], people["ua1_admin"]
    with pytest.raises(ValidationError, match="2023-2028"):
        GenerateReport(ua1, 2019, 1, actor=admin).execute()
    with pytest.raises(ValidationError, match="quý 1, 2, 3, 4 hoặc cả năm"):
        GenerateReport(ua1, current[0], 5, actor=admin).execute()
    with pytest.raises(ValidationError, match="chưa bắt đầu"):
        GenerateReport(ua1, 2028, 4, actor=admin).execute()
    assert not Report.objects.exists()
    report = GenerateReport(ua1, *current, actor=admin).execute()
    with pytest.raises(ValidationError, match="Phần “Kết quả” chưa có nội dung"):
        SubmitReport(report, actor=admin).execute()
    with pytest.raises(ValidationError, match=r"dài quá 20\.000 ký tự"):
        EditReport(report, actor=admin, results="x" * 20_001).execute()
    # The top of the tree has nobody to report to.
    top = GenerateReport(org_tree["tld"], *current, actor=people["tld_admin"]).execute()
    _write(top, people["tld_admin"])
    with pytest.raises(ValidationError, match="không có đơn vị cấp trên"):
        SubmitReport(top, actor=people["tld_admin"]).execute()
    report.refresh_from_db()
    assert report.status == ReportStatus.DRAFT and report.results == ""
    # A dissolved organisation sends nothing more.
    g2 = org_tree["g2"]
    g2_report = GenerateReport(g2, *current, actor=admin).execute()
    _write(g2_report, admin)
    Organization.objects.filter(pk=g2.pk).update(status=OrgStatus.DISSOLVED)
    with pytest.raises(ValidationError, match="không còn hoạt động"):
        SubmitReport(g2_report, actor=admin).execute()


def test_the_parent_can_forward_to_its_own_parent(org_tree, people, current):
    report = GenerateReport(org_tree["ua1"], *current, actor=people["ua1_admin"]).execute()
    _write(report, people["ua1_admin"])
    SubmitReport(report, actor=people["ua1_admin"]).execute()
    ForwardReport(report, actor=people["a_admin"], note="Kính chuyển Tổng Liên đoàn.").execute()
    report.refresh_from_db()
    assert report.status == ReportStatus.SUBMITTED and report.recipient == org_tree["tld"]
    # Now only TLD's admins decide; A's admin is no longer the recipient's admin.
    with pytest.raises(PermissionDenied, match="Tổng Liên đoàn Lao động Việt Nam"):
        ApproveReport(report, actor=people["a_admin"]).execute()
    ApproveReport(report, actor=people["tld_admin"]).execute()
    report.refresh_from_db()
    assert report.status == ReportStatus.APPROVED
    assert report.events.get(action="forwarded").organization == org_tree["tld"]
    assert Decimal(_rows(report)["articles_sent_up"]["target"]) == 30


def test_snapshot_statements_do_not_depend_on_the_subtree(org_tree):
    from programme.reports import build_snapshot
    from tests.statements import statements

    with statements() as small:
        build_snapshot(org_tree["g1"], 2026, 2)
    with statements() as large:
        build_snapshot(org_tree["tld"], 2026, 0)
    assert len(small) == len(large) <= 6, large
