"""``manage.py programme_backfill_actuals``: count what happened before the programme's
receivers were connected (idempotent, safe to run again): members' requests and
misinformation reports without a tally (``programme.voice_figures.backfill``), then the
channel requirement and presence of the whole tree (``programme.channels.reconcile``), then
the requests whose deadline passed."""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.db import transaction

from programme.channels import reconcile
from programme.voice_figures import backfill, count_overdue


class Command(BaseCommand):
    help = "Tính số liệu ý kiến người lao động và kênh truyền thông có từ trước khi cài đặt."

    def handle(self, *args, **options):
        done = backfill()
        overdue = 0
        while counted := count_overdue():
            overdue += counted
        with transaction.atomic():
            changed = reconcile()
        self.stdout.write(
            self.style.SUCCESS(
                f"Đã tính {done['requests']} yêu cầu, {done['reports']} tin báo thông tin sai "
                f"lệch (thêm {overdue} yêu cầu chờ quá hạn); {changed} đơn vị thay đổi "
                "chỉ tiêu kênh."
            )
        )
