from enum import StrEnum


class CloneStatusStatus(StrEnum):
    DONE = "DONE"
    ERROR = "ERROR"
    RUNNING = "RUNNING"

    def __str__(self) -> str:
        return str(self.value)
