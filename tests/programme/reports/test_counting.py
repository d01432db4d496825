"""Reports owed count into ``reports_due``: a punctual first submission as due and on time;
after the due date, the daily sweep counts every reporting organisation whose report had not
come as due and late; nothing is ever counted twice."""

import datetime

import pytest

import jobs
from hierarchy.models import Organization, Status
from programme.actions.edit_report import EditReport
from programme.actions.generate_report import GenerateReport
from programme.actions.submit_report import SubmitReport
from programme.figures import Period, own_totals, subtree_totals
from programme.models import ReportCount
from programme.report_jobs import sweep
from programme.reports import REPORTING_LEVELS, count_missing, periods_due_between

pytestmark = pytest.mark.django_db

SERIES = ["reports_due", "reports_on_time"]
OCTOBER = Period.month(2025, 10)  # Q3 2025 reports are due on 10 October 2025


def test_reporting_levels_and_periods_due():
    assert REPORTING_LEVELS == [2, 3, 4]
    assert periods_due_between(datetime.date(2025, 10, 1), datetime.date(2025, 10, 11)) == [
        (2025, 3)
    ]
    assert periods_due_between(datetime.date(2026, 1, 10), datetime.date(2026, 1, 11)) == [
        (2025, 4),
        (2025, 0),
    ]
    assert periods_due_between(datetime.date(2026, 1, 11), datetime.date(2026, 4, 10)) == []


def test_missing_reports_count_as_due_and_late_once(org_tree, people):
    ua1, admin = org_tree["ua1"], people["ua1_admin"]
    # Organisations created after a period owe nothing for it: this tree was created today.
    assert count_missing(2025, 3) == 0
    Organization.objects.update(valid_from=datetime.date(2023, 1, 1))
    report = GenerateReport(ua1, 2025, 3, actor=admin).execute()
    EditReport(report, actor=admin, results="Đã thực hiện.").execute()
    # Nothing was sent by 10 October 2025: every province, upper-grassroots and grassroots
    # union of the tree owed one (the national federation reports to nobody).
    assert count_missing(2025, 3, batch=3) == 10  # in four transactions
    assert count_missing(2025, 3) == 0
    Organization.objects.filter(pk=org_tree["g4"].pk).update(status=Status.DISSOLVED)
    assert count_missing(2025, 4) == 9  # a dissolved organisation owes nothing more
    assert not ReportCount.objects.filter(organization=org_tree["tld"]).exists()
    assert own_totals(ua1, OCTOBER, series=SERIES) == {"reports_due": 1, "reports_on_time": 0}
    assert subtree_totals(org_tree["a"], OCTOBER, series=SERIES) == {
        "reports_due": 6,  # A, UA1, UA2, G1, G2, G3
        "reports_on_time": 0,
    }
    # Sent late afterwards: counted once already.
    SubmitReport(report, actor=admin).execute()
    report.refresh_from_db()
    assert report.on_time is False
    assert own_totals(ua1, OCTOBER, series=SERIES) == {"reports_due": 1, "reports_on_time": 0}


def test_a_punctual_report_is_not_counted_again_by_the_sweep(org_tree, people, current):
    year, quarter = current
    ua1, admin = org_tree["ua1"], people["ua1_admin"]
    report = GenerateReport(ua1, year, quarter, actor=admin).execute()
    EditReport(report, actor=admin, results="Đã thực hiện.").execute()
    SubmitReport(report, actor=admin).execute()
    report.refresh_from_db()
    due = Period.month(report.due_date.year, report.due_date.month)
    assert own_totals(ua1, due, series=SERIES) == {"reports_due": 1, "reports_on_time": 1}
    # The day after the due date the sweep counts the others, not UA1.
    counted = sweep(report.due_date + datetime.timedelta(days=1))
    assert counted[f"{quarter}/{year}"] == 9
    # In the fourth quarter the year report, due the same day, is missing for all ten.
    year_reports = 10 if quarter == 4 else 0
    assert counted.get(f"0/{year}", 0) == year_reports
    assert own_totals(ua1, due, series=SERIES) == {
        "reports_due": 1 + year_reports // 10,
        "reports_on_time": 1,
    }
    assert subtree_totals(org_tree["tld"], due, series=SERIES) == {
        "reports_due": 10 + year_reports,
        "reports_on_time": 1,
    }
    assert ReportCount.objects.get(organization=ua1, year=year, quarter=quarter).on_time
    assert "programme.count_missing_reports" in jobs.registered()
