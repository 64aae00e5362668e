from enum import StrEnum


class DatabaseInfoCloudProvider(StrEnum):
    AWS = "AWS"
    AZURE = "AZURE"
    GCP = "GCP"

    def __str__(self) -> str:
        return str(self.value)
