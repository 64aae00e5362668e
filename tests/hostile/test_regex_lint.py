"""The lint that would have caught issue 21's class 1: every regex in src/ is run against
adversarial inputs of 10^4 characters, the way the code uses it (search, match or fullmatch),
and each run must stay far below a generous bound.

The regexes are found two ways: compiled patterns among the globals of every module of
`astra_devops` (imported, so nothing is missed by a grep), and `re.*(literal, ...)` calls found in
the source. A `re.*` call on a computed pattern must be one this test knows how to feed (the fake's
route templates); a new one fails `test_every_computed_regex_is_covered` until it is added here.

Inputs are built from the pattern itself: each literal run of it (such as `<title>`) followed by
10^4 copies of one character the pattern mentions, or of a space, a letter, a digit, a bracket...,
with and without a NUL or a space at the end; also nested brackets and repeated pairs. Linear matching
of 10^4 characters takes well under a millisecond; the bound is 0.1 s per run, and each pattern's
runs happen in a child process that is stopped after 20 s (a catastrophic pattern never ends).
"""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]

import pytest

import astra_devops
from astra_devops.testing import FakeAstra

SIZE = 10_000
BOUND = 0.1
CHILD_SECONDS = 20.0
SOURCE = Path(astra_devops.__file__).parent
METHODS = ("search", "match", "fullmatch")
BY_CALL = {"compile": None, "match": "match", "fullmatch": "fullmatch", "search": "search"}
BY_CALL |= dict.fromkeys(("sub", "subn", "split", "findall", "finditer"), "search")
# Where each `re` function takes its flags, counting its arguments from 0.
FLAGS_AT = {"compile": 1, "split": 3, "sub": 4, "subn": 4} | dict.fromkeys(
    ("match", "fullmatch", "search", "findall", "finditer"), 2
)
COMMON = " \t\n\r\x00a0Z_-.,:;/\\@!\"'<>[]{}()=+*?#%&|~^$\u00e9\ud800"
# The computed `re.*` calls this test feeds: the fake's routes compile their templates; the
# redaction of a token compiles one pattern per token (its bytes twin is the same pattern, encoded).
COMPUTED = {("testing/_router.py", "compile"), ("errors.py", "compile")}
SAMPLE_SECRETS = ("AstraCS:" + "aB" * 12 + ":" + "0f" * 32, 'se"cr/et\\with-escapes')


@dataclass(frozen=True)
class Regex:
    where: str
    pattern: str
    flags: int
    methods: tuple[str, ...]


def modules() -> list[str]:
    names = [info.name for info in pkgutil.walk_packages([str(SOURCE)], "astra_devops.")]
    return ["astra_devops", *sorted(name for name in names if not name.endswith("__main__"))]


def calls(tree: ast.AST) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def uses(tree: ast.AST, name: str) -> tuple[str, ...]:
    """How a module uses its global pattern `name`: the methods called on it (all three if none is seen)."""
    methods = {
        BY_CALL.get(call.func.attr)
        for call in calls(tree)
        if isinstance(call.func, ast.Attribute)
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id == name
    }
    found = tuple(sorted(method for method in methods if method))
    return found or METHODS


def global_patterns() -> list[Regex]:
    found: dict[tuple[str, int], Regex] = {}
    for name in modules():
        module = importlib.import_module(name)
        tree = ast.parse(Path(str(module.__file__)).read_text())
        for attribute, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                where = f"{name}.{attribute}"
                found.setdefault(
                    (value.pattern, value.flags),
                    Regex(where, value.pattern, value.flags, uses(tree, attribute)),
                )
    return list(found.values())


def re_calls() -> tuple[list[Regex], set[tuple[str, str]]]:
    """`re.<function>(...)` calls in the source: those with a literal pattern, and where the others are."""
    literal: list[Regex] = []
    computed: set[tuple[str, str]] = set()
    for path in sorted(SOURCE.rglob("*.py")):
        where = path.relative_to(SOURCE).as_posix()
        for call in calls(ast.parse(path.read_text())):
            function = call.func
            if not (isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name)):
                continue
            if function.value.id != "re" or function.attr not in BY_CALL or not call.args:
                continue
            first = call.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                computed.add((where, function.attr))
                continue
            method, compiled = BY_CALL[function.attr], re.compile(first.value, flags(call))
            line = f"{where}:{call.lineno}"
            literal.append(Regex(line, first.value, compiled.flags, (method,) if method else METHODS))
    return literal, computed


def flags(call: ast.Call) -> int:
    """The flags of a `re.*` call when written as `re.X | re.Y` (0 when there are none)."""
    position = FLAGS_AT[call.func.attr]  # type: ignore[attr-defined]
    given = call.args[position : position + 1]
    given += [keyword.value for keyword in call.keywords if keyword.arg == "flags"]
    if not given:
        return 0
    return int(eval(compile(ast.Expression(given[0]), "<flags>", "eval"), {"re": re}))


def route_patterns() -> list[Regex]:
    """The fake's route templates all compile to one shape (literal text and `([^/]+)`): the
    longest template of each number of parameters stands for the others."""
    from astra_devops.testing._router import template_pattern

    longest: dict[int, str] = {}
    for route in FakeAstra().router.routes():
        count = route.template.count("{")
        longest[count] = max(longest.get(count, ""), route.template, key=len)
    chosen = sorted(longest.values())
    return [Regex(f"route {each}", template_pattern(each).pattern, 0, ("fullmatch",)) for each in chosen]


def redaction_patterns() -> list[Regex]:
    """The pattern that finds a token written with JSON escapes, for tokens of two kinds."""
    from astra_devops.errors import _escaped

    return [
        Regex(f"redaction of {secret[:9]}...", _escaped(secret).pattern, 0, ("search",))
        for secret in SAMPLE_SECRETS
    ]


def every_regex() -> list[Regex]:
    """Each regex once: a compiled global keeps the methods its module calls on it."""
    literal, _ = re_calls()
    found: dict[tuple[str, int], Regex] = {}
    for regex in [*global_patterns(), *literal, *route_patterns(), *redaction_patterns()]:
        found.setdefault((regex.pattern, regex.flags), regex)
    return list(found.values())


def mentioned(nodes: object) -> set[str]:
    """The characters a parsed pattern names: its literals and the ends of its ranges."""
    chars: set[str] = set()
    for node in nodes if isinstance(nodes, list | tuple | _parser.SubPattern) else []:
        if isinstance(node, tuple) and len(node) == 2:
            op, value = node
            if str(op) in ("LITERAL", "NOT_LITERAL") and isinstance(value, int):
                chars.add(chr(value))
            elif str(op) == "RANGE":
                chars.update(chr(value[0]), chr(value[1]))
            else:
                chars |= mentioned(value)
        elif isinstance(node, list | tuple | _parser.SubPattern):
            chars |= mentioned(node)
    return chars


def literal_runs(pattern: str, flags: int) -> list[str]:
    """Runs of consecutive literal characters at the top of the pattern, such as `<title>`, alone
    and after a letter (`a@`: what a pattern may need before its first literal)."""
    runs, run = [""], ""
    for op, value in _parser.parse(pattern, flags).data:
        if str(op) == "LITERAL":
            run += chr(value)
        elif run:
            runs += [run, "a" + run]
            run = ""
    return runs + ([run, "a" + run] if run else [])


def adversarial(regex: Regex) -> list[str]:
    chars = sorted(mentioned(_parser.parse(regex.pattern, regex.flags).data) | set(COMMON))
    inputs = [
        prefix + char * SIZE + end
        for prefix in literal_runs(regex.pattern, regex.flags)
        for char in chars
        for end in ("", "\x00", " ")
    ]
    inputs += [opening * (SIZE // 2) + closing * (SIZE // 2) for opening, closing in ("[]", "{}", "()", "<>")]
    inputs += [(first + second) * (SIZE // 2) for first, second in ("a ", "a.", "a@", "a-", "0a")]
    return inputs


CHILD = """
import json, re, sys, time
job = json.load(sys.stdin)
pattern = re.compile(job["pattern"], job["flags"])
slow = []
for text in job["inputs"]:
    for method in job["methods"]:
        print(json.dumps([method, text[:40]]), flush=True)
        seconds = []
        for _ in range(2):
            start = time.perf_counter()
            getattr(pattern, method)(text)
            seconds.append(time.perf_counter() - start)
            if seconds[-1] <= job["bound"]:
                break
        if min(seconds) > job["bound"]:
            slow.append([method, text[:40], len(text), min(seconds)])
print(json.dumps({"slow": slow}), flush=True)
"""


def run_child(regex: Regex, seconds: float = CHILD_SECONDS) -> list[object]:
    """The slow runs of `regex` on its adversarial inputs; a run that never ends is reported as such."""
    job = {"pattern": regex.pattern, "flags": regex.flags, "methods": regex.methods, "bound": BOUND}
    job["inputs"] = adversarial(regex)
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD],
            input=json.dumps(job),
            capture_output=True,
            text=True,
            timeout=seconds,
            check=True,
        )
    except subprocess.TimeoutExpired as stopped:
        output = stopped.stdout.decode() if isinstance(stopped.stdout, bytes) else (stopped.stdout or "")
        last = output.strip().splitlines()[-1] if output.strip() else "before the first run"
        return [f"still running after {seconds:g} s on {last}"]
    return list(json.loads(done.stdout.strip().splitlines()[-1])["slow"])


REGEXES = every_regex()


def test_the_lint_finds_the_regexes_of_src() -> None:
    wheres = {regex.where for regex in REGEXES}
    assert {"astra_devops._validate._IDENTIFIER", "astra_devops._requests.users._EMAIL"} <= wheres
    assert any(where.startswith("route /v2/databases/") for where in wheres)
    assert sum(where.startswith("redaction of ") for where in wheres) == len(SAMPLE_SECRETS)
    assert len(REGEXES) > 10


def test_every_computed_regex_is_covered() -> None:
    _, computed = re_calls()
    assert computed == COMPUTED


# Slow patterns this project had: the error-page title (cubic), the email check (quadratic
# with `match`), the fake's template parameter (quadratic with `sub`).
KNOWN_SLOW = [
    Regex("title", r"<title>\s*(.*?)\s*</title>", re.IGNORECASE | re.DOTALL | re.UNICODE, ("search",)),
    Regex("email", r"^[^@\s]+@[^@\s]+\.[^@\s]+$", re.UNICODE, ("match",)),
    Regex("parameter", r"\{[^}/]+\}", re.UNICODE, ("search",)),
]


@pytest.mark.parametrize("regex", KNOWN_SLOW, ids=[regex.where for regex in KNOWN_SLOW])
def test_the_lint_catches_a_slow_pattern(regex: Regex) -> None:
    assert run_child(regex, seconds=3)


@pytest.mark.parametrize("regex", REGEXES, ids=[regex.where for regex in REGEXES])
def test_no_regex_of_src_is_slow_on_hostile_text(regex: Regex) -> None:
    assert run_child(regex) == [], regex.pattern
