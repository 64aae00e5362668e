"""`python -m astra_devops.testing serve`: run the fake on loopback until stopped.

Once it serves, it prints two `export NAME=value` lines a POSIX shell runs as they are (paste them,
or `eval` them), and with `--env-file PATH` also writes them to PATH, removed again when it stops.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import re
import shlex
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from ._fake import FakeAstra
from ._log import LoggedFake
from ._wire import serve

# Without --step-seconds, a lifecycle also takes a step each second: a client polling every few
# seconds, or listing, sees a new database ACTIVE within seconds, as on a quick day of the live API.
STEP_SECONDS = 1.0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m astra_devops.testing")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser(
        "serve",
        help="serve the fake DevOps API on 127.0.0.1",
        description="Serve the fake on 127.0.0.1 until stopped (Ctrl-C or SIGTERM). Once it serves, it "
        "prints `export ASTRA_DEVOPS_BASE_URL=...` and `export ASTRA_DB_APPLICATION_TOKEN=...` for a shell.",
    )
    serve.add_argument("--port", type=int, default=0, help="0 picks a free port")
    serve.add_argument(
        "--env-file",
        type=Path,
        default=None,
        metavar="PATH",
        help="also write the two export lines to PATH (mode 0600) once serving, for `. PATH` in another "
        "shell; PATH is removed when the server stops",
    )
    serve.add_argument(
        "--step-seconds",
        type=float,
        default=STEP_SECONDS,
        help="lifecycles move one step per read of the thing and also one step every N seconds "
        f"(default {STEP_SECONDS:g}), so a client that only lists or waits sees them settle",
    )
    serve.add_argument(
        "--fail",
        action="append",
        default=[],
        metavar="ROUTE=FAULTS",
        help="plan faults for a route as fake_astra.fail() does: 'GET /v2/databases=429,reset,503' "
        "(status codes or reset, slow, html502, truncated, served in order); repeat to plan more",
    )
    serve.add_argument(
        "--log",
        action="store_true",
        help="print one line per request on stderr: method, path, status, duration (never the token)",
    )
    serve.add_argument(
        "--fail-next",
        action="append",
        default=[],
        metavar="KIND[=STATUS]",
        help="the next database, clone, restore, migration, report or pcu_group to start fails "
        "(STATUS defaults to ERROR); repeat to plan more",
    )
    serve.add_argument(
        "--hide-next",
        action="append",
        default=[],
        metavar="KIND=POLLS",
        help="the next database, clone or restore created answers 404 to its first POLLS reads "
        "(1 to 10000), as a new thing of the live API can; repeat to plan more",
    )
    return parser


def _fail(fake: FakeAstra, planned: str) -> None:
    kind, _, status = planned.partition("=")
    fake.fail_next(kind, status or "ERROR")


def _hide(fake: FakeAstra, planned: str) -> None:
    kind, _, polls = planned.partition("=")
    if not re.fullmatch(r"[0-9]{1,5}", polls):
        raise ValueError(f"polls must be a whole number from 1 to 10000, got {polls!r}")
    fake.hide_next(kind, int(polls))


def _fault(fake: FakeAstra, planned: str) -> None:
    route, _, faults = planned.rpartition("=")
    if not route or not faults:
        raise ValueError("give a route and its faults: 'METHOD /path=FAULT,FAULT'")
    fake.fail(route, [int(fault) if fault.isdecimal() else fault.strip() for fault in faults.split(",")])


def _plan(fake: FakeAstra, args: argparse.Namespace) -> None:
    """Plan each --fail, --fail-next and --hide-next; ValueError names the first one the fake refuses."""
    flags = (
        ("--fail", args.fail, _fault),
        ("--fail-next", args.fail_next, _fail),
        ("--hide-next", args.hide_next, _hide),
    )
    for flag, values, plan in flags:
        for planned in values:
            try:
                plan(fake, planned)
            except ValueError as exc:
                raise ValueError(f"{flag} {planned}: {exc}") from None


def export_lines(url: str, token: str) -> str:
    """The shell lines that point a client at the served fake."""
    return (
        f"export ASTRA_DEVOPS_BASE_URL={shlex.quote(url)}\n"
        f"export ASTRA_DB_APPLICATION_TOKEN={shlex.quote(token)}\n"
    )


@contextlib.contextmanager
def _env_file(path: Path | None, text: str) -> Iterator[None]:
    """`text` in `path` (0600, complete once it appears) while the block runs."""
    if path is None:
        yield
        return
    partial = path.with_name(f"{path.name}.part")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as stream:
        stream.write(text)
    os.replace(partial, path)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> None:
    parser = _parser()
    args = parser.parse_args(argv)
    if not 0 < args.step_seconds < math.inf:
        parser.error(f"--step-seconds must be a positive number of seconds, got {args.step_seconds:g}")
    fake = FakeAstra(step_seconds=args.step_seconds)
    fake.world.timed = True
    try:
        _plan(fake, args)
    except ValueError as exc:
        parser.error(str(exc))
    if args.env_file is not None and not args.env_file.parent.is_dir():
        parser.error(f"--env-file {args.env_file}: no such folder {args.env_file.parent}")
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # stop as Ctrl-C does, cleaning up
    answerer = LoggedFake(fake, sys.stderr) if args.log else fake
    with serve(answerer, port=args.port) as url:
        lines = export_lines(url, fake.token)
        with contextlib.suppress(KeyboardInterrupt), _env_file(args.env_file, lines):
            print(lines, end="", flush=True)
            print(f"serving the fake Astra DevOps API at {url} until Ctrl-C", file=sys.stderr, flush=True)
            threading.Event().wait()


if __name__ == "__main__":
    main()
