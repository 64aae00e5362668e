"""A local Astra DevOps API for tests and demos: `FakeAstra`, in-process or on loopback.

    fake = FakeAstra()
    client = AstraDevOps(token=fake.token, base_url="https://api.astra.datastax.com",
                         http_client=httpx.Client(transport=fake.transport()))

pytest users get the `fake_astra`, `astra_client` and `async_astra_client` fixtures automatically.
"""

from ._fake import FakeAstra
from ._http import Reply, Request
from ._state import FakeDatabase, FakeOperation, FakeOrganization

__all__ = ["FakeAstra", "FakeDatabase", "FakeOperation", "FakeOrganization", "Reply", "Request"]
