"""Wire quirks of the live API that the contract states but generated code does not undo.

`generated/openapi.json` describes answers in the casing the seeds show (PascalCase role and
user keys, the misspelled `datcenterID`) and marks with `x-astra-*` extensions what JSON Schema
cannot say. This module only brings other casings and spellings to the contract's, decodes the
role policy sent as JSON text, and reads timestamps that are not RFC 3339. docs/quirks.md lists
every quirk with its evidence.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit


def database_id_from_location(location: str) -> str:
    """The id of a created database: POST /v2/databases answers 201 with no body and the new id
    as `Location`, bare (published document; terraform-provider-astra and astrapy use the value as
    the id). A path or URL, as the contract once described it, gives its last segment."""
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


def datacenter_keys(entry: Any) -> Any:
    """A secure-bundle entry with its datacenter id under the wire name `datcenterID`, whatever
    spelling it came with (published document: CredsURL)."""
    if isinstance(entry, Mapping) and "datcenterID" not in entry:
        found = datacenter_id(entry)
        if found is not None:
            return {**entry, "datcenterID": found}
    return entry


# The contract's keys, in the casing seed 003 shows (generated/openapi.json: Role, RoleSummary,
# UserResponse, OrganizationUsers). tests/pipeline checks them against the contract.
ROLE_KEYS = ("ID", "Name", "Type", "OrgID", "policy", "LastUpdateDateTime", "LastUpdateUserID")
ROLE_SUMMARY_KEYS = ("ID", "Name")
USER_KEYS = ("UserID", "Email", "Status", "Roles")
USERS_KEYS = ("OrgID", "OrgName", "Users")


def _fold(key: str) -> str:
    return key.replace("_", "").lower()


def keys_like(data: Any, keys: tuple[str, ...]) -> Any:
    """`data` (an object) with each key that matches one of `keys` but for case and underscores
    spelled as in `keys`: `Policy` and `id` become `policy` and `ID` for a role. Other keys stay."""
    if not isinstance(data, Mapping):
        return data
    spelled = {_fold(key): key for key in keys}
    return {spelled.get(_fold(key), key): value for key, value in data.items()}


def role(data: Any) -> Any:
    """A role answer (list, get, create or update) in the contract's Role casing, its policy
    decoded when it comes as JSON text (seed 003: `"policy": "{\\"description\\": ...}"`).

    Raises ValueError when the policy text is not a JSON object.
    """
    normalized = keys_like(data, ROLE_KEYS)
    if isinstance(normalized, dict) and isinstance(normalized.get("policy"), str):
        policy = json.loads(normalized["policy"])
        if not isinstance(policy, dict):
            raise ValueError("the role policy is a JSON string that does not hold an object")
        normalized["policy"] = policy
    return normalized


def user(data: Any) -> Any:
    """A user answer in the contract's UserResponse casing, its roles in RoleSummary casing."""
    normalized = keys_like(data, USER_KEYS)
    if isinstance(normalized, dict) and isinstance(normalized.get("Roles"), list):
        normalized["Roles"] = [keys_like(item, ROLE_SUMMARY_KEYS) for item in normalized["Roles"]]
    return normalized


def users(data: Any) -> Any:
    """A user list answer in the contract's OrganizationUsers casing."""
    normalized = keys_like(data, USERS_KEYS)
    if isinstance(normalized, dict) and isinstance(normalized.get("Users"), list):
        normalized["Users"] = [user(item) for item in normalized["Users"]]
    return normalized


def timestamp(text: object) -> datetime.datetime | None:
    """A time from RFC 3339 (`2021-01-21T17:32:28Z`, seed 003, access list) or from Go's default
    format (`2021-08-03 15:20:29.008 +0000 UTC`, reported for the access list's
    `lastUpdateDateTime`); None when absent, empty or unreadable."""
    if not isinstance(text, str) or not text.strip():
        return None
    text = text.strip()
    try:
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        pass
    head, _, zone = text.rpartition(" ")
    if head and zone.isalpha() and head[-5:-4] in ("+", "-"):
        text = head  # `+0000 UTC`: the offset already says it; dateutil reads one of them
    from dateutil import parser  # here: only the access list needs it, and it takes ~13 ms to import

    try:
        return parser.parse(text)
    except (ValueError, OverflowError):
        return None


def access_list(data: Any) -> Any:
    """An access-list answer whose addresses' `lastUpdateDateTime` is RFC 3339, as the contract
    says, also when the wire sent Go's layout (`2021-08-03 15:20:29.008 +0000 UTC`)."""
    if not isinstance(data, Mapping) or not isinstance(data.get("addresses"), list):
        return data
    return {**data, "addresses": [_address(entry) for entry in data["addresses"]]}


def _address(entry: Any) -> Any:
    if not isinstance(entry, Mapping) or not isinstance(entry.get("lastUpdateDateTime"), str):
        return entry
    try:
        datetime.datetime.fromisoformat(entry["lastUpdateDateTime"])
    except ValueError:
        found = timestamp(entry["lastUpdateDateTime"])
        if found is not None:
            return {**entry, "lastUpdateDateTime": found.isoformat()}
    return entry


def lone(data: Any) -> Any:
    """One object, also when it comes as a one-element array: a database's access list answers
    `[ {"organizationId": ..., "addresses": [...]} ]` (seed 003, Managing access list)."""
    if isinstance(data, list) and len(data) == 1:
        return data[0]
    return data
