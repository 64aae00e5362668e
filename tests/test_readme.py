"""The README stays true: its quick start is examples/quickstart.py, and its fake examples run."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README, re.DOTALL)


def test_the_quick_start_is_the_example_script() -> None:
    script = (ROOT / "examples" / "quickstart.py").read_text().split('"""', 2)[2].lstrip("\n")
    assert python_blocks()[0] == script


def test_the_fake_examples_pass(pytester: pytest.Pytester) -> None:
    example = next(block for block in python_blocks() if "def test_" in block)
    pytester.makepyfile(test_readme_example=example)
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
