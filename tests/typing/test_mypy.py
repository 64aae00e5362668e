"""`mypy --strict` over code a user writes: right calls pass, wrong calls are rejected, nothing is `Any`.

The user script below marks each line mypy must reject with `# rejected: <error code>`; every
`reveal_type` must name a real type. The examples of the README and docs/testing.md are checked the
same way.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parents[2]
USER_SCRIPT = """
from astra_devops import AstraDevOps, AsyncAstraDevOps
from astra_devops.models import DatabaseInfoCreate

client = AstraDevOps(token="AstraCS:x")
reveal_type(client.regions.list())
reveal_type(client.regions.list)
reveal_type(client.scim.get_user)
reveal_type(client.cdc.get("db-1"))
reveal_type(client.devops_access_list.delete("org-1"))
reveal_type(client.telemetry.get("db-1", timeout=5, extra_headers={"X-Trace": "1"}))
reveal_type(client.custom_domains.list())
reveal_type(client.databases.get("db-1"))
reveal_type(client.pcu_groups.list)
reveal_type(client.databases.list())
reveal_type(client.cdc.with_raw_response.get("db-1").status_code)
reveal_type(client.cdc.with_raw_response.get("db-1").headers)
reveal_type(client.cdc.with_raw_response.get("db-1").parse())
reveal_type(client.cdc.with_raw_response.get)
reveal_type(client.databases.with_raw_response.get("db-1"))
reveal_type(client.databases.with_raw_response.get("db-1").parse())
reveal_type(client.databases.with_raw_response.create(name="x", cloud_provider="AWS", region="us-east-1"))
client.regions.list_serverless(region_type="vector")
client.databases.create(name="x", cloud_provider="AWS", region="us-east-1", extra_headers={"X-Trace": "1"})
reveal_type(client.keyspaces.create)

client.cdc.get()  # rejected: call-arg
client.regions.list(bogus=1)  # rejected: call-arg
client.cdc.get(42)  # rejected: arg-type
client.cdc.get("db-1", timeout="soon")  # rejected: arg-type
client.cdc.get("db-1", extra_headers=["X-Trace"])  # rejected: arg-type
client.keyspaces.create("db-1", "ks", extra_headers=["X-Trace"])  # rejected: arg-type
client.databases.create(name="x")  # rejected: call-arg
client.scim.list_users(count="ten")  # rejected: arg-type
database: DatabaseInfoCreate = client.databases.get("db-1")  # rejected: assignment
client.no_such_group  # rejected: attr-defined
client.organizations.get  # rejected: attr-defined
client.cdc.with_raw_response.get()  # rejected: call-arg
client.cdc.with_raw_response.get("db-1", bogus=1)  # rejected: call-arg
client.databases.with_raw_response.get(42)  # rejected: arg-type
client.databases.with_raw_response.create(name="x")  # rejected: call-arg
client.databases.with_raw_response.no_such_method("db-1")  # rejected: attr-defined
client.databases.with_raw_response.list()  # rejected: attr-defined
info: DatabaseInfoCreate = client.databases.with_raw_response.get("db-1").parse()  # rejected: assignment
client.databases.create(name="x", cloud_provider="AWS", region="r", if_exists="retrun")  # rejected: arg-type
client.databases.create(name="x", cloud_provider="aws-east", region="us-east-1")  # rejected: arg-type
client.databases.create(name="x", cloud_provider="AWS", region="us-east-1", tier="c10")  # rejected: arg-type
client.databases.create(name="x", cloud_provider="AWS", region="r", db_type="graph")  # rejected: arg-type
client.databases.list(include="everything")  # rejected: arg-type
client.databases.list(provider="mars")  # rejected: arg-type
client.databases.wait_for_status("db-1", "ACTIV")  # rejected: call-overload
client.databases.download_secure_bundle("db-1", "b.zip", kind="zip")  # rejected: arg-type
client.datacenters.add("db-1", cloud_provider="AWS", region="r", tier="C11")  # rejected: call-overload
client.keyspaces.create("db-1", "ks", if_exists="retrun")  # rejected: arg-type
client.roles.create("reader", {}, if_exists="retrun")  # rejected: arg-type
client.migrations.wait_for_status("db-1", "m-1", "DONEE")  # rejected: arg-type
client.databases.create(name="x", cloud_provider="gcp", region="us-east1", tier="C10", if_exists="return")
client.databases.list(include="all", provider="ALL")


async def main() -> None:
    async with AsyncAstraDevOps(token="AstraCS:x") as aclient:
        reveal_type(await aclient.regions.list())
        reveal_type(aclient.scim.get_user)
        reveal_type(await aclient.cdc.get("db-1"))
        await aclient.cdc.get()  # rejected: call-arg
        aclient.regions.list(bogus=1)  # rejected: call-arg
        aclient.cdc.get("db-1").id  # rejected: attr-defined
        reveal_type(await aclient.databases.with_raw_response.get("db-1"))
        reveal_type((await aclient.databases.with_raw_response.get("db-1")).parse())
        reveal_type((await aclient.cdc.with_raw_response.get("db-1")).parse())
        await aclient.cdc.with_raw_response.get()  # rejected: call-arg
        await aclient.databases.with_raw_response.get("db-1", bogus=1)  # rejected: call-arg
        await aclient.databases.with_raw_response.no_such_method("db-1")  # rejected: attr-defined
        aclient.databases.with_raw_response.get("db-1").parse()  # rejected: attr-defined
"""
REVEALED = {
    6: "list[astra_devops_api.models.available_region_combination.AvailableRegionCombination]",
    9: "astra_devops_api.models.list_cdc_response.ListCDCResponse",
    10: "None",
    13: "astra_devops_api.models.database.Database",
    16: "int",
}
DATABASE, CDC = (
    "astra_devops_api.models.database.Database",
    "astra_devops_api.models.list_cdc_response.ListCDCResponse",
)
RAW_DATABASE = f"astra_devops._response.APIResponse[{DATABASE}]"
RAW_REVEALED = {
    'client.cdc.with_raw_response.get("db-1").parse()': CDC,
    'client.databases.with_raw_response.get("db-1"))': RAW_DATABASE,
    'client.databases.with_raw_response.get("db-1").parse()': DATABASE,
    "client.databases.with_raw_response.create(": RAW_DATABASE,
    'await aclient.databases.with_raw_response.get("db-1"))': RAW_DATABASE,
    '(await aclient.databases.with_raw_response.get("db-1")).parse()': DATABASE,
    '(await aclient.cdc.with_raw_response.get("db-1")).parse()': CDC,
    "client.cdc.with_raw_response.get)": (
        "def (database_id: str, *, timeout: float | httpx._config.Timeout | None =, "
        f"extra_headers: typing.Mapping[str, str] | None =) -> astra_devops._response.APIResponse[{CDC}]"
    ),
}
LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+): (?P<kind>error|note): (?P<text>.*?)(?:  \[(?P<code>[\w-]+)\])?$"
)


def _readme_blocks() -> list[str]:
    """The README's examples and the testing guide's, which were the README's."""
    pages = (ROOT / "README.md", ROOT / "docs" / "testing.md")
    return [
        block for page in pages for block in re.findall(r"```python\n(.*?)```", page.read_text(), re.DOTALL)
    ]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    folder = tmp_path_factory.mktemp("mypy")
    (folder / "user_script.py").write_text(USER_SCRIPT)
    for number, block in enumerate(_readme_blocks()):
        (folder / f"readme_{number}.py").write_text(block)
    stdout, stderr, _ = api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--strict", "--no-error-summary", str(folder)]
    )
    assert not stderr
    found = [LINE.match(line) for line in stdout.splitlines()]
    return [{**m.groupdict(), "file": Path(m["file"]).name, "code": m["code"] or ""} for m in found if m]


def _script(report: list[dict[str, str]], kind: str) -> dict[int, dict[str, str]]:
    found = [r for r in report if r["file"] == "user_script.py" and r["kind"] == kind]
    return {int(r["line"]): r for r in sorted(found, key=lambda r: r["text"].startswith("Revealed"))}


def test_wrong_calls_are_rejected_and_right_ones_pass(report: list[dict[str, str]]) -> None:
    expected = {
        number: line.split("# rejected: ")[1]
        for number, line in enumerate(USER_SCRIPT.splitlines(), start=1)
        if "# rejected: " in line
    }
    errors = {number: r["code"] for number, r in _script(report, "error").items()}
    assert errors == expected


def test_nothing_the_user_touches_is_any(report: list[dict[str, str]]) -> None:
    notes = _script(report, "note").items()
    revealed = {number: r["text"] for number, r in notes if r["text"].startswith("Revealed type")}
    assert len(revealed) == USER_SCRIPT.count("reveal_type(")
    assert [text for text in revealed.values() if "Any" in text] == []
    for number, type_name in REVEALED.items():
        assert revealed[number] == f'Revealed type is "{type_name}"'
    assert "(user_id: str, *, timeout: float | httpx._config.Timeout | None =, extra_headers:" in revealed[8]
    assert "-> astra_devops_api.models.scim_user.SCIMUser" in revealed[8]
    (keyspaces,) = [
        number
        for number, line in enumerate(USER_SCRIPT.splitlines(), start=1)
        if "reveal_type(client.keyspaces.create)" in line
    ]
    assert (
        "poll_interval: float | None =, extra_headers: typing.Mapping[str, str] | None =)"
        in revealed[keyspaces]
    )


def test_with_raw_response_keeps_each_method_signature_and_return_type(report: list[dict[str, str]]) -> None:
    revealed = {number: r["text"] for number, r in _script(report, "note").items()}
    lines = USER_SCRIPT.splitlines()
    for snippet, type_name in RAW_REVEALED.items():
        (number,) = [n for n, line in enumerate(lines, start=1) if f"reveal_type({snippet}" in line]
        assert revealed[number] == f'Revealed type is "{type_name}"', snippet


def test_the_readme_examples_pass_strict(report: list[dict[str, str]]) -> None:
    assert [r for r in report if r["file"].startswith("readme_") and r["kind"] == "error"] == []
