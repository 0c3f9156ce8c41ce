"""``ghatna serve`` in a subprocess for the scripts and benches that drive the web UI."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Running:
    url: str  # the base URL, http://127.0.0.1:PORT
    pid: int

    def cpu_seconds(self) -> float:
        """The CPU time (user and system) the server process has used so far."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def served(db_url: str, port: int | None = None, wait_s: float = 60) -> Iterator[Running]:
    """``ghatna serve --db DB_URL`` on 127.0.0.1 for the length of the block, once ``/api/health``
    answers."""
    port = port or free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "ghatna", "serve", "--db", db_url, "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            raise RuntimeError(f"ghatna serve --db {db_url} did not answer within {wait_s} s")
        yield Running(base, server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
