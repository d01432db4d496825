"""The communication programme in the demo: a year of figures for the Hà Nội branch, its
plan and public indicators, channels, a cadre roster with a course, and a quarterly report
waiting in the federation's inbox (called by the ``demo`` command).

Plans, channels, training and reports go through the same actions as the admin screens. The
past months' publications are written as ``PublicationEvent`` rows (what publishing writes as it
happens) and folded into the figures, so the dashboard, the reports and the ``programme`` API
read them exactly as they read live ones. Seeded with a fixed random generator: the same
figures on every machine. Idempotent: a second run adds nothing.
"""

from __future__ import annotations

import datetime
import logging
import random

from django.utils import timezone

from demo.tenants import demo_account
from demo.tree import PROVINCE_ADMIN_EMAIL
from hierarchy.generator import province_code
from hierarchy.models import Level, Organization, Status
from programme.actions.activate_plan import ActivatePlan
from programme.actions.check_channel import CheckChannel
from programme.actions.create_course import CreateCourse
from programme.actions.declare_products import DeclareProducts
from programme.actions.edit_report import EditReport
from programme.actions.generate_report import GenerateReport
from programme.actions.record_completion import RecordCompletion
from programme.actions.save_cadre import SaveCadre
from programme.actions.save_channel import SaveChannel
from programme.actions.save_plan_targets import SavePlanTargets
from programme.actions.set_public_indicators import SetPublicIndicators
from programme.actions.submit_report import SubmitReport
from programme.models import Cadre, Course, EventKind, Plan, PublicationEvent, Report
from programme.recording import fold

COURSE_CODE = "TH-TT-2026-HN"
PUBLIC = ["articles_sent_up", "campaigns", "cases_on_time", "misinfo_handled", "digital_share"]
LEADER_NAMES = ["Nguyễn Thị Thu Hà", "Trần Văn Minh", "Lê Thị Hồng", "Phạm Quốc Bảo"]
CADRE_NAMES = ["Đỗ Thị Lan", "Vũ Văn Nam", "Hoàng Thị Mai", "Bùi Đức Anh", "Ngô Thị Yến"]


def _months(today: datetime.date) -> list[datetime.date]:
    return [datetime.date(today.year, m, 1) for m in range(1, today.month + 1)]


def _at(month: datetime.date, rng: random.Random) -> datetime.datetime:
    day = rng.randint(1, 27)
    return timezone.make_aware(datetime.datetime(month.year, month.month, day, 9, 30))


def _history(units: list[Organization], province: Organization, today, rng) -> None:
    """Publications of the year so far, month by month (units lag in the recent months, as
    the laggards list should show)."""
    events = []
    for month in _months(today):
        for org in [province, *units]:
            grassroots = org.level == Level.GRASSROOTS
            weak = org.pk % 4 == 0  # a quarter of the units lag
            kinds = {
                EventKind.PAGE_PUBLISHED: rng.randint(0, 2 if weak else 6),
                EventKind.SENT_UP: rng.randint(0, 1 if weak else 4) if org != province else 0,
                EventKind.CAMPAIGN_PUBLISHED: int(rng.random() < (0.05 if grassroots else 0.2)),
            }
            kinds[EventKind.CARRIED_UP] = rng.randint(0, kinds[EventKind.SENT_UP])
            for kind, n in kinds.items():
                events += [
                    PublicationEvent(
                        kind=kind,
                        occurred_at=_at(month, rng),
                        organization=org,
                        org_path=org.path,
                        tenant_id=org.tenant_id,
                        product="articlepage"
                        if kind != EventKind.CAMPAIGN_PUBLISHED
                        else "campaignpage",
                    )
                    for _ in range(n)
                ]
    PublicationEvent.objects.bulk_create(events, batch_size=2000)
    while fold():
        pass


def seed_demo_programme() -> dict | None:
    # The training actions log every roster entry (their audit trail): not on the demo's
    # console, which shows where to look.
    training_log = logging.getLogger("programme.training")
    level = training_log.level
    training_log.setLevel(logging.WARNING)
    try:
        return _seed()
    finally:
        training_log.setLevel(level)


def _seed() -> dict | None:
    hanoi = Organization.objects.filter(code=province_code("Hà Nội")).first()
    if hanoi is None:
        return None
    admin = demo_account(PROVINCE_ADMIN_EMAIL, "Quản trị", "Hà Nội")
    today = timezone.localdate()
    year = today.year
    result = {"org": hanoi.code, "year": year, "admin": PROVINCE_ADMIN_EMAIL}
    if Plan.objects.filter(organization=hanoi, year=year).exists():
        result["events"] = PublicationEvent.objects.filter(org_path__startswith=hanoi.path).count()
        return result
    rng = random.Random(2026)
    active = hanoi.subtree().filter(status=Status.ACTIVE)
    uppers = list(active.filter(level=Level.UPPER_GRASSROOTS).order_by("path"))
    grassroots = list(active.filter(level=Level.GRASSROOTS).order_by("path"))

    # The federation's plan: more articles sent up from its grassroots unions than the
    # programme's default, every request answered in time (not to be lowered below).
    SavePlanTargets(
        hanoi,
        year,
        [
            {"indicator": "articles_sent_up", "value": 36, "levels": (4,)},
            {"indicator": "cases_on_time", "value": 100, "overridable": False},
            {"indicator": "digital_share", "value": 60},
        ],
        note="Kế hoạch số 12/KH-LĐLĐ thực hiện Chương trình truyền thông năm " + str(year),
        actor=admin,
    ).execute()
    ActivatePlan(hanoi, year, actor=admin).execute()
    SetPublicIndicators(hanoi, PUBLIC, actor=admin).execute()

    _history(uppers + grassroots, hanoi, today, rng)

    for month in _months(today):
        DeclareProducts(
            hanoi,
            month,
            {
                "printed": 2,
                "broadcast": rng.randint(3, 8),
                "outdoor": rng.randint(2, 6),
                "materials_total": 120 + month.month,
                "materials_digitised": 90 + 3 * month.month,
            },
            note="Bản tin Lao động Thủ đô, phóng sự phát thanh, pano tuyên truyền",
            actor=admin,
        ).execute()

    # Channels: most upper-grassroots unions have a fanpage confirmed by federation staff.
    for i, org in enumerate(uppers):
        if i % 3 == 2:
            continue  # the laggards: no channel yet
        channel = SaveChannel(
            org,
            platform="facebook",
            url=f"https://www.facebook.com/congdoan.{org.code.lower()}",
            name=f"Fanpage {org.name}",
            actor=admin,
        ).execute()
        CheckChannel(
            channel, confirmed=True, note="Đã xem trang, có bài trong tháng", actor=admin
        ).execute()

    # Training: a course of the federation, leaders of upper-grassroots unions and cadres of
    # a few grassroots unions, most of them trained.
    course = (
        Course.objects.filter(code=COURSE_CODE).first()
        or CreateCourse(
            hanoi,
            code=COURSE_CODE,
            title="Kỹ năng truyền thông số cho cán bộ công đoàn",
            mode="in_person",
            starts_on=datetime.date(year, 3, 10),
            ends_on=datetime.date(year, 3, 12),
            hours=24,
            actor=admin,
        ).execute()
    )
    people = [(org, "leader", LEADER_NAMES[: 2 + i % 2]) for i, org in enumerate(uppers)]
    people += [(org, "cadre", CADRE_NAMES[: 2 + i % 4]) for i, org in enumerate(grassroots[:40])]
    n = 0
    for org, category, names in people:
        for name in names:
            n += 1
            cadre = SaveCadre(
                organization=org,
                code=f"CB{n:04d}",
                full_name=name,
                category=category,
                active_from=datetime.date(year - 2, 1, 1),
                actor=admin,
            ).execute()
            if rng.random() < 0.6:
                RecordCompletion(
                    cadre,
                    course,
                    completed=True,
                    completed_on=course.ends_on,
                    result="Đạt",
                    actor=admin,
                ).execute()
    result["cadres"] = Cadre.objects.filter(organization__path__startswith=hanoi.path).count()

    # A quarterly report of the first upper-grassroots union, sent to the federation.
    quarter = (today.month - 1) // 3 or 1
    if uppers:
        unit = uppers[0]
        report = GenerateReport(unit, year, quarter, actor=admin).execute()
        EditReport(
            report,
            actor=admin,
            results=(
                "Đăng 42 tin bài trên trang của đơn vị, gửi 15 tin bài lên trang của Liên đoàn; "
                "tổ chức chiến dịch Tháng Công nhân với 12 công đoàn cơ sở tham gia."
            ),
            shortcomings="Ba công đoàn cơ sở chưa có người phụ trách truyền thông.",
            proposals="Đề nghị Liên đoàn mở thêm lớp tập huấn kỹ năng truyền thông số.",
        ).execute()
        SubmitReport(report, actor=admin).execute()
        result["report"] = Report.objects.get(pk=report.pk).title
    # The history plus what the demo's own publishing recorded (the microsite's pages).
    result["events"] = PublicationEvent.objects.filter(org_path__startswith=hanoi.path).count()
    return result
