"""A database's life against the served fake at ASTRA_DEVOPS_BASE_URL with
ASTRA_DB_APPLICATION_TOKEN (tools/ports/ports.py serves it), for datamodel-codegen, which makes
models and no calls: each request body is built from its models and each answer validated into them
(create, the id from `Location`; read; list; add a keyspace; terminate). An unexpected status or
shape raises, and the exit status says so.

    models_calls.py   (the `models` module on sys.path)
"""

from __future__ import annotations

import os
from typing import Any

import httpx

READS = 20  # each read moves the fake's lifecycle one step: a few suffice


def main() -> None:
    import models  # type: ignore[import-not-found]
    from pydantic import TypeAdapter

    headers = {"Authorization": f"Bearer {os.environ['ASTRA_DB_APPLICATION_TOKEN']}"}
    with httpx.Client(base_url=os.environ["ASTRA_DEVOPS_BASE_URL"], headers=headers, timeout=10) as http:
        body = models.DatabaseInfoCreate(
            name="port", cloudProvider="AWS", tier="serverless", capacityUnits=1, region="us-east-1"
        )
        created = call(
            http, "POST", "/v2/databases", 201, json=body.model_dump(mode="json", exclude_none=True)
        )
        database_id = created.headers["Location"]
        expect(read_until(http, models.Database, database_id, "ACTIVE").id == database_id, "another database")
        listed = TypeAdapter(list[models.Database]).validate_python(
            call(http, "GET", "/v2/databases", 200).json()
        )
        expect([database.id for database in listed] == [database_id], f"the list holds {listed}")
        call(http, "POST", f"/v2/databases/{database_id}/keyspaces/second", 201)
        extra = read_until(http, models.Database, database_id, "ACTIVE").info.additionalKeyspaces
        expect(extra == ["second"], f"the keyspaces after adding one: {extra}")
        call(http, "POST", f"/v2/databases/{database_id}/terminate", 202)
        read_until(http, models.Database, database_id, "TERMINATED")
    print(f"calls: {database_id} created, read, listed, given a keyspace and terminated")


def call(http: httpx.Client, method: str, path: str, status: int, **kwargs: Any) -> httpx.Response:
    response = http.request(method, path, **kwargs)
    expect(response.status_code == status, f"{method} {path} answered {response.status_code}, not {status}")
    return response


def read_until(http: httpx.Client, model: Any, database_id: str, status: str) -> Any:
    for _ in range(READS):
        database = model.model_validate(call(http, "GET", f"/v2/databases/{database_id}", 200).json())
        if database.status == status:
            return database
    raise SystemExit(f"calls: {database_id} is not {status} after {READS} reads")


def expect(condition: bool, problem: str) -> None:
    if not condition:
        raise SystemExit(f"calls: {problem}")


if __name__ == "__main__":
    main()
