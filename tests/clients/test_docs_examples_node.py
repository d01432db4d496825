"""The same with graphql-js from the npm registry: ``npm ci`` installs the locked version of
tests/clients/node, whose script fetches the standard introspection query (with every option
GraphiQL sends), runs ``buildClientSchema``, validates and runs every docs example."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

NODE_DIR = Path(__file__).parent / "node"

pytestmark = pytest.mark.django_db


def test_graphql_js_client_runs_every_docs_example(demo_server, docs_examples, tmp_path):
    npm, node = shutil.which("npm"), shutil.which("node")
    assert npm and node, "node and npm are required (apt-get install -y nodejs npm)"
    installed = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund"],
        cwd=NODE_DIR,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert installed.returncode == 0, installed.stderr[-2000:]
    path = tmp_path / "examples.json"
    path.write_text(json.dumps([e.as_json() for e in docs_examples], ensure_ascii=False))
    done = subprocess.run(
        [node, "run.mjs", str(demo_server.port), str(path)],
        cwd=NODE_DIR,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(done.stdout) if done.stdout.strip().startswith("{") else done.stdout
    assert done.returncode == 0, (report, done.stderr[-2000:])
    assert len(report["examples"]) == len(docs_examples)
    assert all(entry["ok"] for entry in report["examples"])
