"""Write the benchmark table of docs/performance.md from `.bench/latest.json` (what `make bench` last
measured)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def render(result: dict[str, object]) -> str:
    figures = result["figures"]
    assert isinstance(figures, list)
    rows = [
        f"Medians of {result['rounds']} interleaved rounds (each sample the best of {result['repeats']}),"
        f" python {result['python']}, {result['cores']} cores; the ratio is the median of the rounds' ratios,"
        " with their min and max.",
        "",
        "| figure | astra-devops | baseline | ratio (min-max) | budget | |",
        "|---|---|---|---|---|---|",
    ]
    for f in figures:
        budget = "" if f["budget"] is None else f"<= {f['budget']:.2f}x"
        rows.append(
            f"| {f['name']} | {f['ours_ms']:.1f} ms | {f['baseline_ms']:.1f} ms "
            f"| {f['ratio']:.2f}x ({f['ratio_min']:.2f}-{f['ratio_max']:.2f}) | {budget} | {f['verdict']} |"
        )
    rows += ["", f"Regeneration (`make generate`): {result['regeneration_seconds']} s wall time."]
    return "\n".join(rows)


def main() -> int:
    result = json.loads((ROOT / ".bench" / "latest.json").read_text())
    page = ROOT / "docs" / "performance.md"
    text = page.read_text()
    before, found, rest = text.partition(START)
    _, found_end, after = rest.partition(END)
    if not (found and found_end):
        print(f"{page} has no {START} ... {END} block", file=sys.stderr)
        return 1
    page.write_text(f"{before}{START}\n{render(result)}\n{END}{after}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
