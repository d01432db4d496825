"""Settings of the job-queue benchmarks (bench/bench_jobs_*.py): the dev database with
DEBUG off and quiet logs; the benchmark's jobs are imported by every worker."""

from congdoan.settings.dev import *  # noqa: F403

DEBUG = False
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "ERROR"},
}
PROCRASTINATE_IMPORT_PATHS = ["bench.jobs_tasks"]
# Persistent connections as in production (dev.py closes them after every request).
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
