"""Put dead letters (failed jobs) back in the queue: the admin's "Chạy lại" button."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection

from congdoan.actions import Action
from jobs.core import replay
from jobs.models import JobReplay


class ReplayJobs(Action):
    public = True

    def __init__(self, *, job_ids, actor=None):
        super().__init__(actor=actor)
        self.job_ids = [int(i) for i in job_ids]
        self.tasks: dict[int, str] = {}

    def prepare(self):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT id, task_name FROM procrastinate_jobs "
                "WHERE id = ANY(%s) AND status = 'failed' FOR UPDATE",
                [self.job_ids],
            )
            self.tasks = dict(cursor.fetchall())

    def validate(self):
        if not self.job_ids:
            raise ValidationError("Chưa chọn công việc nào để chạy lại.")
        if not self.tasks:
            raise ValidationError(
                "Không có công việc nào chạy lại được: các công việc đã chọn không còn ở "
                "trạng thái lỗi (đã chạy lại hoặc đã bị xóa)."
            )

    def check_permission(self):
        if self.actor is not None and not getattr(self.actor, "is_superuser", False):
            raise PermissionDenied("Chỉ quản trị viên nền tảng được chạy lại công việc.")

    def perform(self):
        return sum(1 for job_id in self.tasks if replay(job_id))

    def audit(self, result):
        JobReplay.objects.bulk_create(
            JobReplay(job_id=job_id, task_name=name, actor=self.actor_row)
            for job_id, name in self.tasks.items()
        )
