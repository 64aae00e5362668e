from enum import StrEnum


class ListDatabasesProvider(StrEnum):
    ALL = "ALL"
    AWS = "AWS"
    AZURE = "AZURE"
    GCP = "GCP"

    def __str__(self) -> str:
        return str(self.value)
