"""The workers' voice journey of a portal with graphql-js from npm, against the demo served
for real: read the consent notices, submit a question with consent (no cookie, no CSRF
token), follow it by code and secret, a handler answers it, the portal reads the answer."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

NODE_DIR = Path(__file__).parent / "node"
HOST = "hanoi.localhost"

pytestmark = pytest.mark.django_db

# Run in the demo's database by ``manage.py shell``: a handler of the case's organisation
# answers it through the handling action.
ANSWER_SCRIPT = """
from django.contrib.auth import get_user_model
User = get_user_model()
from voice.actions.answer_case import AnswerCase
from voice.models import Case, Handler
case = Case.objects.get(code={code!r})
user, _ = User.objects.get_or_create(email="xuly-demo@hanoi.localhost")
Handler.objects.get_or_create(user=user, organization=case.organization)
text = "Theo Điều 98 Bộ luật Lao động 2019, làm thêm giờ ngày lễ được trả ít nhất 300%."
AnswerCase(case, body=text, actor=user).execute()
print("answered")
"""


def _node(*args):
    node = shutil.which("node")
    done = subprocess.run(
        [node, "voice.mjs", *args], cwd=NODE_DIR, capture_output=True, text=True, timeout=300
    )
    report = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    assert done.returncode == 0, (report, done.stderr[-2000:])
    return json.loads(report)


def test_submit_follow_and_read_the_answer_with_graphql_js(demo_server):
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
    port = str(demo_server.port)
    first = _node("submit", port, HOST)
    receipt, status = first["receipt"], first["status"]
    assert receipt["status"] == "NEW" and len(receipt["secret"]) == 19
    assert status["code"] == receipt["code"] and status["messages"] == []
    assert status["consents"] == [
        {
            "purpose": "HANDLE",
            "active": True,
            "noticeVersion": status["consents"][0]["noticeVersion"],
        }
    ]
    assert "no-store" in first["cacheControl"]

    out = demo_server.manage("shell", "-c", ANSWER_SCRIPT.format(code=receipt["code"]))
    assert "answered" in out

    after = _node("follow", port, HOST, receipt["code"], receipt["secret"])["status"]
    assert after["status"] == "ANSWERED" and after["statusLabel"] == "Đã trả lời"
    answers = [m for m in after["messages"] if m["kind"] == "ANSWER"]
    assert answers and "Điều 98" in answers[0]["body"]
