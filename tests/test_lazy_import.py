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
dateutil = "dateutil" in sys.modules
client.access_lists
dateutil = dateutil or "dateutil" in sys.modules
print(json.dumps({"eager": eager, "models_after_use": len(models), "dateutil": dateutil}))
"""


def test_importing_and_constructing_loads_no_generated_module() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    seen = json.loads(result.stdout)
    assert seen["eager"] == [], f"generated modules imported eagerly: {seen['eager']}"
    assert 0 < seen["models_after_use"] < 40, "first use should import only the models it needs"


def test_dateutil_waits_for_a_time_only_it_can_read() -> None:
    """python-dateutil (~13 ms to import) is loaded by the one quirk that needs it, not by using a
    resource (here databases, and access lists, the resource whose answers may need it)."""
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout)["dateutil"] is False
    reads = "from astra_devops import _quirks; print(_quirks.timestamp('2021-08-03 15:20:29.008 +0000 UTC'))"
    done = subprocess.run([sys.executable, "-c", reads], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "2021-08-03 15:20:29.008000+00:00"
