"""The documentation site as a reader's browser shows it: the site is built from this checkout,
served on loopback, and opened by headless Chromium (`tools/docs/install_browser.sh`, which
`make test` runs before pytest, installs it from the Debian packages); the checks read the DOM it
renders."""

from __future__ import annotations

import html
import io
import json
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO

import pytest

from .conftest import ROOT

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
BUILD_SECONDS = 300
PAGE_SECONDS = 60
WIDTH = 1280
# Run in each page asked for with `?measure` once the theme's scripts have run: which code blocks
# scroll (their code wider than the block) and which copy buttons sit over a line of code.
MEASURE = """
addEventListener("load", () => setTimeout(() => {
  const first = (code) => code.textContent.trim().split("\\n")[0].slice(0, 60);
  const overflow = [...document.querySelectorAll("pre > code")]
    .filter((code) => code.scrollWidth > code.clientWidth + 1).map(first);
  const covered = [];
  for (const button of document.querySelectorAll("pre .md-code__button")) {
    const box = button.getBoundingClientRect();
    const code = button.closest("pre").querySelector("code");
    const range = document.createRange();
    range.selectNodeContents(code);
    const lines = [...range.getClientRects()].filter((line) => line.width > 0);
    if (lines.some((line) => line.left < box.right && line.right > box.left
                             && line.top < box.bottom && line.bottom > box.top)) {
      covered.push(first(code));
    }
  }
  const blocks = document.querySelectorAll("pre > code").length;
  const buttons = document.querySelectorAll("pre .md-code__button").length;
  document.documentElement.dataset.measured = JSON.stringify({overflow, covered, blocks, buttons});
}, 300));
"""


def _browser() -> str:
    found = [path for path in map(shutil.which, BROWSERS) if path]
    assert found, "no headless Chromium: run tools/docs/install_browser.sh (make test does)"
    return found[0]


class _QuietHandler(SimpleHTTPRequestHandler):
    """The site's files; a page asked for with `?measure` carries the MEASURE script."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self) -> BinaryIO | None:  # type: ignore[override]
        path, _, query = self.path.partition("?")
        if query != "measure":
            return super().send_head()
        page = Path(self.translate_path(path)) / "index.html"
        body = page.read_bytes().replace(b"</body>", f"<script>{MEASURE}</script></body>".encode())
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built with mkdocs --strict: its folder."""
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env={"PATH": str(Path(sys.executable).parent), "NO_MKDOCS_2_WARNING": "1", "HOME": str(out)},
        capture_output=True,
        text=True,
        timeout=BUILD_SECONDS,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def site(built: Path) -> Iterator[str]:
    """The built site, served on 127.0.0.1: its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(built)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()


def rendered(url: str, profile: Path, *options: str) -> str:
    """The DOM of `url` after Chromium ran its scripts."""
    shown = subprocess.run(
        [
            _browser(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={profile}",
            *options,
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
    signature = "create_for_organization(*, body: CreateTokenBody = ..., timeout: Timeout = None,"
    assert compact(signature) in compact(shown)
    described = json.loads((ROOT / "generated" / "openapi.json").read_text())["paths"]["/v2/tokens"]["post"]
    expected = f"{described['summary']}. {described['description']}".replace("`", "")
    assert compact(expected) in compact(shown)
    assert "Sends a POST to /v2/tokens ." in shown
    table = shown.partition("Parameters: Name Type Description Default")[2]
    assert "body CreateTokenBody The request body: CreateTokenBody . ..." in table
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


def pages(built: Path) -> list[str]:
    """Every page of the site, as the path after its base URL (`reference/errors/`)."""
    return sorted(str(page.parent.relative_to(built)) + "/" for page in built.rglob("index.html"))


def measured(site: str, page: str, profile: Path) -> dict[str, object]:
    dom = rendered(
        f"{site}/{page}?measure", profile, f"--window-size={WIDTH},900", "--virtual-time-budget=5000"
    )
    found = re.search(r'data-measured="([^"]*)"', dom)
    assert found, f"{page}: the measuring script did not run"
    result: dict[str, object] = json.loads(html.unescape(found[1]))
    return result


def test_no_code_block_hides_code_or_sits_under_its_copy_button_at_1280_px(
    built: Path, site: str, tmp_path: Path
) -> None:
    """Issue 31: the quick start hid `wait=False` past the right edge, and the home page's copy button
    sat over its text. Every page, at the width of a common laptop window."""
    every = pages(built)
    assert "./" in every and "quickstart/" in every and "reference/resources/databases/" in every
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda n: measured(site, every[n], tmp_path / str(n)), range(len(every))))
    shown = dict(zip(every, results, strict=True))
    assert shown["./"]["blocks"] and shown["./"]["buttons"], "the home page's code blocks were not measured"
    assert {page: r["overflow"] for page, r in shown.items() if r["overflow"]} == {}
    assert {page: r["covered"] for page, r in shown.items() if r["covered"]} == {}


def html_pages(built: Path) -> dict[str, str]:
    return {str(page.relative_to(built)): page.read_text() for page in sorted(built.rglob("index.html"))}


def test_no_page_shows_the_code_generators_own_docstrings(built: Path) -> None:
    """Issue 31: "Raises: errors.UnexpectedStatus ... httpx.TimeoutException ... Returns: Response[...]"
    came with the generated functions' docstrings and contradicted the promise that no raw httpx
    exception escapes."""
    generator = re.compile(
        r"UnexpectedStatus|httpx\.TimeoutException|raise_on_unexpected_status|(?<!API)Response\["
    )
    shown = {page: generator.findall(text_of(dom)) for page, dom in html_pages(built).items()}
    assert {page: found for page, found in shown.items() if found} == {}


def test_no_signature_or_field_shows_the_unset_marker(built: Path) -> None:
    """`db_type: DbType | Unset | None = UNSET` reads `db_type: DbType | None = ...` (the resources page
    says why)."""
    marker = re.compile(r"\b(?:Unset|UNSET)\b")
    shown = {page: len(marker.findall(text_of(dom))) for page, dom in html_pages(built).items()}
    shown.pop("changelog/index.html")  # history: a release fixed how `UNSET` copies and prints
    assert {page: count for page, count in shown.items() if count} == {}
    databases = text_of(html_pages(built)["reference/resources/databases/index.html"])
    assert compact("db_type: DbType | None = ...,") in compact(databases)


def test_the_errors_reference_shows_the_exception_tree_as_a_tree(built: Path) -> None:
    dom = html_pages(built)["reference/errors/index.html"]
    blocks = [
        html.unescape(re.sub(r"<[^>]+>", "", block)) for block in re.findall(r"<pre.*?</pre>", dom, re.S)
    ]
    (tree,) = [block for block in blocks if "├── ConfigurationError" in block]
    lines = [line.split()[:2] for line in tree.strip().splitlines()]
    assert lines[0] == ["AstraDevOpsError"]
    assert ["├──", "APIStatusError"] in lines and ["│", "└──"] in [line[:2] for line in lines]
    assert lines[-1] == ["└──", "BundleWriteError"]


def test_the_guide_and_the_reference_agree_that_status_errors_start_at_400(built: Path) -> None:
    for page in ("errors/index.html", "reference/errors/index.html"):
        text = text_of(html_pages(built)[page])
        assert ">= 400" in text and ">= 300" not in text, page


def test_a_page_named_in_the_text_is_a_link_to_it(built: Path) -> None:
    """Issue 31: "see waiting.md" was plain text. Code blocks and links aside, no page names another
    of the site's pages by its file name."""
    named = re.compile(r"\b(?:docs/)?([a-z][a-z_-]*)\.md\b")
    site_pages = {page.stem for page in (ROOT / "docs").rglob("*.md")}
    found: dict[str, list[str]] = {}
    for page, dom in html_pages(built).items():
        body = dom.partition('<article class="md-content__inner')[2].partition("</article>")[0]
        prose = re.sub(r"<a\b.*?</a>|<pre.*?</pre>", "", body, flags=re.S)
        names = [name for name in named.findall(text_of(prose)) if name in site_pages]
        if names:
            found[page] = names
    assert found == {}
    databases = html_pages(built)["reference/resources/databases/index.html"]
    assert re.search(r'see <a class="autorefs[^"]*" href="../../../waiting/#waiting">Waiting</a>', databases)


def test_the_types_in_signatures_link_to_their_reference(built: Path) -> None:
    """Every type of this package or its models in a signature of the client reference is a link
    (Python's own types and httpx's are not: their inventories would need the network)."""
    unlinked: dict[str, set[str]] = {}
    links = 0
    for page, dom in html_pages(built).items():
        if not page.startswith(("reference/resources/", "reference/clients/")):
            continue
        for signature in re.findall(r'<div class="doc-signature.*?</div>', dom, re.S):
            links += len(re.findall(r'<a class="autorefs autorefs-internal"', signature))
            names = set(re.findall(r'<span title="(astra_devops[\w.]*)">', signature))
            if names:
                unlinked.setdefault(page, set()).update(names)
    assert unlinked == {}
    assert links > 400
