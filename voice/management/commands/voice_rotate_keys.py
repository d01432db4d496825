"""Re-encrypts every encrypted column of the voice app with the first key of
``VOICE_ENCRYPTION_KEYS``.

Procedure (docs/personal-data.md): put a new key first (keep the old ones after it), deploy,
run this command, check ``--check`` reports nothing left, then remove the old keys.

Works in raw SQL on the ``bytea`` columns, batch by batch (each batch one transaction with
its rows locked), and hands each token to ``voice.crypto.rotate``: values are never turned
into text here, so nothing personal can reach a log or the console. Tokens already made
with the first key are left alone, so the command can be stopped and run again.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from voice import crypto
from voice.crypto import EncryptedBinaryField, EncryptedTextField


@dataclass
class ColumnCount:
    rotated: int = 0
    current: int = 0
    empty: int = 0


def encrypted_columns() -> list[tuple[str, str, list[str]]]:
    """(model label, table, [columns]) of every voice model with encrypted columns."""
    found = []
    for model in apps.get_app_config("voice").get_models():
        cols = [
            f.column
            for f in model._meta.concrete_fields
            if isinstance(f, (EncryptedTextField, EncryptedBinaryField))
        ]
        if cols:
            found.append((model._meta.label, model._meta.db_table, cols))
    return found


def rotate_table(table: str, columns: list[str], *, batch_size: int = 500, dry_run=False):
    """Rotates one table; returns {column: ColumnCount}."""
    qn = connection.ops.quote_name
    counts = {c: ColumnCount() for c in columns}
    select = (
        f"SELECT id, {', '.join(qn(c) for c in columns)} FROM {qn(table)} "
        "WHERE id > %s ORDER BY id LIMIT %s FOR UPDATE"
    )
    last = 0
    while True:
        with transaction.atomic(), connection.cursor() as cur:
            cur.execute(select, [last, batch_size])
            rows = cur.fetchall()
            if not rows:
                break
            for row in rows:
                pk, values = row[0], row[1:]
                changes = {}
                for column, value in zip(columns, values, strict=True):
                    token = bytes(value) if value is not None else b""
                    if not token:
                        counts[column].empty += 1
                    elif crypto.is_current(token):
                        counts[column].current += 1
                    else:
                        changes[column] = crypto.rotate(token)
                        counts[column].rotated += 1
                if changes and not dry_run:
                    sets = ", ".join(f"{qn(c)} = %s" for c in changes)
                    cur.execute(
                        f"UPDATE {qn(table)} SET {sets} WHERE id = %s",
                        [*changes.values(), pk],
                    )
            last = rows[-1][0]
        if len(rows) < batch_size:
            break
    return counts


class Command(BaseCommand):
    help = (
        "Mã hoá lại mọi cột dữ liệu cá nhân của vụ việc bằng khoá đầu tiên của "
        "VOICE_ENCRYPTION_KEYS (chạy lại bao nhiêu lần cũng được)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument(
            "--check",
            action="store_true",
            help="Chỉ đếm các giá trị chưa mã hoá bằng khoá mới, không ghi gì; "
            "trả mã lỗi 1 nếu còn.",
        )

    def handle(self, *args, batch_size, check, **options):
        if batch_size < 1:
            raise CommandError("--batch-size phải lớn hơn 0.")
        connection.set_schema_to_public()
        left = 0
        total = ColumnCount()
        for label, table, columns in encrypted_columns():
            counts = rotate_table(table, columns, batch_size=batch_size, dry_run=check)
            for column, c in counts.items():
                total.rotated += c.rotated
                total.current += c.current
                total.empty += c.empty
                left += c.rotated
                verb = "cần mã hoá lại" if check else "đã mã hoá lại"
                self.stdout.write(
                    f"{label}.{column}: {verb} {c.rotated}, đã dùng khoá mới {c.current}, "
                    f"trống {c.empty}"
                )
        if check:
            self.stdout.write(f"Tổng: còn {left} giá trị chưa dùng khoá mới.")
            if left:
                raise CommandError(
                    f"Còn {left} giá trị chưa mã hoá bằng khoá mới: chạy voice_rotate_keys."
                )
        else:
            self.stdout.write(
                f"Tổng: đã mã hoá lại {total.rotated}, đã dùng khoá mới {total.current}, "
                f"trống {total.empty}."
            )
