"""Training in communication: the cadre roster, courses and who completed them.

The programme's training targets (by 2028: 70% of the leaders of direct-upper-grassroots
unions and 50% of grassroots union cadres trained in communication) are rates of two stocks
per organisation (programme.training):

* ``Cadre``: a person holding a union position at an organisation, from ``active_from`` to
  ``active_to`` (None: still holds it). Identified by ``code``, a cadre code the organisation
  issues (unique within it), never a national ID number.
* ``Course``: a training course (online or in person) organised by an organisation.
* ``TrainingRecord``: one person's attendance of one course and whether they completed it.

Personal data is kept to what the count needs (Law on Personal Data Protection 91/2025/QH15
and Decree 356/2025/ND-CP: collect only what the purpose needs): a name to recognise the
person, an optional date of birth to tell namesakes apart, the organisation-issued code and
the position's dates. No national ID (CCCD), phone, address or e-mail is stored.

``Cadre.counted_*`` remember what the person currently adds to the figures (which
organisation, series family and months), so any change (an edit, a completion undone, a
record deleted) applies exactly the difference (programme.training.recount).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from congdoan.text import nfc, normalise_code
from hierarchy.models import search_key


class CadreCategory(models.TextChoices):
    LEADER = "leader", "Cán bộ chủ chốt (Chủ tịch, Phó Chủ tịch)"
    CADRE = "cadre", "Cán bộ công đoàn"


class CourseMode(models.TextChoices):
    ONLINE = "online", "Trực tuyến"
    IN_PERSON = "in_person", "Trực tiếp"


class Cadre(models.Model):
    organization = models.ForeignKey(
        "hierarchy.Organization",
        on_delete=models.PROTECT,
        related_name="programme_cadres",
        verbose_name="đơn vị",
    )
    code = models.CharField("mã cán bộ", max_length=32)
    full_name = models.CharField("họ và tên", max_length=128)
    #: Accent-folded, lower-case name for the admin search ("nguyen van" finds "Nguyễn Văn").
    search_key = models.CharField(max_length=128, blank=True, editable=False)
    birth_date = models.DateField("ngày sinh", null=True, blank=True)
    category = models.CharField("nhóm chức danh", max_length=16, choices=CadreCategory.choices)
    position = models.CharField("chức vụ", max_length=128, blank=True)
    active_from = models.DateField("giữ chức vụ từ ngày")
    active_to = models.DateField("thôi giữ chức vụ từ ngày", null=True, blank=True)
    #: The date the person first completed a communication course (None: never).
    trained_on = models.DateField("ngày hoàn thành tập huấn đầu tiên", null=True, blank=True)
    # What the person currently adds to the figures (programme.training.recount).
    counted_org = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    counted_family = models.CharField(max_length=16, blank=True)  # "leaders", "cadres", ""
    counted_from = models.DateField(null=True, blank=True)
    counted_to = models.DateField(null=True, blank=True)
    counted_trained = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "cán bộ"
        verbose_name_plural = "danh sách cán bộ"
        constraints = [
            models.UniqueConstraint(fields=["organization", "code"], name="prog_cadre_code_unique"),
            models.CheckConstraint(
                condition=models.Q(active_to__isnull=True)
                | models.Q(active_to__gte=models.F("active_from")),
                name="prog_cadre_dates",
            ),
        ]
        indexes = [models.Index(fields=["organization", "full_name"], name="prog_cadre_org_name")]

    def __str__(self):
        return f"{self.full_name} ({self.code})"

    def save(self, *args, **kwargs):
        self.code = normalise_code(self.code)
        self.full_name = " ".join(nfc(self.full_name).split())
        self.search_key = search_key(self.full_name)
        super().save(*args, **kwargs)


class Course(models.Model):
    organizer = models.ForeignKey(
        "hierarchy.Organization",
        on_delete=models.PROTECT,
        related_name="programme_courses",
        verbose_name="đơn vị tổ chức",
    )
    #: Unique across the platform (a spreadsheet names the course by it).
    code = models.CharField("mã khoá học", max_length=32, unique=True)
    title = models.CharField("tên khoá học", max_length=255)
    mode = models.CharField("hình thức", max_length=16, choices=CourseMode.choices)
    starts_on = models.DateField("ngày bắt đầu")
    ends_on = models.DateField("ngày kết thúc")
    hours = models.DecimalField("số giờ", max_digits=6, decimal_places=1)
    #: Only communication courses count toward the programme's training targets.
    communication = models.BooleanField("tập huấn về công tác truyền thông", default=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "khoá tập huấn"
        verbose_name_plural = "khoá tập huấn"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")), name="prog_course_dates"
            ),
            models.CheckConstraint(condition=models.Q(hours__gt=0), name="prog_course_hours"),
        ]

    def __str__(self):
        return f"{self.title} ({self.code})"

    def save(self, *args, **kwargs):
        self.code = normalise_code(self.code)
        super().save(*args, **kwargs)


class TrainingRecord(models.Model):
    course = models.ForeignKey(
        Course, on_delete=models.PROTECT, related_name="records", verbose_name="khoá học"
    )
    cadre = models.ForeignKey(
        Cadre, on_delete=models.PROTECT, related_name="training_records", verbose_name="cán bộ"
    )
    completed = models.BooleanField("đã hoàn thành", default=False)
    completed_on = models.DateField("ngày hoàn thành", null=True, blank=True)
    result = models.CharField("kết quả", max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "kết quả tập huấn"
        verbose_name_plural = "kết quả tập huấn"
        constraints = [
            models.UniqueConstraint(fields=["course", "cadre"], name="prog_record_unique"),
            models.CheckConstraint(
                condition=models.Q(completed=False, completed_on__isnull=True)
                | models.Q(completed=True, completed_on__isnull=False),
                name="prog_record_completed_on",
            ),
        ]
        indexes = [
            models.Index(
                fields=["cadre", "completed_on"],
                condition=models.Q(completed=True),
                name="prog_record_completed",
            )
        ]

    def __str__(self):
        return f"{self.cadre} – {self.course}"
