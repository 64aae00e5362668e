"""Generate generated/astra_devops_api from the patched contract, and refuse warnings.

openapi-python-client skips an operation or a schema it cannot read and only warns;
here a warning fails the build, so nothing is ever silently missing from the client.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "generator-templates"
WARNING_MARKERS = ("Warning", "warning:", "Unable to", "will not be generated")


def generate(spec: Path, destination: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "astra_devops_api"
        result = subprocess.run(
            [
                "openapi-python-client",
                "generate",
                "--path",
                str(spec),
                "--meta",
                "none",
                "--output-path",
                str(staging),
                "--config",
                str(CONFIG),
                "--custom-template-path",
                str(TEMPLATES),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        output = result.stdout + result.stderr
        if result.returncode != 0 or any(marker in output for marker in WARNING_MARKERS):
            sys.exit(f"generation failed or warned:\n{output}")
        (staging / "py.typed").touch()
        if destination.exists():
            shutil.rmtree(destination)
        shutil.copytree(staging, destination, ignore=shutil.ignore_patterns("__pycache__"))


if __name__ == "__main__":
    generate(Path(sys.argv[1]), Path(sys.argv[2]))
