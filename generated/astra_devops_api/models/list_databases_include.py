from enum import StrEnum


class ListDatabasesInclude(StrEnum):
    ACTIVE = "active"
    ALL = "all"
    ERROR = "error"
    INITIALIZING = "initializing"
    MAINTENANCE = "maintenance"
    NONTERMINATED = "nonterminated"
    PARKED = "parked"
    PARKING = "parking"
    PENDING = "pending"
    PREPARED = "prepared"
    PREPARING = "preparing"
    RESIZING = "resizing"
    SUSPENDED = "suspended"
    SUSPENDING = "suspending"
    TERMINATED = "terminated"
    TERMINATING = "terminating"
    UNPARKING = "unparking"

    def __str__(self) -> str:
        return str(self.value)
