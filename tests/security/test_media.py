"""Restricted files are served only through views that check, on every path.

Over HTTP against the production settings: documents never come from ``/media/`` (only from
``/documents/<id>/<name>``, which applies collection privacy), originals and renditions of
images in a private collection answer 404 to anyone the collection does not admit, public
ones are served (and may be cached), and nothing escapes the tenant's own folder.
"""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.urls import resolve

from tests.security import live
from tests.security.live import EMAILS, HttpClient

pytestmark = pytest.mark.django_db
prod_server = live.prod_server  # module-scoped fixtures
world = live.world


@pytest.fixture(scope="module")
def member(prod_server, world):
    client = HttpClient(prod_server, world.hosts["b"])
    assert client.login(EMAILS["b"]).status == 302
    return client


def _anonymous(prod_server, world, key="b"):
    return HttpClient(prod_server, world.hosts[key])


PRIVATE_FILES = ["image_original_url", "rendition_url"]
PUBLIC_FILES = ["public_original_url", "public_rendition_url"]


@pytest.mark.parametrize("name", PRIVATE_FILES)
def test_private_image_files_are_404_to_anonymous(prod_server, world, name):
    assert _anonymous(prod_server, world).get(getattr(world, name)).status == 404


@pytest.mark.parametrize("name", PRIVATE_FILES)
def test_private_image_files_are_served_privately_to_members(member, world, name):
    response = member.get(getattr(world, name))
    assert response.status == 200 and response.body[:4] == b"\x89PNG"
    assert response.headers["cache-control"] == "private, no-store"


@pytest.mark.parametrize("name", PUBLIC_FILES)
def test_public_image_files_are_served_to_anyone(prod_server, world, name):
    response = _anonymous(prod_server, world).get(getattr(world, name))
    assert response.status == 200 and response.body[:4] == b"\x89PNG"
    assert response.headers["cache-control"].startswith("public")


def test_private_document_only_through_the_checking_view(prod_server, world, member):
    anonymous = _anonymous(prod_server, world)
    assert anonymous.get(world.document_url).status == 302  # to the login page
    assert member.get(world.document_url).body == b"TAI LIEU NOI BO"
    # Its file under /media/: nobody, not even a member.
    assert anonymous.get(world.document_media_url).status == 404
    assert member.get(world.document_media_url).status == 404


def test_public_document_is_served_by_the_view_not_by_media(prod_server, world):
    anonymous = _anonymous(prod_server, world)
    assert anonymous.get(world.public_document_url).body == b"TAI LIEU CONG KHAI"
    media_path = world.document_media_url.replace("noi-bo", "cong-khai")
    assert anonymous.get(media_path).status == 404


@pytest.mark.parametrize("name", PUBLIC_FILES + PRIVATE_FILES)
def test_files_of_b_are_not_served_on_the_host_of_a(prod_server, world, name):
    path = getattr(world, name)
    assert _anonymous(prod_server, world, "a").get(path).status == 404
    # Nor through A's own prefix.
    assert _anonymous(prod_server, world, "a").get(path.replace("sec_b", "sec_a")).status == 404


@pytest.mark.parametrize(
    "path",
    [
        "/media/sec_b/original_images/../documents/noi-bo.txt",
        "/media/sec_b/original_images/%2e%2e/documents/noi-bo.txt",
        "/media/sec_b/./documents/noi-bo.txt",
        "/media/sec_b//etc/passwd",
        "/media/sec_b/original_images/..%5c..%5cdocuments%5cnoi-bo.txt",
        "/media/sec_b/original_images/khong-co.png",
    ],
)
def test_crafted_media_paths_are_404(prod_server, world, path):
    assert _anonymous(prod_server, world).get(path).status == 404


def test_media_route_is_the_checking_view_in_every_setting():
    assert resolve("/media/test_a/documents/x.pdf").func.__name__ == "serve_media"
    env = {
        **os.environ,
        "DJANGO_SECRET_KEY": "x" * 50,
        "VOICE_ENCRYPTION_KEYS": "dGVzdC1vbmx5LXZvaWNlLWtleS0wMDAwMDAwMDAwMDA=",
        "VOICE_INDEX_KEY": "i" * 40,
        "DATABASE_URL": os.environ.get("DATABASE_URL", "postgres://x@127.0.0.1/x"),
    }
    code = (
        "import congdoan.settings.dev as d, congdoan.settings.production as p;"
        "print(d.WAGTAILDOCS_SERVE_METHOD, p.WAGTAILDOCS_SERVE_METHOD)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.split() == ["serve_view", "serve_view"], done.stderr
