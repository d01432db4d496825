"""Deadlines: plain hours, working days (weekends and holidays of the organisation and its
ancestors skipped), the warning point."""

import datetime

from voice.deadlines import due_at, warn_at
from voice.models import Holiday

from .conftest import vn


def test_plain_hours(org_tree):
    start = vn(2026, 12, 4, 10)  # a Friday
    assert due_at(org_tree["g1"], start, 24, False) == vn(2026, 12, 5, 10)


def test_working_days_skip_the_weekend(org_tree):
    g1 = org_tree["g1"]
    assert due_at(g1, vn(2026, 12, 4, 10), 24, True) == vn(2026, 12, 7, 10)  # Fri -> Mon
    assert due_at(g1, vn(2026, 12, 5, 15), 24, True) == vn(2026, 12, 8, 0)  # Sat -> Tue 0:00
    assert due_at(g1, vn(2026, 12, 7, 9), 4, True) == vn(2026, 12, 7, 13)
    assert due_at(g1, vn(2026, 12, 4, 10), 48, True) == vn(2026, 12, 8, 10)


def test_holidays_of_ancestors_count_and_siblings_do_not(org_tree):
    t = org_tree
    Holiday.objects.create(organization=t["tld"], date=datetime.date(2026, 12, 7), name="Nghỉ")
    Holiday.objects.create(organization=t["a"], date=datetime.date(2026, 12, 8), name="Tỉnh A")
    Holiday.objects.create(organization=t["b"], date=datetime.date(2026, 12, 9), name="Tỉnh B")
    start = vn(2026, 12, 4, 10)
    assert due_at(t["g1"], start, 24, True) == vn(2026, 12, 9, 10)  # Mon, Tue off
    assert due_at(t["g4"], start, 24, True) == vn(2026, 12, 8, 10)  # Mon off only
    assert due_at(t["g4"], start, 48, True) == vn(2026, 12, 10, 10)  # and Wed (B's)


def test_long_window_reads_holidays_in_chunks(org_tree):
    t = org_tree
    Holiday.objects.create(organization=t["tld"], date=datetime.date(2027, 6, 1))
    start = vn(2026, 12, 1, 0)  # Tuesday
    # 150 working days of 24 h, one of them a holiday 6 months later
    due = due_at(t["g1"], start, 150 * 24, True)
    assert due.weekday() in range(5)
    assert due > vn(2027, 6, 1)


def test_warning_at_80_percent(org_tree, make_case):
    case = make_case(org_tree["g1"], received_at=vn(2026, 12, 4, 0))
    case.first_response_due = vn(2026, 12, 5, 0)
    assert warn_at(case) == vn(2026, 12, 4, 19, 12)
