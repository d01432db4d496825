"""Settings of the benchmark's wagtail-grapple server. Runs in the separate venv
``.bench-venv`` (grapple needs graphql-core < 3.3); see bench/bench_graphql.py."""

from bench.settings_bench import *  # noqa: F403
from bench.settings_bench import CACHES, INSTALLED_APPS

INSTALLED_APPS = [
    *INSTALLED_APPS,
    "bench.grapple_fields.GrappleFieldsConfig",
    "graphene_django",
    "grapple",
]
ROOT_URLCONF = "bench.urls_grapple"
GRAPHENE = {"SCHEMA": "grapple.schema.schema"}
GRAPPLE = {"APPS": {"cms": ""}, "EXPOSE_GRAPHIQL": False, "PAGE_SIZE": 20, "MAX_PAGE_SIZE": 100}
# Its own entries in the same Redis cache: Wagtail caches pickled renditions there, and the
# API's processes (strawberry installed) must not hand grapple's venv objects it cannot load.
CACHES = {**CACHES, "default": {**CACHES["default"], "KEY_PREFIX": "grapple"}}
