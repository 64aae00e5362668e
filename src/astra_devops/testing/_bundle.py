"""A secure connect bundle: a real zip with the files drivers look for (placeholder contents)."""

from __future__ import annotations

import io
import json
import zipfile


def bundle_zip(database_id: str, datacenter_id: str) -> bytes:
    config = {
        "host": f"{database_id}.fake.astra.local",
        "port": 29042,
        "cql_port": 9042,
        "keyspace": "default_keyspace",
        "localDC": datacenter_id,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("config.json", json.dumps(config))
        archive.writestr("ca.crt", "-----BEGIN CERTIFICATE-----\nFAKE\n-----END CERTIFICATE-----\n")
        archive.writestr("cert", "-----BEGIN CERTIFICATE-----\nFAKE\n-----END CERTIFICATE-----\n")
        archive.writestr("key", "-----BEGIN PRIVATE KEY-----\nFAKE\n-----END PRIVATE KEY-----\n")
        archive.writestr(
            "cqlshrc", f"[connection]\nhostname = {database_id}.fake.astra.local\nport = 29042\n"
        )
    return buffer.getvalue()
