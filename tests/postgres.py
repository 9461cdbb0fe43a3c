"""A throwaway PostgreSQL server for the tests of the PostgreSQL path.

Runs the real server binaries from the Debian package in a temporary folder,
listening on 127.0.0.1 only. As root, the server runs as the `postgres` user
(PostgreSQL refuses to run as root).
"""

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def server_binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(args: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@contextmanager
def running_server() -> Iterator[str]:
    """Start a server, create a database, yield its SQLAlchemy URL, stop and delete it."""
    bin_dir = server_binaries()
    assert bin_dir is not None
    root = Path(tempfile.mkdtemp(prefix="mianshi-pg-"))
    data, sockets = root / "data", root / "sock"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sockets, "postgres")
    port = _free_port()
    run = lambda *args: subprocess.run(  # noqa: E731
        _as_server_user([str(a) for a in args]), check=True, capture_output=True, timeout=120
    )
    try:
        run(bin_dir / "initdb", "-D", data, "-A", "trust", "-U", "mianshi", "--no-sync", "-E", "UTF8")
        run(
            bin_dir / "pg_ctl", "-D", data, "-w", "-l", root / "server.log", "start",
            "-o", f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off",
        )
        run(bin_dir / "createdb", "-h", "127.0.0.1", "-p", port, "-U", "mianshi", "mianshi_test")
        yield f"postgresql+psycopg://mianshi@127.0.0.1:{port}/mianshi_test"
    finally:
        subprocess.run(
            _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(root, ignore_errors=True)
