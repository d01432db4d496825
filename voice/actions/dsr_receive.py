"""Receive a data-subject request: from the worker (case code and follow-up secret) or
from a data protection officer on behalf of a member (the member's account and/or the
phone number or e-mail they used). The request gets a reference and its clocks.

A withdrawal of consent (``purposes`` given) takes effect at once, in this transaction,
and the request is completed immediately: withdrawing must be as easy as consenting.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from congdoan.actions import Action
from voice import crypto, dpo_alerts, privacy
from voice.actions.dsr_base import DSR, NOT_DPO, logger
from voice.actions.withdraw_consent import WithdrawConsent
from voice.models import Purpose

MAX_DETAILS = 5000


@dataclass
class Received:
    request: DSR
    withdrawn: int = 0  # consents withdrawn at once (withdrawal requests)


class ReceiveDataRequest(Action):
    public = True

    def __init__(
        self,
        *,
        kind: str,
        case_code: str = "",
        secret: str = "",
        member=None,
        contact: str = "",
        details: str = "",
        purposes: list[str] | None = None,
        actor=None,
    ):
        super().__init__(actor=actor)
        self.kind = kind
        self.case_code, self.secret = case_code, secret
        self.member, self.contact = member, (contact or "").strip()
        self.details = details or ""
        self.purposes = list(purposes or [])

    def validate(self) -> None:
        if self.kind not in DSR.Kind.values:
            raise ValidationError("Loại yêu cầu không hợp lệ.", code="kind")
        if len(self.details) > MAX_DETAILS:
            raise ValidationError(f"Nội dung yêu cầu dài quá {MAX_DETAILS} ký tự.", code="too_long")
        bad = [p for p in self.purposes if p not in Purpose.values]
        if bad:
            raise ValidationError("Mục đích đồng ý không hợp lệ.", code="purpose")
        if self.kind == DSR.Kind.WITHDRAWAL and not self.purposes:
            raise ValidationError("Cần chọn sự đồng ý muốn rút lại.", code="purposes")
        if self.case_code or self.secret:
            self.cases = [privacy.verify_case_secret(self.case_code, self.secret)]
            self.by_worker = True
        else:
            if self.member is None and not self.contact:
                raise ValidationError(
                    "Cần mã vụ việc và mã bí mật, hoặc (cán bộ tiếp nhận) tài khoản đoàn viên "
                    "hoặc số điện thoại/email để tìm dữ liệu.",
                    code="subject",
                )
            if self.contact and not crypto.normalise_contact(self.contact):
                raise ValidationError("Số điện thoại hoặc email không hợp lệ.", code="contact")
            self.by_worker = False

    def check_permission(self) -> None:
        if not self.by_worker and not privacy.is_dpo(self.actor):
            raise PermissionDenied(NOT_DPO)

    def perform(self) -> Received:
        now = timezone.now()
        if not self.by_worker:
            self.cases = list(privacy.subject_cases(member=self.member, contact=self.contact))
        first = self.cases[0] if self.cases else None
        index = crypto.blind_index(self.contact) if self.contact else ""
        dsr = DSR.objects.create(
            reference=privacy.new_reference(),
            kind=self.kind,
            contact_index=index or (first.contact_index if first else ""),
            member=self.member or (first.member if first else None),
            details=self.details,
            received_at=now,
            acknowledge_due=privacy.acknowledge_due(now),
            due=privacy.complete_due(now),
            handled_by=None if self.by_worker else self.actor_row,
        )
        dsr.cases.set(self.cases)
        withdrawn = 0
        if self.kind == DSR.Kind.WITHDRAWAL:
            for case in self.cases:
                for purpose in self.purposes:
                    if case.consents.filter(purpose=purpose, withdrawn_at__isnull=True).exists():
                        WithdrawConsent(case, purpose=purpose).execute()
                        withdrawn += 1
            labels = ", ".join(str(Purpose(p).label) for p in self.purposes)
            dsr.state = DSR.State.COMPLETED
            dsr.acknowledged_at = dsr.completed_at = now
            dsr.outcome = f"Đã rút lại sự đồng ý ({labels}) ngay khi nhận yêu cầu."
            dsr.save(update_fields=["state", "acknowledged_at", "completed_at", "outcome"])
        return Received(dsr, withdrawn)

    def audit(self, result) -> None:
        logger.info(
            "dsr %s received (%s, %d cases)", result.request.reference, self.kind, len(self.cases)
        )

    def signal(self, result) -> None:
        dpo_alerts.request_received(result.request)
