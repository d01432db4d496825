"""A report waiting at an organisation that is merged away waits at its successor, and its
admins (roles carried over) decide on it."""

import pytest

from hierarchy.actions import MergeOrganizations
from hierarchy.models import Kind
from programme.actions.approve_report import ApproveReport
from programme.actions.edit_report import EditReport
from programme.actions.generate_report import GenerateReport
from programme.actions.submit_report import SubmitReport
from programme.models import ReportStatus

pytestmark = pytest.mark.django_db


def test_a_waiting_report_follows_its_recipient_into_a_merger(org_tree, people, current):
    g1_report = GenerateReport(org_tree["g1"], *current, actor=people["ua1_admin"]).execute()
    EditReport(g1_report, actor=people["ua1_admin"], results="Kết quả.").execute()
    SubmitReport(g1_report, actor=people["ua1_admin"]).execute()
    g1_report.refresh_from_db()
    assert g1_report.recipient == org_tree["ua1"]

    merged = MergeOrganizations(
        [org_tree["ua1"], org_tree["ua2"]],
        code="XUA12",
        name="Công đoàn phường Hoàn Kiếm - Khu công nghiệp",
        kind=Kind.COMMUNE_UNION,
    ).execute()
    g1_report.refresh_from_db()
    assert g1_report.recipient == merged and g1_report.status == ReportStatus.SUBMITTED
    event = g1_report.events.get(action="redirected")
    assert event.note == (
        "Công đoàn phường Hoàn Kiếm được sắp xếp lại; báo cáo chuyển đến "
        "Công đoàn phường Hoàn Kiếm - Khu công nghiệp."
    )
    # UA2's admin now holds the role on the merged union: they decide.
    ApproveReport(g1_report, actor=people["ua2_admin"]).execute()
    g1_report.refresh_from_db()
    assert g1_report.status == ReportStatus.APPROVED
