from enum import StrEnum


class DatabaseInfoDbType(StrEnum):
    VECTOR = "vector"

    def __str__(self) -> str:
        return str(self.value)
