"""The documentation site as a reader's browser shows it: the site is built from this checkout,
served on loopback, and opened by headless Chromium (`tools/docs/install_browser.sh`, which
`make docs` runs, installs it from the Debian packages); the checks read the DOM it renders."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from .conftest import ROOT

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
BUILD_SECONDS = 300
PAGE_SECONDS = 60


def _browser() -> str:
    found = [path for path in map(shutil.which, BROWSERS) if path]
    assert found, "no headless Chromium: run tools/docs/install_browser.sh (make docs does)"
    return found[0]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built with mkdocs --strict, served on 127.0.0.1: its base URL."""
    out = tmp_path_factory.mktemp("site")
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env={"PATH": str(Path(sys.executable).parent), "NO_MKDOCS_2_WARNING": "1", "HOME": str(out)},
        capture_output=True,
        text=True,
        timeout=BUILD_SECONDS,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(out)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()


def rendered(url: str, profile: Path) -> str:
    """The DOM of `url` after Chromium ran its scripts."""
    shown = subprocess.run(
        [
            _browser(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=PAGE_SECONDS,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr[-2000:]
    return shown.stdout


def text_of(dom: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", dom)))


def compact(text: str) -> str:
    """Without whitespace: the browser's DOM spaces each token of a signature on its own."""
    return re.sub(r"\s+", "", text)


def entry(dom: str, anchor: str) -> str:
    """The text of one documented object: from its heading to the next heading or the page's end."""
    start = dom.rindex("<", 0, dom.index(f'id="{anchor}"'))
    following = dom.find("<h", dom.index("</h", start) + 3)
    return text_of(dom[start : following if following != -1 else len(dom)])


def test_the_home_page_opens(site: str, tmp_path: Path) -> None:
    dom = rendered(f"{site}/", tmp_path)
    assert "<title>astra-devops</title>" in dom
    assert 'href="reference/resources/"' in dom or 'href="reference/resources/index.html"' in dom


def test_a_one_line_method_shows_its_parameters(site: str, tmp_path: Path) -> None:
    dom = rendered(f"{site}/reference/resources/tokens/", tmp_path)
    shown = entry(dom, "astra_devops.resources.tokens.Tokens.create_for_organization")
    signature = "create_for_organization(*, body: CreateTokenBody | Unset = UNSET, timeout: Timeout = None,"
    assert compact(signature) in compact(shown)
    described = json.loads((ROOT / "generated" / "openapi.json").read_text())["paths"]["/v2/tokens"]["post"]
    expected = f"{described['summary']}. {described['description']}".replace("`", "")
    assert compact(expected) in compact(shown)
    assert "Sends a POST to /v2/tokens ." in shown
    table = shown.partition("Parameters: Name Type Description Default")[2]
    assert "body CreateTokenBody | Unset The request body: CreateTokenBody . UNSET" in table
    assert "timeout Timeout Seconds (or an httpx.Timeout ) for this call" in table
    assert "extra_headers Headers | None Headers added to this request only" in table
    assert "= endpoint(" not in text_of(dom)


def test_an_awaited_one_line_method_shows_its_path_parameters(site: str, tmp_path: Path) -> None:
    dom = rendered(f"{site}/reference/resources/databases/", tmp_path)
    shown = entry(dom, "astra_devops.resources.databases.AsyncDatabases.update_engine_type")
    assert "update_engine_type async" in shown
    signature = "update_engine_type(database_id: str, *, body: EngineType, timeout: Timeout = None,"
    assert compact(signature) in compact(shown)
    assert "database_id str The database's id. required" in shown


def test_the_client_page_shows_resource_classes_and_default_values(site: str, tmp_path: Path) -> None:
    dom = rendered(f"{site}/reference/clients/", tmp_path)
    assert compact("databases: Databases") in compact(entry(dom, "astra_devops.AstraDevOps.databases"))
    assert compact("timeout: float | Timeout = 30.0,") in compact(text_of(dom))
    assert "_lazy" not in dom and "DEFAULT_TIMEOUT" not in dom
