"""Controls for `make bench`'s method, run by hand: `python benchmarks/check_method.py`.

Over loopback, as the list figure measures: a side against itself (raw httpx both ways, and two
clients) must come out at 1.00x, and raw httpx followed by a busy wait of 5% of the time it just
took must come out at 1.05x. Each line shows the median of the rounds' ratios with their min and
max, as the figures do; nothing is written.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from itertools import islice

import httpx
import run

from astra_devops import AstraDevOps

SIZE = 1_000
UNITS = 10


def main() -> None:
    with run.server(SIZE) as url:
        clients = [AstraDevOps(token=run.TOKEN, base_url=url) for _ in range(2)]
        raw = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {run.TOKEN}"}, timeout=30)
        baseline = raw_listing(raw)
        padded = with_extra(baseline, 0.05)
        controls = [
            ("raw httpx vs itself (expect 1.00x)", baseline, baseline),
            ("one client vs another (expect 1.00x)", listing(clients[0]), listing(clients[1])),
            ("raw httpx + 5% vs raw httpx (expect 1.05x)", padded, baseline),
        ]
        for name, first, second in controls:
            figure = run.side_by_side(name, run.timed(first), run.timed(second), None, UNITS)
            print(f"{name}: {figure.ratio:.3f}x ({figure.ratio_min:.2f}-{figure.ratio_max:.2f})")


def listing(client: AstraDevOps) -> Callable[[], int]:
    return lambda: sum(1 for _ in islice(client.databases.list(), SIZE))


def raw_listing(raw: httpx.Client) -> Callable[[], None]:
    def run_once() -> None:
        seen = 0
        after: str | None = None
        while seen < SIZE:
            params: dict[str, str | int] = {"limit": run.PAGE, **({"starting_after": after} if after else {})}
            page = raw.get("/v2/databases", params=params).json()
            seen += len(page)
            after = page[-1]["id"]

    return run_once


def with_extra(function: Callable[[], object], share: float) -> Callable[[], None]:
    """`function`, then a busy wait of `share` of the time it just took (a sleep would let the
    server run meanwhile)."""

    def padded() -> None:
        start = time.perf_counter()
        function()
        end = time.perf_counter()
        until = end + share * (end - start)
        while time.perf_counter() < until:
            pass

    return padded


if __name__ == "__main__":
    main()
