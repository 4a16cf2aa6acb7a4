"""A throw-away PostgreSQL server for the tests (issue 10 point 8): a real server, never a mock.

`initdb` + `pg_ctl` on a temporary folder and a free port, started once per test session, stopped at its end.
The binaries come from the system (`.ci/setup --test` installs the `postgresql` package on Debian/Ubuntu) and are
found on PATH or under /usr/lib/postgresql/*/bin. PostgreSQL refuses to run as root: as root the server runs as
the `postgres` user, which owns the folder. Where the binaries are missing the PostgreSQL tests are skipped with
the reason, unless DESMIG_REQUIRE_POSTGRES=1 or `.ci/setup --test` could install them (CI): then they fail;
binaries that fail to start a server fail them.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REQUIRE_ENV = "DESMIG_REQUIRE_POSTGRES"
# Written by `.ci/setup --test` where it can install PostgreSQL (root with apt, as in CI): there the PostgreSQL
# tests must run, never be skipped.
REQUIRE_MARKER = Path(__file__).resolve().parent.parent / ".venv" / "desmig-require-postgres"


def postgres_required() -> bool:
    return os.environ.get(REQUIRE_ENV) == "1" or REQUIRE_MARKER.exists()


class MissingPostgres(RuntimeError):
    """No initdb/pg_ctl on this machine (or no user to run them as root): the tests are skipped, not failed."""


def find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)  # the newest version first
    return candidates[0] if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    folder: Path
    port: int
    user: str | None  # the system user the server runs as (None: the current one)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def database_url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        def demote() -> None:
            if self.user is not None:
                entry = pwd.getpwnam(self.user)
                os.setgid(entry.pw_gid)
                os.setuid(entry.pw_uid)
        return subprocess.run(args, capture_output=True, text=True, preexec_fn=demote, check=False,
                              env={**os.environ, "LC_ALL": "C.UTF-8"})

    def stop(self) -> None:
        pg_ctl = find_binary("pg_ctl")
        if pg_ctl:
            self._run(pg_ctl, "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server(settings: str = "") -> PostgresServer:
    """A new server on a free port; RuntimeError naming what is missing or what the server said. `settings`: more
    `-c name=value` options (the bench's tuned server: memory and WAL sized for a 7 GB district)."""
    initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
    if not initdb or not pg_ctl:
        raise MissingPostgres("PostgreSQL's initdb/pg_ctl not found (install the 'postgresql' package: .ci/setup --test)")
    user = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError as err:
            raise MissingPostgres("running as root and there is no 'postgres' user to run the server as") from err
        user = "postgres"
    folder = Path(tempfile.mkdtemp(prefix="desmig-pg-"))
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    server = PostgresServer(folder, _free_port(), user)
    data = folder / "data"
    done = server._run(initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
    if done.returncode != 0:
        server.stop()
        raise RuntimeError(f"initdb failed: {done.stderr.strip()[-500:]}")
    options = f"-p {server.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " \
              f"-c full_page_writes=off {settings}"
    done = server._run(pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "server.log"), "-w", "-t", "30",
                       "start")
    if done.returncode != 0:
        log = (folder / "server.log").read_text(errors="replace")[-800:] if (folder / "server.log").exists() else ""
        server.stop()
        raise RuntimeError(f"pg_ctl start failed: {done.stderr.strip()[-300:]} {log}")
    _wait_ready(server)
    return server


def _wait_ready(server: PostgresServer, seconds: float = 20.0) -> None:
    import psycopg

    deadline = time.monotonic() + seconds
    while True:
        try:
            with psycopg.connect(host="127.0.0.1", port=server.port, user="postgres", dbname="postgres",
                                 connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
