"""`make bench`: what the client costs on top of the raw HTTP it wraps, as ratios.

Every figure times the client and its baseline side by side in one run, in interleaved rounds
(ABBA order, so drift hits both sides alike); a round's sample of each side is the fastest of
REPEATS, since other processes only ever slow a sample down. On small bodies a sample is several
units of work (ITEMS_PER_SAMPLE items in all), the two sides taking turns unit by unit, so that
no sample is a single call of a few milliseconds and a slower stretch of the machine falls on both
sides of a sample alike. The ratio of a figure is the median of its rounds' ratios, shown with
their min and max; the verdict compares that median with the budget. The server is
`benchmarks/server.py` in a separate process, on loopback. Results are printed as a table and
written as JSON to `.bench/` (ignored by git); nothing in the tree is written.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from itertools import islice
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "21"))
REPEATS = int(os.environ.get("BENCH_REPEATS", "3"))
SIZES = (100, 1_000, 10_000)
SEQUENTIAL_CALLS = 300
# The in-process figures on small bodies repeat their calls within a round, up to this many items.
ITEMS_PER_SAMPLE = 10_000
FAN_OUT = 200
# A fan-out sample: the fastest of this many gathers, after one that opens the connections.
FAN_OUT_GATHERS = 5
TOKEN = "AstraCS:bench"
PAGE = 100


@dataclass
class Figure:
    name: str
    ours_ms: float
    baseline_ms: float
    ratio: float
    ratio_min: float
    ratio_max: float
    budget: float | None

    @property
    def verdict(self) -> str:
        if self.budget is None:
            return ""
        return "ok" if self.ratio <= self.budget else "OVER"


def side_by_side(
    name: str,
    ours: Callable[[], float],
    baseline: Callable[[], float],
    budget: float | None,
    units: int = 1,
) -> Figure:
    """Run both sides ROUNDS times, ABBA-interleaved; each callable times one unit of work."""
    mine: list[float] = []
    theirs: list[float] = []
    for round_ in range(ROUNDS):
        if round_ % 2 == 0:
            a, b = best_of(ours, baseline, units)
        else:
            b, a = best_of(baseline, ours, units)
        mine.append(a)
        theirs.append(b)
    ratios = [a / b for a, b in zip(mine, theirs, strict=True)]
    return Figure(
        name=name,
        ours_ms=statistics.median(mine) * 1000,
        baseline_ms=statistics.median(theirs) * 1000,
        ratio=statistics.median(ratios),
        ratio_min=min(ratios),
        ratio_max=max(ratios),
        budget=budget,
    )


def best_of(first: Callable[[], float], second: Callable[[], float], units: int) -> tuple[float, float]:
    """A round's samples: each side's fastest of REPEATS. Another process can only slow a sample
    down, never speed it up, so the fastest is the one least disturbed."""
    samples = [paired(first, second, units) for _ in range(REPEATS)]
    return min(a for a, _ in samples), min(b for _, b in samples)


def paired(first: Callable[[], float], second: Callable[[], float], units: int) -> tuple[float, float]:
    """One sample of each side: `units` units each, taken alternately unit by unit (ABBA), so that
    the machine's drift while a sample runs slows both sides alike; seconds per unit."""
    a = b = 0.0
    for unit in range(units):
        if unit % 2 == 0:
            a += first()
            b += second()
        else:
            b += second()
            a += first()
    return a / units, b / units


def timed(function: Callable[[], object]) -> Callable[[], float]:
    """The seconds of one call."""

    def run() -> float:
        start = time.perf_counter()
        function()
        return time.perf_counter() - start

    return run


def child_environment(env: dict[str, str] | None) -> dict[str, str]:
    """As an installed package runs: with bytecode cached (pip compiles it at install time), here
    under .bench/ so that nothing is written into the tree, whatever PYTHONDONTWRITEBYTECODE says."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**environment, "PYTHONPYCACHEPREFIX": str(ROOT / ".bench" / "pycache"), **(env or {})}


def process(code: str, env: dict[str, str] | None = None) -> Callable[[], float]:
    """A whole Python process: the seconds from start to exit."""
    environment = child_environment(env)
    subprocess.run([PYTHON, "-c", code], check=True, env=environment)  # warm-up: bytecode cached
    return timed(lambda: subprocess.run([PYTHON, "-c", code], check=True, env=environment))


def inner(code: str, env: dict[str, str] | None = None) -> Callable[[], float]:
    """A Python process that prints the seconds of its own measured part (after its imports)."""

    def run() -> float:
        environment = child_environment(env)
        command = [PYTHON, "-c", code]
        done = subprocess.run(command, check=True, capture_output=True, text=True, env=environment)
        return float(done.stdout.strip().splitlines()[-1])

    return run


@contextmanager
def server(count: int) -> Iterator[str]:
    child = subprocess.Popen(
        [PYTHON, str(ROOT / "benchmarks" / "server.py"), str(count)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        yield child.stdout.readline().strip()
    finally:
        child.terminate()
        child.wait(timeout=10)


def first_id() -> str:
    return f"{0:08d}-0000-4000-8000-000000000000"


def import_figure() -> Figure:
    return side_by_side(
        "import (`import astra_devops` + client vs `import httpx`)",
        process(f"import astra_devops; astra_devops.AstraDevOps(token={TOKEN!r})"),
        process("import httpx"),
        1.05,
    )


def first_call_figure(url: str) -> Figure:
    env = {"URL": url, "DB": first_id()}
    ours = (
        "import os, astra_devops\n"
        f"c = astra_devops.AstraDevOps(token={TOKEN!r}, base_url=os.environ['URL'])\n"
        "c.databases.get(os.environ['DB'])"
    )
    raw = (
        "import os, httpx\n"
        "c = httpx.Client(base_url=os.environ['URL'], timeout=30)\n"
        "c.get('/v2/databases/' + os.environ['DB'],"
        f" headers={{'Authorization': 'Bearer {TOKEN}'}}).json()"
    )
    name = "first call (import + one `databases.get`)"
    return side_by_side(name, process(ours, env), process(raw, env), 1.3)


def per_call_figure(url: str) -> Figure:
    from astra_devops import AstraDevOps

    client = AstraDevOps(token=TOKEN, base_url=url)
    raw = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
    database_id = first_id()
    path = f"/v2/databases/{database_id}"

    def ours() -> None:
        for _ in range(SEQUENTIAL_CALLS):
            client.databases.get(database_id)

    def baseline() -> None:
        for _ in range(SEQUENTIAL_CALLS):
            raw.get(path).json()

    with client, raw:
        return side_by_side(
            f"per call ({SEQUENTIAL_CALLS:,} sequential `databases.get`)", timed(ours), timed(baseline), 1.00
        )


_FAN_OUT_OURS = """
import asyncio, os, time, astra_devops
async def main():
    async with astra_devops.AsyncAstraDevOps(token={token!r}, base_url=os.environ['URL']) as client:
        async def fan_out():
            start = time.perf_counter()
            await asyncio.gather(*(client.databases.get(os.environ['DB']) for _ in range({count})))
            return time.perf_counter() - start
        await fan_out()
        return min([await fan_out() for _ in range({gathers})])
print(asyncio.run(main()))
"""
_FAN_OUT_RAW = """
import sys
sys.modules["sniffio"] = None  # httpx as `pip install httpx` installs it: without sniffio
import asyncio, os, time, httpx
async def main():
    headers = {{"Authorization": "Bearer {token}"}}
    async with httpx.AsyncClient(base_url=os.environ['URL'], headers=headers, timeout=30) as raw:
        path = '/v2/databases/' + os.environ['DB']
        async def fan_out():
            start = time.perf_counter()
            for response in await asyncio.gather(*(raw.get(path) for _ in range({count}))):
                response.json()
            return time.perf_counter() - start
        await fan_out()
        return min([await fan_out() for _ in range({gathers})])
print(asyncio.run(main()))
"""


def fan_out_figure(url: str) -> Figure:
    env = {"URL": url, "DB": first_id()}
    return side_by_side(
        f"async fan-out ({FAN_OUT} concurrent `databases.get`; baseline: httpx as installed by default)",
        inner(_FAN_OUT_OURS.format(token=TOKEN, count=FAN_OUT, gathers=FAN_OUT_GATHERS), env),
        inner(_FAN_OUT_RAW.format(token=TOKEN, count=FAN_OUT, gathers=FAN_OUT_GATHERS), env),
        1.0,
    )


def parse_figure(size: int, budget: float | None) -> Figure:
    from astra_devops._parsing import parse_models
    from astra_devops.models import Database

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from server import database

    body = json.dumps([database(index) for index in range(size)]).encode()
    response = httpx.Response(
        200, content=body, request=httpx.Request("GET", "http://127.0.0.1/v2/databases")
    )

    def ours() -> None:
        assert len(parse_models(Database, json.loads(body), response)) == size

    name = f"parse ({size:,}-database list: models vs `json.loads`)"
    units = max(1, ITEMS_PER_SAMPLE // size)
    return side_by_side(name, timed(ours), timed(lambda: json.loads(body)), budget, units)


def list_figure(url: str, size: int, budget: float | None) -> Figure:
    from astra_devops import AstraDevOps

    client = AstraDevOps(token=TOKEN, base_url=url)
    raw = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)

    def ours() -> None:
        assert sum(1 for _ in islice(client.databases.list(), size)) == size

    def baseline() -> None:
        seen = 0
        after: str | None = None
        while seen < size:
            params: dict[str, str | int] = {"limit": PAGE, **({"starting_after": after} if after else {})}
            page = raw.get("/v2/databases", params=params).json()
            seen += len(page)
            after = page[-1]["id"]

    with client, raw:
        name = f"list ({size:,} databases over loopback vs raw httpx + `json.loads`)"
        units = max(1, ITEMS_PER_SAMPLE // size)
        return side_by_side(name, timed(ours), timed(baseline), budget, units)


def in_process_figure(size: int, budget: float | None, *, timestamps: bool) -> Figure:
    """Listing `size` databases through httpx's MockTransport: the same encoded pages for both sides,
    so that only the client's own work differs. With `timestamps`, our side reads each item's two timestamps
    (datetimes); the baseline keeps json.loads's strings, as the floor."""
    from astra_devops import AstraDevOps

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from server import database

    items = [database(index) for index in range(size)]
    positions = {str(item["id"]): index for index, item in enumerate(items)}
    bodies = {start: json.dumps(items[start : start + PAGE]).encode() for start in range(0, size, PAGE)}

    def answer(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("starting_after")
        start = 0 if after is None else positions[after] + 1
        return httpx.Response(200, content=bodies[start], headers={"Content-Type": "application/json"})

    def pool() -> httpx.Client:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        return httpx.Client(transport=httpx.MockTransport(answer), base_url=_MOCK_URL, headers=headers)

    client = AstraDevOps(token=TOKEN, base_url=_MOCK_URL, http_client=pool())
    raw = pool()

    def ours() -> None:
        seen = 0
        for item in islice(client.databases.list(), size):
            if timestamps:
                item.creation_time, item.termination_time  # noqa: B018
            seen += 1
        assert seen == size

    def baseline() -> None:
        seen = 0
        after: str | None = None
        while seen < size:
            params: dict[str, str | int] = {"limit": PAGE, **({"starting_after": after} if after else {})}
            page = raw.get("/v2/databases", params=params).json()
            for _ in page:
                seen += 1
            after = page[-1]["id"]

    with client, raw:
        read = ", timestamps read as `datetime`" if timestamps else ""
        name = f"list in-process ({size:,} databases{read}; MockTransport) vs raw httpx + `json.loads`"
        units = max(1, ITEMS_PER_SAMPLE // size)
        return side_by_side(name, timed(ours), timed(baseline), budget, units)


def generate_seconds() -> float:
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        command = ["make", "--no-print-directory", "generate", f"OUT={out}"]
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
        return time.perf_counter() - start


PARSE_BUDGETS = {1_000: 1.5}
LIST_BUDGETS = {1_000: 1.05, 10_000: 1.25}
IN_PROCESS_SIZE = 1_000
IN_PROCESS_BUDGET = 1.20
_MOCK_URL = "http://127.0.0.1"


def measure() -> list[Figure]:
    figures = [import_figure()]
    with server(max(SIZES)) as url:
        figures += [first_call_figure(url), per_call_figure(url), fan_out_figure(url)]
        figures += [parse_figure(size, PARSE_BUDGETS.get(size)) for size in SIZES]
        figures += [list_figure(url, size, LIST_BUDGETS.get(size)) for size in SIZES]
    figures += [
        in_process_figure(IN_PROCESS_SIZE, IN_PROCESS_BUDGET, timestamps=False),
        in_process_figure(IN_PROCESS_SIZE, IN_PROCESS_BUDGET, timestamps=True),
    ]
    return figures


def table(figures: list[Figure]) -> str:
    rows = [
        "| figure | astra-devops | baseline | ratio (min-max) | budget | |",
        "|---|---|---|---|---|---|",
    ]
    for f in figures:
        budget = "" if f.budget is None else f"<= {f.budget:.2f}x"
        rows.append(
            f"| {f.name} | {f.ours_ms:.1f} ms | {f.baseline_ms:.1f} ms "
            f"| {f.ratio:.2f}x ({f.ratio_min:.2f}-{f.ratio_max:.2f}) | {budget} | {f.verdict} |"
        )
    return "\n".join(rows)


def main() -> int:
    figures = measure()
    result = {
        "python": platform.python_version(),
        "cores": os.cpu_count(),
        "rounds": ROUNDS,
        "repeats": REPEATS,
        "regeneration_seconds": round(generate_seconds(), 1),
        "figures": [{**asdict(f), "verdict": f.verdict} for f in figures],
    }
    out = ROOT / ".bench"
    out.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S")
    for name in (f"run-{stamp}.json", "latest.json"):
        (out / name).write_text(json.dumps(result, indent=2) + "\n")
    setting = f"python {result['python']}, {result['cores']} cores"
    print(f"medians of {ROUNDS} interleaved rounds (each sample the best of {REPEATS}); {setting}\n")
    print(table(figures))
    print(f"\nregeneration (`make generate` into a temporary folder): {result['regeneration_seconds']} s")
    print(f"results: .bench/run-{stamp}.json")
    return 0 if all(f.verdict != "OVER" for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
