"""Take a channel off an organisation's registry (it stays, inactive, with its checks);
the organisation's presence is reconciled. Editors and above of the organisation."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from congdoan.actions import Action
from programme import channels
from programme.actions.permissions import require_editor
from programme.models import Channel


class RemoveChannel(Action):
    public = True

    def __init__(self, channel: Channel | int, *, actor=None):
        super().__init__(actor=actor)
        self.channel_id = channel.pk if isinstance(channel, Channel) else channel

    def prepare(self) -> None:
        self.channel = (
            Channel.objects.select_for_update()
            .select_related("organization")
            .filter(pk=self.channel_id)
            .first()
        )

    def validate(self) -> None:
        if self.channel is None or not self.channel.active:
            raise ValidationError("Không tìm thấy kênh (có thể đã bị gỡ khỏi danh sách).")

    def check_permission(self) -> None:
        require_editor(self.actor, self.channel.organization, "gỡ kênh truyền thông")

    def perform(self) -> Channel:
        self.channel.active = False
        self.channel.save(update_fields=["active"])
        channels.reconcile([self.channel.organization_id])
        return self.channel
