"""What the benchmark scripts share about the servers they start."""

from __future__ import annotations

import socket
import subprocess
import time


def wait_listening(
    process: subprocess.Popen, port: int, *, what: str, log: str, timeout: float = 60
) -> None:
    """Return once ``process`` accepts connections on 127.0.0.1:``port``; raise if it exits
    or does not listen within ``timeout`` seconds (``what`` names it, ``log`` is its output)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited; see {log}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{what} did not start; see {log}")
