"""What `dir()`, `help()` and `repr()` show a newcomer: the package's public names (still imported
lazily), each client attribute's resource class, a one-line method's real signature and
parameters, `UNSET` by name, models without their unset fields, and never a secret."""

from __future__ import annotations

import inspect
import json
import pydoc
import subprocess
import sys
from typing import Any

import attrs
import pytest
from astra_devops_api import models
from astra_devops_api.types import UNSET, Unset

import astra_devops
from astra_devops import AstraDevOps, AsyncAstraDevOps
from astra_devops.resources.telemetry import _CONFIGS, TelemetryConfig


def _text(thing: object) -> str:
    return pydoc.render_doc(thing, renderer=pydoc.plaintext)


def test_dir_and_help_list_the_public_names_without_importing_them() -> None:
    probe = (
        "import json, sys, astra_devops; names = dir(astra_devops); "
        "print(json.dumps([names, 'astra_devops._client' in sys.modules]))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    names, imported = json.loads(result.stdout)
    assert names == sorted(astra_devops.__all__)
    assert {"AstraDevOps", "AsyncAstraDevOps", "errors", "models", "__version__"} <= set(names)
    assert imported is False
    shown = _text(astra_devops)
    assert (
        "class AstraDevOps(builtins.object)" in shown and "class AsyncAstraDevOps(builtins.object)" in shown
    )


@pytest.mark.parametrize("client_class", [AstraDevOps, AsyncAstraDevOps])
def test_help_shows_each_resource_attribute_with_its_class(client_class: type) -> None:
    client = client_class(token="AstraCS:help", base_url="http://127.0.0.1:9")
    shown = _text(client_class)
    attributes = [
        name for name in vars(client_class) if type(vars(client_class)[name]).__name__ == "_LazyResource"
    ]
    assert len(attributes) == 22
    for name in attributes:
        resource = type(getattr(client, name))
        assert client_class.__annotations__[name] == resource.__name__
        assert f"{name} = <{resource.__name__}>\n |      `{resource.__module__}.{resource.__name__}`" in shown
    assert "_lazy" not in shown and "object at 0x" not in shown
    assert "timeout: 'float | httpx.Timeout' = 30.0" in shown


def _declared_methods() -> list[tuple[type, str]]:
    found = []
    for client_class in (AstraDevOps, AsyncAstraDevOps):
        client = client_class(token="AstraCS:help", base_url="http://127.0.0.1:9")
        for attribute in client_class.__annotations__:
            resource = type(getattr(client, attribute))
            for name, value in vars(resource).items():
                if type(value).__name__ in ("endpoint", "async_endpoint"):
                    found.append((resource, name))
    return found


DECLARED = _declared_methods()


def test_every_one_line_method_is_counted() -> None:
    assert len(DECLARED) == 164


@pytest.mark.parametrize(("resource", "name"), DECLARED, ids=[f"{r.__name__}.{n}" for r, n in DECLARED])
def test_a_one_line_method_shows_its_signature_parameters_and_purpose(resource: type, name: str) -> None:
    method = getattr(resource, name)
    shown = _text(method)
    signature = inspect.signature(method)
    parameters = [p for p in signature.parameters if p != "self"]
    assert f"{name}(self, /, " in shown and "object at 0x" not in shown
    summary, _, rest = (inspect.getdoc(method) or "").partition("\n\n")
    assert summary.endswith(".") and len(summary) > 5
    documented = rest.partition("Args:")[2]
    for parameter in parameters:
        assert f"{parameter}: " in shown
        assert f"\n    {parameter}: " in documented, f"{name}: {parameter} has no description"
    assert inspect.iscoroutinefunction(method) == resource.__name__.startswith("Async")


def test_unset_prints_as_its_name_in_reprs_and_signatures() -> None:
    assert (repr(UNSET), str(UNSET), repr(Unset())) == ("UNSET", "UNSET", "UNSET")
    assert "keyspace: 'str | Unset' = UNSET" in str(inspect.signature(models.DatabaseInfoCreate))


def test_a_models_repr_leaves_unset_fields_out() -> None:
    info = models.DatabaseInfoCreate(
        name="a",
        cloud_provider=models.DatabaseInfoCreateCloudProvider.AWS,
        tier=models.DatabaseInfoCreateTier.SERVERLESS,
        capacity_units=1,
        region="us-east-2",
    )
    assert "keyspace" not in repr(info) and "db_type" not in repr(info) and "Unset" not in repr(info)
    assert repr(info).startswith("DatabaseInfoCreate(name='a', ")
    with_keyspace = attrs.evolve(info, keyspace="ks")
    assert "keyspace='ks'" in repr(with_keyspace)
    extra = models.Organization.from_dict({"id": "o1", "plan": "x"})
    assert repr(extra) == "Organization(id='o1', additional_properties={'plan': 'x'})"
    assert repr(models.Organization.from_dict({"id": "o1"})) == "Organization(id='o1')"


# One configuration per exporter shape; every value that is a credential holds "SECRET".
TELEMETRY: list[dict[str, Any]] = [
    {
        "kafka": {
            "bootstrap_servers": ["kafka:9092"],
            "topic": "metrics",
            "sasl_mechanism": "PLAIN",
            "sasl_username": "shown-user",
            "sasl_password": "SECRET-kafka-password",
            "security_protocol": "SASL_SSL",
        }
    },
    {
        "prometheus_remote": {
            "endpoint": "https://prometheus.example",
            "auth_strategy": "basic",
            "user": "shown-user",
            "password": "SECRET-prometheus-password",
        }
    },
    {
        "prometheus_remote": {
            "endpoint": "https://prometheus.example",
            "auth_strategy": "bearer",
            "token": "SECRET-prometheus-token",
        }
    },
    {
        "pulsar": {
            "endpoint": "pulsar+ssl://pulsar.example:6651",
            "topic": "metrics",
            "auth_strategy": "token",
            "auth_name": "shown-name",
            "token": "SECRET-pulsar-token",
        }
    },
    {
        "pulsar": {
            "endpoint": "pulsar+ssl://pulsar.example:6651",
            "topic": "metrics",
            "auth_strategy": "oauth2",
            "oauth2_credentials_url": "data:application/json;base64,SECRET-pulsar-credentials",
            "oauth2_issuer_url": "https://issuer.example",
        }
    },
    {
        "splunk": {
            "endpoint": "https://splunk.example",
            "index": "metrics",
            "token": "SECRET-splunk-token",
            "source": "astra",
            "sourcetype": "shown-type",
        }
    },
    {"Datadog": {"api_key": "SECRET-datadog-key", "site": "datadoghq.eu"}},
    {
        "cloudwatch": {
            "access_key": "SECRET-aws-access-key",
            "secret": "SECRET-aws-secret",
            "region": "eu-west-1",
        }
    },
]


MODELS: dict[str, type[TelemetryConfig]] = {
    "kafka": models.KafkaTelemetryRequest,
    "prometheus_remote": models.RemotePrometheusTelemetryRequest,
    "pulsar": models.PulsarTelemetryRequest,
    "splunk": models.SplunkTelemetryRequest,
    "Datadog": models.DatadogTelemetryRequest,
    "cloudwatch": models.CloudWatchTelemetryRequest,
}


def test_every_telemetry_configuration_model_is_tried() -> None:
    assert sorted(MODELS.values(), key=str) == sorted(_CONFIGS, key=str)
    assert {next(iter(config)) for config in TELEMETRY} == set(MODELS)


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return [value] if isinstance(value, str) else []


@pytest.mark.parametrize("config", TELEMETRY, ids=[f"{next(iter(c))}-{i}" for i, c in enumerate(TELEMETRY)])
def test_a_telemetry_configurations_repr_hides_every_credential(config: dict[str, Any]) -> None:
    built = MODELS[next(iter(config))].from_dict(config)
    shown = repr(built)
    assert type(built).__name__ in shown
    for text in _strings(config):
        if "SECRET" in text:
            assert text not in shown
        elif text not in ("PLAIN", "SASL_SSL", "basic", "bearer", "token", "oauth2"):
            assert repr(text) in shown, f"{text!r} should stay visible"
    assert built.to_dict() == config


def test_the_secret_rule_picks_exactly_these_fields() -> None:
    """The template's rule (generator-templates/model.py.jinja, `is_secret`), over every model."""
    hidden = sorted(
        f"{model.__name__}.{field.name}"
        for model in (getattr(models, name) for name in models.__all__)
        if attrs.has(model)
        for field in attrs.fields(model)
        if not field.repr
    )
    assert hidden == [
        "CloudWatchTelemetryRequestBlock.access_key",
        "CloudWatchTelemetryRequestBlock.secret",
        "DatadogTelemetryRequestBlock.api_key",
        "GenerateTokenResponse.secret",
        "GenerateTokenResponse.token",
        "KafkaTelemetryRequestBlock.sasl_password",
        "PulsarTelemetryRequestBlock.oauth2_credentials_url",
        "PulsarTelemetryRequestBlock.token",
        "RemotePrometheusBasicAuthTelemetryRequest.password",
        "RemotePrometheusBearerAuthTelemetryRequest.token",
        "SplunkTelemetryRequestBlock.token",
        "UserPassword.password",
    ]
