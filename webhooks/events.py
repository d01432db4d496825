"""The registry of webhook event types.

Each event type has a stable machine name (``page.published``), a Vietnamese label for the
admin's checkboxes and a group. Apps that add events later (case events, for instance) call
:func:`register` from their ``AppConfig.ready`` and send them with
``webhooks.outbox.emit``; the admin form lists whatever is registered.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventType:
    name: str
    label: str
    group: str


REGISTRY: dict[str, EventType] = {}


def register(name: str, label: str, *, group: str) -> EventType:
    """Add an event type (idempotent for the same name and label)."""
    event = EventType(name, label, group)
    known = REGISTRY.get(name)
    if known is not None and known != event:
        raise ValueError(f"Webhook event {name!r} is already registered as {known!r}")
    REGISTRY[name] = event
    return event


def choices() -> list[tuple[str, str]]:
    return [(event.name, f"{event.group}: {event.label}") for event in REGISTRY.values()]


def label(name: str) -> str:
    event = REGISTRY.get(name)
    return event.label if event else name


PAGE_PUBLISHED = register("page.published", "xuất bản trang", group="Trang")
PAGE_UNPUBLISHED = register("page.unpublished", "ngừng xuất bản trang", group="Trang")
PAGE_DELETED = register("page.deleted", "xóa trang", group="Trang")
PAGE_MOVED = register("page.moved", "di chuyển trang", group="Trang")
SHARE_ISSUED = register("share.issued", "chia sẻ xuống cấp dưới", group="Chia sẻ")
SHARE_UPDATED = register("share.updated", "cập nhật bài chia sẻ", group="Chia sẻ")
SHARE_CORRECTED = register("share.corrected", "đính chính bài chia sẻ", group="Chia sẻ")
SHARE_RETRACTED = register("share.retracted", "thu hồi bài chia sẻ", group="Chia sẻ")
SHARE_EXPIRED = register("share.expired", "bài chia sẻ hết hạn", group="Chia sẻ")
DIRECTIVE_ACKNOWLEDGED = register(
    "directive.acknowledged", "cấp dưới xác nhận đã nhận chỉ đạo", group="Chia sẻ"
)
ORGANIZATION_RESTRUCTURED = register(
    "organization.restructured",
    "sắp xếp lại tổ chức (sáp nhập, chia tách, giải thể...)",
    group="Cây tổ chức",
)
# The workers' voice (public-schema cases): payloads carry no personal data (code, kind,
# topic, status, organisation codes, deadlines, escalation level), see webhooks/receivers.py.
CASE_SUBMITTED = register(
    "case.submitted", "tiếp nhận vụ việc mới", group="Tiếng nói người lao động"
)
CASE_WARNED = register(
    "case.warned", "vụ việc sắp quá hạn phản hồi (80%)", group="Tiếng nói người lao động"
)
CASE_ESCALATED = register(
    "case.escalated", "vụ việc chuyển lên cấp trên", group="Tiếng nói người lao động"
)
CASE_ANSWERED = register("case.answered", "vụ việc đã trả lời", group="Tiếng nói người lao động")
CASE_CLOSED = register("case.closed", "vụ việc đã đóng", group="Tiếng nói người lao động")
