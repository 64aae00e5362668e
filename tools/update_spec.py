"""Follow a new vendor document: convert it, check it, regenerate, report, all or nothing.

    python tools/update_spec.py SPEC [--report build/api-change-report.md]

SPEC is a file or a URL (an OpenAPI document, or the vendor's Redoc page that embeds or links one).
The structure (paths, operations, parameters, schemas, enums, required lists, status
codes) is kept exactly, defects included, so the overlay keeps applying. The vendor's prose
and examples are dropped: summaries come from operationIds and response descriptions are
reason phrases.

The overlays are every overlay/*.overlay.yaml, applied in sorted order. Nothing in the tree
changes unless every overlay action applies, the patched contract validates and lints clean and
generation succeeds (in a temporary folder), and every file it writes (WRITTEN, listed by
`--written`) has been written in a scratch copy of the tree where the hand-written layer passes
against the new package (no call to a removed or renamed operation, `mypy --strict src`, the
client tests). Only then are they copied into the tree. Either way the API change report (the
recorded document against the new one) is printed and written as Markdown (a pull request or
issue body). On failure the report goes on with every problem at once, each with its location
(see tools/spec_problems.py), and the exit status is 1.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import http
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import api_diff
import operation_coverage
import overlay_check
import spec_problems
import yaml

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ROOT / "openapi" / "astra-devops-api.yaml"
OVERLAYS = ROOT / "overlay"
GENERATED = ROOT / "generated"
PACKAGE = "astra_devops_api"
RECORD = ROOT / "src" / "astra_devops" / "_api_version.py"
CHANGELOG = ROOT / "CHANGELOG.md"
# Every path update-spec writes (the workflow's pull request carries these: `--written`).
WRITTEN = (
    "openapi/astra-devops-api.yaml",
    "generated",
    "src/astra_devops/_api_version.py",
    "src/astra_devops/_operations.py",
    "src/astra_devops/_sync",
    "CHANGELOG.md",
)
# What the scratch tree needs to write them and to check the hand-written layer against them.
SCRATCH = ("pyproject.toml", "openapi", "generated", "src", "tools", "tests", "docs", "CHANGELOG.md")
CLIENT_TESTS = "tests/client"
CHECK_TIMEOUT = 900

HEADER = """\
# Upstream contract of the Astra DB DevOps API.
# Mirrors the structure of the vendor's published OpenAPI document, version {version}:
# same paths, methods, operationIds, parameters, schemas, properties, types, enums,
# required lists and response codes, including its defects (the overlay fixes them).
# Descriptions are ours and kept short; the vendor's prose and examples are not copied.
# To follow a new upstream release: make update-spec SPEC=<downloaded file>
"""
PROSE = {"description", "summary", "example", "examples", "externalDocs"}
METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def strip_prose(node: Any, *, is_property_map: bool = False) -> Any:
    """Drop prose keys and vendor extensions (`x-codeSamples` and the like carry prose and
    code; the contract keeps structure only) everywhere except where they are property names."""
    if isinstance(node, dict):
        return {
            key: strip_prose(value, is_property_map=key == "properties")
            for key, value in node.items()
            if is_property_map or (key not in PROSE and not str(key).startswith("x-"))
        }
    if isinstance(node, list):
        return [strip_prose(item) for item in node]
    return node


def reason(code: str) -> str:
    try:
        return http.HTTPStatus(int(code)).phrase
    except ValueError:
        return {"5XX": "Server error", "4XX": "Client error"}.get(code, "Response")


def summary_from(operation_id: str) -> str:
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", operation_id).replace("_", " ").split()
    rest = [word if word.isupper() and len(word) > 1 else word.lower() for word in words[1:]]
    return " ".join([words[0].capitalize(), *rest])


def first(key: str, value: Any, mapping: dict[str, Any]) -> dict[str, Any]:
    return {key: value, **mapping}


def describe(document: dict[str, Any]) -> None:
    """Add the descriptions OpenAPI requires (responses) and short summaries, in our words."""
    for path_item in document.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in METHODS or not isinstance(operation, dict):
                continue
            responses = operation.get("responses") or {}
            for code, response in responses.items():
                if isinstance(response, dict) and "$ref" not in response:
                    responses[code] = first("description", reason(code), response)
            if operation.get("operationId"):
                path_item[method] = first("summary", summary_from(operation["operationId"]), operation)
    for name, response in document.get("components", {}).get("responses", {}).items():
        words = re.sub(r"([a-z])([A-Z])", r"\1 \2", name)
        document["components"]["responses"][name] = first("description", words, response)


def convert(source: dict[str, Any]) -> str:
    document = strip_prose(source)
    describe(document)
    info = source.get("info", {})
    document["info"] = {
        "title": info.get("title", "Astra DevOps API"),
        "version": info.get("version", "unknown"),
        "description": "Manage Astra DB organizations and the lifecycle of their databases.",
        **({"contact": info["contact"]} if "contact" in info else {}),
    }
    body = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
    return HEADER.format(version=document["info"]["version"]) + body


# Where a quirk's workaround lives besides its overlay action.
DEPENDANT_PLACES = ("generator-templates", "src/astra_devops", "docs/quirks.md", "overlay")
NOT_DEPENDANTS = ("_sync", "_operations.py", "__pycache__")


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def dependants(terms: set[str]) -> list[str]:
    """`file:line, line` of every place in the hand-kept tree naming one of `terms`."""
    found = []
    named = re.compile("|".join(rf"(?<![\w-]){re.escape(term)}(?![\w-])" for term in sorted(terms)))
    for place in DEPENDANT_PLACES:
        paths = [ROOT / place] if (ROOT / place).is_file() else sorted((ROOT / place).rglob("*"))
        for path in paths:
            if not path.is_file() or any(part in NOT_DEPENDANTS for part in path.parts):
                continue
            text = path.read_text(errors="replace").splitlines()
            lines = [str(number) for number, line in enumerate(text, 1) if named.search(line)]
            if lines:
                found.append(f"{path.relative_to(ROOT)}:{', '.join(lines)}")
    return found


def with_dependants(problem: overlay_check.Problem) -> overlay_check.Problem:
    """A fixed quirk's problem, listing what depends on its workaround."""
    if not problem.fixed:
        return problem
    names = [term for term in problem.fixed if not term.startswith("x-")]
    listed = dependants({*problem.fixed, *map(snake, names)})
    return dataclasses.replace(
        problem, reason=problem.reason + "".join(f"\n      depends on it: {place}" for place in listed)
    )


class UpdateError(Exception):
    """The vendor document cannot be followed as it is; nothing was changed."""


def read_source(spec: str) -> bytes:
    if re.match(r"https?://", spec):
        request = urllib.request.Request(spec, headers={"User-Agent": "astra-devops update-spec"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return bytes(response.read())
    return Path(spec).read_bytes()


def linked_document(data: bytes, base: str) -> str | None:
    """The document a Redoc page loads (`<redoc spec-url=...>`), when it does not embed it."""
    text = data.decode("utf-8-sig", errors="replace")
    if not text.lstrip().startswith("<") or "__redoc_state" in text:
        return None
    found = re.search(r"""spec-url=["']([^"']+)["']|Redoc\.init\(\s*["']([^"']+)["']""", text)
    return urllib.parse.urljoin(base, found.group(1) or found.group(2)) if found else None


def load_source(spec: str) -> dict[str, Any]:
    data = read_source(spec)
    linked = linked_document(data, spec)
    return checked_source(parse_source(read_source(linked) if linked else data, linked or spec))


def parse_source(data: bytes, name: str = "the document") -> dict[str, Any]:
    """The OpenAPI document in `data`: JSON, YAML, or a Redoc page that embeds it; YAML keys
    read as the JSON data model (`200:` is the key "200")."""
    text = data.decode("utf-8-sig", errors="replace")
    if text.lstrip().startswith("<"):
        state = re.search(r"__redoc_state\s*=\s*(\{.*?\});?\s*</script>", text, re.DOTALL)
        if state is None:
            raise UpdateError("an HTML page that neither embeds an OpenAPI document nor names one (spec-url)")
        document = (
            parsed(state.group(1), name, "JSON (embedded in the Redoc page)").get("spec", {}).get("data")
        )
    else:
        json_like = text.lstrip().startswith("{")
        document = parsed(text, name, "JSON" if json_like else "YAML")
    if not isinstance(document, dict) or "openapi" not in document or "paths" not in document:
        raise UpdateError(f"{name}: not an OpenAPI 3 document (no `openapi` or `paths`)")
    return dict(plain(document))


def parsed(text: str, name: str, kind: str) -> Any:
    try:
        return json.loads(text) if kind.startswith("JSON") else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise UpdateError(f"{name}: not valid {kind}: {' '.join(str(exc).split())[:300]}") from exc


def checked_source(document: dict[str, Any]) -> dict[str, Any]:
    """Refuse, before anything reads it further, what the pipeline cannot follow."""
    version = str(document.get("openapi"))
    if not version.startswith("3.0"):
        raise UpdateError(
            f"the document is OpenAPI {version}; the generator, the validators and the overlays "
            "need OpenAPI 3.0.x (`openapi: 3.0.3`): ask for, or convert to, a 3.0 rendering"
        )
    external = [
        f"{overlay_check.pointer(path)}: {node['$ref']}"
        for path, node in spec_problems.nodes(document)
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and not node["$ref"].startswith("#")
    ]
    if external:
        raise UpdateError(
            "external references are refused (nothing is fetched; the document must hold every "
            "definition): " + "; ".join(external[:20])
        )
    holders: dict[str, list[str]] = {}
    for path, item in (document.get("paths") or {}).items():
        for method, operation in item.items() if isinstance(item, dict) else ():
            if method in METHODS and isinstance(operation, dict) and operation.get("operationId"):
                holders.setdefault(str(operation["operationId"]), []).append(f"{method.upper()} {path}")
    twice = [f"`{name}`: {' and '.join(held)}" for name, held in holders.items() if len(held) > 1]
    if twice:
        raise UpdateError("operationIds used more than once (each names one function): " + "; ".join(twice))
    return document


def plain(node: Any) -> Any:
    """The JSON data model of a YAML node: keys as strings (YAML reads `200:` as an integer)."""
    if isinstance(node, dict):
        return {str(key): plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [plain(item) for item in node]
    return node


def fingerprint(document: dict[str, Any]) -> str:
    """sha256 of the document's canonical JSON: the same for its JSON and YAML renderings."""
    canonical = json.dumps(
        plain(document), sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def record_text(version: str, sha256: str) -> str:
    return (
        '"""The vendor OpenAPI document generated/ comes from (written by `make update-spec`)."""\n\n'
        f"__api_version__ = {json.dumps(version)}\n__api_sha256__ = {json.dumps(sha256)}\n"
    )


def recorded() -> tuple[str, str]:
    text = RECORD.read_text() if RECORD.exists() else ""
    found = dict(re.findall(r'^(__api_\w+__) = "([^"]*)"$', text, re.MULTILINE))
    return found.get("__api_version__", "unknown"), found.get("__api_sha256__", "")


def generate(contract: Path, out: Path) -> str:
    """`make generate` into `out` (overlay, two validators, generation): "" or why it failed."""
    result = subprocess.run(
        ["make", "--no-print-directory", "generate", f"OUT={out}", f"CONTRACT={contract}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    output = (result.stdout + result.stderr).strip().splitlines()
    return "\n".join(output[-40:]) if result.returncode != 0 else ""


def scratch_tree(scratch: Path) -> Path:
    """A copy of what update-spec reads and writes, where everything is written first."""
    scratch.mkdir()
    for name in SCRATCH:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, scratch / name, ignore=shutil.ignore_patterns("__pycache__", ".*.new"))
        elif source.exists():
            shutil.copy2(source, scratch / name)
    return scratch


def run_in(scratch: Path, command: list[str]) -> subprocess.CompletedProcess[str]:
    """`command` in the scratch tree, importing the scratch tree's packages."""
    paths = os.pathsep.join(str(scratch / folder) for folder in ("src", "generated", "."))
    environment = {**os.environ, "PYTHONPATH": paths, "MYPY_CACHE_DIR": str(scratch / ".mypy_cache")}
    return subprocess.run(
        command,
        cwd=scratch,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=CHECK_TIMEOUT,
    )


def tail(result: subprocess.CompletedProcess[str]) -> str:
    return "\n".join((result.stdout + result.stderr).strip().splitlines()[-30:])


def keep_operation_id(method: str, path: str, operation_id: str) -> str:
    action = {
        "target": f"$.paths['{path}'].{method.lower()}",
        "description": spec_problems.Folded(
            f"The vendor renamed this operation; the client keeps its old name `{operation_id}`. "
            "EDIT: the evidence (the document's version)."
        ),
        "update": {"operationId": operation_id},
    }
    return spec_problems.as_overlay_yaml(action)


def copy_back(scratch: Path) -> None:
    """Each written path from the checked scratch tree into the tree, when it changed."""
    for name in WRITTEN:
        source, destination = scratch / name, ROOT / name
        if source.is_dir() and files(source) != (files(destination) if destination.exists() else {}):
            replace_tree(source, destination)
        elif source.is_file() and (
            not destination.exists() or destination.read_bytes() != source.read_bytes()
        ):
            write(destination, source.read_text())


def files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def replace_tree(source: Path, destination: Path) -> None:
    staging = destination.with_name(f".{destination.name}.new")
    retired = destination.with_name(f".{destination.name}.old")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(source, staging, ignore=shutil.ignore_patterns("__pycache__"))
    if destination.exists():
        destination.rename(retired)
    staging.rename(destination)
    shutil.rmtree(retired, ignore_errors=True)


def write(path: Path, text: str) -> None:
    staging = path.with_name(f".{path.name}.new")
    staging.write_text(text)
    staging.replace(path)


CHANGELOG_HEAD = """\
# Changelog

All notable changes to this project are documented here. The format is based on
[Keep a Changelog](https://keepachangelog.com/en/1.1.0/).

"""
UNRELEASED = "## [Unreleased]"


def changelog(text: str, entry: str) -> str:
    """`text` with `entry` first under its Unreleased heading (both made when absent)."""
    text = text or CHANGELOG_HEAD
    if UNRELEASED not in text:
        first = text.find("\n## ")
        text = (
            f"{text.rstrip()}\n\n{UNRELEASED}\n"
            if first < 0
            else f"{text[:first].rstrip()}\n\n{UNRELEASED}\n{text[first:]}"
        )
    head, tail = text.split(UNRELEASED, 1)
    rest = tail.lstrip("\n")
    return f"{head}{UNRELEASED}\n\n{entry}" + (f"\n{rest}" if rest else "")


def changelog_entry(version: str, sha256: str, changes: list[api_diff.Change], missing: list[str]) -> str:
    lines = [f"### API: vendor document {version} (sha256 {sha256[:12]})", ""]
    lines += [
        f"- {'**Breaking:** ' if change.breaking else ''}{change.where}: {change.what}"
        for change in api_diff.ordered(changes)
    ] or ["- No change to operations or models; the vendor document's text changed."]
    lines += [f"- Not yet wrapped by a resource method: `{line.split(' ')[0]}`" for line in missing]
    return "\n".join(lines) + "\n"


PACKAGE_TITLE = "Package API (generated/openapi.json)"
CONTRACT_TITLE = "Vendor contract (openapi/astra-devops-api.yaml)"


class Update:
    def __init__(self, spec: str) -> None:
        self.spec = spec
        source = load_source(spec)
        self.contract_text = convert(source)
        self.vendor = yaml.safe_load(self.contract_text)
        self.version = str(source.get("info", {}).get("version", "unknown"))
        self.sha256 = fingerprint(source)
        self.old_version, self.old_sha256 = recorded()
        overlays = overlay_check.load(OVERLAYS)
        self.overlay = overlays[0][0] if overlays else "overlay/"
        self.patched = overlay_check.patch(self.vendor, overlays)
        self.patched.problems = [with_dependants(problem) for problem in self.patched.problems]

    def unchanged(self) -> bool:
        same_contract = CONTRACT.exists() and CONTRACT.read_text() == self.contract_text
        return same_contract and (self.version, self.sha256) == (self.old_version, self.old_sha256)

    def run(self, report: Path) -> int:
        if not self.patched.problems and self.unchanged():
            print(f"no API change: {self.spec} is vendor document {self.version} (sha256 {self.sha256[:12]})")
            return 0
        contract_changes = api_diff.diff(api_diff.load(CONTRACT), self.vendor)
        with tempfile.TemporaryDirectory(prefix="update-spec-") as tmp:
            out, contract = Path(tmp) / "generated", Path(tmp) / CONTRACT.name
            contract.write_text(self.contract_text)
            failure = "" if self.patched.problems else generate(contract, out)
            if self.patched.problems or failure:
                return self.refuse(report, contract_changes, failure)
            package_changes = api_diff.diff(
                api_diff.load(GENERATED / "openapi.json"), api_diff.load(out / "openapi.json")
            )
            changes = {PACKAGE_TITLE: package_changes, CONTRACT_TITLE: contract_changes}
            scratch = scratch_tree(Path(tmp) / "tree")
            broken = self.build(scratch, out) or self.checked(scratch)
            if broken:
                return self.refuse_checked(report, changes, broken)
            missing = operation_coverage.missing(scratch)
            entry = changelog_entry(self.version, self.sha256, package_changes, missing)
            changelog_path = scratch / "CHANGELOG.md"
            changelog_path.write_text(
                changelog(changelog_path.read_text() if changelog_path.exists() else "", entry)
            )
            copy_back(scratch)
        self.report(report, changes, missing)
        return 0

    def build(self, scratch: Path, out: Path) -> list[str]:
        """Every file update-spec writes, written in `scratch`; what failed, if anything."""
        (scratch / CONTRACT.relative_to(ROOT)).write_text(self.contract_text)
        shutil.rmtree(scratch / "generated")
        shutil.copytree(out, scratch / "generated", ignore=shutil.ignore_patterns("__pycache__"))
        (scratch / RECORD.relative_to(ROOT)).write_text(record_text(self.version, self.sha256))
        for tool in ("generate_operations.py", "unasync.py"):
            result = run_in(scratch, [sys.executable, f"tools/{tool}"])
            if result.returncode != 0:
                return [f"tools/{tool} failed on the new package:\n{tail(result)}"]
        return []

    def checked(self, scratch: Path) -> list[str]:
        """The hand-written layer against the new package: each call to an operation that is
        gone or renamed, then what `mypy --strict src` and the client tests say."""
        orphans = self.orphans(scratch)
        placed = {line.split(" ", 1)[0] for line in orphans}
        typing = run_in(scratch, [sys.executable, "-m", "mypy", "src/astra_devops"])
        errors = [
            f"{where} {message} (mypy)"
            for where, message in re.findall(r"^(src/\S+?\.py:\d+): error: (.*)$", typing.stdout, re.M)
            if where not in placed and "/_sync/" not in where
        ]
        if typing.returncode != 0 and not orphans and not errors:
            errors = [f"mypy --strict src failed:\n{tail(typing)}"]
        tests = run_in(
            scratch, [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", CLIENT_TESTS]
        )
        failed = [
            f"{line.removeprefix('FAILED ').removeprefix('ERROR ')} (client tests)"
            for line in tests.stdout.splitlines()
            if line.startswith(("FAILED ", "ERROR "))
        ]
        if tests.returncode != 0 and not failed:
            failed = [f"the client tests ({CLIENT_TESTS}) failed:\n{tail(tests)}"]
        return orphans + errors + failed

    def orphans(self, scratch: Path) -> list[str]:
        """Each resource method calling a builder the new package no longer has: removed, or
        renamed (with the overlay action that keeps the old operationId)."""
        old = operation_coverage.generated(ROOT)
        new_by_request = {request: name for name, request in operation_coverage.generated(scratch).items()}
        lines = []
        for path, line, label, builder in operation_coverage.orphaned(scratch):
            request = next((request for name, request in old.items() if name.split(".")[1] == builder), "")
            renamed = new_by_request.get(request)
            if renamed:
                path_spelled, old_id = self.spelled(request)
                lines.append(
                    f"{path}:{line} {label} calls ops.{builder}, renamed ops.{renamed.split('.')[1]} "
                    f"by this document ({request.split()[0]} {path_spelled}); to keep the old "
                    "operationId, add:\n" + keep_operation_id(request.split()[0], path_spelled, old_id)
                )
            else:
                lines.append(f"{path}:{line} {label} calls ops.{builder}, removed by this document")
        return lines

    def spelled(self, request: str) -> tuple[str, str]:
        """The vendor document's path for a generated module's request (whose path parameters
        are in snake case), and the operationId the package had there."""
        method, path = request.split(" ", 1)
        method = method.lower()
        shape = overlay_check.normalise(path)
        new = overlay_check.operations(self.vendor.get("paths") or {})
        old_paths = api_diff.load(GENERATED / "openapi.json").get("paths") or {}
        old = overlay_check.operations(old_paths)
        old_path = old.get((method, shape), "")
        operation = old_paths.get(old_path, {}).get(method, {})
        return new.get((method, shape), path), str(operation.get("operationId", "EDIT"))

    def refuse_checked(
        self, report: Path, changes: dict[str, list[api_diff.Change]], broken: list[str]
    ) -> int:
        """The new package was built in the scratch tree but the hand-written layer does not
        work with it: the report, each problem at its place; the tree is left as it was."""
        self.report(report, changes, [], spec_problems.Report([], [], checked=broken))
        print(
            f"update-spec: {len(broken)} problem(s), nothing was changed; report: {report}", file=sys.stderr
        )
        return 1

    def refuse(self, report: Path, contract_changes: list[api_diff.Change], failure: str) -> int:
        """The change report, then every problem with its location; the tree is left as it was.
        `failure` is what `make generate` said, shown when no finding explains it."""
        skipped = len(self.patched.problems)
        approximate = f", approximate: {skipped} overlay problem(s) below" if skipped else ""
        package_title = PACKAGE_TITLE.replace(")", f"{approximate})")
        package_changes = api_diff.diff(api_diff.load(GENERATED / "openapi.json"), self.patched.document)
        try:
            findings = spec_problems.check(self.vendor, self.patched, self.version)
        except spec_problems.CheckError as exc:
            findings, failure = [], f"{exc}\n{failure}".strip()
        problems = spec_problems.Report(self.patched.problems, findings, "" if findings else failure)
        changes = {package_title: package_changes, CONTRACT_TITLE: contract_changes}
        self.report(report, changes, [], problems)
        summary = f"update-spec: {len(problems)} problem(s), nothing was changed; report: {report}"
        print(summary, file=sys.stderr)
        return 1

    def report(
        self,
        report: Path,
        changes: dict[str, list[api_diff.Change]],
        missing: list[str],
        problems: spec_problems.Report | None = None,
    ) -> None:
        old, new = f"{self.old_version} ({self.old_sha256[:12]})", f"{self.version} ({self.sha256[:12]})"
        gaps = ["Operations without a resource method (tests/pipeline fail until one is added):"] + [
            f"  {line}" for line in missing
        ]
        print(f"vendor document {old} -> {new}")
        for title, listed in changes.items():
            print(api_diff.text_report(title, listed))
        markdown = [f"## Vendor API document {old} → {new}", "", f"Source: `{self.spec}`", ""]
        markdown += [api_diff.markdown_report(title, listed) for title, listed in changes.items()]
        if problems is not None:
            print(problems.text(self.overlay))
            markdown.append(problems.markdown(self.overlay))
        else:
            print("\n".join(gaps) if missing else "every generated operation has a resource method")
        if missing:
            markdown += [f"### {gaps[0].rstrip(':')}", "", *[f"- `{line}`" for line in missing], ""]
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text("\n".join(markdown))
        print(f"report: {report}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", nargs="?", help="the vendor document: a file or a URL")
    parser.add_argument("--written", action="store_true", help="list every path update-spec writes")
    parser.add_argument("--report", type=Path, default=ROOT / "build" / "api-change-report.md")
    args = parser.parse_args(argv)
    if args.written:
        print("\n".join(WRITTEN))
        return 0
    if not args.spec:
        parser.error("the vendor document (a file or a URL) is needed")
    try:
        return Update(args.spec).run(args.report)
    except (UpdateError, OSError, ValueError, yaml.YAMLError) as exc:
        print(f"update-spec: {exc}", file=sys.stderr)
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(
            f"## The vendor document could not be read\n\nSource: `{args.spec}`\n\n{exc}\n\n"
            "Nothing was changed.\n"
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
