"""The storage is chosen from the environment (congdoan/settings/base.py), with clear errors
for a wrong choice or a missing bucket. Settings are imported in a subprocess so that the
environment of this test run is untouched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from cms.storage import TenantS3Storage

ROOT = Path(__file__).resolve().parents[2]
PRINT_STORAGE = (
    "import json; from congdoan.settings import base; print(json.dumps(base.STORAGES['default']))"
)


def settings_with(**env):
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "CONGDOAN_S"))}
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-c", PRINT_STORAGE],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_local_disk_is_the_default():
    result = settings_with()
    assert result.returncode == 0, result.stderr
    backend = json.loads(result.stdout)["BACKEND"]
    assert backend == "django_tenants.files.storage.TenantFileSystemStorage"


def test_s3_from_the_environment():
    result = settings_with(
        CONGDOAN_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="rieng",
        CONGDOAN_S3_PUBLIC_BUCKET="cong-khai",
        AWS_S3_ENDPOINT_URL="http://minio:9000",
        CONGDOAN_S3_PUBLIC_URL="https://media.example.vn/cong-khai",
        CONGDOAN_S3_PRIVATE_REDIRECT_SECONDS="60",
    )
    assert result.returncode == 0, result.stderr
    storage = json.loads(result.stdout)
    assert storage["BACKEND"] == "cms.storage.TenantS3Storage"
    options = storage["OPTIONS"]
    assert options["bucket_name"] == "rieng" and options["public_bucket_name"] == "cong-khai"
    assert options["endpoint_url"] == "http://minio:9000"
    assert options["public_base_url"] == "https://media.example.vn/cong-khai"
    assert options["private_redirect_seconds"] == 60


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"CONGDOAN_STORAGE": "ftp"}, "CONGDOAN_STORAGE='ftp'"),
        ({"CONGDOAN_STORAGE": "s3"}, "AWS_STORAGE_BUCKET_NAME is required"),
        (
            {"CONGDOAN_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": "rieng"},
            "CONGDOAN_S3_PUBLIC_BUCKET is required",
        ),
    ],
)
def test_wrong_storage_settings_are_refused_at_start(env, message):
    result = settings_with(**env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and message in result.stderr


def test_private_and_public_buckets_must_differ():
    with pytest.raises(ImproperlyConfigured, match="must differ"):
        TenantS3Storage(bucket_name="media", public_bucket_name="media")
