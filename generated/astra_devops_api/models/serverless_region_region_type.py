from enum import StrEnum


class ServerlessRegionRegionType(StrEnum):
    SERVERLESS = "serverless"
    VECTOR = "vector"

    def __str__(self) -> str:
        return str(self.value)
