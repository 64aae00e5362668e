from enum import StrEnum


class RemotePrometheusBasicAuthTelemetryRequestAuthStrategy(StrEnum):
    BASIC = "basic"

    def __str__(self) -> str:
        return str(self.value)
