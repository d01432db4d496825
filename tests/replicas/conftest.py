"""Fixtures of the replica tests: a real streaming replica of the test database.

``.ci/run`` starts one and passes ``REPLICA_DATABASE_URL`` (and ``REPLICA_DIR``, so tests may
stop and restart it); run directly, the package fixture creates one itself with
``tests/replicas/cluster.py`` (pg_basebackup of the primary in ``DATABASE_URL``) and removes
it after the package. The test database is created on the primary before the replica
exists or streams to it; what tests write is *committed* (these tests run outside pytest's
rolled-back transaction, which the replica would never see), then awaited on the replica with
:func:`replayed`. Tenants of their own (``rep_a``, ``rep_b``) are provisioned for the package
and dropped after it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.test import Client
from django_tenants.utils import schema_context

from congdoan import replicas
from tests.replicas import cluster

REP_TENANTS = {
    "rep_a": ("ra.test", "Liên đoàn Lao động tỉnh Bản Sao A"),
    "rep_b": ("rb.test", "Liên đoàn Lao động tỉnh Bản Sao B"),
}


def _primary_port() -> int:
    primary = connections["default"].settings_dict
    if primary.get("HOST") not in ("127.0.0.1", "localhost", "", None):
        pytest.skip("the primary is not on this machine: no local replica can be made")
    return int(primary.get("PORT") or 5432)


def _replica_from_env() -> cluster.Replica | None:
    url = os.environ.get("REPLICA_DATABASE_URL")
    if not url:
        return None
    port = urlparse(url).port or 5432
    directory = os.environ.get("REPLICA_DIR")
    return cluster.Replica(Path(directory) if directory else None, port, _primary_port())


@pytest.fixture(scope="package")
def replica_cluster(django_db_setup, django_db_blocker):
    """The running replica (a :class:`tests.replicas.cluster.Replica`) with the ``replica``
    alias pointing at its copy of the test database; the package's tenants committed."""
    from congdoan.settings.base import replica_database
    from tenants.models import Tenant, TenantKind
    from tenants.provisioning import drop_tenant, provision_tenant

    replica = _replica_from_env()
    created = replica is None
    if created:
        if cluster.binary("pg_basebackup") is None or shutil.which("runuser") is None:
            pytest.skip("pg_basebackup (PostgreSQL server tools) is not installed")
        replica = cluster.create_replica(_primary_port())
    added_alias = "replica" not in settings.DATABASES
    if added_alias:
        config = replica_database(f"{replica.url}/postgres")
        config["NAME"] = connections["default"].settings_dict["NAME"]
        settings.DATABASES["replica"] = config
        connections.configure_settings(settings.DATABASES)
    with django_db_blocker.unblock():
        for schema, (domain, name) in REP_TENANTS.items():
            old = Tenant.objects.filter(schema_name=schema).first()
            if old is not None:
                drop_tenant(old)
            provision_tenant(
                schema_name=schema, domain=domain, name=name, kind=TenantKind.PROVINCIAL_FEDERATION
            )
        connections["default"].set_schema_to_public()
        replayed(replica)
        cache.clear()  # nothing cached from an earlier run skips the write below
        for domain, _ in REP_TENANTS.values():
            # The first API request of a tenant creates its API settings row (a write):
            # done here, so the tests' requests are pure reads.
            Client(HTTP_HOST=domain).get("/graphql/", {"query": "{ site { name } }"})
        connections["default"].set_schema_to_public()
        replayed(replica)
    try:
        yield replica
    finally:
        with django_db_blocker.unblock():
            connections["replica"].close()
            if not replica.running() and replica.directory is not None:
                replica.start()
            for schema in REP_TENANTS:
                tenant = Tenant.objects.filter(schema_name=schema).first()
                if tenant is not None:
                    drop_tenant(tenant)
        if added_alias:
            del settings.DATABASES["replica"]
            with contextlib.suppress(AttributeError):  # never opened on this thread
                del connections["replica"]
        replicas.reset_health()
        if created:
            replica.remove()


@pytest.fixture
def db(django_db_setup, django_db_blocker):
    """In this package ``db`` means *committed* database access: no transaction around the
    test (the replica only sees what the primary commits). Being named ``db`` is what makes
    pytest-django create the test database for a run of this package alone."""
    with django_db_blocker.unblock():
        yield
        connections["default"].set_schema_to_public()


@pytest.fixture
def replica(db, replica_cluster, settings):
    """The replica, running, with a fresh health probe; database access commits.

    These tests are about routing, so they send ad-hoc queries over GET (allowed here);
    public clients send only registered queries over GET, which tests/delivery covers."""
    settings.GRAPHQL_GET_PERSISTED_ONLY = False
    replicas.reset_health()
    if not replica_cluster.running():
        replica_cluster.start()
    yield replica_cluster
    replicas.reset_health()


def replayed(replica: cluster.Replica) -> None:
    """Wait until the replica has replayed everything committed on the primary so far."""
    cluster.wait_for_replay(replica.port, replica.primary_port)


def client(schema: str) -> Client:
    return Client(HTTP_HOST=REP_TENANTS[schema][0])


def in_schema(schema: str):
    return schema_context(schema)
