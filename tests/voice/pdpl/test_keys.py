"""Keys: a new key, rotation of every encrypted column (then the old key removed), and the
system check that stops a deployment with missing, malformed or placeholder keys."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from cryptography.fernet import Fernet
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import override_settings

from tests.voice.pdpl.conftest import CANARY, CANARY_FILE, CANARY_PHONE
from voice import checks, crypto
from voice.actions.dsr_receive import ReceiveDataRequest
from voice.models import Attachment, Case, CaseMessage, DataSubjectRequest

OLD = settings.VOICE_ENCRYPTION_KEYS[0]


def _run(*args) -> str:
    out = io.StringIO()
    call_command("voice_rotate_keys", *args, stdout=out)
    return out.getvalue()


def test_new_key_is_a_valid_fernet_key():
    out = io.StringIO()
    call_command("voice_new_key", stdout=out)
    key = out.getvalue().strip()
    Fernet(key)  # raises if malformed
    assert key != OLD


def test_rotation_reencrypts_everything_and_the_old_key_can_go(canary_case, dpo):
    dsr = (
        ReceiveDataRequest(
            kind="access", contact=CANARY_PHONE, details=f"Xin bản sao {CANARY}", actor=dpo
        )
        .execute()
        .request
    )
    events_before = canary_case.events.count()
    new = crypto.new_key()
    with override_settings(VOICE_ENCRYPTION_KEYS=[new, OLD]):
        with pytest.raises(CommandError):  # nothing rotated yet
            _run("--check")
        out = _run("--batch-size", "2")
        assert "voice.Case.body: đã mã hoá lại 1" in out
        assert "voice.Attachment.data: đã mã hoá lại 1" in out
        assert "voice.DataSubjectRequest.details: đã mã hoá lại 1" in out
        assert CANARY not in out and CANARY_PHONE not in out
        again = _run()  # idempotent
        assert "Tổng: đã mã hoá lại 0," in again
        _run("--check")  # passes: nothing left on the old key
    # Rotation wrote tokens only: no audit event, no change of anything tracked.
    assert canary_case.events.count() == events_before
    with override_settings(VOICE_ENCRYPTION_KEYS=[new]):
        case = Case.objects.get(pk=canary_case.pk)
        assert case.body == f"Nội dung {CANARY}"
        assert case.contact_phone == CANARY_PHONE
        assert all(CANARY in m.body for m in CaseMessage.objects.filter(case=case))
        assert Attachment.objects.get(case=case).data == CANARY_FILE
        assert DataSubjectRequest.objects.get(pk=dsr.pk).details == f"Xin bản sao {CANARY}"
        with connection.cursor() as cur:
            cur.execute("SELECT body FROM voice_case WHERE id = %s", [case.pk])
            assert crypto.is_current(bytes(cur.fetchone()[0]))
    # The old key alone no longer opens the data.
    with override_settings(VOICE_ENCRYPTION_KEYS=[OLD]), pytest.raises(Exception):  # noqa: B017
        Case.objects.get(pk=canary_case.pk).body  # noqa: B018


@pytest.mark.parametrize(
    ("keys", "code"),
    [([], "voice.E001"), (["change-me"], "voice.E002"), (["not-a-key"], "voice.E003")],
)
def test_check_refuses_missing_placeholder_and_malformed_keys(keys, code):
    with override_settings(VOICE_ENCRYPTION_KEYS=keys):
        ids = [e.id for e in checks.check_voice_keys()]
    assert code in ids


def test_check_passes_with_good_keys():
    with override_settings(VOICE_ENCRYPTION_KEYS=[crypto.new_key(), OLD]):
        assert [e for e in checks.check_voice_keys() if e.is_serious()] == []


def _production_check(**env_extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "VOICE_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="congdoan.settings.production",
        DJANGO_SECRET_KEY="s" * 60,
        VOICE_INDEX_KEY="i" * 48,
        DATABASE_URL=env.get("DATABASE_URL", "postgres://x@127.0.0.1/x"),
    )
    env.update(env_extra)
    code = (
        "import django; django.setup(); from django.core.management import call_command; "
        "call_command('check', '--tag', 'security')"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("keys", "code"),
    [
        ("change-me", "voice.E002"),
        ("pas-une-cle", "voice.E003"),
        (OLD, "voice.E004"),  # the test suite's key, public in the repository
    ],
)
def test_production_refuses_bad_keys(keys, code):
    done = _production_check(VOICE_ENCRYPTION_KEYS=keys)
    assert done.returncode != 0
    assert code in done.stderr


def test_production_accepts_real_keys():
    done = _production_check(VOICE_ENCRYPTION_KEYS=f"{crypto.new_key()},{crypto.new_key()}")
    assert done.returncode == 0, done.stderr
