"""Declare an organisation's offline products of a month and its materials at month end.

``DeclareProducts(org, month, counts, actor=user).execute()`` creates or corrects the
organisation's ``ProductDeclaration`` of that month and changes the figures by the
difference only:

* ``products_total`` (a flow) by the new sum of the product counts minus the old one, in
  that month;
* ``materials_total``/``materials_digitised`` (stocks kept as monthly changes) by the change
  of the declared stock against the declaration in force before that month. Correcting a
  month also changes the change of the next declared month (its "before" moved), so both are
  recomputed and only the differences against the changes already counted
  (``*_change``) are bumped.

Declaring the same figures again changes nothing. Editors and above of the organisation
(or of an ancestor) may declare; months before the programme (2023) or in the future are
refused.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone

from congdoan.actions import Action
from congdoan.text import nfc
from hierarchy.models import Organization
from programme.actions.permissions import require_editor
from programme.figures import EPOCH
from programme.models import ProductDeclaration
from programme.recording import bump

PRODUCT_FIELDS = tuple(field for field, _label in ProductDeclaration.KINDS)
STOCK_FIELDS = ("materials_total", "materials_digitised")
MAX_COUNT = 1_000_000
MAX_NOTE = 2000
# One declaration change at a time per organisation (the next month's change depends on it).
LOCK_CLASS = 5215


class DeclareProducts(Action):
    public = True

    def __init__(
        self,
        organization: Organization,
        month: datetime.date,
        counts: dict,
        *,
        note: str = "",
        actor=None,
    ):
        super().__init__(actor=actor)
        self.organization = organization
        self.month = month
        self.counts = dict(counts or {})
        self.note = nfc(note or "").strip()

    def prepare(self) -> None:
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(%s, %s)",
                [LOCK_CLASS, self.organization.pk % 2**31],
            )

    def validate(self) -> None:
        errors: dict[str, list[str]] = {}
        if not isinstance(self.month, datetime.date):
            errors["month"] = ["Tháng kê khai không hợp lệ (mm/yyyy)."]
        else:
            self.month = self.month.replace(day=1)
            if self.month < EPOCH:
                errors["month"] = [f"Chỉ kê khai từ tháng {EPOCH:%m/%Y} (đầu chương trình)."]
            elif self.month > timezone.localdate().replace(day=1):
                errors["month"] = ["Không kê khai cho tháng chưa tới."]
        if self.organization.status == "merged":
            successor = self.organization.successor
            errors["__all__"] = [
                f"{self.organization.name} đã hợp nhất"
                + (f" vào {successor.name}" if successor else "")
                + ": số liệu của đơn vị nay thuộc đơn vị kế tiếp, hãy kê khai tại đó."
            ]
        unknown = sorted(set(self.counts) - set(PRODUCT_FIELDS) - set(STOCK_FIELDS))
        if unknown:
            errors.setdefault("__all__", []).append(
                "Loại sản phẩm không hợp lệ: " + ", ".join(unknown) + "."
            )
        labels = {
            f: str(ProductDeclaration._meta.get_field(f).verbose_name)
            for f in PRODUCT_FIELDS + STOCK_FIELDS
        }
        self.values: dict[str, int] = {}
        for field in PRODUCT_FIELDS + STOCK_FIELDS:
            value = self.counts.get(field, 0)
            if value in (None, ""):
                value = 0
            if isinstance(value, bool) or not isinstance(value, int):
                try:
                    value = int(str(value).strip())
                except ValueError:
                    errors[field] = [f"{labels[field].capitalize()}: nhập một số nguyên."]
                    continue
            if value < 0 or value > MAX_COUNT:
                errors[field] = [
                    f"{labels[field].capitalize()}: nhập số từ 0 đến {MAX_COUNT:,}.".replace(
                        ",", "."
                    )
                ]
                continue
            self.values[field] = value
        if (
            "materials_total" in self.values
            and "materials_digitised" in self.values
            and self.values["materials_digitised"] > self.values["materials_total"]
        ):
            errors["materials_digitised"] = [
                "Số tài liệu đã số hóa không thể lớn hơn tổng số tài liệu."
            ]
        if len(self.note) > MAX_NOTE:
            errors["note"] = [f"Ghi chú tối đa {MAX_NOTE:,} ký tự.".replace(",", ".")]
        if errors:
            raise ValidationError(errors)

    def check_permission(self) -> None:
        require_editor(self.actor, self.organization, "kê khai sản phẩm truyền thông")

    def perform(self) -> ProductDeclaration:
        org, month = self.organization, self.month
        current = (
            ProductDeclaration.objects.select_for_update()
            .filter(organization=org, month=month)
            .first()
        )
        old_products = current.products_total if current is not None else 0
        declaration = current or ProductDeclaration(organization=org, month=month)
        for field, value in self.values.items():
            setattr(declaration, field, value)
        declaration.note = self.note
        declaration.declared_by = self.actor_row
        declaration.declared_at = timezone.now()
        if current is not None:
            declaration.revision = current.revision + 1
        changes = {"products_total": declaration.products_total - old_products}

        before = (
            ProductDeclaration.objects.filter(organization=org, month__lt=month)
            .order_by("-month")
            .first()
        )
        for field in STOCK_FIELDS:
            change = getattr(declaration, field) - (getattr(before, field) if before else 0)
            changes[field] = change - getattr(declaration, f"{field}_change")
            setattr(declaration, f"{field}_change", change)
        declaration.save()
        bump(org, month, changes)

        after = (
            ProductDeclaration.objects.select_for_update()
            .filter(organization=org, month__gt=month)
            .order_by("month")
            .first()
        )
        if after is not None:
            later = {}
            for field in STOCK_FIELDS:
                change = getattr(after, field) - getattr(declaration, field)
                later[field] = change - getattr(after, f"{field}_change")
                setattr(after, f"{field}_change", change)
            if any(later.values()):
                after.save(update_fields=[f"{f}_change" for f in STOCK_FIELDS])
                bump(org, after.month, later)
        self.changes = changes
        return declaration
