from enum import StrEnum


class DatabaseAvailableActionsItem(StrEnum):
    ADDDATACENTERS = "addDatacenters"
    ADDKEYSPACE = "addKeyspace"
    GETCREDS = "getCreds"
    LAUNCHMIGRATIONPROXY = "launchMigrationProxy"
    PARK = "park"
    REMOVEKEYSPACE = "removeKeyspace"
    REMOVEMIGRATIONPROXY = "removeMigrationProxy"
    RESETPASSWORD = "resetPassword"
    RESIZE = "resize"
    TERMINATE = "terminate"
    TERMINATEDATACENTER = "terminateDatacenter"
    UNPARK = "unpark"

    def __str__(self) -> str:
        return str(self.value)
