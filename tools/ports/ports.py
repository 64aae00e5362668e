"""`make ports`: clients in other languages generated from generated/openapi.json by the stock
generators, with nothing edited after generation, built, and made to read every seed answer.

Everything goes into a temporary folder, removed at the end (`--keep` keeps it). openapi-generator
(the PyPI jar) runs its generators in one JVM from a batch of configurations. Each port is built (go
build and vet, javac, kotlinc, tsc --strict, a Python import, a Ruby require, PHP compiling), then
reads each seed answer as its operation's response type (for a value of several forms,
`x-astra-shapes`, the form it has): the Go, Java, Python, Ruby, PHP, Kotlin and runtime TypeScript ports
(openapi-zod-client among them) decode it and write it back (one driver per language in
tools/ports/{go,java,python,ruby,php,kotlin,typescript}), and compare.py compares that with the
answer; typescript-axios, openapi-typescript and openapi-typescript-codegen, types only, get each
answer as a typed literal under `tsc --strict`. docs/ports.md gives each generator's command and
options and why. Then each port talks to the served fake through its own calls (a database's
whole life; `fake_calls`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
from compare import (  # noqa: E402
    EMPTY_OBJECT_AS_ARRAY,
    INSTANT_MICROSECONDS,
    INSTANT_MILLISECONDS,
    INSTANT_NANOSECONDS,
    INSTANT_SECONDS,
    NULL_DROPPED,
    RUBY_TIME,
    difference,
)
from seed_answers import SeedAnswer, checked_answers, read_answer  # noqa: E402
from strict_contract import CONTRACT, StrictContract, response_schema  # noqa: E402

BIN = Path(sys.executable).parent
NODE_BIN = ROOT / "node_modules" / ".bin"
GO_PACKAGE = "astradevops"
DEBIAN_GOPATH = "/usr/share/gocode"
# javax.annotation.Generated, which the java generator puts on every class (Java 11 dropped it).
DEBIAN_ANNOTATIONS = "/usr/share/java/geronimo-annotation-1.3-spec.jar"
TSC = ["--strict", "--target", "es2021", "--module", "commonjs", "--moduleResolution", "node"]
TSC += ["--lib", "es2021,dom", "--types", "node"]

# openapi-generator 7.26.0: each generator's options besides the defaults (docs/ports.md says why).
OPENAPI_GENERATOR: dict[str, dict[str, Any]] = {
    "go": {"packageName": GO_PACKAGE},
    "typescript-axios": {},
    "typescript-fetch": {"modelPropertyNaming": "original"},
    "typescript": {},
    "python": {},
    "java": {"library": "native", "openApiNullable": False, "containerDefaultToNull": True},
    "ruby": {},
    "php": {},
    "kotlin": {"serializationLibrary": "gson"},
}
# Leaves out test stubs and Markdown only: nothing a client is built from.
QUIET = {"apiTests": "false", "modelTests": "false", "apiDocs": "false", "modelDocs": "false"}


class StepFailed(Exception):
    pass


@dataclass
class Report:
    port: str
    built: bool = False
    read: int = 0
    failures: list[str] = field(default_factory=list)
    problem: str = ""


@dataclass(frozen=True)
class Case:
    """One seed answer and the response type to read it as: a schema name (or `string`), or an
    array of it."""

    label: str
    model: str
    array: bool
    body: Any

    def as_json(self) -> dict[str, Any]:
        return {"label": self.label, "model": self.model, "array": self.array, "body": self.body}


# What makes a schema a model of its own; one with none of these is any JSON value.
COMPOSED = {"type", "properties", "allOf", "oneOf", "anyOf", "enum", "items"}


def response_type(contract: dict[str, Any], schema: dict[str, Any]) -> tuple[str, bool]:
    """(schema name, is an array) for a response schema; a named array is read as its items, as
    the generators make no model for it; `string`, or `any` for a schema that says nothing of the
    value's form."""
    if schema.get("type") == "array":
        item, nested = response_type(contract, schema["items"])
        if nested:
            raise ValueError(f"an array of arrays has no port type: {schema}")
        return item, True
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        target = contract["components"]["schemas"][name]
        if target.get("type") == "array" or not COMPOSED.intersection(target):
            return response_type(contract, target)
        return name, False
    if schema.get("type") == "string":
        return "string", False
    if not COMPOSED.intersection(schema):
        return "any", False
    raise ValueError(f"no port type for {schema}: name it in the contract")


def shape(contract: dict[str, Any], schema: dict[str, Any], body: Any) -> dict[str, Any]:
    """The form in `x-astra-shapes` that `body` has (an object, an array or a string), as the
    contract tells a port to decode such a value; `schema` itself when it lists no forms."""
    shapes = resolved(contract, schema).get("x-astra-shapes", [])
    kinds = {"object": dict, "array": list, "string": str}
    matching = [form for form in shapes if isinstance(body, kinds.get(json_type(contract, form), ()))]
    return matching[0] if len(matching) == 1 else schema


def resolved(contract: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = contract["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def json_type(contract: dict[str, Any], schema: dict[str, Any]) -> str:
    target = resolved(contract, schema)
    return str(target.get("type", "object" if "properties" in target else "any"))


def cases(contract: dict[str, Any], answers: list[SeedAnswer]) -> list[Case]:
    found = []
    for answer in answers:
        body = read_answer(answer)
        schema = shape(contract, response_schema(contract, answer), body)
        found.append(Case(answer.label, *response_type(contract, schema), body))
    return found


def run(step: str, command: list[str], **kwargs: Any) -> None:
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)
    seconds = time.monotonic() - started
    if result.returncode != 0:
        print(f"ports: {step}: FAILED ({seconds:.0f} s)", flush=True)
        raise StepFailed(f"{step}: {(result.stdout + result.stderr).strip()[-3000:]}")
    print(f"ports: {step}: ok ({seconds:.0f} s)", flush=True)


def generate(work: Path, generators: list[str]) -> None:
    """Every openapi-generator port from one JVM: a batch of one configuration per generator."""
    configs = []
    for name in generators:
        config = {
            "generatorName": name,
            "inputSpec": str(CONTRACT),
            "outputDir": str(output_dir(work, name)),
            "additionalProperties": OPENAPI_GENERATOR[name],
            "globalProperties": QUIET,
        }
        path = work / "config" / f"{name}.yaml"  # JSON is YAML
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(config, indent=2))
        configs.append(str(path))
    run(
        "openapi-generator batch " + " ".join(generators),
        [str(BIN / "openapi-generator-cli"), "batch", *configs],
    )


def output_dir(work: Path, generator: str) -> Path:
    return work / "gopath" / "src" / GO_PACKAGE if generator == "go" else work / generator


def compared(report: Report, all_cases: list[Case], results: list[dict[str, Any]], allowed: set[str]) -> None:
    """Counts the answers that came back unchanged (but for `allowed` normalisations)."""
    by_label = {result["label"]: result for result in results}
    for case in all_cases:
        result = by_label.get(case.label, {"error": "no result"})
        problem = (
            result["error"]
            if "error" in result
            else difference(case.body, result["json"], frozenset(allowed))
        )
        if problem:
            report.failures.append(f"{case.label}: {' '.join(str(problem).split())[:300]}")
        else:
            report.read += 1


def tsc_failures(report: Report, all_cases: list[Case], folder: Path, output: str) -> None:
    """Counts the typed literals tsc accepted; the first error of each file names its answer, and
    an error elsewhere (in the client) is the port's problem."""
    errors: dict[int, str] = {}
    for line in output.splitlines():
        name, _, message = line.partition(": error ")
        if not message:
            continue
        path = folder.parent.parent / name.split("(", 1)[0]
        if path.parent == folder:
            errors.setdefault(int(path.stem[1:]), message)
        else:
            report.problem = report.problem or line
    for index, case in enumerate(all_cases):
        if index in errors:
            report.failures.append(f"{case.label}: {errors[index][:300]}")
        else:
            report.read += 1


def typed_literals(
    work: Path, name: str, all_cases: list[Case], header: str, type_of: Callable[[Case], str]
) -> Path:
    folder = work / "literals" / name
    folder.mkdir(parents=True)
    for index, case in enumerate(all_cases):
        literal = json.dumps(case.body, indent=2)
        (folder / f"a{index:03}.ts").write_text(
            f"{header}\nexport const answer: {type_of(case)} = {literal};\n"
        )
    return folder


def type_check(report: Report, work: Path, all_cases: list[Case], client: Path, folder: Path) -> None:
    files = sorted(str(path) for path in folder.glob("*.ts"))
    run(f"tsc --strict {report.port}", [str(NODE_BIN / "tsc"), *TSC, "--noEmit", str(client)], cwd=work)
    report.built = True
    command = [str(NODE_BIN / "tsc"), *TSC, "--noEmit", "--pretty", "false", *files]
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=work)
    print(f"ports: tsc --strict {report.port}: {len(files)} typed seed answers checked", flush=True)
    tsc_failures(report, all_cases, folder, result.stdout)


def typescript_axios(report: Report, work: Path, all_cases: list[Case]) -> None:
    def type_of(case: Case) -> str:
        item = case.model if case.model in {"string", "any"} else f"api.{case.model}"
        return f"Array<{item}>" if case.array else item

    header = 'import type * as api from "../../typescript-axios/api";'
    folder = typed_literals(work, report.port, all_cases, header, type_of)
    type_check(report, work, all_cases, work / "typescript-axios" / "index.ts", folder)
    node_calls(report, work, "axios-calls")


def openapi_typescript(report: Report, work: Path, all_cases: list[Case]) -> None:
    types = work / "openapi-typescript" / "schema.ts"
    run(
        "openapi-typescript",
        [str(NODE_BIN / "openapi-typescript"), str(CONTRACT), "-o", str(types)],
        cwd=work,
    )

    def type_of(case: Case) -> str:
        item = case.model if case.model in {"string", "any"} else f'components["schemas"]["{case.model}"]'
        return f"Array<{item}>" if case.array else item

    header = 'import type { components } from "../../openapi-typescript/schema";'
    folder = typed_literals(work, report.port, all_cases, header, type_of)
    type_check(report, work, all_cases, types, folder)
    node_calls(report, work, "openapi-typescript-calls")


def openapi_typescript_codegen(report: Report, work: Path, all_cases: list[Case]) -> None:
    client = work / "openapi-typescript-codegen"
    # Its command is `openapi`, a name @redocly/cli's command also has in node_modules/.bin.
    generator = ["node", str(ROOT / "node_modules" / "openapi-typescript-codegen" / "bin" / "index.js")]
    run(
        "openapi-typescript-codegen",
        [*generator, "--input", str(CONTRACT), "--output", str(client)],
        cwd=work,
    )

    def type_of(case: Case) -> str:
        # A schema name is made an identifier: `AWS-KMS` is the type `AWS_KMS`.
        item = case.model if case.model in {"string", "any"} else f"api.{case.model.replace('-', '_')}"
        return f"Array<{item}>" if case.array else item

    header = 'import type * as api from "../../openapi-typescript-codegen";'
    folder = typed_literals(work, report.port, all_cases, header, type_of)
    type_check(report, work, all_cases, client / "index.ts", folder)
    node_calls(report, work, "codegen-calls")


def openapi_zod_client(report: Report, work: Path, all_cases: list[Case]) -> None:
    """The generated module is compiled with the drivers that import it (one tsc run), then loaded:
    its schemas are built when the module loads. The calls go through its Zodios client."""
    client = work / "openapi-zod-client" / "client.ts"
    client.parent.mkdir()
    generator = [str(NODE_BIN / "openapi-zod-client"), str(CONTRACT), "-o", str(client)]
    run("openapi-zod-client", [*generator, *OPENAPI_ZOD_CLIENT], cwd=work)
    drivers = work / "drivers"
    shutil.copytree(HERE / "typescript", drivers, dirs_exist_ok=True)
    out = work / "js" / report.port
    compile_driver = [str(NODE_BIN / "tsc"), *TSC, "--outDir", str(out), "--rootDir", str(work)]
    run(
        "tsc --strict openapi-zod-client and zod drivers",
        [*compile_driver, str(drivers / "zod.ts"), str(drivers / "zod-calls.ts")],
        cwd=work,
    )
    report.built = True
    round_trip(report, work, all_cases, ["node", str(out / "drivers" / "zod.js")], cwd=work)
    fake_calls(report, ["node", str(out / "drivers" / "zod-calls.js")], cwd=work)


OPENAPI_ZOD_CLIENT = ["--export-schemas"]


def round_trip(report: Report, work: Path, all_cases: list[Case], command: list[str], **kwargs: Any) -> None:
    """Runs a driver over answers.json and compares what it wrote back."""
    results = work / f"results-{report.port}.json"
    run(
        f"{report.port} reads the seed answers",
        [*command, str(work / "answers.json"), str(results)],
        **kwargs,
    )
    compared(report, all_cases, json.loads(results.read_text()), NORMALISED[report.port])


def typescript_runtime(report: Report, work: Path, all_cases: list[Case], driver: str) -> None:
    client = work / report.port
    # The generic generator ships its tsconfig.json (strict, and stricter); typescript-fetch none.
    build = ["-p", str(client)] if (client / "tsconfig.json").is_file() else [*TSC, str(client / "index.ts")]
    run(f"tsc --strict {report.port}", [str(NODE_BIN / "tsc"), "--noEmit", *build], cwd=work)
    report.built = True
    drivers = work / "drivers"
    shutil.copytree(HERE / "typescript", drivers, dirs_exist_ok=True)
    out = work / "js" / report.port
    compile_driver = [str(NODE_BIN / "tsc"), *TSC, "--outDir", str(out), "--rootDir", str(work)]
    run(f"tsc {driver}", [*compile_driver, str(drivers / f"{driver}.ts")], cwd=work)
    round_trip(report, work, all_cases, ["node", str(out / "drivers" / f"{driver}.js")], cwd=work)
    node_calls(report, work, f"{driver}-calls")


def node_calls(report: Report, work: Path, driver: str) -> None:
    """tools/ports/typescript/<driver>.ts, compiled with the port it imports, against the served fake."""
    shutil.copytree(HERE / "typescript", work / "drivers", dirs_exist_ok=True)
    out = work / "js" / f"{report.port}-calls"
    compile_driver = [str(NODE_BIN / "tsc"), *TSC, "--outDir", str(out), "--rootDir", str(work)]
    run(f"tsc {driver}", [*compile_driver, str(work / "drivers" / f"{driver}.ts")], cwd=work)
    fake_calls(report, ["node", str(out / "drivers" / f"{driver}.js")], cwd=work)


def go(report: Report, work: Path, all_cases: list[Case]) -> None:
    gopath = work / "gopath"
    program = gopath / "src" / "seedcheck"
    program.mkdir(parents=True)
    shutil.copy(HERE / "go" / "main.go", program / "main.go")
    (program / "models.go").write_text(go_models(all_cases))
    env = {
        **os.environ,
        "GO111MODULE": "off",
        "GOPATH": f"{gopath}{os.pathsep}{DEBIAN_GOPATH}",
        "GOFLAGS": "",
        "GOPROXY": "off",
        "GOCACHE": str(work / "gocache"),
    }
    packages = [f"./{GO_PACKAGE}/...", "./seedcheck"]
    run("go build", ["go", "build", *packages], cwd=gopath / "src", env=env)
    run("go vet", ["go", "vet", *packages], cwd=gopath / "src", env=env)
    report.built = True
    run(
        "go build seedcheck",
        ["go", "build", "-o", str(work / "seedcheck"), "./seedcheck"],
        cwd=gopath / "src",
        env=env,
    )
    round_trip(report, work, all_cases, [str(work / "seedcheck")])
    go_calls(report, work, env)


def go_calls(report: Report, work: Path, env: dict[str, str]) -> None:
    shutil.copytree(HERE / "go" / "fakecalls", work / "gopath" / "src" / "fakecalls")
    command = ["go", "build", "-o", str(work / "fakecalls"), "./fakecalls"]
    run("go build fakecalls", command, cwd=work / "gopath" / "src", env=env)
    run("go vet fakecalls", ["go", "vet", "./fakecalls"], cwd=work / "gopath" / "src", env=env)
    fake_calls(report, [str(work / "fakecalls")])


def go_models(all_cases: list[Case]) -> str:
    """The Go driver's table from schema name to the stock client's type."""
    names = sorted({case.model for case in all_cases} - {"string", "any"})
    rows = "".join(f'\t"{name}": reflect.TypeOf({GO_PACKAGE}.{name}{{}}),\n' for name in names)
    return (
        f'package main\n\nimport (\n\t"reflect"\n\n\t"{GO_PACKAGE}"\n)\n\n'
        f'var models = map[string]reflect.Type{{\n\t"string": reflect.TypeOf(""),\n'
        f'\t"any":    reflect.TypeOf((*interface{{}})(nil)).Elem(),\n{rows}}}\n'
    )


def java(report: Report, work: Path, all_cases: list[Case]) -> None:
    classpath = os.pathsep.join([str(jackson(work)), DEBIAN_ANNOTATIONS])
    classes = work / "java-classes"
    sources = sorted(str(path) for path in (work / "java" / "src" / "main" / "java").rglob("*.java"))
    javac = ["javac", "-nowarn", "-encoding", "UTF-8", "-d", str(classes), "-cp", classpath]
    run(f"javac java ({len(sources)} files)", [*javac, *sources])
    report.built = True
    run(
        "javac Driver",
        [*javac, "-cp", f"{classes}{os.pathsep}{classpath}", str(HERE / "java" / "Driver.java")],
    )
    command = ["java", "-cp", f"{classes}{os.pathsep}{classpath}", "Driver"]
    round_trip(report, work, all_cases, command)
    java_calls(report, javac, f"{classes}{os.pathsep}{classpath}")


def java_calls(report: Report, javac: list[str], classpath: str) -> None:
    run("javac Calls", [*javac, "-cp", classpath, str(HERE / "java" / "Calls.java")])
    fake_calls(report, ["java", "-cp", classpath, "Calls"])


def jackson(work: Path) -> Path:
    """Jackson 2.22 (core, databind, annotations, datatype-jsr310) and the jsr305 annotations, as
    shipped inside the PyPI openapi-generator-cli jar: Debian has no jackson-datatype-jsr310."""
    import openapi_generator_cli

    jar = Path(openapi_generator_cli.__file__).parent / "openapi-generator.jar"
    target = work / "java-deps"
    with zipfile.ZipFile(jar) as archive:
        wanted = [
            n for n in archive.namelist() if n.startswith(("com/fasterxml/jackson/", "javax/annotation/"))
        ]
        archive.extractall(target, wanted)
    return target


def python(report: Report, work: Path, all_cases: list[Case]) -> None:
    run(
        "python import openapi_client",
        [sys.executable, "-c", "import openapi_client.api"],
        cwd=work / "python",
    )
    report.built = True
    env = {**os.environ, "PYTHONPATH": str(work / "python")}
    command = [sys.executable, str(HERE / "python" / "driver.py"), "openapi-generator"]
    round_trip(report, work, all_cases, command, env=env)
    fake_calls(report, [sys.executable, str(HERE / "python" / "calls.py")], env=env)


def fake_calls(report: Report, command: list[str], env: dict[str, str] | None = None, **kwargs: Any) -> None:
    """The port's own generated calls against the served fake, through a database's whole life
    (create, read, list, add a keyspace, terminate; tools/ports/<language>/calls*): the driver
    fails on any answer its types refuse, and the fake must have seen that life."""
    from astra_devops.testing import FakeAstra

    fake = FakeAstra()
    with fake.serve() as url:
        served = {"ASTRA_DEVOPS_BASE_URL": url, "ASTRA_DB_APPLICATION_TOKEN": fake.token}
        run(f"{report.port} calls the served fake", command, env={**(env or os.environ), **served}, **kwargs)
    lived = [db for db in fake.databases.values() if db.status == "TERMINATED" and "second" in db.keyspaces()]
    if len(lived) != 1:
        raise StepFailed(
            f"{report.port}: the fake saw no database live its whole life ({len(fake.requests)} requests)"
        )


def datamodel_codegen(report: Report, work: Path, all_cases: list[Case]) -> None:
    folder = work / "datamodel-codegen"
    folder.mkdir()
    command = [str(BIN / "datamodel-codegen"), *DATAMODEL_CODEGEN, "--input", str(CONTRACT)]
    run("datamodel-codegen", [*command, "--output", str(folder / "models.py")])
    run("python import models", [sys.executable, "-c", "import models"], cwd=folder)
    report.built = True
    env = {**os.environ, "PYTHONPATH": str(folder)}
    command = [sys.executable, str(HERE / "python" / "driver.py"), "datamodel-codegen"]
    round_trip(report, work, all_cases, command, env=env)
    fake_calls(report, [sys.executable, str(HERE / "python" / "models_calls.py")], env=env)


def ruby(report: Report, work: Path, all_cases: list[Case]) -> None:
    gem = work / "ruby"
    run("ruby require openapi_client", ["ruby", "-I", str(gem / "lib"), "-e", "require 'openapi_client'"])
    report.built = True
    round_trip(report, work, all_cases, ["ruby", str(HERE / "ruby" / "driver.rb"), str(gem)])
    fake_calls(report, ["ruby", str(HERE / "ruby" / "calls.rb"), str(gem)])


def php(report: Report, work: Path, all_cases: list[Case]) -> None:
    client = work / "php"
    sources = sorted(str(path) for path in (client / "lib").rglob("*.php"))
    lint = "foreach (array_slice($argv, 1) as $f) { if (!@opcache_compile_file($f)) exit(1); }"
    run(
        f"php compiles php ({len(sources)} files)",
        ["php", "-d", "opcache.enable_cli=1", "-r", lint, *sources],
    )
    report.built = True
    round_trip(report, work, all_cases, ["php", str(HERE / "php" / "driver.php"), str(client)])
    fake_calls(report, ["php", str(HERE / "php" / "calls.php"), str(client)])


# What the models need of the kotlin client's infrastructure: the gson Serializer and its adapters.
KOTLIN_SERIALIZER = ["Serializer", "OffsetDateTimeAdapter", "LocalDateTimeAdapter", "LocalDateAdapter"]
KOTLIN_SERIALIZER += ["ByteArrayAdapter"]
DEBIAN_GSON = "/usr/share/java/gson.jar"
DEBIAN_KOTLIN_STDLIB = "/usr/share/java/kotlin-stdlib.jar"


def kotlin(report: Report, work: Path, all_cases: list[Case]) -> None:
    """The models and the gson Serializer, compiled with Debian's kotlinc with both drivers; the
    ApiClient (okhttp 5) is left out: the calls send with Java's HttpClient, through the models."""
    client = work / "kotlin" / "src" / "main" / "kotlin" / "org" / "openapitools" / "client"
    sources = sorted(str(path) for path in (client / "models").glob("*.kt"))
    sources += [str(client / "infrastructure" / f"{name}.kt") for name in KOTLIN_SERIALIZER]
    classes = work / "kotlin-classes"
    compile_all = ["kotlinc", "-nowarn", "-cp", DEBIAN_GSON, "-d", str(classes)]
    run(
        f"kotlinc kotlin models, Driver and Calls ({len(sources)} files)",
        [*compile_all, *sources, str(HERE / "kotlin" / "Driver.kt"), str(HERE / "kotlin" / "Calls.kt")],
    )
    report.built = True
    command = ["kotlin", "-cp", f"{classes}{os.pathsep}{DEBIAN_GSON}", "DriverKt"]
    round_trip(report, work, all_cases, command)
    # `java`, not the `kotlin` runner, whose class loader does not see the java.net.http module.
    classpath = os.pathsep.join([str(classes), DEBIAN_GSON, DEBIAN_KOTLIN_STDLIB])
    fake_calls(report, ["java", "-cp", classpath, "calls.CallsKt"])


DATAMODEL_CODEGEN = ["--input-file-type", "openapi", "--output-model-type", "pydantic_v2.BaseModel"]
DATAMODEL_CODEGEN += ["--target-python-version", "3.11"]

# The normalisations (compare.py) each round-tripping port needs, and no more: Python's datetime
# keeps microseconds and JavaScript's Date milliseconds; Go, Java and Kotlin keep the instant but
# write it in their own form; Java's and Kotlin's models write no null; Ruby and PHP keep seconds.
NORMALISED: dict[str, set[str]] = {
    "go": {INSTANT_NANOSECONDS},
    "java": {NULL_DROPPED, INSTANT_NANOSECONDS},
    "python": {INSTANT_MICROSECONDS},
    "datamodel-codegen": {INSTANT_MICROSECONDS},
    "typescript-fetch": {INSTANT_MILLISECONDS},
    "typescript": {INSTANT_MILLISECONDS},
    "ruby": {RUBY_TIME},
    "php": {INSTANT_SECONDS, EMPTY_OBJECT_AS_ARRAY},
    "kotlin": {NULL_DROPPED, INSTANT_NANOSECONDS},
    "openapi-zod-client": set(),
}

Port = Callable[[Report, Path, list[Case]], None]
PORTS: dict[str, Port] = {
    "go": go,
    "java": java,
    "python": python,
    "datamodel-codegen": datamodel_codegen,
    "typescript-fetch": lambda r, w, c: typescript_runtime(r, w, c, "fetch"),
    "typescript": lambda r, w, c: typescript_runtime(r, w, c, "generic"),
    "typescript-axios": typescript_axios,
    "openapi-typescript": openapi_typescript,
    "ruby": ruby,
    "php": php,
    "kotlin": kotlin,
    "openapi-zod-client": openapi_zod_client,
    "openapi-typescript-codegen": openapi_typescript_codegen,
}


def contract_check(answers: list[SeedAnswer], all_cases: list[Case]) -> Report:
    """Each answer against its response schema with undeclared keys refused, and typed: a schema
    that says nothing of the value's form would let every port read anything."""
    strict = StrictContract()
    report = Report("contract (closed schemas)", built=True)
    for answer, case in zip(answers, all_cases, strict=True):
        errors = strict.errors(answer, read_answer(answer))
        if case.model == "any":
            errors.append("<root>: no type and no form in x-astra-shapes that fits")
        if errors:
            report.failures.append(f"{answer.label}: {errors[0]}")
        else:
            report.read += 1
    print(f"ports: contract: {report.read} of {len(answers)} seed answers match, typed, no undeclared key")
    return report


def summary(reports: list[Report], total: int) -> str:
    lines = [f"{'port':<28} {'builds':<7} seed answers read unchanged"]
    for report in reports:
        built = "yes" if report.built else "NO"
        lines.append(f"{report.port:<28} {built:<7} {report.read} of {total}")
    for report in reports:
        if report.problem:
            lines.append(f"\n{report.port}: {report.problem}")
        if report.failures:
            lines.append(f"\n{report.port}: {len(report.failures)} answers not read unchanged:")
            lines += [f"  {failure}" for failure in report.failures]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print it")
    parser.add_argument("--only", action="append", choices=sorted(PORTS), help="run these ports only")
    args = parser.parse_args(argv)
    started = time.monotonic()
    answers = checked_answers()
    try:
        all_cases = cases(json.loads(CONTRACT.read_text()), answers)
    except ValueError as error:
        sys.exit(f"ports: {error}")
    work = Path(tempfile.mkdtemp(prefix="astra-ports-"))
    reports = [contract_check(answers, all_cases)]
    try:
        reports += run_ports(work, args.only or list(PORTS), all_cases)
    finally:
        if args.keep:
            print(f"ports: kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(summary(reports, len(answers)))
    print(f"ports: {time.monotonic() - started:.0f} s")
    ok = all(report.built and not report.failures and not report.problem for report in reports)
    return 0 if ok else 1


def run_ports(work: Path, selected: list[str], all_cases: list[Case]) -> list[Report]:
    """Each port in turn; a port whose generator wrote nothing reports the batch's failure."""
    (work / "answers.json").write_text(json.dumps([case.as_json() for case in all_cases]))
    (work / "node_modules").symlink_to(ROOT / "node_modules")
    batch_failure = ""
    try:
        if wanted := [name for name in selected if name in OPENAPI_GENERATOR]:
            generate(work, wanted)
    except StepFailed as failure:
        batch_failure = str(failure)
    reports = []
    for name in selected:
        report = Report(name)
        reports.append(report)
        if name in OPENAPI_GENERATOR and not output_dir(work, name).is_dir():
            report.problem = batch_failure
            continue
        try:
            PORTS[name](report, work, all_cases)
        except StepFailed as failure:
            report.problem = str(failure)
    return reports


if __name__ == "__main__":
    sys.exit(main())
