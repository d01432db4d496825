"""What the two spreadsheet imports share: the whole file is read and checked before
anything is written (``programme.training_import``), under a per-organisation lock so two
imports of one organisation never interleave; a refused file raises ``ImportRefused`` with
every rejected row and writes nothing."""

from __future__ import annotations

from django.db import IntegrityError, connection

from hierarchy.models import Organization
from programme.actions.training_base import TrainingAction
from programme.training_import import ImportRefused

#: First key of the advisory locks of training imports (the second is the organisation id).
LOCK_CLASS = 0x7452


class SpreadsheetImport(TrainingAction):
    what = ""  # "nhập danh sách cán bộ", ...

    def __init__(self, organization: Organization, data: bytes, filename: str, *, actor=None):
        super().__init__(actor=actor)
        self.organization = organization
        self.data = data
        self.filename = filename

    def prepare(self) -> None:
        self.organization = Organization.objects.get(pk=self.organization.pk)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(%s, %s)", [LOCK_CLASS, self.organization.pk]
            )

    def validate(self) -> None:
        # Asked first: an account without the right learns nothing about the roster.
        self.check_permission()
        self.rows = self.check()

    def check_permission(self) -> None:
        self.require_editor(self.organization, self.what)

    def check(self):
        raise NotImplementedError

    def write(self):
        raise NotImplementedError

    def perform(self):
        try:
            return self.write()
        except IntegrityError:
            raise ImportRefused(
                "Dữ liệu vừa được người khác thay đổi trong lúc nhập; không dòng nào được "
                "nhập. Hãy tải tệp lên lại."
            ) from None
