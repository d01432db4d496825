"""``python manage.py worker``: run background jobs (docs/jobs.md)."""

import asyncio
import logging
import os

from django.conf import settings
from django.core.management.base import BaseCommand

logger = logging.getLogger("jobs")


class Command(BaseCommand):
    help = (
        "Chạy worker xử lý công việc nền (hàng đợi Procrastinate trên PostgreSQL). "
        "SIGTERM/SIGINT: nhận thêm việc dừng lại, việc đang chạy được làm xong."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--concurrency",
            type=int,
            default=int(os.environ.get("JOBS_WORKER_CONCURRENCY", "4")),
            help="Số công việc chạy cùng lúc (mặc định JOBS_WORKER_CONCURRENCY hoặc 4).",
        )
        parser.add_argument(
            "--queues",
            default=os.environ.get("JOBS_WORKER_QUEUES", ""),
            help="Các hàng đợi, cách nhau bằng dấu phẩy; để trống: mọi hàng đợi.",
        )
        parser.add_argument("--name", default=None, help="Tên worker trong nhật ký.")
        parser.add_argument(
            "--shutdown-timeout",
            type=float,
            default=float(os.environ.get("JOBS_SHUTDOWN_TIMEOUT", "30")),
            help="Giây chờ việc đang chạy xong khi dừng; quá hạn thì hủy (việc trở lại hàng đợi).",
        )
        parser.add_argument(
            "--burst",
            action="store_true",
            help="Chạy hết việc đang có rồi thoát (không chờ việc mới).",
        )

    def handle(self, *args, **options):
        from procrastinate.contrib.django import app

        conf = settings.JOBS
        queues = [q.strip() for q in options["queues"].split(",") if q.strip()] or None
        worker_kwargs = {
            "queues": queues,
            "concurrency": options["concurrency"],
            "name": options["name"] or f"worker-{os.getpid()}",
            "wait": not options["burst"],
            "shutdown_graceful_timeout": options["shutdown_timeout"],
            "install_signal_handlers": True,
            "update_heartbeat_interval": conf["heartbeat_seconds"],
            "stalled_worker_timeout": conf["stalled_after_seconds"],
            "listen_notify": True,
        }
        self.stdout.write(
            f"Worker {worker_kwargs['name']}: hàng đợi {', '.join(queues) if queues else 'tất cả'}"
            f", {options['concurrency']} việc cùng lúc, {len(app.tasks)} loại công việc, "
            f"{len(app.periodic_registry.periodic_tasks)} việc định kỳ."
        )

        async def run():
            async with worker_app.open_async():
                await worker_app.run_worker_async(**worker_kwargs)

        with app.replace_connector(app.connector.get_worker_connector()) as worker_app:
            asyncio.run(run())
        self.stdout.write("Worker đã dừng.")
