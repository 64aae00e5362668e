from enum import StrEnum


class DatacenterRegionClassification(StrEnum):
    PREMIUM = "premium"
    PREMIUM_PLUS = "premium_plus"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
