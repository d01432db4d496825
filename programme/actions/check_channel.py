"""Check a channel now: fetch a website (``programme.channels.fetch``), or record a staff
member's confirmation that a page we cannot fetch (fanpage, Zalo...) is active or not.

``CheckChannel(channel, actor=user).execute()`` fetches; ``CheckChannel(channel,
confirmed=True, actor=user)`` records a manual check. The check is kept (``ChannelCheck``),
the channel's last check updated and the organisation's presence reconciled. A fetch runs
before the transaction (a slow site never holds a row lock); ``result`` may be given by the
periodic job, which fetches a batch concurrently. Editors and above of the organisation.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone

from congdoan.actions import Action
from programme import channels
from programme.actions.permissions import require_editor
from programme.models import Channel, ChannelCheck, CheckMethod


class CheckChannel(Action):
    public = True

    def __init__(
        self,
        channel: Channel | int,
        *,
        confirmed: bool | None = None,
        note: str = "",
        result: tuple[bool, str] | None = None,
        actor=None,
    ):
        super().__init__(actor=actor)
        self.channel_id = channel.pk if isinstance(channel, Channel) else channel
        self.confirmed = confirmed
        self.note = (note or "").strip()[:200]
        self.result = result

    def execute(self):
        if self.confirmed is None and self.result is None:
            channel = (
                Channel.objects.select_related("organization")
                .filter(pk=self.channel_id, active=True)
                .first()
            )
            if channel is not None and channel.fetched:
                # Permission before the network: nobody makes the server fetch for free.
                require_editor(self.actor, channel.organization, "kiểm tra kênh truyền thông")
                self.result = channels.fetch(channel.url)
        return super().execute()

    def prepare(self) -> None:
        self.channel = (
            Channel.objects.select_for_update()
            .select_related("organization")
            .filter(pk=self.channel_id, active=True)
            .first()
        )

    def validate(self) -> None:
        if self.channel is None:
            raise ValidationError("Không tìm thấy kênh (có thể đã bị gỡ khỏi danh sách).")
        if self.confirmed is None and self.result is None:
            raise ValidationError(
                f"Không kiểm tra tự động được {self.channel.get_platform_display()}: "
                "hãy mở trang và xác nhận kênh còn hoạt động."
            )
        if self.confirmed is not None and self.actor is None:
            raise ValidationError("Xác nhận thủ công cần có cán bộ xác nhận.")

    def check_permission(self) -> None:
        require_editor(self.actor, self.channel.organization, "kiểm tra kênh truyền thông")

    def perform(self) -> ChannelCheck:
        channel = self.channel
        if self.confirmed is not None:
            method, ok = CheckMethod.MANUAL, bool(self.confirmed)
            detail = (
                "Cán bộ xác nhận kênh đang hoạt động."
                if ok
                else ("Cán bộ xác nhận kênh không còn hoạt động.")
            )
            if self.note:
                detail = f"{detail} {self.note}"[:255]
        else:
            method, (ok, detail) = CheckMethod.FETCH, self.result
        now = timezone.now()
        check = ChannelCheck.objects.create(
            channel=channel, at=now, method=method, ok=ok, detail=detail, by=self.actor_row
        )
        channel.last_checked_at = now
        channel.last_check_ok = ok
        channel.last_check_method = method
        channel.last_check_detail = detail
        channel.last_checked_by = self.actor_row
        channel.save(
            update_fields=[
                "last_checked_at",
                "last_check_ok",
                "last_check_method",
                "last_check_detail",
                "last_checked_by",
            ]
        )
        channels.reconcile([channel.organization_id], now=now)
        return check
