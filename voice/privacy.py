"""Data-subject requests (Law 91/2025/QH15, Decree 356/2025/ND-CP): who may handle them,
their clocks, how the subject's cases are found, and the access export.

Clocks (docs/personal-data.md): a request is acknowledged within
``VOICE_DSR_ACK_WORKING_DAYS`` working days (2; Saturdays, Sundays and the national holidays
kept on the root organisations do not count), completed within ``VOICE_DSR_COMPLETE_DAYS``
days (15) of receipt, and may be extended once by ``VOICE_DSR_EXTENSION_DAYS`` (15).

The "data protection officer" (DPO) is a platform operator (superuser) or a supervisor
handler (``Handler.Role.SUPERVISOR``) on a root organisation of the tree; only they see and
act on requests and breaches.
"""

from __future__ import annotations

import datetime
import hmac
import html
import json
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.utils import timezone

from voice import codes, crypto
from voice.models import (
    Case,
    CaseAccess,
    DataSubjectRequest,
    Handler,
    Holiday,
    MessageKind,
)

DSR = DataSubjectRequest
#: States in which a request's clocks still run.
OPEN_STATES = (DSR.State.RECEIVED, DSR.State.ACKNOWLEDGED, DSR.State.EXTENDED)
BAD_SECRET = "Mã vụ việc hoặc mã bí mật không đúng."


def is_dpo(user) -> bool:
    """Superuser, or supervisor handler on a root organisation (depth 1)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    return Handler.objects.filter(
        user=user, role=Handler.Role.SUPERVISOR, organization__depth=1
    ).exists()


# --- clocks ----------------------------------------------------------------------------------


def _holidays(start: datetime.date, end: datetime.date) -> set[datetime.date]:
    """National holidays (rows on a root organisation) between two dates."""
    return set(
        Holiday.objects.filter(organization__depth=1, date__range=(start, end)).values_list(
            "date", flat=True
        )
    )


def add_working_days(start: datetime.datetime, days: int) -> datetime.datetime:
    """``start`` moved on by ``days`` working days at the same time of day (Vietnam time):
    every day after ``start`` counts when it is not a Saturday, Sunday or national holiday.
    A request received on Saturday at 10:00 with 2 days is due on Tuesday at 10:00."""
    local = timezone.localtime(start)
    holidays = _holidays(local.date(), local.date() + datetime.timedelta(days=days * 3 + 30))
    day, counted = local, 0
    while counted < days:
        day = day + datetime.timedelta(days=1)
        if day.weekday() < 5 and day.date() not in holidays:
            counted += 1
    # Same wall-clock time on the target day (Vietnam has no daylight saving).
    return day


def acknowledge_due(received_at: datetime.datetime) -> datetime.datetime:
    return add_working_days(received_at, settings.VOICE_DSR_ACK_WORKING_DAYS)


def complete_due(received_at: datetime.datetime) -> datetime.datetime:
    return received_at + datetime.timedelta(days=settings.VOICE_DSR_COMPLETE_DAYS)


@dataclass(frozen=True)
class Clock:
    """Where a request stands: ``level`` is "done", "ok", "soon" (within a day) or
    "overdue"; ``due`` the next deadline; ``label`` Vietnamese text for screens."""

    level: str
    due: datetime.datetime | None
    label: str


def _fmt(value: datetime.datetime) -> str:
    return timezone.localtime(value).strftime("%d/%m/%Y %H:%M")


def dsr_clock(dsr: DataSubjectRequest, now: datetime.datetime | None = None) -> Clock:
    now = now or timezone.now()
    if dsr.state not in OPEN_STATES:
        return Clock("done", None, dsr.get_state_display())
    if dsr.acknowledged_at is None and dsr.state == DSR.State.RECEIVED:
        due, what = dsr.acknowledge_due, "xác nhận"
        if dsr.due < due:
            due, what = dsr.due, "hoàn thành"
    else:
        due, what = dsr.due, "hoàn thành"
    if due <= now:
        return Clock("overdue", due, f"Quá hạn {what} từ {_fmt(due)}")
    if due - now <= datetime.timedelta(days=1):
        return Clock("soon", due, f"Sắp đến hạn {what}: {_fmt(due)}")
    return Clock("ok", due, f"Hạn {what}: {_fmt(due)}")


def breach_clock(breach, now: datetime.datetime | None = None) -> Clock:
    now = now or timezone.now()
    if breach.notified_at is not None:
        return Clock("done", None, f"Đã thông báo lúc {_fmt(breach.notified_at)}")
    if breach.notify_due <= now:
        return Clock(
            "overdue", breach.notify_due, f"Quá hạn thông báo từ {_fmt(breach.notify_due)}"
        )
    if breach.notify_due - now <= datetime.timedelta(hours=24):
        return Clock("soon", breach.notify_due, f"Sắp đến hạn thông báo: {_fmt(breach.notify_due)}")
    return Clock("ok", breach.notify_due, f"Hạn thông báo: {_fmt(breach.notify_due)}")


# --- finding the subject's cases -------------------------------------------------------------


def new_reference() -> str:
    """A request's reference, e.g. ``YC-7K2M-9QXD`` (unique in the table)."""
    while True:
        ref = f"YC-{codes.new_code()}"
        if not DataSubjectRequest.objects.filter(reference=ref).exists():
            return ref


def verify_case_secret(code: str, secret: str) -> Case:
    """The case whose code and follow-up secret the worker typed, or a ``ValidationError``
    (the same message whether the code or the secret is wrong)."""
    code = codes.normalise(code or "")
    case = Case.objects.filter(code=code).first() if code else None
    expected = case.secret_hash if case is not None else "0" * 52
    given = crypto.secret_hash(codes.normalise(secret or "")) if secret else ""
    if case is None or not given or not hmac.compare_digest(expected, given):
        raise ValidationError(BAD_SECRET, code="bad_secret")
    return case


def subject_cases(*, member=None, contact: str = ""):
    """Cases of one person: theirs as a signed-in member, or sent with this phone/e-mail."""
    q = Q()
    if member is not None:
        q |= Q(member=member)
    index = crypto.blind_index(contact) if contact else ""
    if index:
        q |= Q(contact_index=index)
    if not q:
        return Case.objects.none()
    return Case.objects.filter(q)


# --- access export ---------------------------------------------------------------------------


@dataclass
class Export:
    data: dict
    json_bytes: bytes
    text: str
    html: str


def _dt(value):
    return timezone.localtime(value).strftime("%d/%m/%Y %H:%M") if value else ""


def _case_data(case: Case) -> dict:
    messages = [
        {
            "loai": m.get_kind_display(),
            "thoi_diem": _dt(m.created_at),
            "noi_dung": m.body,
        }
        for m in case.messages.exclude(kind=MessageKind.NOTE).order_by("created_at", "id")
    ]
    consents = [
        {
            "muc_dich": c.get_purpose_display(),
            "phien_ban_thong_bao": c.notice_version,
            "ma_bam_thong_bao": c.notice_sha256,
            "noi_dung_thong_bao": c.notice.text,
            "kenh": c.get_channel_display(),
            "dong_y_luc": _dt(c.given_at),
            "rut_lai_luc": _dt(c.withdrawn_at),
        }
        for c in case.consents.select_related("notice").order_by("given_at", "id")
    ]
    access = [
        {"hanh_dong": CaseAccess.Action(row["action"]).label, "so_lan": row["n"]}
        for row in case.accesses.values("action").annotate(n=Count("id")).order_by("action")
    ]
    return {
        "ma_vu_viec": case.code,
        "loai": case.get_kind_display(),
        "trang_thai": case.get_status_display(),
        "linh_vuc": case.get_topic_display() if case.topic else "",
        "kenh": case.get_channel_display(),
        "che_do_danh_tinh": case.get_identity_mode_display(),
        "don_vi_xu_ly": case.organization.name,
        "tiep_nhan_luc": _dt(case.received_at),
        "da_xoa_luc": _dt(case.erased_at),
        "luu_den": case.retention_until.strftime("%d/%m/%Y") if case.retention_until else "",
        "tieu_de": case.title,
        "noi_dung": case.body,
        "ho_ten": case.contact_name,
        "dien_thoai": case.contact_phone,
        "email": case.contact_email,
        "noi_lam_viec": case.workplace,
        "duong_dan": case.link,
        "tep_dinh_kem": [
            {"ten": a.name, "loai": a.content_type, "kich_thuoc": a.size}
            for a in case.attachments.all()
        ],
        "trao_doi": messages,
        "su_dong_y": consents,
        "nhat_ky_truy_cap": access,
    }


def _render_text(data: dict) -> str:
    lines = [
        "BẢN SAO DỮ LIỆU CÁ NHÂN",
        f"Yêu cầu: {data['yeu_cau']}   Lập lúc: {data['lap_luc']}",
        "",
    ]
    for case in data["vu_viec"]:
        lines.append(f"== Vụ việc {case['ma_vu_viec']} ({case['loai']}, {case['trang_thai']})")
        for key, value in case.items():
            if isinstance(value, list):
                lines.append(f"{key}:")
                for item in value:
                    lines.append("  - " + "; ".join(f"{k}: {v}" for k, v in item.items()))
            elif key != "ma_vu_viec":
                lines.append(f"{key}: {value}")
        lines.append("")
    return "\n".join(lines)


def _render_html(text: str) -> str:
    return (
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        "<title>Bản sao dữ liệu cá nhân</title></head><body><pre>"
        f"{html.escape(text)}</pre></body></html>"
    )


def export_subject(dsr: DataSubjectRequest, actor=None) -> Export:
    """Everything held about the request's subject, as JSON and readable text/HTML.
    Each case exported is logged as a ``CaseAccess`` of action ``export``."""
    cases = list(dsr.cases.select_related("organization").order_by("received_at", "id"))
    data = {
        "yeu_cau": dsr.reference,
        "lap_luc": _dt(timezone.now()),
        "vu_viec": [_case_data(c) for c in cases],
    }
    actor_row = actor if getattr(actor, "pk", None) else None
    CaseAccess.objects.bulk_create(
        [
            CaseAccess(
                case=c, user=actor_row, action=CaseAccess.Action.EXPORT, reason=dsr.reference
            )
            for c in cases
        ]
    )
    text = _render_text(data)
    return Export(
        data=data,
        json_bytes=json.dumps(data, ensure_ascii=False, indent=2).encode(),
        text=text,
        html=_render_html(text),
    )
