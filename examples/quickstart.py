"""Quick start: the whole life of an Astra database, from creation to termination.

This is the README's quick start. Against the real API it needs only a token in
ASTRA_DB_APPLICATION_TOKEN (or ~/.astrarc); `make demo` runs it unchanged against the
local fake by also setting ASTRA_DEVOPS_BASE_URL.
"""

import logging
import os
import tempfile
from pathlib import Path

from astra_devops import AstraDevOps

logging.basicConfig(format="  %(message)s")
logging.getLogger("astra_devops").setLevel(logging.INFO)

with AstraDevOps(base_url=os.environ.get("ASTRA_DEVOPS_BASE_URL")) as client:
    db = client.databases.create(name="quickstart", cloud_provider="AWS", region="us-east-2", keyspace="app")
    print(f"database {db.id} is {db.status}")

    client.keyspaces.create(db.id, "analytics")
    print("keyspaces:", client.keyspaces.list(db.id))

    role = client.roles.create(
        name="quickstart-reader",
        policy={
            "description": "Read the quickstart database",
            "resources": [f"drn:astra:org:{db.org_id}:db:{db.id}"],
            "actions": ["db-cql", "db-table-select"],
            "effect": "allow",
        },
    )
    print(f"role {role.name} ({role.id})")

    client.users.invite("new.colleague@example.com", roles=[role.id])
    token = client.tokens.create(roles=[role.id])
    print(f"token for client {token.client_id} created")

    with tempfile.TemporaryDirectory() as folder:
        bundle = client.databases.download_secure_bundle(db.id, Path(folder) / "bundle.zip")
        print(f"secure connect bundle: {bundle.stat().st_size} bytes")

    client.databases.terminate(db.id)
    print(f"database {db.id} terminated")
