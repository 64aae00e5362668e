from enum import StrEnum


class DatabaseInfoCreateDbType(StrEnum):
    VECTOR = "vector"

    def __str__(self) -> str:
        return str(self.value)
