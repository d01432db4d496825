"""Vietnamese case rules on every PostgreSQL the project runs on: the machine's server (the
test database) and the embedded pgserver PostgreSQL 16, including a cluster created the old
way (``--no-locale``) and upgraded when it starts."""

import os
import shutil
import socket
import tempfile

import pytest
from django.db.backends.postgresql.base import DatabaseWrapper

from congdoan.embedded_pg import EmbeddedPostgres, _connect
from hierarchy.models import Kind, Level, Organization

PAIRS = [("đ", "Đ"), ("ư", "Ư"), ("ệ", "Ệ"), ("ơ", "Ơ"), ("ă", "Ă"), ("ỹ", "Ỹ"), ("đoàn", "ĐOÀN")]
# Django's own SQL for icontains / iexact on PostgreSQL.
ICONTAINS = f"UPPER(x::text) {DatabaseWrapper.operators['icontains'] % '%s'}"
IEXACT = f"UPPER(x::text) {DatabaseWrapper.operators['iexact'] % '%s'}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _assert_case_rules(conn):
    for lower, upper in PAIRS:
        assert conn.execute("SELECT upper(%s), lower(%s)", [lower, upper]).fetchone() == (
            upper,
            lower,
        )
    conn.execute("CREATE TEMP TABLE t (x text)")
    conn.execute("INSERT INTO t VALUES ('LIÊN ĐOÀN LAO ĐỘNG'), ('Quỹ hỗ trợ đoàn viên')")
    rows = conn.execute(f"SELECT x FROM t WHERE {ICONTAINS} ORDER BY x", ["%đoàn%"]).fetchall()
    assert rows == [("LIÊN ĐOÀN LAO ĐỘNG",), ("Quỹ hỗ trợ đoàn viên",)]
    rows = conn.execute(f"SELECT x FROM t WHERE {IEXACT}", ["liên đoàn lao động"]).fetchall()
    assert rows == [("LIÊN ĐOÀN LAO ĐỘNG",)]
    rows = conn.execute(f"SELECT x FROM t WHERE {ICONTAINS}", ["%QUỸ HỖ TRỢ ĐOÀN%"]).fetchall()
    assert rows == [("Quỹ hỗ trợ đoàn viên",)]


@pytest.fixture(scope="module")
def cluster_dir():
    # Under root the server runs as an unprivileged account: it must reach the directory.
    root = tempfile.mkdtemp(prefix="congdoan-pg-test-")
    os.chmod(root, 0o755)
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def server(cluster_dir, request):
    pg = EmbeddedPostgres(os.path.join(cluster_dir, request.node.name), _free_port(), "congdoan")
    yield pg
    pg.stop()


def test_new_embedded_cluster_has_vietnamese_case_rules(server):
    server.ensure_running(verbose=False)
    with _connect(server.port, "congdoan") as conn:
        assert conn.execute("SHOW server_version_num").fetchone()[0].startswith("16")
        _assert_case_rules(conn)
    # Databases created later (pytest's test database) inherit it from template1.
    server.ensure_database("congdoan_later")
    with _connect(server.port, "congdoan_later") as conn:
        _assert_case_rules(conn)


def test_old_no_locale_cluster_is_upgraded_keeping_data(server):
    server.initdb(legacy_no_locale=True, verbose=False)
    server.start(verbose=False)
    server.ensure_database()
    with _connect(server.port, "congdoan") as conn:
        assert conn.execute("SELECT upper('đ')").fetchone()[0] == "đ"  # the bug
        conn.execute("CREATE TABLE org (code text UNIQUE, name text)")
        conn.execute("INSERT INTO org VALUES ('LDLD-HA-NOI', 'Liên đoàn Lao động Hà Nội')")

    server.ensure_running(verbose=False)  # what manage.py does at every start

    with _connect(server.port, "congdoan") as conn:
        _assert_case_rules(conn)
        assert conn.execute("SELECT code, upper(name) FROM org").fetchall() == [
            ("LDLD-HA-NOI", "LIÊN ĐOÀN LAO ĐỘNG HÀ NỘI")
        ]
    with _connect(server.port) as conn:
        names = [r[0] for r in conn.execute("SELECT datname FROM pg_database ORDER BY 1")]
        backups = [n for n in names if n.startswith("congdoan_c_locale_")]
        assert len(backups) == 1
        ctype = conn.execute("SELECT datctype FROM pg_database WHERE datname='template1'")
        assert ctype.fetchone()[0] != "C"
    assert server.upgrade_locale(verbose=False) == []  # idempotent


def test_machine_postgresql_has_vietnamese_case_rules(db):
    from django.db import connection

    with connection.cursor() as cursor:
        _assert_case_rules(cursor.connection)


@pytest.mark.django_db
def test_orm_case_insensitive_filters_on_vietnamese_text():
    org = Organization.add_root(
        code="XVN-CASE",
        name="LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ ĐÀ NẴNG",
        level=Level.PROVINCIAL,
        kind=Kind.PROVINCIAL_FEDERATION,
    )
    qs = Organization.objects.filter(code="XVN-CASE")
    assert list(qs.filter(name__icontains="đoàn lao động")) == [org]
    assert list(qs.filter(name__istartswith="liên đoàn")) == [org]
    assert list(qs.filter(name__iexact="liên đoàn lao động thành phố đà nẵng")) == [org]


def test_system_check_warns_about_a_c_locale_database(db):
    import psycopg
    from django.db import connection

    from congdoan.checks import case_rules_warning, vietnamese_case_rules

    assert vietnamese_case_rules(databases=["default"]) == []
    params = connection.get_connection_params()
    admin = {k: params[k] for k in ("host", "port", "user") if k in params}
    name = f"{connection.settings_dict['NAME']}_c_locale"
    with psycopg.connect(dbname="postgres", autocommit=True, **admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'")
    try:
        with psycopg.connect(dbname=name, **admin) as conn, conn.cursor() as cursor:
            warning = case_rules_warning(cursor, "legacy")
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **admin) as conn:
            conn.execute(f'DROP DATABASE "{name}"')
    assert warning.id == "congdoan.W001"
