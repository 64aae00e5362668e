"""The project's own tests name the clients `client` and `async_client`: here they are the plugin's
`astra_client` and `async_astra_client` (which also wins over pytest-django's `client`)."""

import pytest

from astra_devops import AstraDevOps, AsyncAstraDevOps


@pytest.fixture
def client(astra_client: AstraDevOps) -> AstraDevOps:
    return astra_client


@pytest.fixture
def async_client(async_astra_client: AsyncAstraDevOps) -> AsyncAstraDevOps:
    return async_astra_client
