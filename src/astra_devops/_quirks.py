"""Wire quirks of the live API that OpenAPI cannot express, each handled once, here.

Every function names its evidence; docs/quirks.md lists them all.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit


def database_id_from_location(location: str) -> str:
    """The id of a created database: POST /v2/databases answers 201 with no body and the
    new id as the last segment of `Location` (seed 001, createDatabase)."""
    path = urlsplit(location).path if "://" in location else location
    return path.rstrip("/").rsplit("/", 1)[-1]


def datacenter_id(entry: Mapping[str, Any]) -> str | None:
    """A datacenter id whatever the wire spelling: secure-bundle entries spell it
    `datcenterID` (published document, CredsURL); others `datacenterID`, `datacenterId` or `id`."""
    for key in ("datcenterID", "datacenterID", "datacenterId", "datacenter_id"):
        value = entry.get(key)
        if isinstance(value, str) and value:
            return value
    return None


# Seed 003 (Managing roles, Managing users): role and user answers use PascalCase keys where
# the contract's Role, UserResponse and OrganizationUsers use camel or lower case.
_ROLE_AND_USER_KEYS = {
    "ID": "id",
    "Name": "name",
    "Policy": "policy",
    "LastUpdateDateTime": "last_update_datetime",
    "LastUpdateUserID": "last_update_userid",
    "OrgID": "orgID",
    "OrgName": "orgName",
    "Users": "users",
    "UserID": "userID",
    "Email": "email",
    "Status": "status",
    "Roles": "roles",
}


def role_and_user_keys(data: Any) -> Any:
    """Rename the PascalCase keys of role and user answers to the contract's names, recursively."""
    if isinstance(data, list):
        return [role_and_user_keys(item) for item in data]
    if isinstance(data, Mapping):
        return {_ROLE_AND_USER_KEYS.get(key, key): role_and_user_keys(value) for key, value in data.items()}
    return data


def role(data: Any) -> Any:
    """A role answer in the contract's shape: keys renamed, a JSON-string policy decoded, an empty
    update time dropped (seed 003).

    Raises ValueError when the policy text is not a JSON object.
    """
    normalized = role_and_user_keys(data)
    if isinstance(normalized, dict) and normalized.get("last_update_datetime") == "":
        del normalized["last_update_datetime"]  # seed 003: create and update answer "LastUpdateDateTime": ""
    if isinstance(normalized, dict) and isinstance(normalized.get("policy"), str):
        policy = json.loads(normalized["policy"])
        if not isinstance(policy, dict):
            raise ValueError("the role policy is a JSON string that does not hold an object")
        normalized["policy"] = policy
    return normalized


def datacenter_keys(entry: Any) -> Any:
    """A secure-bundle entry whose datacenter id sits under the generated name `datcenterID`,
    whatever the wire spelling (published document: CredsURL)."""
    if isinstance(entry, Mapping) and "datcenterID" not in entry:
        found = datacenter_id(entry)
        if found is not None:
            return {**entry, "datcenterID": found}
    return entry
