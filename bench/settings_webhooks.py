"""Settings of bench/bench_webhooks.py (its producer and its workers): the dev settings with
DEBUG off and quiet logs; the receiver is on loopback, which the benchmark allows through
WEBHOOKS_ALLOWED_NETWORKS in the environment."""

from congdoan.settings.dev import *  # noqa: F403

DEBUG = False
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "ERROR"},
}
