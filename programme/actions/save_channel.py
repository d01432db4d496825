"""Register a channel of an organisation, or change one (``channel`` given).

The platform must be one of ``Platform``; the address a valid http(s) URL (at most 500
characters), not already registered for the organisation. A changed address or platform
forgets the last check (the new address has not been checked), so the organisation's
presence is reconciled (``programme.channels.reconcile``). Editors and above of the
organisation may register and change channels.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from congdoan.actions import Action
from congdoan.text import nfc
from hierarchy.models import Organization
from programme import channels
from programme.actions.permissions import require_editor
from programme.models import Channel, Platform

MAX_URL = 500
MAX_NAME = 255


class SaveChannel(Action):
    public = True

    def __init__(
        self,
        organization: Organization | None = None,
        *,
        platform: str,
        url: str,
        name: str = "",
        channel: Channel | int | None = None,
        actor=None,
    ):
        super().__init__(actor=actor)
        self.organization = organization
        self.platform = (platform or "").strip()
        self.url = nfc(url or "").strip()
        self.name = " ".join(nfc(name or "").split())
        self.channel_id = channel.pk if isinstance(channel, Channel) else channel

    def prepare(self) -> None:
        self.channel = None
        if self.channel_id is not None:
            self.channel = (
                Channel.objects.select_for_update()
                .select_related("organization")
                .filter(pk=self.channel_id, active=True)
                .first()
            )
            if self.channel is None:
                raise ValidationError("Không tìm thấy kênh (có thể đã bị gỡ khỏi danh sách).")
            self.organization = self.channel.organization
        if self.organization is None:
            raise ValidationError("Chưa chọn đơn vị.")

    def validate(self) -> None:
        errors: dict[str, list[str]] = {}
        if self.platform not in Platform.values:
            errors["platform"] = ["Loại kênh không hợp lệ: hãy chọn một loại trong danh sách."]
        if not self.url:
            errors["url"] = ["Vui lòng nhập địa chỉ của kênh."]
        elif len(self.url) > MAX_URL:
            errors["url"] = [f"Địa chỉ tối đa {MAX_URL} ký tự."]
        else:
            try:
                URLValidator(schemes=["http", "https"])(self.url)
            except ValidationError:
                errors["url"] = [
                    "Địa chỉ không hợp lệ: nhập đầy đủ, bắt đầu bằng http:// hoặc https:// "
                    "(ví dụ https://www.facebook.com/congdoanquan1)."
                ]
        if len(self.name) > MAX_NAME:
            errors["name"] = [f"Tên kênh tối đa {MAX_NAME} ký tự."]
        if "url" not in errors:
            taken = Channel.objects.filter(
                organization=self.organization, url=self.url, active=True
            )
            if self.channel is not None:
                taken = taken.exclude(pk=self.channel.pk)
            if taken.exists():
                errors["url"] = [f"{self.organization.name} đã đăng ký kênh có địa chỉ này."]
        if errors:
            raise ValidationError(errors)

    def check_permission(self) -> None:
        require_editor(self.actor, self.organization, "quản lý kênh truyền thông")

    def perform(self) -> Channel:
        channel = self.channel
        if channel is None:
            channel = Channel(organization=self.organization, created_by=self.actor_row)
        elif channel.url != self.url or channel.platform != self.platform:
            channel.last_checked_at = None
            channel.last_check_ok = None
            channel.last_check_method = ""
            channel.last_check_detail = ""
            channel.last_checked_by = None
        channel.platform = self.platform
        channel.url = self.url
        channel.name = self.name
        channel.save()
        channels.reconcile([self.organization.pk])
        return channel
