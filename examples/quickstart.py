"""Quick start: the whole life of an Astra database, from creation to termination.

This is the quick start of docs/quickstart.md. Against the real API it needs only a token in
ASTRA_DB_APPLICATION_TOKEN (or ~/.astrarc); `make demo` runs it unchanged against the
local fake by also setting ASTRA_DEVOPS_BASE_URL. Everything it creates carries a random
suffix and is removed again at the end, even after an error, so it can run any number of times.
"""

import logging
import os
import secrets
import tempfile
from contextlib import ExitStack
from pathlib import Path

from astra_devops import AstraDevOps

logging.basicConfig(format="  %(message)s")
logging.getLogger("astra_devops").setLevel(logging.INFO)

suffix = secrets.token_hex(4)  # names that collide neither with yours nor with another run
email = f"quickstart-{suffix}@example.com"


def terminate(client: AstraDevOps, database_id: str) -> None:
    client.databases.terminate(database_id)
    print(f"database {database_id} terminated")


def uninvite(client: AstraDevOps, email: str) -> None:
    for user in client.users.list():
        if user.email == email:
            client.users.remove(user.user_id)


with AstraDevOps(base_url=os.environ.get("ASTRA_DEVOPS_BASE_URL")) as client:
    cleanup = ExitStack()  # undoes each creation below, newest first
    try:
        created = client.databases.create(
            name=f"quickstart-{suffix}", cloud_provider="AWS", region="us-east-2", keyspace="app", wait=False
        )
        cleanup.callback(terminate, client, created.id)
        client.databases.wait_for_status(created.id, "ACTIVE")
        db = client.databases.get(created.id)
        print(f"database {db.info.name} ({db.id}) is {db.status}")

        client.keyspaces.create(db.id, "analytics")
        print("keyspaces:", client.keyspaces.list(db.id))

        role = client.roles.create(
            name=f"quickstart-reader-{suffix}",
            policy={
                "description": "Read the quickstart database",
                "resources": [f"drn:astra:org:{db.org_id}:db:{db.id}"],
                "actions": ["db-cql", "db-table-select"],
                "effect": "allow",
            },
        )
        cleanup.callback(client.roles.delete, role.id)
        print(f"role {role.name} ({role.id})")

        cleanup.callback(uninvite, client, email)
        client.users.invite(email, roles=[role.id])
        token = client.tokens.create(roles=[role.id])
        cleanup.callback(client.tokens.delete, token.client_id)
        print(f"user {email} invited, token for client {token.client_id} created")

        with tempfile.TemporaryDirectory() as folder:
            bundle = client.databases.download_secure_bundle(db.id, Path(folder) / "bundle.zip")
            print(f"secure connect bundle: {bundle.stat().st_size} bytes")
    finally:
        cleanup.close()
