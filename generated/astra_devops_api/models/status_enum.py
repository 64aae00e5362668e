from enum import StrEnum


class StatusEnum(StrEnum):
    ACTIVE = "ACTIVE"
    ERROR = "ERROR"
    INITIALIZING = "INITIALIZING"
    MAINTENANCE = "MAINTENANCE"
    PARKED = "PARKED"
    PARKING = "PARKING"
    PENDING = "PENDING"
    PREPARED = "PREPARED"
    PREPARING = "PREPARING"
    RESIZING = "RESIZING"
    SUSPENDED = "SUSPENDED"
    TERMINATED = "TERMINATED"
    TERMINATING = "TERMINATING"
    UNKNOWN = "UNKNOWN"
    UNPARKING = "UNPARKING"

    def __str__(self) -> str:
        return str(self.value)
