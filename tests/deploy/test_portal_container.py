"""The reference portal's container (docker/portal.Dockerfile, the `portal` service of
docker/compose.yaml). No Docker engine runs in CI: the compose file is parsed as YAML and
the service checked for what the portal needs to reach the API (docs/portal.md
"Deploying"); the image's build steps are checked in the Dockerfile's text."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DOCKER = ROOT / "docker"


def test_the_compose_file_has_a_portal_service_wired_to_the_api():
    compose = yaml.safe_load((DOCKER / "compose.yaml").read_text(encoding="utf-8"))
    portal = compose["services"]["portal"]
    build = portal["build"]
    context = (DOCKER / build["context"]).resolve()
    assert context == ROOT / "frontend"
    assert (context / build["dockerfile"]).resolve() == DOCKER / "portal.Dockerfile"
    env = portal["environment"]
    assert env["CONGDOAN_API_ORIGIN"].endswith("http://web:8000}")
    assert env["CONGDOAN_API_FORWARDED_PROTO"].endswith(":-https}")
    assert {"CONGDOAN_HOST_MAP", "PORTAL_WEBHOOK_SECRETS"} <= set(env)
    assert portal["depends_on"]["web"]["condition"] == "service_healthy"
    # published on the loopback by default, like web: the reverse proxy is the public face
    assert portal["ports"] == ["${PORTAL_BIND:-127.0.0.1}:${PORTAL_PORT:-3000}:3000"]
    assert "web" in compose["services"] and "portal" not in compose.get("volumes", {})


def test_the_image_is_built_from_the_lockfile_and_runs_unprivileged():
    dockerfile = (DOCKER / "portal.Dockerfile").read_text(encoding="utf-8")
    assert "npm ci" in dockerfile and "npm install" not in dockerfile
    assert "NEXT_OUTPUT=standalone" in dockerfile and 'CMD ["node", "server.js"]' in dockerfile
    stages = dockerfile.split("\nFROM ")
    assert len(stages) == 4  # the header, then deps, build, runtime
    runtime = stages[-1]
    assert "USER node" in runtime and "npm" not in runtime.split("USER node")[1]
    config = (ROOT / "frontend" / "next.config.ts").read_text(encoding="utf-8")
    assert 'process.env.NEXT_OUTPUT === "standalone" ? "standalone"' in config
    ignored = (ROOT / "frontend" / ".dockerignore").read_text(encoding="utf-8").split()
    assert {"node_modules", ".next", ".env"} <= set(ignored)


def test_compose_python_runs_python_in_the_web_container():
    script = DOCKER / "compose-python"
    assert script.stat().st_mode & 0o111
    text = script.read_text(encoding="utf-8")
    assert 'exec docker compose -f "$(dirname "$0")/compose.yaml" exec -T' in text
    assert '"PORTAL_PERSISTED_DOCUMENTS=${PORTAL_PERSISTED_DOCUMENTS:-}" web python "$@"' in text
