"""The README stays true: its quick start is examples/quickstart.py, its fake examples run, its
Python blocks compile, and it speaks to users first, with contributors' two commands last."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
USER_SECTIONS = [
    "Install",
    "Quick start",
    "Configuration",
    "Errors and retries",
    "Waiting",
    "Pagination",
    "Testing with the fake",
    "When the vendor changes the spec",
    "Performance",
    "Design",
    "Contributing",
]


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README, re.DOTALL)


def headings() -> list[str]:
    return re.findall(r"^## (.+)$", README, re.MULTILINE)


def section(title: str) -> str:
    return README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_the_quick_start_is_the_example_script() -> None:
    script = (ROOT / "examples" / "quickstart.py").read_text().split('"""', 2)[2].lstrip("\n")
    assert python_blocks()[0] == script


def test_the_fake_examples_pass(pytester: pytest.Pytester) -> None:
    example = next(block for block in python_blocks() if "def test_" in block)
    pytester.makepyfile(test_readme_example=example)
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_every_python_block_compiles() -> None:
    for number, block in enumerate(python_blocks()):
        compile(block, f"README python block {number}", "exec")


def test_users_come_first_and_contributing_last() -> None:
    found = headings()
    assert [title for title in found if title in USER_SECTIONS] == USER_SECTIONS
    for_users = README.split("\n## When the vendor changes the spec\n", 1)[0]
    assert "make " not in for_users


def test_contributing_has_the_two_commands_for_a_fresh_machine() -> None:
    (block,) = re.findall(r"```\n(.*?)```", section("Contributing"), re.DOTALL)
    commands = [line.split("#", 1)[0].strip() for line in block.splitlines()]
    assert commands == ["make demo", "make test"]


def test_configuration_has_an_environment_variable_table() -> None:
    rows = re.findall(r"^\| `([A-Z_]+)` \|", section("Configuration"), re.MULTILINE)
    assert "ASTRA_DB_APPLICATION_TOKEN" in rows


def test_errors_and_retries_list_the_guarantees() -> None:
    assert "\nGuarantees:\n\n- " in section("Errors and retries")
