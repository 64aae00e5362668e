"""`make demo`: run a script against the local fake DevOps API served on loopback.

The script gets the fake's URL and token through the environment
(ASTRA_DEVOPS_BASE_URL, ASTRA_DB_APPLICATION_TOKEN), exactly as it would get a real token.
"""

from __future__ import annotations

import os
import subprocess
import sys

from astra_devops.testing import FakeAstra

STEP_SECONDS = 0.5


def main() -> int:
    script = sys.argv[1]
    fake = FakeAstra(advance_on_poll=False, step_seconds=STEP_SECONDS)
    with fake.serve(port=0) as url:
        print(f"local fake Astra DevOps API at {url}", flush=True)
        env = {
            **os.environ,
            "ASTRA_DEVOPS_BASE_URL": url,
            "ASTRA_DB_APPLICATION_TOKEN": fake.token,
            "PYTHONUNBUFFERED": "1",  # the script's prints and log lines in the order they happen
        }
        return subprocess.run([sys.executable, script], env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
