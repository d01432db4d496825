"""Admin forms of sharing (Vietnamese labels, clear errors for bad codes)."""

from __future__ import annotations

import re

from django import forms
from django.core.exceptions import ValidationError
from wagtail.admin.widgets import AdminDateTimeInput

from hierarchy.models import Kind, Level, Organization
from sharing.models import ProposalAction
from sharing.scope import ScopeSpec

UPPER_KINDS = [
    (k.value, k.label)
    for k in (
        Kind.SECTOR_UNION,
        Kind.PROVINCIAL_FEDERATION,
        Kind.CORPORATE_UNION,
        Kind.INDUSTRIAL_ZONE_UNION,
        Kind.COMMUNE_UNION,
        Kind.UPPER_GRASSROOTS,
    )
]


def parse_codes(text: str, label: str) -> list[Organization]:
    """Organisations from codes separated by commas, spaces or new lines."""
    codes = [c for c in re.split(r"[\s,;]+", text or "") if c]
    if not codes:
        return []
    found = {o.code: o for o in Organization.objects.filter(code__in=codes)}
    missing = [c for c in codes if c not in found]
    if missing:
        raise ValidationError(f"{label}: không tìm thấy mã {', '.join(missing)}.")
    return [found[c] for c in dict.fromkeys(codes)]


class ScopeForm(forms.Form):
    scope_root = forms.CharField(
        label="Gốc phạm vi (mã đơn vị)",
        max_length=32,
        help_text="Toàn bộ đơn vị trực thuộc đơn vị này (chính đơn vị chia sẻ hoặc một đơn vị "
        "cấp dưới) nhận được nội dung, trừ khi lọc thêm bên dưới.",
    )
    levels = forms.TypedMultipleChoiceField(
        label="Chỉ các cấp",
        choices=Level.choices,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Để trống: mọi cấp.",
    )
    kinds = forms.MultipleChoiceField(
        label="Chỉ các loại đơn vị",
        choices=Kind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Để trống: mọi loại.",
    )
    under_kinds = forms.MultipleChoiceField(
        label="Chỉ các đơn vị thuộc loại đơn vị cấp trên",
        choices=UPPER_KINDS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Ví dụ: chọn cấp Công đoàn cơ sở và “Công đoàn các khu công nghiệp” để gửi "
        "tới mọi công đoàn cơ sở trong các khu công nghiệp.",
    )
    include = forms.CharField(
        label="Thêm các đơn vị (mã)",
        required=False,
        widget=forms.Textarea({"rows": 2}),
        help_text="Các đơn vị này luôn nhận được, kể cả khi không khớp bộ lọc. Cách nhau bởi "
        "dấu phẩy hoặc xuống dòng.",
    )
    exclude = forms.CharField(
        label="Loại trừ các đơn vị (mã)",
        required=False,
        widget=forms.Textarea({"rows": 2}),
        help_text="Các đơn vị này và toàn bộ đơn vị trực thuộc của chúng không nhận.",
    )
    mandatory = forms.BooleanField(
        label="Chỉ đạo bắt buộc",
        required=False,
        help_text="Đơn vị nhận phải đăng và xác nhận; không được ẩn. Cần vai trò kiểm duyệt viên.",
    )
    expires_at = forms.DateTimeField(label="Hết hạn lúc", required=False, widget=AdminDateTimeInput)

    def clean_scope_root(self):
        (root,) = parse_codes(self.cleaned_data["scope_root"], "Gốc phạm vi") or [None]
        if root is None:
            raise ValidationError("Hãy nhập mã đơn vị gốc của phạm vi.")
        return root

    def clean_include(self):
        return parse_codes(self.cleaned_data["include"], "Thêm các đơn vị")

    def clean_exclude(self):
        return parse_codes(self.cleaned_data["exclude"], "Loại trừ các đơn vị")

    def scope(self) -> ScopeSpec:
        data = self.cleaned_data
        return ScopeSpec(
            root=data["scope_root"],
            levels=data["levels"],
            kinds=data["kinds"],
            under_kinds=data["under_kinds"],
            include=data["include"],
            exclude=data["exclude"],
        )


class ShareForm(ScopeForm):
    issuer = forms.ChoiceField(
        label="Đơn vị chia sẻ",
        error_messages={"invalid_choice": "Bạn không thể chia sẻ thay đơn vị này."},
    )

    field_order = ["issuer"]

    def __init__(self, issuers, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.issuers = {str(o.pk): o for o in issuers}
        self.fields["issuer"].choices = [(str(o.pk), f"{o.name} ({o.code})") for o in issuers]
        if issuers:
            self.fields["issuer"].initial = str(issuers[-1].pk)
            self.fields["scope_root"].initial = issuers[-1].code
        if len(issuers) <= 1:
            self.fields["issuer"].widget = forms.HiddenInput()

    def clean_issuer(self):
        issuer = self.issuers.get(self.cleaned_data["issuer"])
        if issuer is None:
            raise ValidationError("Bạn không thể chia sẻ thay đơn vị này.")
        return issuer


class CorrectionForm(forms.Form):
    text = forms.CharField(label="Nội dung đính chính", widget=forms.Textarea({"rows": 3}))


class RetractForm(forms.Form):
    reason = forms.CharField(label="Lý do thu hồi", max_length=500, required=False)


class RemindForm(forms.Form):
    target = forms.CharField(
        label="Nhắc các đơn vị chưa xác nhận thuộc (mã đơn vị)",
        max_length=32,
        help_text="Một lời nhắc gửi tới mọi đơn vị chưa xác nhận trong nhánh này.",
    )
    message = forms.CharField(label="Lời nhắc", max_length=500, required=False)

    def clean_target(self):
        (target,) = parse_codes(self.cleaned_data["target"], "Đơn vị") or [None]
        if target is None:
            raise ValidationError("Hãy nhập mã đơn vị.")
        return target


class ProposeForm(forms.Form):
    note = forms.CharField(
        label="Lời nhắn gửi cấp trên", required=False, widget=forms.Textarea({"rows": 3})
    )


class DecisionForm(ScopeForm):
    decision = forms.ChoiceField(
        label="Quyết định",
        choices=[
            (ProposalAction.APPROVE, "Duyệt"),
            (ProposalAction.FORWARD, "Duyệt và chuyển lên cấp trên"),
            (ProposalAction.REJECT, "Từ chối"),
        ],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label="Ghi chú", required=False, widget=forms.Textarea({"rows": 2}))
    share = forms.BooleanField(label="Duyệt và chia sẻ xuống cấp dưới", required=False)

    field_order = ["decision", "note", "share"]

    def __init__(self, org, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["scope_root"].required = False
        self.fields["scope_root"].initial = org.code

    def clean_scope_root(self):
        if not self.data.get(self.add_prefix("share")):
            return None
        return super().clean_scope_root()
