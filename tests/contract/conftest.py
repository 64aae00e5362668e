"""One Prism mock of generated/openapi.json for the session, on loopback."""

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    if not PRISM.exists() or shutil.which("node") is None:
        pytest.skip("Prism is not installed: run `make install` (npm ci)")
    port = free_port()
    process = subprocess.Popen(
        [
            str(PRISM),
            "mock",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            str(ROOT / "generated" / "openapi.json"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{url}/v2/currentOrg", headers={"Authorization": "Bearer x"}, timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("Prism did not start") from None
                time.sleep(0.2)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
