from __future__ import annotations

from functools import reduce
from operator import or_

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Max, Q

from congdoan.actions import Action
from congdoan.text import vn_slugify
from voice import access
from voice.actions.handling_base import clean_text
from voice.models import SavedAnswer, Topic


def _ancestors(path: str, step: int = 4) -> list[str]:
    return [path[:i] for i in range(step, len(path) + 1, step)]


def available_answers(user):
    """Saved answers ``user`` may use: those of the organisations where they handle cases,
    of those organisations' subtrees and of their ancestors (a national library is shared
    by every level below). Every version; filter ``is_current`` for the library."""
    if user is None or not user.is_authenticated:
        return SavedAnswer.objects.none()
    if user.is_superuser:
        return SavedAnswer.objects.all()
    paths = [p for p, _ in access.handler_roles(user)]
    if not paths:
        return SavedAnswer.objects.none()
    from hierarchy.models import Organization

    step = Organization.steplen
    ancestors = sorted({a for p in paths for a in _ancestors(p, step)})
    q = reduce(or_, (Q(organization__path__startswith=p) for p in paths))
    return SavedAnswer.objects.filter(q | Q(organization__path__in=ancestors))


def may_edit_library(user, org) -> bool:
    """Handlers of ``org`` or an ancestor keep its library."""
    if user is None or not user.is_authenticated:
        return False
    return user.is_superuser or any(org.path.startswith(p) for p, _ in access.handler_roles(user))


class SaveAnswer(Action):
    """Add a saved answer (``previous`` None) or edit one: editing writes version n+1 and
    marks the old one not current, so cases that used it keep the text they were sent.
    Two editors saving the same version: the second is refused (the current row is
    locked and its version compared)."""

    public = True

    def __init__(
        self,
        *,
        organization=None,
        title,
        body,
        citations="",
        topic="",
        key="",
        previous: SavedAnswer | None = None,
        actor=None,
    ):
        super().__init__(actor=actor)
        self.organization = previous.organization if previous is not None else organization
        self.previous = previous
        self.title, self.body, self.citations = title, body, citations
        self.topic, self.key = topic, key

    def prepare(self):
        if self.previous is not None:
            self.current = (
                SavedAnswer.objects.select_for_update()
                .filter(organization=self.previous.organization, key=self.previous.key)
                .filter(is_current=True)
                .first()
            )

    def validate(self):
        if self.organization is None:
            raise ValidationError("Hãy chọn đơn vị sở hữu câu trả lời mẫu.")
        self.title = clean_text(self.title, label="Tiêu đề", limit=255)
        self.body = clean_text(self.body, label="Nội dung")
        self.citations = clean_text(
            self.citations, label="Căn cứ pháp lý", required=False, limit=4000
        )
        if self.topic and self.topic not in Topic.values:
            raise ValidationError("Lĩnh vực không hợp lệ.")
        if self.previous is not None:
            if self.current is None or self.current.version != self.previous.version:
                latest = self.current.version if self.current else "?"
                raise ValidationError(
                    f"Câu trả lời mẫu này vừa được sửa thành phiên bản {latest} trong lúc bạn "
                    "soạn; hãy mở lại bản mới nhất rồi sửa tiếp."
                )
            self.key = self.previous.key
        else:
            self.key = vn_slugify(self.key or self.title, 64).strip("-")
            if not self.key:
                raise ValidationError("Mã câu trả lời mẫu không hợp lệ.")
            if SavedAnswer.objects.filter(organization=self.organization, key=self.key).exists():
                raise ValidationError(
                    f"Đơn vị đã có câu trả lời mẫu mã “{self.key}”; hãy sửa câu đó hoặc "
                    "chọn mã khác."
                )

    def check_permission(self):
        if self.actor is not None and not may_edit_library(self.actor, self.organization):
            raise PermissionDenied(
                f"Bạn không phải cán bộ xử lý của {self.organization.name} hoặc đơn vị cấp trên "
                "nên không thể soạn câu trả lời mẫu của đơn vị này."
            )

    def perform(self):
        version = 1
        if self.previous is not None:
            version = (
                SavedAnswer.objects.filter(organization=self.organization, key=self.key).aggregate(
                    v=Max("version")
                )["v"]
                + 1
            )
            SavedAnswer.objects.filter(pk=self.current.pk).update(is_current=False)
        return SavedAnswer.objects.create(
            organization=self.organization,
            key=self.key,
            version=version,
            title=self.title,
            topic=self.topic,
            body=self.body,
            citations=self.citations,
            author=self.actor_row,
            is_current=True,
        )
