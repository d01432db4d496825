#!/usr/bin/env python
"""Intake of the workers' voice under load: the public web form at a steady rate over
loopback against a real server, every accepted answer checked against the rows written.

A gunicorn server (``--workers`` sync workers, bench/settings_voice_intake.py) serves a
tenant host. The load generator (threads in this process) starts one submission every
1/``--rate`` seconds for ``--seconds`` seconds (open loop: a slow answer does not slow the
arrivals). Each submission is what a browser does: GET the form (CSRF cookie, challenge),
then POST it with Vietnamese text, a fresh phone number, consent to handling ticked, the
challenge answered, and from its own client address (X-Forwarded-For, one trusted proxy) so
the per-IP and per-contact limits are counted as for real visitors; ``--attachments`` of them
(default 10 %) carry a JPEG with GPS EXIF that the server re-encodes. Measured: latency of the
POST (the submission itself: validation, challenge, limits, encryption, routing, consent and
case rows) and of the GET, the statuses, and afterwards the rows: cases, consents and
attachments written during the run, which must equal the accepted answers (302 to the
"shown once" page).

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_bench_intake \\
      REDIS_URL=redis://127.0.0.1:6379/12 .venv/bin/python bench/bench_voice_intake.py
Quick: ... bench/bench_voice_intake.py --seconds 20
Options: --seconds (120), --rate (50/s), --workers (gunicorn sync workers, 4), --threads
(load generator threads, 48), --attachments (share with a photo, 0.1), --orgs (grassroots
units the submissions are spread over, 50), --via (form: the web form, GET then POST; api:
one POST of the public ``submitCase`` mutation, as a portal or chat mini-app submits).
Raw results: bench/results/voice_intake-*.json.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import queue
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings_voice_intake")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/congdoan_bench_intake")

SCHEMA = "bench_intake"
HOST = "bench-intake.localhost"
BODIES = [
    "Công ty chậm trả lương tháng {n} đã hơn 15 ngày, người lao động phải làm gì?",
    "Tôi làm thêm giờ ngày lễ nhưng chỉ được trả như ngày thường, như vậy có đúng không?",
    "Công ty không đóng bảo hiểm xã hội cho công nhân thời vụ, công đoàn có can thiệp được?",
    "Phân xưởng sơn không có khẩu trang và quạt hút, nhiều người bị đau đầu (lần {n}).",
    "Tôi bị cho nghỉ việc khi đang mang thai tháng thứ {n}, tôi cần làm gì để được bảo vệ?",
]


def ensure_database(url: str) -> None:
    import dj_database_url
    import psycopg

    cfg = dj_database_url.parse(url)
    with psycopg.connect(
        host=cfg["HOST"] or "127.0.0.1",
        port=cfg["PORT"] or 5432,
        user=cfg["USER"] or "postgres",
        password=cfg["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as conn:
        if not conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [cfg["NAME"]]
        ).fetchone():
            conn.execute(f'CREATE DATABASE "{cfg["NAME"]}"')


def setup(n_orgs: int) -> list[str]:
    """The public schema migrated, one tenant (a provincial federation) and ``n_orgs``
    grassroots units under it; returns their codes."""
    from django.core.management import call_command
    from django.db import connection

    from hierarchy.actions import CreateOrganization
    from hierarchy.models import Kind, Organization
    from tenants.models import Tenant, TenantKind
    from tenants.provisioning import ensure_template, provision_tenant
    from tenants.public import ensure_public_tenant

    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    ensure_public_tenant()
    connection.set_schema_to_public()
    tenant = Tenant.objects.filter(schema_name=SCHEMA).first()
    if tenant is None:
        ensure_template()
        tenant = provision_tenant(
            schema_name=SCHEMA,
            domain=HOST,
            name="Liên đoàn Lao động tỉnh Thử tải",
            kind=TenantKind.PROVINCIAL_FEDERATION,
        ).tenant
        connection.set_schema_to_public()
    root = (
        Organization.objects.filter(code="BI-TLD").first()
        or CreateOrganization(
            parent=None,
            code="BI-TLD",
            name="Tổng Liên đoàn (thử tải)",
            kind=Kind.NATIONAL_FEDERATION,
        ).execute()
    )
    province = (
        Organization.objects.filter(code="BI-TINH").first()
        or CreateOrganization(
            parent=root,
            code="BI-TINH",
            name="Liên đoàn Lao động tỉnh Thử tải",
            kind=Kind.PROVINCIAL_FEDERATION,
        ).execute()
    )
    Organization.objects.filter(pk=province.pk).update(tenant=tenant)
    codes = []
    for i in range(n_orgs):
        code = f"BI-G{i:04d}"
        if not Organization.objects.filter(code=code).exists():
            province = Organization.objects.get(pk=province.pk)
            CreateOrganization(
                parent=province,
                code=code,
                name=f"Công đoàn cơ sở Công ty thử tải số {i}",
                kind=Kind.GRASSROOTS,
            ).execute()
        codes.append(code)
    return codes


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(workers: int):
    from bench.servers import wait_listening

    port = free_port()
    gunicorn = Path(sys.executable).parent / "gunicorn"
    log = open(Path(tempfile.gettempdir()) / "bench-voice-intake.log", "w")  # noqa: SIM115
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [
            str(gunicorn),
            "congdoan.wsgi:application",
            "-w",
            str(workers),
            "-k",
            "sync",
            "-b",
            f"127.0.0.1:{port}",
            "--timeout",
            "120",
            "--backlog",
            "512",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    wait_listening(process, port, what="gunicorn", log=log.name, timeout=90)
    return process, port, log


def jpeg_with_gps() -> bytes:
    from PIL import Image

    image = Image.new("RGB", (640, 480), (180, 40, 40))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (21.0, 1.0, 40.0), 3: "E", 4: (105.0, 51.0, 12.0)}
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes(), quality=90)
    return out.getvalue()


WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]


def solve(question: str) -> int:
    words = question.lower().rstrip("?").replace(" bằng mấy", "").split()
    a, op, b = WORDS.index(words[0]), words[1], WORDS.index(words[2])
    return a + b if op == "cộng" else a - b


def multipart(fields: dict, files: list[tuple[str, str, bytes, str]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    out = io.BytesIO()
    for name, value in fields.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode())
        out.write(str(value).encode() + b"\r\n")
    for field, filename, data, ctype in files:
        out.write(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; '
            f'filename="{filename}"\r\nContent-Type: {ctype}\r\n\r\n'.encode()
        )
        out.write(data + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


class Client:
    """One keep-alive connection per load thread."""

    def __init__(self, port: int):
        import http.client

        self.port = port
        self.http = http.client
        self.conn = None

    def request(self, method, path, body=None, headers=None):
        for attempt in range(2):
            if self.conn is None:
                self.conn = self.http.HTTPConnection("127.0.0.1", self.port, timeout=60)
            try:
                self.conn.request(
                    method, path, body=body, headers={"Host": HOST, **(headers or {})}
                )
                response = self.conn.getresponse()
                data = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return response, data
            except (ConnectionError, self.http.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
        raise RuntimeError("unreachable")


def submission(client: Client, n: int, org_code: str, photo: bytes | None) -> dict:
    """One browser-like submission; returns timings and the outcome."""
    path = f"/y-kien/{org_code}/"
    ip = f"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"
    t0 = time.perf_counter()
    response, html = client.request("GET", path, headers={"X-Forwarded-For": ip})
    get_ms = (time.perf_counter() - t0) * 1000
    if response.status != 200:
        return {"get_ms": get_ms, "get_status": response.status, "status": None}
    html = html.decode()
    cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie") or "").group(1)
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    token = re.search(r'name="challenge_token" value="([^"]+)"', html).group(1)
    question = re.search(r'for="id_challenge_answer">([^<]+?) \(ghi bằng số\)', html).group(1)
    version = re.search(r'name="notice_version_handle" value="([^"]*)"', html).group(1)
    fields = {
        "csrfmiddlewaretoken": csrf,
        "kind": "question",
        "identity_mode": "identified",
        "title": f"Câu hỏi thử tải số {n}",
        "body": BODIES[n % len(BODIES)].format(n=n),
        "contact_name": f"Nguyễn Văn Thử {n}",
        "contact_phone": f"09{n:08d}",
        "workplace": "Phân xưởng 2",
        "consent_handle": "on",
        "notice_version_handle": version,
        "challenge_token": token,
        "challenge_answer": str(solve(question)),
    }
    headers = {"Cookie": f"csrftoken={cookie}", "X-Forwarded-For": ip}
    if photo is not None:
        body, ctype = multipart(
            fields, [("attachments", "anh-hien-truong.jpg", photo, "image/jpeg")]
        )
    else:
        body, ctype = urlencode(fields).encode(), "application/x-www-form-urlencoded"
    headers["Content-Type"] = ctype
    t1 = time.perf_counter()
    response, _ = client.request("POST", path, body=body, headers=headers)
    post_ms = (time.perf_counter() - t1) * 1000
    location = response.getheader("Location") or ""
    return {
        "get_ms": get_ms,
        "post_ms": post_ms,
        "status": response.status,
        "accepted": response.status == 302 and "/y-kien/da-gui/" in location,
        "photo": photo is not None,
    }


SUBMIT_MUTATION = """
mutation Submit($input: SubmitCaseInput!) {
  submitCase(input: $input) {
    __typename
    ... on CaseReceipt { code secret status }
    ... on VoiceErrors { errors { field message } }
  }
}
"""


def api_submission(client: Client, n: int, org_code: str, photo: bytes | None) -> dict:
    """One submission as a portal or chat mini-app sends it: a single POST of the public
    ``submitCase`` mutation (no form page, no challenge; the same action, limits and rows).
    The API takes no attachments, so ``photo`` is ignored."""
    ip = f"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"
    variables = {
        "input": {
            "kind": "QUESTION",
            "organization": org_code,
            "identityMode": "IDENTIFIED",
            "title": f"Câu hỏi thử tải số {n}",
            "body": BODIES[n % len(BODIES)].format(n=n),
            "contactName": f"Nguyễn Văn Thử {n}",
            "contactPhone": f"09{n:08d}",
            "workplace": "Phân xưởng 2",
            "consents": [{"purpose": "HANDLE", "noticeVersion": API_NOTICE_VERSION}],
        }
    }
    body = json.dumps({"query": SUBMIT_MUTATION, "variables": variables}).encode()
    headers = {"Content-Type": "application/json", "X-Forwarded-For": ip}
    t1 = time.perf_counter()
    response, data = client.request("POST", "/graphql/", body=body, headers=headers)
    post_ms = (time.perf_counter() - t1) * 1000
    try:
        typename = json.loads(data)["data"]["submitCase"]["__typename"]
    except (ValueError, KeyError, TypeError):
        typename = ""
    return {
        "post_ms": post_ms,
        "status": response.status,
        "accepted": response.status == 200 and typename == "CaseReceipt",
        "photo": False,
    }


API_NOTICE_VERSION = ""


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return round(values[k], 1)


def run_load(port, codes, *, seconds, rate, threads, attachments, grace=10.0, submit=None):
    submit = submit or submission
    photo = jpeg_with_gps()
    jobs: queue.Queue = queue.Queue()
    results: list[dict] = []
    lock = threading.Lock()
    late: list[float] = []
    skipped: list[int] = []
    start = time.perf_counter() + 0.5
    stop_at = start + seconds + grace

    def worker():
        client = Client(port)
        while True:
            item = jobs.get()
            if item is None:
                return
            n, due = item
            delay = due - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            elif time.perf_counter() > stop_at:
                # The server fell behind: what could not start within the run is not sent
                # (counted), so a slow machine gives a bounded run, not an endless queue.
                with lock:
                    skipped.append(n)
                continue
            else:
                late.append(-delay)
            with_photo = attachments > 0 and (n % round(1 / attachments) == 0)
            try:
                result = submit(client, n, codes[n % len(codes)], photo if with_photo else None)
            except Exception as exc:
                result = {"status": None, "error": repr(exc)}
            with lock:
                results.append(result)

    pool = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for t in pool:
        t.start()
    total = int(seconds * rate)
    for n in range(total):
        jobs.put((n, start + n / rate))
    for _ in pool:
        jobs.put(None)
    for t in pool:
        t.join()
    elapsed = time.perf_counter() - start
    return results, elapsed, late, skipped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=48)
    parser.add_argument("--attachments", type=float, default=0.1)
    parser.add_argument("--orgs", type=int, default=50)
    parser.add_argument(
        "--via",
        choices=["form", "api"],
        default="form",
        help="form: GET + POST of the web form (default); api: one POST of submitCase",
    )
    args = parser.parse_args()

    ensure_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection

    from voice.models import Attachment, Case, Consent

    codes = setup(args.orgs)
    global API_NOTICE_VERSION
    from voice.models import ConsentNotice

    API_NOTICE_VERSION = ConsentNotice.objects.get(purpose="handle", active=True).version
    submit = api_submission if args.via == "api" else submission
    if args.via == "api":
        args.attachments = 0.0
    cache.clear()  # the limit counters and spent challenges of an earlier run
    before = (Case.objects.count(), Consent.objects.count(), Attachment.objects.count())
    connection.close()
    process, port, log = start_server(args.workers)
    try:
        # Warm-up: every worker imports and connects and has submitted before the clock
        # starts (these cases are counted in neither figure).
        warm = Client(port)
        for i in range(args.workers * 3):
            submit(warm, 900_000_000 + i, codes[0], None)
        before = (Case.objects.count(), Consent.objects.count(), Attachment.objects.count())
        connection.close()
        load_before = os.getloadavg()
        results, elapsed, late, skipped = run_load(
            port,
            codes,
            seconds=args.seconds,
            rate=args.rate,
            threads=args.threads,
            attachments=args.attachments,
            submit=submit,
        )
        load_after = os.getloadavg()
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
    after = (Case.objects.count(), Consent.objects.count(), Attachment.objects.count())
    accepted = sum(1 for r in results if r.get("accepted"))
    with_photo = sum(1 for r in results if r.get("accepted") and r.get("photo"))
    post_ms = [r["post_ms"] for r in results if "post_ms" in r]
    get_ms = [r["get_ms"] for r in results if "get_ms" in r]
    statuses: dict[str, int] = {}
    for r in results:
        key = str(r.get("status") or r.get("get_status") or "error")
        statuses[key] = statuses.get(key, 0) + 1
    rows = {
        "cases": after[0] - before[0],
        "consents": after[1] - before[1],
        "attachments": after[2] - before[2],
    }
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        commit = ""
    out = {
        "benchmark": "voice_intake",
        "when": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "commit": commit,
        "command": " ".join(["bench/bench_voice_intake.py", *sys.argv[1:]]),
        "args": vars(args),
        "cpus": os.cpu_count(),
        "loadavg_before": load_before,
        "loadavg_after": load_after,
        "scheduled": int(args.seconds * args.rate),
        "not_sent_server_behind": len(skipped),
        "submissions": len(results),
        "elapsed_s": round(elapsed, 1),
        "achieved_rate": round(len(results) / elapsed, 1) if elapsed else None,
        "late_starts": len(late),
        "late_start_p95_ms": percentile([x * 1000 for x in late], 95),
        "statuses": statuses,
        "accepted": accepted,
        "accepted_with_photo": with_photo,
        "rows": rows,
        "rows_equal_accepted": rows["cases"] == accepted == rows["consents"]
        and rows["attachments"] == with_photo,
        "post_ms": {
            "p50": percentile(post_ms, 50),
            "p95": percentile(post_ms, 95),
            "p99": percentile(post_ms, 99),
            "max": round(max(post_ms), 1) if post_ms else None,
            "mean": round(statistics.fmean(post_ms), 1) if post_ms else None,
        },
        "get_ms": {"p50": percentile(get_ms, 50), "p95": percentile(get_ms, 95)},
        "errors": [r["error"] for r in results if "error" in r][:10],
    }
    results_dir = ROOT / "bench" / "results"
    results_dir.mkdir(exist_ok=True)
    path = results_dir / f"voice_intake-{out['when'].replace('-', '').replace(':', '')}.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    print(
        f"{out['scheduled']} scheduled at {args.rate}/s, {len(skipped)} not sent (server "
        f"behind); {len(results)} submissions in {elapsed:.1f} s ({out['achieved_rate']}/s; "
        f"{args.workers} gunicorn workers, load {load_before[0]:.1f} -> {load_after[0]:.1f})"
    )
    print(f"statuses: {statuses}")
    print(
        f"POST p50 {out['post_ms']['p50']} ms, p95 {out['post_ms']['p95']} ms, "
        f"p99 {out['post_ms']['p99']} ms; GET p95 {out['get_ms']['p95']} ms"
    )
    print(
        f"accepted answers: {accepted} (with a photo: {with_photo}); rows written: "
        f"{rows['cases']} cases, {rows['consents']} consents, {rows['attachments']} attachments"
        f" -> {'EQUAL' if out['rows_equal_accepted'] else 'MISMATCH'}"
    )
    print(f"raw result: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
