from enum import StrEnum


class DatabaseInfoCreateTier(StrEnum):
    C10 = "C10"
    C20 = "C20"
    C40 = "C40"
    D10 = "D10"
    D20 = "D20"
    D40 = "D40"
    DEVELOPER = "developer"
    SERVERLESS = "serverless"

    def __str__(self) -> str:
        return str(self.value)
