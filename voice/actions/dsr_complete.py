"""Complete a data-subject request, doing what it asks:

* access: the export (``voice.privacy.export_subject``), logged per case;
* correction: the contact details given in ``corrections`` replace the stored ones;
* erasure: every case of the request erased (``EraseCase``);
* withdrawal: the consents of ``purposes`` withdrawn (``WithdrawConsent``);
* restriction: recorded with its ``outcome`` (what was restricted, by hand).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone

from voice import crypto, privacy
from voice.actions.dsr_base import DSR, DsrAction
from voice.actions.erase_case import EraseCase
from voice.actions.withdraw_consent import WithdrawConsent
from voice.models import Purpose
from voice.signals import case_changed

CORRECTABLE = {
    "contact_name": "họ tên",
    "contact_phone": "điện thoại",
    "contact_email": "email",
    "workplace": "nơi làm việc",
}


@dataclass
class Completed:
    request: DSR
    export: privacy.Export | None = None
    cases: int = 0


def contact_index_of(phone: str, email: str) -> str:
    """The blind index a case is found by: its phone number, else its e-mail."""
    return crypto.blind_index(phone) or crypto.blind_index(email)


class CompleteDataRequest(DsrAction):
    step = "completed"

    def __init__(self, dsr, *, outcome: str = "", corrections=None, purposes=None, actor=None):
        super().__init__(dsr, actor=actor)
        self.outcome = (outcome or "").strip()
        self.corrections = {k: (v or "").strip() for k, v in (corrections or {}).items()}
        self.purposes = list(purposes or [])

    def validate(self) -> None:
        super().validate()
        kind = self.dsr.kind
        if len(self.outcome) > 2000:
            raise ValidationError("Kết quả dài quá 2000 ký tự.", code="too_long")
        if kind == DSR.Kind.CORRECTION:
            unknown = set(self.corrections) - set(CORRECTABLE)
            if unknown or not any(self.corrections.values()):
                raise ValidationError(
                    "Cần nhập thông tin cần chỉnh sửa (họ tên, điện thoại, email, nơi làm việc).",
                    code="corrections",
                )
            email = self.corrections.get("contact_email")
            if email:
                try:
                    validate_email(email)
                except ValidationError:
                    raise ValidationError("Email không hợp lệ.", code="email") from None
            phone = self.corrections.get("contact_phone")
            if phone and not 9 <= len(crypto.normalise_contact(phone)) <= 11:
                raise ValidationError("Số điện thoại không hợp lệ.", code="phone")
        if kind == DSR.Kind.WITHDRAWAL and (
            not self.purposes or any(p not in Purpose.values for p in self.purposes)
        ):
            raise ValidationError("Cần chọn sự đồng ý muốn rút lại.", code="purposes")
        if kind == DSR.Kind.RESTRICTION and not self.outcome:
            raise ValidationError("Cần ghi rõ việc xử lý dữ liệu đã được hạn chế thế nào.")

    def perform(self) -> Completed:
        dsr, kind = self.dsr, self.dsr.kind
        cases = list(dsr.cases.select_for_update().order_by("pk"))
        result = Completed(dsr, cases=len(cases))
        if kind == DSR.Kind.ACCESS:
            result.export = privacy.export_subject(dsr, self.actor)
            outcome = f"Đã cung cấp bản sao dữ liệu của {len(cases)} vụ việc."
        elif kind == DSR.Kind.CORRECTION:
            for case in cases:
                if case.erased_at is not None:
                    continue
                for field, value in self.corrections.items():
                    if value:
                        setattr(case, field, value)
                case.contact_index = contact_index_of(case.contact_phone, case.contact_email)
                case.save()
                case_changed.send(
                    sender=type(self),
                    action="corrected",
                    case=case,
                    actor=self.actor,
                    organization=case.organization,
                )
            fields = ", ".join(CORRECTABLE[f] for f, v in self.corrections.items() if v)
            outcome = f"Đã chỉnh sửa {fields} trong {len(cases)} vụ việc."
        elif kind == DSR.Kind.ERASURE:
            for case in cases:
                EraseCase(case, reason=EraseCase.DSR, actor=self.actor).execute()
            outcome = f"Đã xoá dữ liệu cá nhân của {len(cases)} vụ việc."
        elif kind == DSR.Kind.WITHDRAWAL:
            n = 0
            for case in cases:
                for purpose in self.purposes:
                    if case.consents.filter(purpose=purpose, withdrawn_at__isnull=True).exists():
                        WithdrawConsent(case, purpose=purpose, actor=self.actor).execute()
                        n += 1
            outcome = f"Đã rút lại {n} sự đồng ý."
        else:
            outcome = ""
        now = timezone.now()
        dsr.refresh_from_db()  # erasure blanked its details
        dsr.state = DSR.State.COMPLETED
        dsr.acknowledged_at = dsr.acknowledged_at or now
        dsr.completed_at = now
        dsr.outcome = "\n".join(x for x in (outcome, self.outcome) if x)
        dsr.handled_by = self.actor_row or dsr.handled_by
        dsr.save(
            update_fields=["state", "acknowledged_at", "completed_at", "outcome", "handled_by"]
        )
        return result
