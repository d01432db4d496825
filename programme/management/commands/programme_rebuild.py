"""``manage.py programme_rebuild [--check] [--refold]``: recompute the subtree figures
(and with ``--refold`` the event series of the organisations' own figures) and report the
differences; without ``--check`` the kept figures are replaced by the recomputed ones.
Exit status 1 with ``--check`` when anything differs (for an operator's monitoring)."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from programme.rebuild import rebuild
from programme.recording import fold

LABELS = {
    "programme_orgmonth": "Số liệu riêng của đơn vị (OrgMonth)",
    "programme_subtreemonth": "Số liệu cộng dồn theo cây (SubtreeMonth)",
}


class Command(BaseCommand):
    help = "Tính lại số liệu chương trình truyền thông theo cây tổ chức hiện tại và báo chênh lệch."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Chỉ kiểm tra, không sửa số liệu.")
        parser.add_argument(
            "--refold",
            action="store_true",
            help="Tính lại cả số liệu riêng của đơn vị từ các sự kiện xuất bản.",
        )

    def handle(self, *args, check=False, refold=False, **options):
        started = time.monotonic()
        pending = 0
        if not check:
            while folded := fold(limit=50_000):
                pending += folded
            if pending:
                self.stdout.write(f"Đã cộng {pending} sự kiện chưa được cộng vào số liệu.")
        differences = rebuild(check=check, refold=refold)
        total = 0
        for diff in differences:
            total += diff.count
            label = LABELS.get(diff.table, diff.table)
            self.stdout.write(f"{label}: {diff.count} dòng chênh lệch.")
            for row in diff.sample:
                *key, kept, expected = row
                self.stdout.write(
                    "  " + " ".join(str(k) for k in key) + f": đang lưu {kept}, đúng là {expected}"
                )
        elapsed = time.monotonic() - started
        if total == 0:
            self.stdout.write(self.style.SUCCESS(f"Số liệu khớp ({elapsed:.1f} giây)."))
        elif check:
            raise CommandError(
                f"Có {total} dòng số liệu chênh lệch; chạy lại không có --check để sửa."
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(f"Đã sửa {total} dòng chênh lệch ({elapsed:.1f} giây).")
            )
