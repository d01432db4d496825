"""Fixtures of the object-storage tests: a real S3 API (moto's server in a subprocess on a free
loopback port, spoken to over HTTP by boto3 exactly as the app would speak to MinIO or S3;
nothing is mocked) and the app configured with ``CONGDOAN_STORAGE=s3`` against it.

The private bucket has no policy; the public bucket lets anyone read (``s3:GetObject`` for
``*``), as docker/compose.yaml's ``minio-setup`` sets them up.
"""

from __future__ import annotations

import itertools
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

import boto3
import pytest

CREDENTIALS = {"access_key": "cgd-test", "secret_key": "cgd-test-secret"}
_buckets = itertools.count(1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class S3Server:
    endpoint: str
    process: subprocess.Popen

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name="us-east-1",
            aws_access_key_id=CREDENTIALS["access_key"],
            aws_secret_access_key=CREDENTIALS["secret_key"],
        )


def start_moto() -> S3Server:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1).close()
            break
        except (urllib.error.URLError, ConnectionError, OSError):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("moto's S3 server did not start") from None
            time.sleep(0.1)
    return S3Server(endpoint, process)


def public_read_policy(bucket: str) -> str:
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": ["s3:GetObject"],
                    "Resource": [f"arn:aws:s3:::{bucket}/*"],
                }
            ],
        }
    )


def create_buckets(client, private: str, public: str) -> None:
    client.create_bucket(Bucket=private)
    client.create_bucket(Bucket=public)
    client.put_bucket_policy(Bucket=public, Policy=public_read_policy(public))


def s3_storages(endpoint: str, private: str, public: str, **extra) -> dict:
    """STORAGES for ``CONGDOAN_STORAGE=s3`` (what settings/base.py builds from the env)."""
    return {
        "default": {
            "BACKEND": "cms.storage.TenantS3Storage",
            "OPTIONS": {
                "bucket_name": private,
                "public_bucket_name": public,
                "endpoint_url": endpoint,
                "region_name": "us-east-1",
                "addressing_style": "path",
                **CREDENTIALS,
                **extra,
            },
        },
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(scope="session")
def s3_server():
    server = start_moto()
    yield server
    server.process.terminate()
    server.process.wait(timeout=10)


def _lower(headers) -> dict:
    return {name.lower(): value for name, value in headers.items()}


@dataclass
class S3World:
    server: S3Server
    client: object
    private: str
    public: str

    def keys(self, bucket: str, prefix: str = "") -> list[str]:
        answer = self.client.list_objects_v2(Bucket=bucket, Prefix=prefix)
        return sorted(item["Key"] for item in answer.get("Contents", []))

    def anonymous_get(self, url: str):
        """GET ``url`` with no credentials: (status, headers with lower-case names, body)."""
        try:
            with urllib.request.urlopen(url, timeout=10) as answer:
                return answer.status, _lower(answer.headers), answer.read()
        except urllib.error.HTTPError as error:
            return error.code, _lower(error.headers), error.read()

    def object_url(self, bucket: str, key: str) -> str:
        return f"{self.server.endpoint}/{bucket}/{key}"


@pytest.fixture
def s3(s3_server, settings):
    """The app on object storage: fresh buckets for this test, STORAGES pointing at them
    (Django's setting_changed handler drops the cached storage objects)."""
    number = next(_buckets)
    private, public = f"cgd-private-{number}", f"cgd-public-{number}"
    client = s3_server.client()
    create_buckets(client, private, public)
    settings.STORAGES = s3_storages(s3_server.endpoint, private, public)
    return S3World(s3_server, client, private, public)
