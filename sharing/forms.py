"""Admin forms of sharing (Vietnamese labels, clear errors for bad codes)."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from wagtail.admin.widgets import AdminDateTimeInput

from hierarchy.models import Kind, Level, Organization
from hierarchy.picker import OrgChoiceField
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
    """Organisations from codes or exact names separated by commas, semicolons or new lines
    (never by spaces: "Hà Nội" is one name)."""
    try:
        return OrgChoiceField(multiple=True).clean(text)
    except ValidationError as exc:
        raise ValidationError(f"{label}: {exc.messages[0]}") from exc


class ScopeForm(forms.Form):
    scope_root = OrgChoiceField(
        label="Gốc phạm vi",
        required=False,
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
    include = OrgChoiceField(
        label="Thêm các đơn vị",
        multiple=True,
        required=False,
        help_text="Các đơn vị này luôn nhận được, kể cả khi không khớp bộ lọc. Gõ tên hoặc mã "
        "rồi chọn; nhiều đơn vị cách nhau bởi dấu phẩy.",
    )
    exclude = OrgChoiceField(
        label="Loại trừ các đơn vị",
        multiple=True,
        required=False,
        help_text="Các đơn vị này và toàn bộ đơn vị trực thuộc của chúng không nhận.",
    )
    mandatory = forms.BooleanField(
        label="Chỉ đạo bắt buộc",
        required=False,
        help_text="Đơn vị nhận phải đăng và xác nhận; không được ẩn. Cần vai trò kiểm duyệt viên.",
    )
    expires_at = forms.DateTimeField(label="Hết hạn lúc", required=False, widget=AdminDateTimeInput)

    def __init__(self, *args, picker_url: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("scope_root", "include", "exclude"):
            self.fields[name].widget.url = picker_url

    def clean_scope_root(self):
        root = self.cleaned_data["scope_root"]
        if root is None:
            raise ValidationError("Hãy chọn đơn vị gốc của phạm vi.")
        return root

    def clean(self):
        data = super().clean()
        both = {o.pk for o in data.get("include") or []} & {o.pk for o in data.get("exclude") or []}
        if both:
            codes = ", ".join(o.code for o in data["include"] if o.pk in both)
            self.add_error("exclude", f"Đơn vị vừa được chọn nhận vừa bị loại trừ: {codes}.")
        return data

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
            self.fields["scope_root"].initial = issuers[-1]
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
    target = OrgChoiceField(
        label="Nhắc các đơn vị chưa xác nhận thuộc",
        help_text="Một lời nhắc gửi tới mọi đơn vị chưa xác nhận trong nhánh này.",
    )
    message = forms.CharField(label="Lời nhắc", max_length=500, required=False)

    def __init__(self, *args, picker_url: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].widget.url = picker_url


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
        self.fields["scope_root"].initial = org

    def clean_scope_root(self):
        if not self.data.get(self.add_prefix("share")):
            return None
        return super().clean_scope_root()
