from enum import StrEnum


class DatacenterRegionZone(StrEnum):
    APAC = "apac"
    EMEA = "emea"
    NA = "na"
    SA = "sa"

    def __str__(self) -> str:
        return str(self.value)
