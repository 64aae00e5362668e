from enum import StrEnum


class KafkaTelemetryRequestBlockSecurityProtocol(StrEnum):
    SASL_PLAINTEXT = "SASL_PLAINTEXT"
    SASL_SSL = "SASL_SSL"

    def __str__(self) -> str:
        return str(self.value)
