#!/usr/bin/env python
"""CDN tag purges of an item shared to 2,000 tenants, against loopback imitations of each CDN
API (tests/delivery_edge/receiver.py: real HTTP servers that record every request).

Two tag sets (delivery/tags.py):
  * ``shared``: what a retraction sends when every carrying response is tagged with the
    share: the share, the origin page, the scope's subtree (3 tags);
  * ``per-tenant``: the worst case, one listing tag per carrying tenant plus the share and
    the page (2,002 tags).
For each backend (Cloudflare: 100 tags a request; Fastly: 256 keys; Varnish xkey: keys up to
7,680 header bytes, sent to each of 2 hosts) it prints the number of backend calls and the
time of ``delivery.purge.purge_tags``, next to the floor a naive purger would pay (one
request per tag, measured once in the same run on the same imitation) and the ratio.

Run:  REDIS_URL=redis://127.0.0.1:6379/3 .venv/bin/python bench/bench_purge.py
Raw results: bench/results/purge.json. Options: BENCH_ROUNDS (default 5, median reported).
"""

import json
import logging
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "congdoan.settings.dev")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")  # unused

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

from delivery import tags  # noqa: E402
from delivery.cdn import cdn_keys  # noqa: E402
from delivery.purge import Deadline, purge_tags, tag_backends  # noqa: E402
from tests.delivery_edge import receiver as rcv  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
TENANTS = 2_000
SHARE_ID, PAGE_ID = 41_235, 8_812


def tag_sets() -> dict[str, list[str]]:
    origin = "ldld_ha_noi"
    shared = [tags.share(SHARE_ID), tags.page(origin, PAGE_ID), tags.subtree("0001000A")]
    per_tenant = [tags.share(SHARE_ID), tags.page(origin, PAGE_ID)] + [
        tags.pages(f"cd_{i:05d}") for i in range(TENANTS)
    ]
    return {"shared": shared, "per-tenant": per_tenant}


def timed(fn, rounds=ROUNDS) -> tuple[float, int]:
    samples, calls = [], 0
    for _ in range(rounds):
        started = time.perf_counter()
        calls = fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples), calls


def main() -> None:
    logging.getLogger("delivery").setLevel(logging.WARNING)
    settings.CDN_PURGE_DEADLINE = 120
    settings.CDN_PURGE_TIMEOUT = 10
    results = {"rounds": ROUNDS, "tenants": TENANTS, "runs": []}
    print(f"Purging an item shared to {TENANTS:,} tenants (median of {ROUNDS} rounds)\n")
    header = f"{'tag set':<11} {'backend':<11} {'tags':>6} {'calls':>6} {'ms':>9}"
    print(header + f" {'naive calls':>12} {'naive ms':>9} {'ratio':>6}")
    for kind in ("cloudflare", "fastly", "varnish"):
        receivers = (
            [rcv.start("varnish"), rcv.start("varnish")] if kind == "varnish" else rcv.start(kind)
        )
        try:
            configured = rcv.backend_settings(**{kind: receivers})
            for name, tag_list in tag_sets().items():
                seconds, calls = timed(
                    lambda tag_list=tag_list, configured=configured: purge_tags(
                        tag_list, backend_settings=configured
                    )
                )

                def naive(tag_list=tag_list, configured=configured):
                    # The floor a per-tag purger pays: one request per tag on the same backend.
                    (backend,) = tag_backends(configured).values()
                    deadline = Deadline(120)
                    return sum(backend.purge_tags([key], deadline) for key in cdn_keys(tag_list))

                naive_seconds, naive_calls = timed(naive, rounds=1)
                ratio = naive_seconds / seconds if seconds else float("inf")
                print(
                    f"{name:<11} {kind:<11} {len(tag_list):>6} {calls:>6} {seconds * 1000:>9.1f}"
                    f" {naive_calls:>12} {naive_seconds * 1000:>9.1f} {ratio:>5.1f}x"
                )
                results["runs"].append(
                    {
                        "tag_set": name,
                        "backend": kind,
                        "tags": len(tag_list),
                        "calls": calls,
                        "seconds": seconds,
                        "naive_calls": naive_calls,
                        "naive_seconds": naive_seconds,
                        "speedup": ratio,
                    }
                )
        finally:
            for r in receivers if isinstance(receivers, list) else [receivers]:
                rcv.stop(r)
    out = ROOT / "bench" / "results" / "purge.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nRaw results: {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
