"""A per-install secret: production refuses to start without one, the demo/development
settings generate one once into a file outside git, and no constant key is in the repository
(so nobody can sign a preview token or a session for someone else's install)."""

import os
import re
import stat
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import override_settings

BASE = settings.BASE_DIR


def _env(**extra):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SECRET_KEY"}
    env.setdefault("DATABASE_URL", "postgres://x@127.0.0.1/x")
    env.update(extra)
    return env


def test_production_server_refuses_to_start_without_a_secret_key():
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "congdoan.wsgi:application",
            "--bind",
            "127.0.0.1:0",
            "--workers",
            "1",
        ],
        cwd=BASE,
        env=_env(DJANGO_SETTINGS_MODULE="congdoan.settings.production"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in done.stderr


def _dev_key(key_file) -> str:
    code = "import congdoan.settings.dev as d; print(d.SECRET_KEY)"
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=BASE,
        env=_env(DJANGO_SECRET_KEY_FILE=str(key_file)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_dev_settings_generate_a_key_once_into_a_private_file(tmp_path):
    key_file = tmp_path / ".secret_key"
    first = _dev_key(key_file)
    assert len(first) >= 50
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert _dev_key(key_file) == first  # read back, not regenerated
    assert _dev_key(tmp_path / "other-install") != first


def test_the_key_file_is_kept_out_of_git():
    done = subprocess.run(
        ["git", "check-ignore", "-q", ".secret_key"], cwd=BASE, capture_output=True, timeout=30
    )
    assert done.returncode == 0


def test_no_constant_secret_key_in_the_repository():
    files = subprocess.run(
        ["git", "ls-files", "*.py", "*.toml", "*.yaml", "*.yml", "*.env*", "*.sh"],
        cwd=BASE,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    constant = re.compile(
        r"SECRET_KEY\s*=\s*['\"]|env_str\(\s*['\"]DJANGO_SECRET_KEY['\"]\s*,\s*['\"]"
    )
    # Keys in the test settings and in tests sign nothing outside a test run.
    found = [
        f
        for f in files
        if f != "congdoan/settings/test.py"
        and not f.startswith("tests/")
        and constant.search((BASE / f).read_text())
    ]
    assert found == []


@pytest.mark.django_db
def test_a_preview_token_of_one_install_is_refused_by_another(tenant_a):
    from django_tenants.utils import schema_context

    from graphql_api.content.preview import PreviewTokenError, issue_token, read_token

    with schema_context(tenant_a.schema_name):
        with override_settings(SECRET_KEY="k" * 50):
            token = issue_token(1, 1)
            assert read_token(token).page_id == 1
        with override_settings(SECRET_KEY="other-" + "x" * 50), pytest.raises(PreviewTokenError):
            read_token(token)
