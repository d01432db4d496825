"""The endpoint form of the admin (Vietnamese labels and messages). Validation is the
actions' (``webhooks.actions.base.check_fields``), run here too so every error shows next to
its field before anything is written."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from webhooks import events
from webhooks.actions.base import check_fields, page_type_choices, tenant_organizations
from webhooks.models import Endpoint


def active_tenant():
    from sharing.permissions import active_tenant as current

    return current()


class EndpointForm(forms.ModelForm):
    url = forms.CharField(
        label="Địa chỉ nhận (URL)",
        max_length=2000,
        help_text="Địa chỉ https:// công khai của máy nhận, ví dụ https://portal.vidu.vn/webhook.",
        error_messages={"required": "Hãy nhập địa chỉ nhận (URL)."},
    )
    description = forms.CharField(
        label="Mô tả", max_length=255, required=False, help_text="Ví dụ: Cổng thông tin tỉnh."
    )
    secret = forms.CharField(
        label="Khóa bí mật",
        required=False,
        max_length=128,
        help_text=(
            "Để trống để hệ thống tự tạo (khuyến nghị). Nếu tự nhập: dạng whsec_ + base64, "
            "ít nhất 24 byte."
        ),
    )
    enabled = forms.BooleanField(label="Đang bật", required=False, initial=True)
    events = forms.MultipleChoiceField(
        label="Sự kiện",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Hãy chọn ít nhất một sự kiện để nhận."},
    )
    page_types = forms.MultipleChoiceField(
        label="Chỉ các loại trang",
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="Để trống: mọi loại trang. Chỉ áp dụng cho sự kiện về trang.",
    )
    organization = forms.ModelChoiceField(
        label="Chỉ đơn vị và cấp dưới của",
        queryset=Endpoint.objects.none(),
        required=False,
        empty_label="(mọi đơn vị)",
    )

    class Meta:
        model = Endpoint
        fields = ["url", "description", "secret", "enabled", "events", "page_types", "organization"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.tenant = active_tenant()
        self.fields["events"].choices = events.choices()
        self.fields["page_types"].choices = sorted(page_type_choices().items(), key=lambda c: c[1])
        self.fields["organization"].queryset = (
            tenant_organizations(self.tenant).order_by("path")
            if self.tenant
            else Endpoint.objects.none()
        )
        if self.instance.pk:
            # The secret is shown once; a new one comes from "Đổi khóa bí mật".
            del self.fields["secret"]

    def clean(self):
        data = super().clean()
        if self.errors or self.tenant is None:
            return data
        try:
            check_fields(
                self.tenant,
                url=data.get("url", ""),
                secret=data.get("secret", ""),
                events=data.get("events") or [],
                page_types=data.get("page_types") or [],
                organization=data.get("organization"),
            )
        except ValidationError as exc:
            for field, messages in exc.message_dict.items():
                self.add_error(field if field in self.fields else None, messages)
        return data

    def _post_clean(self):
        """The model is written by the actions, which validate; Django's model validation
        (English messages, a required secret the action generates) is not run here."""
