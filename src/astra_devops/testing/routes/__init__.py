"""The fake's operations, one module per domain of the API; each offers `routes(world)`.

A new operation goes in the module of its domain (its tag in the contract); a new domain is a
new module listed here.
"""

from . import (
    access_lists,
    backups,
    databases,
    enterprise,
    keys,
    migrations,
    networking,
    organization,
    pcu,
    regions,
    scim,
    streaming,
)

MODULES = (
    databases,
    access_lists,
    organization,
    regions,
    networking,
    keys,
    streaming,
    pcu,
    migrations,
    backups,
    scim,
    enterprise,
)
