from enum import StrEnum


class MigrationStatusStatus(StrEnum):
    DONE = "DONE"
    ERROR = "ERROR"
    INITIALIZING = "INITIALIZING"
    IN_PROGRESS = "IN_PROGRESS"
    READY = "READY"
    STARTING = "STARTING"

    def __str__(self) -> str:
        return str(self.value)
