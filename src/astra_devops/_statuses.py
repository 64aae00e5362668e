"""What a database's status means to a wait and to an action: the one table every wait reads.

`_MOVES[goal][status]`: a status from which a database does not reach `goal` by itself, and the
call that would move it on (None when no call does: the wait has failed). A goal not listed has
`_ANY_GOAL`. `UNDERWAY[action]`: the statuses showing that `action` is already under way (or done),
so that a 409 to its retry after an answer was lost means the first attempt was accepted.
`GOAL[action]`: the status a database action waits for. `LAGGING[action]`: the status the action
starts from, which a read may still show right after it was accepted, so a wait that follows the
action does not treat it as a dead end. `blocked` tells a 409 worth retrying (the database is busy
for a while) from one that no retry cures (the database is PARKED).

The other kinds' waits read `ENDED_BADLY[kind]` (the statuses that end a wait as failed) and
`REACHED_AS[kind][goal]` (other spellings the API reports for a goal reached); a datacenter's read
the database table, since a datacenter moves through a database's statuses.
"""

from __future__ import annotations

from collections.abc import Mapping

_ANY_GOAL: Mapping[str, str | None] = {"ERROR": None, "TERMINATING": None, "TERMINATED": None}
_MOVES: Mapping[str, Mapping[str, str | None]] = {
    "ACTIVE": {
        **_ANY_GOAL,
        "PARKED": "databases.unpark({id!r})",
        "PARKING": "databases.unpark({id!r}) once it is PARKED",
    },
    "PARKED": {**_ANY_GOAL, "UNPARKING": "databases.park({id!r}) once it is ACTIVE"},
    "TERMINATING": {"ERROR": None},
    "TERMINATED": {"ERROR": None},
}
GOAL: Mapping[str, str] = {
    "park": "PARKED",
    "unpark": "ACTIVE",
    "resize": "ACTIVE",
    "terminate": "TERMINATED",
}
UNDERWAY: Mapping[str, frozenset[str]] = {
    "park": frozenset({"PARKING", "PARKED"}),
    "unpark": frozenset({"UNPARKING", "ACTIVE"}),
    "resize": frozenset({"RESIZING", "MAINTENANCE"}),
    "terminate": frozenset({"TERMINATING", "TERMINATED"}),
    "datacenters.terminate": frozenset({"MAINTENANCE"}),
}
LAGGING: Mapping[str, frozenset[str]] = {
    "park": frozenset({"ACTIVE"}),
    "unpark": frozenset({"PARKED"}),
}
ENDED_BADLY: Mapping[str, frozenset[str]] = {
    "migration": frozenset({"ERROR", "FAILED", "ABORTED"}),
    "PCU group": frozenset({"ERROR", "FAILED", "TERMINATING", "TERMINATED"}),
    "snapshot": frozenset({"ERROR", "FAILED", "ABORTED", "CANCELLED"}),
    "billing report": frozenset({"ERROR", "FAILED"}),
}
REACHED_AS: Mapping[str, Mapping[str, frozenset[str]]] = {
    "migration": {
        "DONE": frozenset({"COMPLETED", "COMPLETE"}),
        "PAUSED": frozenset({"READY"}),
        "ABORTED": frozenset({"READY"}),
    },
    "snapshot": {"DONE": frozenset({"DONE", "COMPLETED", "SUCCEEDED", "SUCCESS"})},
    "billing report": {"COMPLETED": frozenset({"DONE", "SUCCEEDED", "READY"})},
}
_SETTLING = frozenset({"PARKING", "UNPARKING"})
RESUME = "databases.wait_for_status({id!r}, {target!r})"


def failures(goal: str) -> frozenset[str]:
    """Statuses from which no call reaches `goal`."""
    return frozenset(status for status, move in _MOVES.get(goal, _ANY_GOAL).items() if move is None)


def stuck(goal: str, after: str | None = None) -> frozenset[str]:
    """Statuses from which `goal` is reached only after another call (less those `after` starts from)."""
    moved = _MOVES.get(goal, _ANY_GOAL)
    return frozenset(status for status, move in moved.items() if move) - LAGGING.get(after or "", frozenset())


def blocked(goal: str, action: str | None = None) -> frozenset[str]:
    """Of the `stuck` statuses, those that stay until another call (a 409 there is no busy moment
    to wait out): PARKING and UNPARKING end by themselves, and the action may succeed after."""
    return stuck(goal, action) - _SETTLING


def move(goal: str, status: str, resource_id: str) -> str:
    """The call that moves a database in `status` on toward `goal`."""
    action = _MOVES.get(goal, _ANY_GOAL).get(status)
    return action.format(id=resource_id) if action else "nothing: no call moves it on"


def ended_badly(kind: str, goal: str) -> frozenset[str]:
    """The statuses that end a wait of a `kind` other than a database for `goal` as failed."""
    return ENDED_BADLY[kind] - {goal}


def reached_as(kind: str, goal: str) -> frozenset[str]:
    """Other statuses the API reports for a `kind` that reached `goal`."""
    return REACHED_AS.get(kind, {}).get(goal, frozenset())
