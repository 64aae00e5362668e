from enum import StrEnum


class RemotePrometheusBearerAuthTelemetryRequestAuthStrategy(StrEnum):
    BEARER = "bearer"

    def __str__(self) -> str:
        return str(self.value)
