"""The embedded PostgreSQL used when DATABASE_URL is not set.

It runs the PostgreSQL binaries shipped in the ``pgserver`` wheel with a data directory under
the project (``.pgdata/``), listening on 127.0.0.1 only. PostgreSQL refuses to run as root, so
under root an unprivileged system account (``congdoan-pg``) owns the data directory and runs
the server.

Vietnamese case rules
---------------------
``upper()``, ``lower()`` and Django's ``iexact``/``icontains`` follow the database's
``LC_CTYPE``. Under the ``C`` locale they only know ASCII: ``upper('đ')`` stays ``'đ'`` and a
case-insensitive filter for "đoàn" misses "ĐOÀN". pgserver's PostgreSQL is built without ICU,
so the cluster is initialised with a UTF-8 libc locale (``C.UTF-8`` where the system has it:
code-point sort order, Unicode case mapping). A ``.pgdata/`` created by earlier versions with
``--no-locale`` is upgraded when the server starts (``upgrade_locale``): ``template1`` is
recreated with the UTF-8 locale (it holds no data) and the project database is copied
(``pg_dump``/``pg_restore``) into a new database with that locale; the old one is kept,
renamed ``<name>_c_locale_<timestamp>``, until you drop it.
"""

from __future__ import annotations

import locale
import os
import pwd
import shutil
import socket
import subprocess
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("CONGDOAN_PGDATA", PROJECT_DIR / ".pgdata"))
PORT = int(os.environ.get("CONGDOAN_PG_PORT", "54329"))
DB_NAME = os.environ.get("CONGDOAN_PG_DB", "congdoan")
SYSTEM_USER = "congdoan-pg"
# UTF-8 locales tried in order for the cluster (the first one the system knows wins).
UTF8_LOCALES = ("C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8")
# A probe of Vietnamese case mapping: what upper() must return for it.
CASE_PROBE = ("đư ệ ơ ă â ô ê ỹ", "ĐƯ Ệ Ơ Ă Â Ô Ê Ỹ")


def embedded_database_url(port: int | None = None, db_name: str | None = None) -> str:
    return f"postgres://postgres@127.0.0.1:{port or PORT}/{db_name or DB_NAME}"


def _bin(name: str) -> str:
    import pgserver

    return str(Path(pgserver.__file__).parent / "pginstall" / "bin" / name)


def utf8_locale() -> str:
    """The first UTF-8 locale of ``UTF8_LOCALES`` this system supports."""
    current = locale.setlocale(locale.LC_CTYPE)
    try:
        for name in UTF8_LOCALES:
            try:
                locale.setlocale(locale.LC_CTYPE, name)
            except locale.Error:
                continue
            return name
    finally:
        locale.setlocale(locale.LC_CTYPE, current)
    raise RuntimeError(
        "No UTF-8 locale on this system (tried " + ", ".join(UTF8_LOCALES) + "): PostgreSQL "
        "would not know Vietnamese upper/lower case. Install one (Debian: locales-all)."
    )


def _run_kwargs() -> dict:
    if os.geteuid() != 0:
        return {}
    try:
        pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                SYSTEM_USER,
            ],
            check=True,
        )
    return {"user": SYSTEM_USER, "group": pwd.getpwnam(SYSTEM_USER).pw_gid}


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _connect(port: int, dbname: str = "postgres", timeout: float = 30.0):
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            return psycopg.connect(
                host="127.0.0.1", port=port, user="postgres", dbname=dbname, autocommit=True
            )
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def ctype_handles_vietnamese(conn, dbname: str | None = None) -> bool:
    """True when upper() in ``dbname`` (default: the connection's database) maps Vietnamese
    letters, i.e. its LC_CTYPE is a UTF-8 locale."""
    if dbname is None:
        return conn.execute("SELECT upper(%s) = %s", list(CASE_PROBE)).fetchone()[0]
    ctype = conn.execute("SELECT datctype FROM pg_database WHERE datname = %s", [dbname]).fetchone()
    return bool(ctype) and ctype[0].lower().replace("-", "").endswith("utf8")


class EmbeddedPostgres:
    """One embedded cluster: ``data_dir`` served on 127.0.0.1:``port``."""

    def __init__(self, data_dir: Path | str, port: int, db_name: str):
        self.data_dir = Path(data_dir)
        self.port = port
        self.db_name = db_name

    @property
    def url(self) -> str:
        return embedded_database_url(self.port, self.db_name)

    def initdb(self, *, legacy_no_locale: bool = False, verbose: bool = True) -> None:
        """Create the cluster (UTF-8, a UTF-8 locale). ``legacy_no_locale`` reproduces the
        clusters of earlier versions (``--no-locale``), for tests of ``upgrade_locale``."""
        kwargs = _run_kwargs()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if kwargs:
            shutil.chown(self.data_dir, user=SYSTEM_USER, group=kwargs["group"])
        os.chmod(self.data_dir, 0o700)
        if verbose:
            print(f"[congdoan] initialising embedded PostgreSQL in {self.data_dir}", flush=True)
        locale_args = ["--no-locale"] if legacy_no_locale else [f"--locale={utf8_locale()}"]
        subprocess.run(
            [
                _bin("initdb"),
                "-D",
                str(self.data_dir),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                *locale_args,
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            **kwargs,
        )

    def start(self, verbose: bool = True) -> None:
        if _port_open(self.port):
            return
        if verbose:
            print(f"[congdoan] starting embedded PostgreSQL on 127.0.0.1:{self.port}", flush=True)
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
        subprocess.run(
            [
                _bin("pg_ctl"),
                "-D",
                str(self.data_dir),
                "-o",
                options,
                "-l",
                str(self.data_dir / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            **_run_kwargs(),
        )

    def stop(self) -> None:
        if (self.data_dir / "PG_VERSION").exists() and _port_open(self.port):
            subprocess.run(
                [_bin("pg_ctl"), "-D", str(self.data_dir), "-m", "fast", "stop"],
                check=True,
                stdout=subprocess.DEVNULL,
                **_run_kwargs(),
            )

    def ensure_running(self, verbose: bool = True) -> str:
        """Initialise (first time), start, upgrade an old C-locale cluster, create the
        database; return its URL. Idempotent."""
        if not (self.data_dir / "PG_VERSION").exists():
            self.initdb(verbose=verbose)
        self.start(verbose=verbose)
        self.upgrade_locale(verbose=verbose)
        self.ensure_database()
        return self.url

    def ensure_database(self, name: str | None = None) -> None:
        name = name or self.db_name
        with _connect(self.port) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if not exists.fetchone():
                conn.execute(f"CREATE DATABASE {_quote(name)}")

    # --- Clusters created with --no-locale ---------------------------------------------

    def upgrade_locale(self, verbose: bool = True) -> list[str]:
        """Give ``template1`` and the project database a UTF-8 locale if they lack one.

        Returns what was done (empty when nothing was needed). ``template1`` holds no data
        and is recreated from ``template0``; the project database is copied with
        ``pg_dump``/``pg_restore`` into a new database of the same name, the old one kept as
        ``<name>_c_locale_<timestamp>``. If the copy fails, the old database is put back."""
        done: list[str] = []
        with _connect(self.port) as conn:
            if not ctype_handles_vietnamese(conn, "template1"):
                self._recreate_template1(conn)
                done.append("template1")
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [self.db_name]
            ).fetchone()
            if exists and not ctype_handles_vietnamese(conn, self.db_name):
                backup = self._copy_with_locale(conn)
                done.append(f"{self.db_name} (old copy kept as {backup})")
        if done and verbose:
            print(
                "[congdoan] the embedded PostgreSQL was created without a locale (upper('đ') "
                f"was 'đ'); now UTF-8: {', '.join(done)}",
                flush=True,
            )
        return done

    def _recreate_template1(self, conn) -> None:
        loc = utf8_locale()
        conn.execute("UPDATE pg_database SET datistemplate = false WHERE datname = 'template1'")
        conn.execute("DROP DATABASE template1")
        conn.execute(
            "CREATE DATABASE template1 TEMPLATE template0 ENCODING 'UTF8' "
            f"LC_COLLATE '{loc}' LC_CTYPE '{loc}' IS_TEMPLATE true"
        )

    def _copy_with_locale(self, conn) -> str:
        backup = f"{self.db_name}_c_locale_{time.strftime('%Y%m%d%H%M%S')}"
        # Refuses (ObjectInUse) while anything is connected to it: nothing is lost then.
        conn.execute(f"ALTER DATABASE {_quote(self.db_name)} RENAME TO {_quote(backup)}")
        dump = self.data_dir / "locale-upgrade.dump"
        try:
            conn.execute(f"CREATE DATABASE {_quote(self.db_name)} TEMPLATE template1")
            common = ["-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres"]
            kwargs = _run_kwargs()
            subprocess.run(
                [_bin("pg_dump"), *common, "-Fc", "-f", str(dump), backup],
                check=True,
                capture_output=True,
                **kwargs,
            )
            subprocess.run(
                [_bin("pg_restore"), *common, "--exit-on-error", "-d", self.db_name, str(dump)],
                check=True,
                capture_output=True,
                **kwargs,
            )
        except BaseException:
            conn.execute(f"DROP DATABASE IF EXISTS {_quote(self.db_name)}")
            conn.execute(f"ALTER DATABASE {_quote(backup)} RENAME TO {_quote(self.db_name)}")
            raise
        finally:
            dump.unlink(missing_ok=True)
        return backup


def default_server() -> EmbeddedPostgres:
    return EmbeddedPostgres(DATA_DIR, PORT, DB_NAME)


def ensure_running(verbose: bool = True) -> str:
    """Initialise (first time) and start the embedded server; return its URL. Idempotent."""
    return default_server().ensure_running(verbose=verbose)


def stop() -> None:
    default_server().stop()


def ensure_if_needed() -> None:
    """Start the embedded server when no DATABASE_URL is configured."""
    if not os.environ.get("DATABASE_URL"):
        ensure_running(verbose=True)
