"""mypy --strict and pyright strict over examples/ and tests/typing/usage_every_method.py, which calls
every hand-written public method (sync and async): no error, and no `Any` in what a call returns.

pyright is the npm package (package.json), run from node_modules/.bin like the other node tools:
the PyPI wrapper downloads node and pyright when first run. A wait whose goal gives back the thing
waited for is typed to return it (issue 31): `park()` is a Database, `park(wait=False)` None.
"""

from __future__ import annotations

import ast
import inspect
import json
import re
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

import pytest
from mypy import api

from astra_devops import AstraDevOps, AsyncAstraDevOps
from astra_devops._async._endpoints import async_action, async_poll, async_read
from astra_devops._async._resource import AsyncResource
from astra_devops._sync._endpoints import action, poll, read
from astra_devops._sync._resource import SyncResource

ROOT = Path(__file__).resolve().parents[2]
# Declarations typed by a Protocol written by hand (a one-line endpoint takes its generated builder's types).
TYPED_BY_HAND = (action, async_action, poll, async_poll, read, async_read)
USAGE = Path(__file__).with_name("usage_every_method.py")
CHECKED = [USAGE, *sorted((ROOT / "examples").glob("*.py"))]
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
REVEALS = USAGE.read_text().count("reveal_type(")
DATABASE, DATACENTER, PCU_GROUP = "Database", "Datacenter", "PCUGroup"
WAITS = {
    "client.databases.park(DB))": DATABASE,
    "client.databases.park(DB, wait=False))": "None",
    "client.databases.unpark(DB, timeout=60))": DATABASE,
    "client.databases.resize(DB, 3))": DATABASE,
    'client.databases.wait_for_status(DB, "ACTIVE"))': DATABASE,
    'client.databases.wait_for_status(DB, "TERMINATED"))': f"{DATABASE} | None",
    'client.datacenters.add(DB, cloud_provider="AWS", region="eu-west-1"))': DATACENTER,
    'client.datacenters.add(DB, cloud_provider="AWS", region="eu-west-1", wait=flag))': (
        f"{DATACENTER} | None"
    ),
    'client.pcu_groups.park("pcu-1"))': PCU_GROUP,
    'client.pcu_groups.unpark("pcu-1", wait=False))': "None",
}


def _short(type_name: str) -> str:
    """`astra_devops_api.models.database.Database | None` as pyright writes it: `Database | None`."""
    return re.sub(r"\b(?:\w+\.)+(\w+)", r"\1", type_name)


@cache
def mypy_reveals() -> dict[int, str]:
    stdout, stderr, _ = api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--strict", "--no-error-summary", *map(str, CHECKED)]
    )
    assert not stderr
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert errors == []
    found = re.findall(r"usage_every_method\.py:(\d+): note: Revealed type is \"(.*)\"", stdout)
    return {int(line): _short(text) for line, text in found}


@cache
def pyright_reveals() -> dict[int, str]:
    assert PYRIGHT.exists(), "pyright is one of the npm dev tools (package.json): run `make install`"
    config = {"typeCheckingMode": "strict", "pythonVersion": "3.11"}
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "pyrightconfig.json").write_text(json.dumps(config))
        command = [
            str(PYRIGHT),
            "--pythonpath",
            sys.executable,
            "-p",
            folder,
            "--outputjson",
            *map(str, CHECKED),
        ]
        result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    report = json.loads(result.stdout)
    diagnostics = report["generalDiagnostics"]
    assert [d["message"] for d in diagnostics if d["severity"] != "information"] == []
    assert report["summary"]["filesAnalyzed"] == len(CHECKED)
    found = [(d["range"]["start"]["line"] + 1, re.search(r' is "(.*)"$', d["message"])) for d in diagnostics]
    return {line: match[1] for line, match in found if match}


CHECKERS = {"mypy": mypy_reveals, "pyright": pyright_reveals}


@pytest.mark.parametrize("checker", CHECKERS)
def test_every_result_has_a_type_without_any(checker: str) -> None:
    revealed = CHECKERS[checker]()
    assert len(revealed) == REVEALS
    assert {line: text for line, text in revealed.items() if re.search(r"\b(Any|Unknown)\b", text)} == {}


@pytest.mark.parametrize("checker", CHECKERS)
@pytest.mark.parametrize("call", WAITS)
def test_a_wait_returns_what_its_goal_gives(checker: str, call: str) -> None:
    lines = USAGE.read_text().splitlines()
    numbers = [n for n, line in enumerate(lines, start=1) if f"reveal_type({call}" in line]
    numbers += [n for n, line in enumerate(lines, start=1) if f"reveal_type(await {call}" in line]
    assert len(numbers) == 2
    revealed = CHECKERS[checker]()
    assert {revealed[number] for number in numbers} == {WAITS[call]}


def _hand_written(client: type) -> set[str]:
    instance = client(token="AstraCS:usage")
    methods = set()
    for group in dir(instance):
        resource = getattr(instance, group)
        if not isinstance(resource, SyncResource | AsyncResource):
            continue
        for name, value in vars(type(resource)).items():
            typed_by_hand = inspect.isfunction(value) or isinstance(value, TYPED_BY_HAND)
            if typed_by_hand and not name.startswith("_"):
                methods.add(f"{group}.{name}")
    return methods


def _called(asynchronous: bool) -> set[str]:
    kind = ast.AsyncFunctionDef if asynchronous else ast.FunctionDef
    found = set()
    for function in ast.walk(ast.parse(USAGE.read_text())):
        if isinstance(function, kind):
            for node in ast.walk(function):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                    owner = node.func.value
                    if isinstance(owner, ast.Attribute) and ast.unparse(owner.value) == "client":
                        found.add(f"{owner.attr}.{node.func.attr}")
    return found


@pytest.mark.parametrize(("client", "asynchronous"), [(AstraDevOps, False), (AsyncAstraDevOps, True)])
def test_the_usage_file_calls_every_hand_written_method(client: type, asynchronous: bool) -> None:
    methods = _hand_written(client)
    assert len(methods) > 50
    assert methods - _called(asynchronous) == set()
