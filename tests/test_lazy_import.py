"""`import astra_devops` stays cheap: no generated model or endpoint module until first use."""

import json
import subprocess
import sys

PROBE = """
import json, sys
import astra_devops
client = astra_devops.AstraDevOps(token="AstraCS:probe")
eager = sorted(name for name in sys.modules if name.startswith("astra_devops_api"))
client.databases
models = [name for name in sys.modules if name.startswith("astra_devops_api.models.")]
print(json.dumps({"eager": eager, "models_after_use": len(models)}))
"""


def test_importing_and_constructing_loads_no_generated_module() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    seen = json.loads(result.stdout)
    assert seen["eager"] == [], f"generated modules imported eagerly: {seen['eager']}"
    assert 0 < seen["models_after_use"] < 40, "first use should import only the models it needs"
