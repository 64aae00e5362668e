"""`make bench`: what the client costs on top of the raw HTTP it wraps, as ratios.

Each figure times the client and its raw-httpx baseline side by side in one run,
interleaved, and compares medians of repeated runs, so machine noise hits both sides.
The server is the local fake in a separate process (loopback only).
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
REPEATS = int(os.environ.get("BENCH_REPEATS", "7"))
SEQUENTIAL_CALLS = 2_000
FAN_OUT = 200
LIST_SIZE = 1_000


@dataclass
class Figure:
    name: str
    ours: float
    baseline: float
    budget: float | None
    unit: str = "s"

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline

    def row(self) -> str:
        verdict = "" if self.budget is None else ("ok" if self.ratio <= self.budget else "OVER")
        budget = "" if self.budget is None else f"<= {self.budget:.2f}x"
        return (
            f"| {self.name} | {self.ours * 1000:.1f} ms | {self.baseline * 1000:.1f} ms "
            f"| {self.ratio:.2f}x | {budget} | {verdict} |"
        )


def side_by_side(ours: Callable[[], object], baseline: Callable[[], object]) -> tuple[float, float]:
    """Median seconds of each, alternating which goes first to cancel drift."""
    mine: list[float] = []
    theirs: list[float] = []
    for repeat in range(REPEATS):
        pair = [(ours, mine), (baseline, theirs)]
        for function, samples in pair if repeat % 2 == 0 else reversed(pair):
            start = time.perf_counter()
            function()
            samples.append(time.perf_counter() - start)
    return statistics.median(mine), statistics.median(theirs)


def run_python(code: str, env: dict[str, str] | None = None) -> Callable[[], object]:
    def run() -> None:
        subprocess.run([PYTHON, "-c", code], check=True, env={**os.environ, **(env or {})})

    return run


@contextmanager
def fake_server() -> Iterator[tuple[str, str]]:
    """Start `python -m astra_devops.testing serve --port 0` and read its URL and token."""
    process = subprocess.Popen(
        [PYTHON, "-m", "astra_devops.testing", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        settings = dict(process.stdout.readline().strip().split("=", 1) for _ in range(2))
        yield settings["ASTRA_DEVOPS_BASE_URL"], settings["ASTRA_DB_APPLICATION_TOKEN"]
    finally:
        process.terminate()
        process.wait(timeout=10)


def create_database(url: str, token: str) -> str:
    from astra_devops import AstraDevOps

    with AstraDevOps(token=token, base_url=url) as client:
        return client.databases.create(
            name="bench", cloud_provider="AWS", region="us-east-2", wait=True, poll_interval=0.01
        ).id


def import_figure() -> Figure:
    ours, raw = side_by_side(
        run_python("import astra_devops; astra_devops.AstraDevOps(token='AstraCS:bench')"),
        run_python("import httpx"),
    )
    return Figure("import (`import astra_devops` + client vs `import httpx`)", ours, raw, 1.3)


def first_call_figure(url: str, token: str, database_id: str) -> Figure:
    env = {"URL": url, "TOKEN": token, "DB": database_id}
    ours = (
        "import os, astra_devops\n"
        "c = astra_devops.AstraDevOps(token=os.environ['TOKEN'], base_url=os.environ['URL'])\n"
        "c.databases.get(os.environ['DB'])"
    )
    raw = (
        "import os, httpx\n"
        "c = httpx.Client(base_url=os.environ['URL'], timeout=30)\n"
        "c.get('/v2/databases/' + os.environ['DB'],"
        " headers={'Authorization': 'Bearer ' + os.environ['TOKEN']}).json()"
    )
    mine, theirs = side_by_side(run_python(ours, env), run_python(raw, env))
    return Figure("first call (import + one `databases.get`)", mine, theirs, 1.5)


def per_call_figure(url: str, token: str, database_id: str) -> Figure:
    from astra_devops import AstraDevOps

    client = AstraDevOps(token=token, base_url=url)
    raw = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    path = f"/v2/databases/{database_id}"

    def ours() -> None:
        for _ in range(SEQUENTIAL_CALLS):
            client.databases.get(database_id)

    def baseline() -> None:
        for _ in range(SEQUENTIAL_CALLS):
            raw.get(path).json()

    with client, raw:
        mine, theirs = side_by_side(ours, baseline)
    return Figure(f"per call ({SEQUENTIAL_CALLS:,} sequential `databases.get`)", mine, theirs, 1.15)


def fan_out_figure(url: str, token: str, database_id: str) -> Figure:
    from astra_devops import AsyncAstraDevOps

    path = f"/v2/databases/{database_id}"

    async def ours() -> None:
        async with AsyncAstraDevOps(token=token, base_url=url) as client:
            await asyncio.gather(*(client.databases.get(database_id) for _ in range(FAN_OUT)))

    async def baseline() -> None:
        headers = {"Authorization": f"Bearer {token}"}
        async with httpx.AsyncClient(base_url=url, headers=headers, timeout=30) as raw:
            responses = await asyncio.gather(*(raw.get(path) for _ in range(FAN_OUT)))
            for response in responses:
                response.json()

    mine, theirs = side_by_side(lambda: asyncio.run(ours()), lambda: asyncio.run(baseline()))
    return Figure(f"async fan-out ({FAN_OUT} concurrent `databases.get`)", mine, theirs, 1.2)


def parse_figure(url: str, token: str, database_id: str) -> Figure:
    from astra_devops._parsing import parse_models
    from astra_devops.models import Database

    one = httpx.get(f"{url}/v2/databases/{database_id}", headers={"Authorization": f"Bearer {token}"}).json()
    body = json.dumps([{**one, "id": f"{index:08d}-{one['id'][9:]}"} for index in range(LIST_SIZE)]).encode()
    response = httpx.Response(200, content=body, request=httpx.Request("GET", f"{url}/v2/databases"))

    def ours() -> None:
        databases = parse_models(Database, json.loads(body), response)
        assert len(databases) == LIST_SIZE

    mine, theirs = side_by_side(ours, lambda: json.loads(body))
    return Figure(f"parse ({LIST_SIZE:,}-database list: models vs `json.loads`)", mine, theirs, 3.0)


def generate_seconds() -> float:
    start = time.perf_counter()
    subprocess.run(["make", "--no-print-directory", "generate"], cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    figures = [import_figure()]
    with fake_server() as (url, token):
        database_id = create_database(url, token)
        figures += [
            first_call_figure(url, token, database_id),
            per_call_figure(url, token, database_id),
            parse_figure(url, token, database_id),
            fan_out_figure(url, token, database_id),
        ]
    print(f"medians of {REPEATS} interleaved runs; python {sys.version.split()[0]}, {os.cpu_count()} cores\n")
    print("| figure | astra-devops | baseline | ratio | budget | |")
    print("|---|---|---|---|---|---|")
    for figure in figures:
        print(figure.row())
    print(f"\nregeneration (`make generate`): {generate_seconds():.1f} s wall time")
    return 0 if all(f.budget is None or f.ratio <= f.budget for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
