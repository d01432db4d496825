#!/usr/bin/env python
"""Instructions per request (valgrind's callgrind), for the shapes of bench/bench_graphql.py:
a count that does not move with the load of a shared machine, unlike times. The database's
work is in another process and is not counted; this counts the API's own Python work.

Run (after bench/bench_graphql.py has seeded its tenant):
  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_bench_gql \\
      valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.%p \\
      .venv/bin/python bench/callgrind_graphql.py feed20
It warms up, switches instrumentation on for ``CALLGRIND_REQUESTS`` requests (default 10,
garbage collection off) and prints nothing itself: ``callgrind_annotate /tmp/cg.<pid>``
gives the total (``PROGRAM TOTALS``); divide by the number of requests.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings_bench")

import bench.profile_graphql as profile  # sets Django up

REQUESTS = int(os.environ.get("CALLGRIND_REQUESTS", "10"))


def main():
    from django_tenants.utils import schema_context

    from cms.models import ArticlePage

    shape = sys.argv[1]
    with schema_context(profile.b.SCHEMA):
        ids = list(ArticlePage.objects.order_by("pk").values_list("pk", flat=True))
    call = profile.request_for(shape, ids)
    for i in range(5):
        call(i)
    # Garbage collection runs whenever allocations cross a threshold, so whether a full
    # collection falls inside the counted requests is chance: it is off while counting.
    gc.collect()
    gc.disable()
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True)
    for i in range(5, 5 + REQUESTS):
        call(i)
    subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], check=True)


if __name__ == "__main__":
    main()
