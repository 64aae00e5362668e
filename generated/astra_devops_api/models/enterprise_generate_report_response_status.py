from enum import StrEnum


class EnterpriseGenerateReportResponseStatus(StrEnum):
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    INITIATED = "INITIATED"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
