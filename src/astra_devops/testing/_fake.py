"""FakeAstra: an in-memory Astra DevOps API answering in the live API's shapes.

It speaks JSON over HTTP only, independent of the client, so it can check the client and also
serve anyone's automation tests. The operations live in `routes/`, one module per domain; the
HTTP plumbing (in-process transports, the loopback server) in `_wire`.
"""

from __future__ import annotations

import threading
import time
from contextlib import AbstractContextManager

import httpx

from . import routes
from ._faults import HTML_502, Fault, FaultPlan, split_route, valid_faults
from ._http import Encoded, Reply, Request, RequestLog
from ._router import Router
from ._state import FakeDatabase, FakeOrganization
from ._wire import AsyncFakeTransport, FakeTransport, serve
from ._world import FAILABLE, HIDEABLE, World


class FakeAstra:
    """An in-memory Astra organization behind the DevOps API.

    Lifecycles advance one step each time their object is read (`advance_on_poll=True`), or
    every `step_seconds` of the fake's clock, which `advance()` moves forward.

    Attributes:
        org: The organization's state (`FakeOrganization`), every store of it.
        requests: Every request received, in order.
    """

    def __init__(
        self,
        *,
        advance_on_poll: bool = True,
        step_seconds: float = 1.0,
        retry_after: int = 0,
        slow_seconds: float = 2.0,
    ) -> None:
        self.org = FakeOrganization()
        self.step_seconds = step_seconds
        self.retry_after = retry_after
        self.slow_seconds = slow_seconds
        self.requests = RequestLog()
        self._faults = FaultPlan()
        self._offset = 0.0
        self._lock = threading.RLock()
        self.world = World(self.org, self.now, advance_on_poll)
        self.router = Router(route for module in routes.MODULES for route in module.routes(self.world))

    @property
    def token(self) -> str:
        return self.org.token

    @property
    def databases(self) -> dict[str, FakeDatabase]:
        """Every database of the organization, terminated ones too, by id: `FakeDatabase`s,
        `fake.databases[id]["status"]` reads one as the API answers it."""
        return self.org.databases

    @property
    def advance_on_poll(self) -> bool:
        return self.world.advance_on_poll

    @advance_on_poll.setter
    def advance_on_poll(self, value: bool) -> None:
        self.world.advance_on_poll = value

    @property
    def bundle_base(self) -> str:
        return self.world.bundle_base

    def __repr__(self) -> str:
        return f"FakeAstra(databases={len(self.org.databases)}, requests={len(self.requests)})"

    def transport(self) -> httpx.BaseTransport:
        """An httpx transport answering from this fake, in-process: `httpx.Client(transport=...)`."""
        return FakeTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """The same, for `httpx.AsyncClient(transport=...)`."""
        return AsyncFakeTransport(self)

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> AbstractContextManager[str]:
        """Serve this fake over HTTP on loopback: `with fake.serve() as url: ...`."""
        return serve(self, host, port)

    def served_at(self, url: str) -> None:
        self.world.bundle_base = url

    # ---------------------------------------------------------------- faults

    def fail(
        self, route: str, faults: list[Fault], *, probability: float | None = None, seed: int = 0
    ) -> None:
        """Plan faults for `"METHOD /path/{template}"` (method `*` for any): a status code, "reset",
        "slow", "html502" or "truncated". Without `probability` they are served in order, one per
        matching request; with it, each matching request fails with that chance (seeded), for good.
        A route the API does not have raises ValueError at once."""
        method, template = self._known(route)
        with self._lock:
            self._faults.add(method, template, valid_faults(faults), probability, seed)

    def delay(self, route: str, seconds: float) -> None:
        """Add `seconds` of latency to every answer of a route (on top of any other delay)."""
        method, template = self._known(route)
        with self._lock:
            self._faults.delay(method, template, seconds)

    def fail_next(self, kind: str, status: str = "ERROR") -> None:
        """The next `kind` to start ends in `status` instead of succeeding, a step later as usual:
        "database" (a creation; ERROR), "clone" or "restore" (ERROR, FAILED, ABORTED, CANCELLED),
        "migration" (its next run of steps, from initialize, launch or resume; ERROR, FAILED,
        ABORTED), "report" (a billing report) or "pcu_group" (a creation): ERROR or FAILED.
        Planned failures queue up per kind, one per start; `heal()` drops them. Any other kind or
        status raises ValueError at once."""
        if kind not in FAILABLE:
            raise ValueError(f"no such kind {kind!r}: one of {', '.join(FAILABLE)}")
        if status not in FAILABLE[kind]:
            raise ValueError(f"a {kind} fails with one of {', '.join(FAILABLE[kind])}, not {status!r}")
        with self._lock:
            self.world.failures.setdefault(kind, []).append(status)

    def hide_next(self, kind: str, polls: int) -> None:
        """The next `kind` created ("database", "clone" or "restore") answers 404 to its first
        `polls` reads, as a new thing of the live API can before it is visible (terraform-provider-astra
        #222). Planned hidings queue up per kind, one per creation; `heal()` drops them. Any other
        kind, or `polls` not a whole number from 1 to 10,000, raises ValueError at once."""
        if kind not in HIDEABLE:
            raise ValueError(f"no such kind {kind!r}: one of {', '.join(HIDEABLE)}")
        if isinstance(polls, bool) or not isinstance(polls, int) or not 1 <= polls <= 10_000:
            raise ValueError(f"polls must be a whole number from 1 to 10000, got {polls!r}")
        with self._lock:
            self.world.hiding.setdefault(kind, []).append(polls)

    def heal(self) -> None:
        """Drop every planned fault, delay, failure and hiding."""
        with self._lock:
            self._faults.clear()
            self.world.failures.clear()
            self.world.hiding.clear()
            self.world.unseen.clear()

    def _known(self, route: str) -> tuple[str, str]:
        method, template = split_route(route)
        if not self.router.knows(method, template):
            raise ValueError(f"no such route {route!r}: the fault would never fire")
        return method, template

    def take_fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            return self._faults.take(method, path)

    # ---------------------------------------------------------------- clock and state

    def advance(self, seconds: float) -> None:
        """Move the fake's clock forward, applying every lifecycle step that falls due."""
        with self._lock:
            self._offset += seconds
            self._tick()

    def now(self) -> float:
        return time.monotonic() + self._offset

    def hibernate(self, database_id: str) -> None:
        """Put an idle serverless database to sleep, as Astra does: HIBERNATED until it is used."""
        with self._lock:
            database = self.world.database(database_id)
            if database.info["tier"] != "serverless" or database.status != "ACTIVE":
                raise ValueError(f"only an ACTIVE serverless database hibernates, not {database.status}")
            database.begin("HIBERNATED", [], self.now())

    # ---------------------------------------------------------------- answering

    def latency(self, request: Request) -> float:
        with self._lock:
            return self._faults.latency(request.method, request.path)

    def respond(self, request: Request) -> Encoded | str:
        """The answer, or the name of a connection-level fault ("reset", "slow") to act out.
        Every request is recorded in `requests` (a bounded log), faulted or not; its body is decoded
        before the fake's lock is taken, so a large one holds up no other client."""
        request.decode()
        with self._lock:
            self.requests.append(request)
        fault = self.take_fault(request.method, request.path)
        if isinstance(fault, int):
            headers = {"Retry-After": str(self.retry_after)} if fault in (429, 503) else {}
            error = {"errors": [{"ID": fault, "message": f"injected {fault}"}]}
            return Reply(fault, error, headers).encoded()
        if fault == "html502":
            return 502, {"Content-Type": "text/html"}, HTML_502
        if fault in ("reset", "slow"):
            return str(fault)
        status, headers, body = self.answer(request)
        if fault == "truncated":
            body = body[: len(body) // 2]
        return status, headers, body

    def answer(self, request: Request) -> Encoded:
        """Answer one request, faults aside; whatever it holds, an HTTP answer (never an exception)."""
        request.decode()
        with self._lock:
            try:
                route, values = self.router.find(request)
                if route.authenticated and request.headers.get("authorization") != f"Bearer {self.token}":
                    raise Reply.error(401, "invalid or missing token")
                self._tick()
                return route.handler(request, *values).encoded()
            except Reply as reply:
                return reply.encoded()
            except Exception as error:  # a bug of the fake: answered, never a dropped connection
                return Reply.error(500, f"FakeAstra failed: {type(error).__name__}").encoded()

    def _tick(self) -> None:
        if self.world.advance_on_poll and not self.world.timed:
            return
        now = self.now()
        for thing in self.org.lifecycles():
            while thing.steps and now - thing.last_step_at >= self.step_seconds:
                thing.step(thing.last_step_at + self.step_seconds)
