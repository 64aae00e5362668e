"""A loopback server for the benchmarks: N databases, paginated as the API pages them.

Both sides of every figure talk to this one process, so the server's own cost is the same for
the client and its raw-httpx baseline. Run as `python benchmarks/server.py N`; it prints its URL.
"""

from __future__ import annotations

import json
import socket
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

TOKEN = "AstraCS:bench"


def database(index: int) -> dict[str, object]:
    """One database with the fields of seed 001's `GET /v2/databases/{id}` example and the URLs."""
    database_id = f"{index:08d}-0000-4000-8000-000000000000"
    host = f"https://{database_id}-us-west-2.apps.astra.datastax.com"
    return {
        "id": database_id,
        "orgId": "organizations/7142-1283-54249566-3707",
        "ownerId": "users/8243-2404-85664728-0889",
        "info": {
            "name": f"bench{index}",
            "keyspace": "bench",
            "cloudProvider": "AWS",
            "tier": "serverless",
            "capacityUnits": 1,
            "region": "us-west-2",
            "additionalKeyspaces": ["more"],
            "dbType": "vector",
        },
        "creationTime": "2012-11-01T22:08:41+00:00",
        "terminationTime": "2019-11-01T22:08:41+00:00",
        "status": "ACTIVE",
        "storage": {
            "nodeCount": 6,
            "replicationFactor": 3,
            "totalStorage": 800,
            "usedStorage": 348,
            "displayStorage": 348,
        },
        "availableActions": ["addKeyspace", "terminate"],
        "message": "",
        "cqlshUrl": f"{host}/cqlsh",
        "graphqlUrl": f"{host}/api/graphql",
        "dataEndpointUrl": f"{host}/api/rest",
        "grafanaUrl": f"https://{database_id}-us-west-2.dashboard.astra.datastax.com/d/cloud",
    }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    databases: ClassVar[list[dict[str, object]]] = []
    positions: ClassVar[dict[str, int]] = {}
    bodies: ClassVar[dict[str, bytes]] = {}

    def do_GET(self) -> None:
        if self.headers.get("Authorization") != f"Bearer {TOKEN}":
            return self._answer(401, b'{"errors":[{"description":"unauthorized","ID":401}]}')
        url = urlsplit(self.path)
        if url.path == "/v2/databases":
            return self._answer(200, json.dumps(self._page(parse_qs(url.query))).encode())
        found = self.bodies.get(url.path.removeprefix("/v2/databases/"))
        self._answer(200, found) if found else self._answer(404, b'{"errors":[{"description":"no"}]}')

    def _page(self, query: dict[str, list[str]]) -> list[dict[str, object]]:
        limit = int(query.get("limit", ["25"])[0])
        after = query.get("starting_after", [None])[0]
        start = 0 if after is None else self.positions[after] + 1
        return self.databases[start : start + limit]

    def _answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024

    def server_bind(self) -> None:
        self.socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().server_bind()


def main() -> None:
    count = int(sys.argv[1])
    _Handler.databases = [database(index) for index in range(count)]
    _Handler.positions = {str(item["id"]): index for index, item in enumerate(_Handler.databases)}
    _Handler.bodies = {str(item["id"]): json.dumps(item).encode() for item in _Handler.databases[:1]}
    server = _Server(("127.0.0.1", 0), _Handler)
    print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
