"""A local Astra DevOps API for tests and demos: `FakeAstra`, in-process or on loopback.

    fake = FakeAstra()
    client = AstraDevOps(token=fake.token, base_url="https://api.astra.datastax.com",
                         http_client=httpx.Client(transport=fake.transport()))

pytest users get the `fake_astra`, `client` and `async_client` fixtures automatically.
"""

from ._fake import FakeAstra, Reply, Request

__all__ = ["FakeAstra", "Reply", "Request"]
