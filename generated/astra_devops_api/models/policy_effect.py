from enum import StrEnum


class PolicyEffect(StrEnum):
    ALLOW = "allow"

    def __str__(self) -> str:
        return str(self.value)
