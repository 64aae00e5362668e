"""A database's life through the generated Python client's own calls, against the served fake at
ASTRA_DEVOPS_BASE_URL with ASTRA_DB_APPLICATION_TOKEN (tools/ports/ports.py serves it): create (the
id from `Location`), read, list, add a keyspace, terminate. Every answer is decoded by the client
into its own types; an unexpected status or shape raises, and the exit status says so.

    calls.py   (the `openapi_client` package on sys.path)
"""

from __future__ import annotations

import os
from typing import Any

READS = 20  # each read moves the fake's lifecycle one step: a few suffice


def main() -> None:
    import openapi_client  # type: ignore[import-not-found]
    from openapi_client.api.database_operations_api import (  # type: ignore[import-not-found]
        DatabaseOperationsApi,
    )

    configuration = openapi_client.Configuration(
        host=os.environ["ASTRA_DEVOPS_BASE_URL"], access_token=os.environ["ASTRA_DB_APPLICATION_TOKEN"]
    )
    api = DatabaseOperationsApi(openapi_client.ApiClient(configuration))
    body = openapi_client.DatabaseInfoCreate(
        name="port", cloud_provider="AWS", tier="serverless", capacity_units=1, region="us-east-1"
    )
    created = api.create_database_with_http_info(body)
    expect(created.status_code == 201, f"create answered {created.status_code}")
    database_id = created.headers["Location"]
    expect(read_until(api, database_id, "ACTIVE").id == database_id, "the database read is another")
    listed = api.list_databases()
    expect([database.id for database in listed] == [database_id], f"the list holds {listed}")
    expect(api.add_keyspace_with_http_info(database_id, "second").status_code == 201, "keyspace")
    extra = read_until(api, database_id, "ACTIVE").info.additional_keyspaces
    expect(extra == ["second"], f"the keyspaces after adding one: {extra}")
    expect(api.terminate_database_with_http_info(database_id).status_code == 202, "terminate")
    read_until(api, database_id, "TERMINATED")
    print(f"calls: {database_id} created, read, listed, given a keyspace and terminated")


def read_until(api: Any, database_id: str, status: str) -> Any:
    database = api.get_database(database_id)
    for _ in range(READS):
        if database.status == status:
            return database
        database = api.get_database(database_id)
    raise SystemExit(f"calls: {database_id} is {database.status} after {READS} reads, not {status}")


def expect(condition: bool, problem: str) -> None:
    if not condition:
        raise SystemExit(f"calls: {problem}")


if __name__ == "__main__":
    main()
