from enum import StrEnum


class RemotePrometheusAuthRequestAuthStrategy(StrEnum):
    BASIC = "basic"
    BEARER = "bearer"

    def __str__(self) -> str:
        return str(self.value)
