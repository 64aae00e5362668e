"""Reads every seed answer into its response type with a generated Python client, writes it back
and records the result (tools/ports/ports.py compares it).

    driver.py openapi-generator ANSWERS RESULTS   (the `openapi_client` package on sys.path)
    driver.py datamodel-codegen ANSWERS RESULTS   (the `models` module on sys.path)
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

RoundTrip = Callable[[dict[str, Any]], Any]


def openapi_generator() -> RoundTrip:
    """Through the client's own ApiClient.deserialize and sanitize_for_serialization, the path a
    response takes."""
    from openapi_client.api_client import ApiClient  # type: ignore[import-not-found]

    client = ApiClient()

    def round_trip(answer: dict[str, Any]) -> Any:
        model = {"string": "str", "any": "object"}.get(answer["model"], answer["model"])
        kind = f"List[{model}]" if answer["array"] else model
        value = client.deserialize(json.dumps(answer["body"]), kind, "application/json")
        return client.sanitize_for_serialization(value)

    return round_trip


def datamodel_codegen() -> RoundTrip:
    """Through pydantic's TypeAdapter over the generated models, keys written by alias and only
    those that were read; a `format: password` value, read as a SecretStr, is written as the
    secret it holds (pydantic would write `**********`)."""
    import models  # type: ignore[import-not-found]
    from pydantic import SecretStr, TypeAdapter

    def revealed(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: revealed(item) for key, item in value.items()}
        if isinstance(value, list):
            return [revealed(item) for item in value]
        return value.get_secret_value() if isinstance(value, SecretStr) else value

    def round_trip(answer: dict[str, Any]) -> Any:
        model: Any = {"string": str, "any": Any}.get(answer["model"]) or getattr(models, answer["model"])
        adapter: TypeAdapter[Any] = TypeAdapter(list[model] if answer["array"] else model)
        value = adapter.dump_python(
            adapter.validate_python(answer["body"]), by_alias=True, exclude_unset=True
        )
        return TypeAdapter(Any).dump_python(revealed(value), mode="json")

    return round_trip


def main(kind: str, answers_path: str, results_path: str) -> None:
    round_trip = {"openapi-generator": openapi_generator, "datamodel-codegen": datamodel_codegen}[kind]()
    results = []
    with open(answers_path, encoding="utf-8") as answers:
        everything = json.load(answers)
    for answer in everything:
        try:
            results.append({"label": answer["label"], "json": round_trip(answer)})
        except Exception as error:  # every failure is a result to report
            results.append({"label": answer["label"], "error": f"{type(error).__name__}: {error}"})
    with open(results_path, "w", encoding="utf-8") as out:
        json.dump(results, out)


if __name__ == "__main__":
    main(*sys.argv[1:])
