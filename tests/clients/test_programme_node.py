"""A portal's use of the public ``programme`` query with graphql-js from npm: the schema is
introspected with a developer's API token (buildClientSchema), the documents validated
against it, then asked without credentials against the server (the browser tests' live
server, which shares this test's database connection): only the published indicators come
back, with values, targets and status; an unknown organisation is a clear error."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django_tenants.utils import schema_context
from wagtail.models import APIToken

from accounts.roles import Role
from hierarchy.actions import GrantRole
from tests.browser.conftest import browser_server  # noqa: F401
from tests.factories import make_user
from tests.hierarchy.factories import org_tree  # noqa: F401
from tests.programme.api.conftest import PUBLIC, figures  # noqa: F401

NODE_DIR = Path(__file__).parent / "node"

pytestmark = pytest.mark.django_db


def _npm_ci():
    npm = shutil.which("npm")
    assert npm and shutil.which("node"), "node and npm are required (apt-get install nodejs npm)"
    if not (NODE_DIR / "node_modules" / "graphql").exists():
        installed = subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund"],
            cwd=NODE_DIR,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert installed.returncode == 0, installed.stderr[-2000:]


def test_a_portal_reads_the_public_figures_with_graphql_js(
    figures,  # noqa: F811
    browser_server,  # noqa: F811
    tenant_a,
):
    _npm_ci()
    developer = make_user()
    GrantRole(developer, figures["a"], Role.EDITOR).execute()
    with schema_context(tenant_a.schema_name):
        _row, token = APIToken.create_token(user=developer, name="cổng thông tin")
    host = tenant_a.domains.get(is_primary=True).domain
    browser_server.accept(True)
    try:
        done = subprocess.run(
            [shutil.which("node"), "programme.mjs", str(browser_server.port), host, token, "XPA"],
            cwd=NODE_DIR,
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        browser_server.accept(False)
    report = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    assert done.returncode == 0, (report, done.stderr[-2000:])
    got = json.loads(report)
    assert got["hasProgramme"]
    year = got["year"]["data"]["programme"]
    assert year["organization"]["name"] == "Liên đoàn Lao động tỉnh A"
    indicators = {i["key"]: i for i in year["indicators"]}
    assert sorted(indicators) == sorted(PUBLIC)
    assert indicators["cases_on_time"]["value"] == 84.0
    assert indicators["cases_on_time"]["statusLabel"] == "Chưa đạt"
    assert len(indicators["cases_on_time"]["trend"]) == 12
    assert indicators["campaigns"]["status"] == "MET"
    quarter = got["quarter"]["data"]["programme"]
    assert quarter["periodLabel"] == "quý 1/2026"
    assert [i["key"] for i in got["narrowed"]["data"]["programme"]["indicators"]] == ["campaigns"]
    unknown = got["unknown"]
    assert unknown["data"] is None
    assert unknown["errors"][0]["message"] == "Không tìm thấy tổ chức có mã «KHONG-CO»."
    assert unknown["errors"][0]["extensions"]["code"] == "NOT_FOUND"
