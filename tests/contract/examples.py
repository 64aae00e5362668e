"""Valid example values built from the contract's schemas, for calling every operation."""

from typing import Any

UUID = "0b3a4f2e-1111-4222-8333-444455556666"
BY_FORMAT = {
    "uuid": UUID,
    "date-time": "2026-01-02T03:04:05Z",
    "date": "2026-01-02",
    "email": "someone@example.com",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "ipv4": "10.0.0.1",
}
BY_PATTERN_HINT = {"0-9]{1,3}": "10.0.0.1/32"}


class Examples:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            node: Any = self.document
            for part in schema["$ref"].lstrip("#/").split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema = node
        return schema

    def value(self, schema: dict[str, Any], depth: int = 0) -> Any:
        schema = self.resolve(schema)
        for combinator in ("allOf", "oneOf", "anyOf"):
            if combinator in schema:
                return self.combined(schema, combinator, depth)
        if "enum" in schema:
            return schema["enum"][0]
        if "default" in schema and schema.get("type") != "object":
            return schema["default"]
        kind = schema.get("type", "object" if "properties" in schema else "string")
        return getattr(self, f"_{kind}")(schema, depth)

    def combined(self, schema: dict[str, Any], combinator: str, depth: int) -> Any:
        parts = schema[combinator]
        if combinator != "allOf":
            return self.value(parts[0], depth)
        merged: dict[str, Any] = {}
        for part in parts:
            value = self.value(part, depth)
            if isinstance(value, dict):
                merged.update(value)
        return merged

    def _object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        if depth > 6:
            return {}
        return {name: self.value(sub, depth + 1) for name, sub in schema.get("properties", {}).items()}

    def _array(self, schema: dict[str, Any], depth: int) -> list[Any]:
        return [self.value(schema.get("items", {}), depth + 1)]

    def _string(self, schema: dict[str, Any], depth: int) -> str:
        pattern = schema.get("pattern", "")
        for hint, value in BY_PATTERN_HINT.items():
            if hint in pattern:
                return value
        return BY_FORMAT.get(schema.get("format", ""), "example")

    def _integer(self, schema: dict[str, Any], depth: int) -> int:
        return int(schema.get("minimum", 1))

    def _number(self, schema: dict[str, Any], depth: int) -> float:
        return float(schema.get("minimum", 1))

    def _boolean(self, schema: dict[str, Any], depth: int) -> bool:
        return True
