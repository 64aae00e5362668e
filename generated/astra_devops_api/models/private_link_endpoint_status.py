from enum import StrEnum


class PrivateLinkEndpointStatus(StrEnum):
    ACCEPTED = "Accepted"
    REJECTED = "Rejected"

    def __str__(self) -> str:
        return str(self.value)
