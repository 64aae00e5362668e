from enum import StrEnum


class DeleteVpcPeeringConnectionProvider(StrEnum):
    AWS = "aws"
    AZURE = "azure"
    GCP = "gcp"

    def __str__(self) -> str:
        return str(self.value)
