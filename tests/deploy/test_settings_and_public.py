import os
import subprocess
import sys

from django.conf import settings


def _import_production(env_extra):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SECRET_KEY"}
    env.update(env_extra, DATABASE_URL=env.get("DATABASE_URL", "postgres://x@127.0.0.1/x"))
    return subprocess.run(
        [sys.executable, "-c", "import congdoan.settings.production as p; print(p.DEBUG)"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_a_secret_key():
    done = _import_production({})
    assert done.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in done.stderr


def test_production_never_runs_in_debug():
    done = _import_production(
        {
            "DJANGO_SECRET_KEY": "x" * 50,
            "VOICE_ENCRYPTION_KEYS": "dGVzdC1vbmx5LXZvaWNlLWtleS0wMDAwMDAwMDAwMDA=",
            "VOICE_INDEX_KEY": "i" * 40,
        }
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_public_host_serves_directory_and_404s_unknown_paths(db, client):
    assert client.get("/", HTTP_HOST="public.test").status_code == 200
    assert client.get("/admin/login/", HTTP_HOST="public.test").status_code == 404
    assert client.get("/khong-co/", HTTP_HOST="public.test").status_code == 404


def test_admin_is_vietnamese_by_default_and_english_on_request(tenant_a, client_for):
    from django_tenants.utils import schema_context
    from wagtail.users.models import UserProfile

    from hierarchy.actions import GrantRole
    from tenants.models import Role
    from tests.factories import make_user

    page = client_for(tenant_a).get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en-US,en")
    assert page.status_code == 200 and '<html lang="vi"' in page.content.decode()
    editor = make_user()
    GrantRole(editor, tenant_a, Role.EDITOR).execute()
    client = client_for(tenant_a, editor)
    assert '<html lang="vi"' in client.get("/admin/").content.decode()
    with schema_context(tenant_a.schema_name):
        profile = UserProfile.get_for_user(editor)
        profile.preferred_language = "en"
        profile.save()
    assert '<html lang="en"' in client.get("/admin/").content.decode()


def test_domain_lookup_is_cached_and_forgotten_on_change(tenant_a, client_for):
    from tenants.models import Domain
    from tests.statements import statements

    client = client_for(tenant_a)
    client.get("/admin/login/")
    with statements() as sql:
        client.get("/admin/login/")
    assert sql.mentioning("tenants_domain") == []
    Domain.objects.create(domain="a-moi.test", tenant=tenant_a, is_primary=False)
    assert client.get("/admin/login/", HTTP_HOST="a-moi.test").status_code == 200
    Domain.objects.filter(domain="a-moi.test").delete()
    assert client.get("/admin/login/", HTTP_HOST="a-moi.test").status_code == 404
