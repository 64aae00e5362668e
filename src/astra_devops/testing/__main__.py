"""`python -m astra_devops.testing serve --port 0`: run the fake on loopback until stopped."""

from __future__ import annotations

import argparse
import contextlib
import threading

from ._fake import FakeAstra


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m astra_devops.testing")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake DevOps API on 127.0.0.1")
    serve.add_argument("--port", type=int, default=0, help="0 picks a free port")
    serve.add_argument(
        "--step-seconds",
        type=float,
        default=None,
        help="advance lifecycles in real time, one step every N seconds (default: per poll)",
    )
    serve.add_argument(
        "--fail-next",
        action="append",
        default=[],
        metavar="KIND[=STATUS]",
        help="the next database, clone, restore, migration, report or pcu_group to start fails "
        "(STATUS defaults to ERROR); repeat to plan more",
    )
    args = parser.parse_args(argv)
    per_poll = args.step_seconds is None
    fake = FakeAstra(advance_on_poll=per_poll, step_seconds=args.step_seconds or 1.0)
    for planned in args.fail_next:
        kind, _, status = planned.partition("=")
        try:
            fake.fail_next(kind, status or "ERROR")
        except ValueError as exc:
            parser.error(f"--fail-next {planned}: {exc}")
    with fake.serve(port=args.port) as url:
        print(f"ASTRA_DEVOPS_BASE_URL={url}", flush=True)
        print(f"ASTRA_DB_APPLICATION_TOKEN={fake.token}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
