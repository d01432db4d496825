"""The access log's reason (an emergency override's reason describes the worker's
situation) is encrypted like the other personal data: the column becomes ``bytea`` and any
reason already written is encrypted in place with the current first key."""

from django.db import migrations

import voice.crypto


def encrypt_existing(apps, schema_editor):
    from voice import crypto

    with schema_editor.connection.cursor() as cur:
        cur.execute("SELECT id, reason FROM voice_caseaccess WHERE length(reason) > 0")
        for pk, plain in cur.fetchall():
            cur.execute(
                "UPDATE voice_caseaccess SET reason = %s WHERE id = %s",
                [crypto.encrypt(bytes(plain)), pk],
            )


class Migration(migrations.Migration):
    dependencies = [
        ("voice", "0002_consent_notices"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    "ALTER TABLE voice_caseaccess ALTER COLUMN reason TYPE bytea "
                    "USING convert_to(reason, 'UTF8')",
                    "ALTER TABLE voice_caseaccess ALTER COLUMN reason TYPE varchar(500) USING ''",
                ),
            ],
            state_operations=[
                migrations.AlterField(
                    model_name="caseaccess",
                    name="reason",
                    field=voice.crypto.EncryptedTextField(
                        blank=True, default=b"", verbose_name="lý do"
                    ),
                ),
            ],
        ),
        migrations.RunPython(encrypt_existing, migrations.RunPython.noop),
    ]
