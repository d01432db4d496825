import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from hierarchy.importer import ImportRejected, import_rows, read_rows


def progress_printer(stream):
    """Print "stage: 42% (n/total)" lines to ``stream`` at most every whole percent."""
    last = {}

    def progress(stage, done, total):
        percent = 100 if not total else done * 100 // total
        if last.get(stage) != percent:
            last[stage] = percent
            stream.write(f"\r{stage}: {percent:3d}% ({done}/{total})")
            if percent == 100:
                stream.write("\n")
            stream.flush()

    return progress


class Command(BaseCommand):
    help = (
        "Nhập cây tổ chức từ CSV/JSON (mã, mã cấp trên, tên, cấp, loại, số đoàn viên). "
        "Nhập lại cập nhật tại chỗ; tệp có dòng lỗi bị từ chối toàn bộ."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Tệp .csv hoặc .json ('-' là stdin)")
        parser.add_argument("--format", choices=["csv", "json"], default=None)
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, path, format, no_progress, **options):
        fmt = format or ("json" if path.endswith(".json") else "csv")
        data = sys.stdin.read() if path == "-" else Path(path).read_bytes()
        try:
            rows = read_rows(data, fmt)
        except ValueError as exc:
            raise CommandError(f"Không đọc được tệp: {exc}") from exc
        started = time.perf_counter()
        progress = None if no_progress else progress_printer(sys.stderr)
        try:
            report = import_rows(rows, progress=progress, source=Path(path).name)
        except ImportRejected as rejected:
            for error in rejected.report.errors:
                self.stderr.write(str(error))
            raise CommandError(rejected.report.summary()) from None
        self.stdout.write(f"{report.summary()} ({time.perf_counter() - started:.1f} s)")
