from enum import StrEnum


class PulsarAuthRequestAuthStrategy(StrEnum):
    OAUTH2 = "oauth2"
    TOKEN = "token"

    def __str__(self) -> str:
        return str(self.value)
