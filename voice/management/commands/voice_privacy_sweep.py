"""Runs the privacy sweep now (what the periodic job ``voice.privacy_sweep`` does hourly):
request and breach clock warnings, retention dates, erasure past retention, access-log
clean-up. Prints counts only."""

from django.core.management.base import BaseCommand
from django.db import connection

from voice import privacy_jobs


class Command(BaseCommand):
    help = "Chạy ngay việc rà soát dữ liệu cá nhân (hạn yêu cầu, sự cố, thời hạn lưu trữ)."

    def handle(self, *args, **options):
        connection.set_schema_to_public()
        for line in privacy_jobs.clock_warnings():
            self.stdout.write(f"Cảnh báo: {line}")
        result = privacy_jobs.sweep()
        self.stdout.write(
            f"Đặt thời hạn lưu trữ: {result['retention_set']}; đã xoá dữ liệu: "
            f"{result['erased']} vụ việc; xoá nhật ký truy cập cũ: "
            f"{result['access_rows_deleted']} dòng."
        )
