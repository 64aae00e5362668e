"""The model template's every branch, generated from a small document and used in a fresh process.

The contract exercises only some of the template's branches (no schema of it forbids or types its
unknown keys), so a vendor change could reach one never rendered. Here each kind of nested model
is generated: one left to first read (required or optional, with untyped, forbidden or only unknown
keys) and one built at once (a closed enum, a nested model, typed unknown keys inside). The
generated package is imported in a subprocess (its package name is the real one's).
"""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _object(
    properties: dict[str, object], required: list[str] | None = None, **more: object
) -> dict[str, object]:
    return {
        "type": "object",
        "properties": properties,
        **({"required": required} if required else {}),
        **more,
    }


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


SCHEMAS = {
    "Kind": {"type": "string", "enum": ["small", "large"]},
    "Leaf": _object({"id": {"type": "string"}, "note": {"type": "string"}}, ["id"]),
    "Strict": _object({"a": {"type": "string"}}, ["a"], additionalProperties=False),
    "Bag": {"type": "object"},
    "Closed": _object({"kind": _ref("Kind")}),
    "Deep": _object({"leaf": _ref("Leaf")}),
    "Typed": _object({"a": {"type": "string"}}, additionalProperties=_ref("Leaf")),
    "Outer": _object(
        {
            "leaf": _ref("Leaf"),
            "maybe": _ref("Leaf"),
            "strict": _ref("Strict"),
            "bag": _ref("Bag"),
            "closed": _ref("Closed"),
            "deep": _ref("Deep"),
            "typed": _ref("Typed"),
            "when": {"type": "string", "format": "date-time"},
            "cost": {"type": "number", "nullable": True},
        },
        ["leaf", "closed"],
    ),
}
DOCUMENT = {
    "openapi": "3.0.3",
    "info": {"title": "template drill", "version": "1"},
    "paths": {
        "/outer": {
            "get": {
                "operationId": "getOuter",
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": _ref("Outer")}}}
                },
            }
        }
    },
    "components": {"schemas": SCHEMAS},
}

CHECKS = textwrap.dedent(
    """
    import copy, pickle
    from astra_devops_api.models import Leaf, Outer, Typed
    from astra_devops_api.types import UNSET

    wire = {
        "leaf": {"id": "1", "note": "n", "x": 1},
        "maybe": {"id": "2"},
        "strict": {"a": "s"},
        "bag": {"anything": [1, 2]},
        "closed": {"kind": "small"},
        "deep": {"leaf": {"id": "3"}},
        "typed": {"a": "t", "more": {"id": "4"}},
        "when": "2012-11-01T22:08:41+00:00",
        "cost": None,
        "unknown": True,
    }

    def empty(model, name):
        try:
            getattr(type(model), name).__get__(model, type(model))
        except AttributeError:
            return True
        return False

    outer = Outer.from_dict(wire)
    assert [n for n in ("leaf", "maybe", "strict", "bag", "closed", "deep", "typed") if empty(outer, n)] == [
        "leaf", "maybe", "strict", "bag"]
    assert outer.to_dict() == wire and outer == Outer.from_dict(wire)
    assert (outer.leaf.id, outer.leaf.note, outer.leaf.additional_properties) == ("1", "n", {"x": 1})
    assert outer.bag.additional_properties == {"anything": [1, 2]} and outer["unknown"] is True
    assert isinstance(Typed.from_dict(wire["typed"]).additional_properties["more"], Leaf)
    assert not hasattr(outer.strict, "additional_properties")
    for copied in (copy.deepcopy(Outer.from_dict(wire)), pickle.loads(pickle.dumps(Outer.from_dict(wire)))):
        assert copied == outer and copied.to_dict() == wire

    def fails(changes, error):
        try:
            Outer.from_dict({**wire, **changes})
        except error:
            return True
        return False

    assert fails({"leaf": {"note": "no id"}}, KeyError)
    assert fails({"leaf": None}, (TypeError, AttributeError))
    assert fails({"maybe": ["2"]}, (TypeError, AttributeError))
    assert fails({"closed": {"kind": "medium"}}, ValueError)
    assert fails({"deep": {"leaf": {}}}, KeyError)
    assert fails({"typed": {"more": {"note": "no id"}}}, KeyError)
    assert fails({"strict": {}}, KeyError)
    assert not fails({"maybe": {"id": "5"}}, Exception)
    assert fails({"when": "yesterday"}, ValueError)
    assert outer.when.year == 2012 and outer.cost is None
    assert Outer.from_dict({"leaf": {"id": "1"}, "closed": {}}).when is UNSET
    print("checked")
    """
)


def test_every_branch_of_the_model_template_builds_and_reads_back(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(DOCUMENT))
    generated = tmp_path / "astra_devops_api"
    bin_dir = Path(sys.executable).parent
    environment = {"PATH": f"{bin_dir}:/usr/bin:/bin"}
    command = [sys.executable, str(ROOT / "tools" / "generate.py"), str(spec), str(generated)]
    made = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    assert made.returncode == 0, made.stdout + made.stderr
    ran = subprocess.run(
        [sys.executable, "-c", CHECKS],
        capture_output=True,
        text=True,
        check=False,
        env={**environment, "PYTHONPATH": str(tmp_path)},
    )
    assert ran.returncode == 0 and ran.stdout.strip() == "checked", ran.stdout + ran.stderr
