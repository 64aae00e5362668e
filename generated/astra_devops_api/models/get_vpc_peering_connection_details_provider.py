from enum import StrEnum


class GetVpcPeeringConnectionDetailsProvider(StrEnum):
    AWS = "aws"
    AZURE = "azure"
    GCP = "gcp"

    def __str__(self) -> str:
        return str(self.value)
