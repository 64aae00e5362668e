"""Follow a new vendor document: convert it, check it, regenerate, report, all or nothing.

    python tools/update_spec.py SPEC [--report build/api-change-report.md]

SPEC is a file or a URL (an OpenAPI document, or the vendor's Redoc page that embeds or links one).
The structure (paths, operations, parameters, schemas, enums, required lists, status
codes) is kept exactly, defects included, so the overlay keeps applying. The vendor's prose
and examples are dropped: summaries come from operationIds and response descriptions are
reason phrases.

The overlays are every overlay/*.overlay.yaml, applied in sorted order. Nothing in the tree
changes unless every overlay action applies, the patched contract validates and lints clean and
generation succeeds (in a temporary folder). Either way the API change report (the recorded
document against the new one) is printed and written as Markdown (a pull request or issue body).
On success openapi/, generated/, the recorded vendor document (src/astra_devops/_api_version.py)
and CHANGELOG.md are updated. On failure the report goes on with every problem at once, each
with its location (see tools/spec_problems.py), and the exit status is 1.
"""

from __future__ import annotations

import argparse
import hashlib
import http
import json
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
    """Drop prose keys everywhere except where they are property names."""
    if isinstance(node, dict):
        return {
            key: strip_prose(value, is_property_map=key == "properties")
            for key, value in node.items()
            if is_property_map or key not in PROSE
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
    return parse_source(read_source(linked) if linked else data)


def parse_source(data: bytes) -> dict[str, Any]:
    """The OpenAPI document in `data`: JSON, YAML, or a Redoc page that embeds it."""
    text = data.decode("utf-8-sig")
    if text.lstrip().startswith("<"):
        state = re.search(r"__redoc_state\s*=\s*(\{.*?\});?\s*</script>", text, re.DOTALL)
        if state is None:
            raise UpdateError("an HTML page that neither embeds an OpenAPI document nor names one (spec-url)")
        document = json.loads(state.group(1)).get("spec", {}).get("data")
    else:
        document = json.loads(text) if text.lstrip().startswith("{") else yaml.safe_load(text)
    if not isinstance(document, dict) or "openapi" not in document or "paths" not in document:
        raise UpdateError("not an OpenAPI 3 document (no `openapi` or `paths`)")
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
            self.commit(contract, out)
        missing = operation_coverage.missing(ROOT)
        self.report(report, {PACKAGE_TITLE: package_changes, CONTRACT_TITLE: contract_changes}, missing)
        entry = changelog_entry(self.version, self.sha256, package_changes, missing)
        write(CHANGELOG, changelog(CHANGELOG.read_text() if CHANGELOG.exists() else "", entry))
        return 0

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

    def commit(self, contract: Path, out: Path) -> None:
        write(CONTRACT, contract.read_text())
        write(GENERATED / "openapi.json", (out / "openapi.json").read_text())
        if files(out / PACKAGE) != files(GENERATED / PACKAGE):
            replace_tree(out / PACKAGE, GENERATED / PACKAGE)
            subprocess.run([sys.executable, str(ROOT / "tools" / "generate_operations.py")], check=True)
        write(RECORD, record_text(self.version, self.sha256))

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
    parser.add_argument("spec", help="the vendor document: a file or a URL")
    parser.add_argument("--report", type=Path, default=ROOT / "build" / "api-change-report.md")
    args = parser.parse_args(argv)
    try:
        return Update(args.spec).run(args.report)
    except (UpdateError, OSError, ValueError, yaml.YAMLError) as exc:
        print(f"update-spec: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
