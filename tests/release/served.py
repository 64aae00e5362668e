"""`python -m astra_devops.testing serve` in a child process, and what the served fake holds."""

from __future__ import annotations

import os
import selectors
import shlex
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from astra_devops import AstraDevOps

from .conftest import outside_env

START_SECONDS = 30
STOP_SECONDS = 10


def read_lines(stream: IO[bytes], count: int, timeout: float) -> list[str]:
    """The first `count` lines of the child's output, or AssertionError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    received = b""
    with selectors.DefaultSelector() as selector:
        selector.register(stream, selectors.EVENT_READ)
        while received.count(b"\n") < count:
            ready = selector.select(timeout=max(deadline - time.monotonic(), 0))
            assert ready, f"the served fake printed {received!r} in {timeout} s"
            chunk = os.read(stream.fileno(), 4096)
            assert chunk, f"the served fake exited after printing {received!r}"
            received += chunk
    return received.decode().splitlines()[:count]


@contextmanager
def served_fake(command: Sequence[str | Path], cwd: Path) -> Iterator[tuple[str, str]]:
    """Start the server, yield the (base URL, token) it prints, stop it."""
    child = subprocess.Popen(
        [str(part) for part in command],
        cwd=cwd,
        env=outside_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert child.stdout is not None
        exports = [shlex.split(line) for line in read_lines(child.stdout, 2, START_SECONDS)]
        printed = dict(assignment.split("=", 1) for _, assignment in exports)
        yield printed["ASTRA_DEVOPS_BASE_URL"], printed["ASTRA_DB_APPLICATION_TOKEN"]
    finally:
        child.terminate()
        try:
            child.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(timeout=STOP_SECONDS)


def inventory(url: str, token: str) -> dict[str, list[str]]:
    """What a quick start could leave behind: live databases, roles, users and tokens."""
    with AstraDevOps(token=token, base_url=url) as client:
        return {
            "databases": sorted(str(db.id) for db in client.databases.list()),
            "roles": sorted(str(role.id) for role in client.roles.list()),
            "users": sorted(str(user.email) for user in client.users.list()),
            "tokens": sorted(str(entry.client_id) for entry in client.tokens.list()),
        }
