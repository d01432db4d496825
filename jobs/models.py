"""The project's own records beside Procrastinate's tables (all in the public schema)."""

from django.db import models


class JobFailure(models.Model):
    """One failed run of a job: the error the dead-letter view shows.

    Procrastinate keeps a job's status and attempts but not why it failed; a row is written
    for every failed run, ``final`` when no retry follows (the job is a dead letter).
    """

    job_id = models.BigIntegerField("mã công việc", db_index=True)
    task_name = models.CharField("công việc", max_length=128)
    tenant = models.CharField("đơn vị (schema)", max_length=63, blank=True)
    attempt = models.PositiveIntegerField("lần chạy", help_text="0 là lần đầu")
    final = models.BooleanField("không thử lại nữa", default=False)
    error = models.TextField("lỗi")
    traceback = models.TextField("vết lỗi", blank=True)
    created_at = models.DateTimeField("lúc", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "lỗi công việc"
        verbose_name_plural = "lỗi công việc"
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"#{self.job_id} {self.task_name}: {self.error[:80]}"


class JobRun(models.Model):
    """A finished run of an ``atomic`` job, written in the run's own transaction: a job
    whose run committed is never run again, even if its worker died before telling
    Procrastinate (exactly-once effects)."""

    job_id = models.BigIntegerField(primary_key=True)
    finished_at = models.DateTimeField()

    class Meta:
        verbose_name = "lượt chạy công việc"
        verbose_name_plural = "lượt chạy công việc"

    def __str__(self):
        return f"#{self.job_id} xong lúc {self.finished_at:%d/%m/%Y %H:%M:%S}"


class JobReplay(models.Model):
    """Who put a dead letter back in the queue, and when."""

    job_id = models.BigIntegerField("mã công việc", db_index=True)
    task_name = models.CharField("công việc", max_length=128)
    actor = models.ForeignKey(
        "accounts.User",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        verbose_name="người chạy lại",
    )
    created_at = models.DateTimeField("lúc", auto_now_add=True)

    class Meta:
        verbose_name = "lần chạy lại"
        verbose_name_plural = "lần chạy lại"
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"#{self.job_id} {self.task_name} chạy lại lúc {self.created_at:%d/%m/%Y %H:%M}"
