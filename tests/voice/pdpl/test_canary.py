"""The canary: a string put in a case's body, a phone number and an attachment never
reaches the database in plain text. The real ``pg_dump`` of the test database is searched
(as text, as UTF-8 bytes and as the hex a plain ``bytea`` would show), and so are the
history tables (``voice_caseevent``, ``pghistory_context``), the job arguments
(``procrastinate_jobs``) and the webhook payloads. After erasure nothing of the canary is
left even for someone holding the keys, and the keyed index of the phone number is gone.

The rows must be committed for ``pg_dump`` to see them, so this test runs outside the
suite's rolled-back transaction and removes what it wrote.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pghistory
import pytest
from django.apps import apps
from django.db import connection
from django.utils import timezone

import jobs
from hierarchy.models import Organization
from tests.voice.pdpl.conftest import (
    CANARY,
    CANARY_EMAIL,
    CANARY_FILE,
    CANARY_PHONE,
    fill_with_canary,
)
from voice import codes, crypto
from voice.access import log_access
from voice.actions.dsr_receive import ReceiveDataRequest
from voice.actions.erase_case import EraseCase
from voice.management.commands.voice_rotate_keys import encrypted_columns
from voice.models import Attachment, Case, CaseAccess, DataSubjectRequest, Kind


@jobs.task(name="voice.notify.test_probe")
def _probe_notify(*, case_id: int):
    """A stand-in for the worker's e-mail job: arguments are ids only."""


def _pg_dump_binary() -> str:
    try:
        bindir = subprocess.run(
            ["pg_config", "--bindir"], capture_output=True, text=True, check=True
        ).stdout.strip()
        candidate = Path(bindir) / "pg_dump"
        if candidate.exists():
            return str(candidate)
    except (OSError, subprocess.CalledProcessError):
        pass
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"), reverse=True):
        return str(candidate)
    found = shutil.which("pg_dump")
    if not found:
        pytest.fail("pg_dump introuvable (pg_config --bindir, /usr/lib/postgresql/*/bin)")
    return found


def pg_dump() -> bytes:
    db = connection.settings_dict
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    cmd = [_pg_dump_binary(), "--no-owner", "--dbname", db["NAME"]]
    if db.get("HOST"):
        cmd += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        cmd += ["--port", str(db["PORT"])]
    if db.get("USER"):
        cmd += ["--username", str(db["USER"])]
    done = subprocess.run(cmd, capture_output=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert b"voice_case" in done.stdout
    return done.stdout


SECRETS = [CANARY, CANARY_PHONE, CANARY_EMAIL, "9c41e2"]


def assert_not_in_dump(dump: bytes) -> None:
    # Booleans first: pytest would print the whole dump for a failing `in`.
    text = dump.decode("utf-8", errors="replace")
    for value in SECRETS:
        raw = value.encode()
        found = [
            form
            for form, hit in (
                ("text", value in text),
                ("utf-8 bytes", raw in dump),
                ("hex", raw.hex() in text),  # a plain bytea would be dumped as hex
            )
            if hit
        ]
        assert not found, f"{value!r} found in pg_dump as {found}: {_around(text, value)}"
    file_found = CANARY_FILE in dump or CANARY_FILE.hex() in text
    assert not file_found, "attachment bytes found in pg_dump"


def _around(text: str, value: str) -> str:
    at = text.find(value)
    return text[max(0, at - 200) : at + 100] if at >= 0 else ""


def table_text(sql: str, params=()) -> str:
    with connection.cursor() as cur:
        cur.execute(sql, params)
        return "\n".join(str(row) for row in cur.fetchall())


def decrypted_everything() -> str:
    """Every encrypted value of every voice table, decrypted: what a key holder could read."""
    out = []
    with connection.cursor() as cur:
        for _label, table, columns in encrypted_columns():
            cur.execute(f"SELECT {', '.join(columns)} FROM {table}")
            for row in cur.fetchall():
                for value in row:
                    if value:
                        out.append(crypto.decrypt_bytes(bytes(value)).decode(errors="replace"))
    return "\n".join(out)


@pytest.fixture
def committed(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        connection.set_schema_to_public()
        made = {}
        try:
            yield made
        finally:
            connection.set_schema_to_public()
            case_ids = made.get("cases", [])
            with connection.cursor() as cur:
                cur.execute(
                    "DELETE FROM procrastinate_jobs WHERE task_name = 'voice.notify.test_probe'"
                )
                if case_ids:
                    cur.execute(
                        "SELECT DISTINCT pgh_context_id FROM voice_caseevent "
                        "WHERE pgh_obj_id = ANY(%s) AND pgh_context_id IS NOT NULL",
                        [case_ids],
                    )
                    contexts = [r[0] for r in cur.fetchall()]
                    cur.execute(
                        "DELETE FROM voice_caseevent WHERE pgh_obj_id = ANY(%s)", [case_ids]
                    )
                    cur.execute("DELETE FROM pghistory_context WHERE id = ANY(%s)", [contexts])
            DataSubjectRequest.objects.filter(cases__in=case_ids).delete()
            Case.objects.filter(pk__in=case_ids).delete()
            if made.get("org"):
                Organization.objects.filter(pk=made["org"]).delete()


def test_canary_never_in_plain_text_and_gone_after_erasure(committed):
    org = Organization.add_root(
        code="XPDPLCANARY",
        name="Công đoàn thử dữ liệu cá nhân",
        level=1,
        kind="national_federation",
    )
    committed["org"] = org.pk
    secret = codes.new_secret()
    case = Case.objects.create(
        code=codes.new_code(),
        secret_hash=crypto.secret_hash(secret),
        kind=Kind.GRIEVANCE,
        channel="web_form",
        organization=org,
        origin_organization=org,
        org_path=org.path,
        received_at=timezone.now(),
        title=f"Tiêu đề {CANARY}",
        body=f"Nội dung {CANARY}",
        contact_name="Nguyễn Thị Canary",
        contact_phone=CANARY_PHONE,
        contact_email=CANARY_EMAIL,
        workplace=f"Xưởng {CANARY}",
        contact_index=crypto.blind_index(CANARY_PHONE),
    )
    committed["cases"] = [case.pk]
    fill_with_canary(case)
    with pghistory.context(action="test", actor=None):
        case.start()
        case.save()
    log_access(case, None, CaseAccess.Action.EMERGENCY, reason=f"Khẩn cấp {CANARY}")
    ReceiveDataRequest(
        kind="access", case_code=case.code, secret=secret, details=f"Cho tôi xem {CANARY}"
    ).execute()
    jobs.defer(_probe_notify, case_id=case.pk)
    index = crypto.blind_index(CANARY_PHONE)

    dump = pg_dump()
    assert_not_in_dump(dump)
    has_index = index.encode() in dump
    assert has_index  # the keyed index is there (and goes with erasure)
    history = table_text("SELECT * FROM voice_caseevent WHERE pgh_obj_id = %s", [case.pk])
    history += table_text("SELECT metadata::text FROM pghistory_context")
    queued = table_text("SELECT task_name, args::text FROM procrastinate_jobs")
    hooks = table_text("SELECT payload::text FROM webhooks_delivery")
    for value in SECRETS:
        assert value not in history and value not in queued and value not in hooks
    assert "voice.notify.test_probe" in queued
    # The data is there for a key holder, before erasure.
    assert CANARY in decrypted_everything()

    EraseCase(case).execute()

    dump = pg_dump()
    assert_not_in_dump(dump)
    has_index = index.encode() in dump
    assert not has_index
    assert CANARY not in decrypted_everything() and CANARY_PHONE not in decrypted_everything()
    assert "voice.notify.test_probe" not in table_text(
        "SELECT task_name FROM procrastinate_jobs WHERE status = 'todo'"
    )
    erased = Case.objects.get(pk=case.pk)
    assert erased.erased_at is not None and erased.body == "" and erased.contact_phone == ""
    assert not Attachment.objects.filter(case=erased).exists()
    assert all(c.evidence == {} for c in erased.consents.all())
    assert erased.events.filter(erased_at__isnull=False).exists()


def test_history_tracks_no_personal_field(db):
    """The audit trail holds state only: no encrypted or identifying column is tracked.
    (Also makes pytest-django set the test database up when this module runs alone.)"""
    event = apps.get_model("voice", "CaseEvent")
    tracked = {f.name for f in event._meta.concrete_fields}
    personal = {
        "title",
        "body",
        "contact_name",
        "contact_phone",
        "contact_email",
        "workplace",
        "link",
        "contact_index",
        "member",
        "secret_hash",
    }
    assert not tracked & personal
    assert {"status", "erased_at"} <= tracked
