"""The HTML report in a real headless Chromium: visible, right-to-left, interactive, offline.

Needs Debian ``chromium`` + ``chromium-driver`` (``apt-get install -y chromium chromium-driver``)
and, for the full DOM/network checks, ``selenium`` from PyPI. Without selenium a reduced check
still runs Chromium from the command line (screenshot, DOM after scripts, net log).
Skipped only when no Chromium binary is installed.

To check another report (e.g. the seeds), add a factory to ``REPORTS``.
"""
from __future__ import annotations

import base64
import json
import shutil
import subprocess
from pathlib import Path
from typing import Callable

import pytest

from reconcile.render.html import to_html
from reconcile.types import Report
from report_fixture import make_report

pytestmark = pytest.mark.slow

from seeds_report import make_seeds_report  # noqa: E402

REPORTS: dict[str, Callable[[], Report]] = {"fixture": make_report, "seeds": make_seeds_report}

CHROMIUM = next((p for p in ("/usr/lib/chromium/chromium", shutil.which("chromium"),
                             shutil.which("chromium-browser"), shutil.which("google-chrome"))
                 if p and Path(p).exists()), None)
CHROMEDRIVER = shutil.which("chromedriver")
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--disable-dev-shm-usage",
         "--window-size=1366,768"]
if CHROMIUM is None:
    pytest.skip("chromium is not installed (apt-get install -y chromium chromium-driver)",
                allow_module_level=True)

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    HAVE_SELENIUM = CHROMEDRIVER is not None
except ImportError:                                   # pragma: no cover - depends on env
    HAVE_SELENIUM = False

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module", params=sorted(REPORTS))
def page_file(request, tmp_path_factory) -> tuple[Report, Path]:
    report = REPORTS[request.param]()
    path = tmp_path_factory.mktemp(f"html-{request.param}") / "report.html"
    path.write_text(to_html(report), encoding="utf-8")
    return report, path


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    if not HAVE_SELENIUM:
        pytest.skip("selenium (pip) or chromedriver (apt chromium-driver) missing; "
                    "the command-line check still runs")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for f in FLAGS:
        opts.add_argument(f)
    opts.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chrome-profile')}")
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    drv = webdriver.Chrome(options=opts, service=Service(executable_path=CHROMEDRIVER))
    drv.set_page_load_timeout(60)
    yield drv
    drv.quit()


@pytest.fixture(scope="module")
def loaded(driver, page_file):
    report, path = page_file
    driver.get("about:blank")
    driver.get_log("performance")                     # drop the start page's own traffic
    driver.get(path.as_uri())
    perf = [json.loads(e["message"])["message"] for e in driver.get_log("performance")]
    return driver, report, path, perf


def _visible(el) -> bool:
    return el.is_displayed() and el.size["width"] > 0 and el.size["height"] > 0


def _shown(driver) -> list[str]:
    return [el.get_attribute("id") for el in driver.find_elements(By.CSS_SELECTOR, ".finding")
            if el.is_displayed()]


def _external(urls: list[str]) -> list[str]:
    return [u for u in urls if u.startswith(("http:", "https:", "ws:", "wss:", "ftp:"))]


def _page_requests(perf: list[dict], uri: str) -> tuple[list[str], list[str]]:
    """(URLs requested by the page at ``uri``, URLs requested by any page of the tab)."""
    sent = [m["params"] for m in perf if m.get("method") == "Network.requestWillBeSent"]
    return ([p["request"]["url"] for p in sent if p.get("documentURL") == uri],
            [p["request"]["url"] for p in sent])


def test_no_request_leaves_the_page(loaded):
    driver, _, path, perf = loaded
    ours, everywhere = _page_requests(perf, path.as_uri())
    assert path.as_uri() in everywhere and not _external(everywhere), everywhere
    assert ours and all(u == path.as_uri() or u.startswith("data:") for u in ours), ours
    assert driver.execute_script(
        "return performance.getEntriesByType('resource').length") == 0
    severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not severe, severe                          # no JS error, no CSP violation


def test_request_check_catches_a_leak(driver, tmp_path):
    """Negative control: a page that does load a remote image is caught by the same check."""
    leak = tmp_path / "leak.html"
    leak.write_text('<!DOCTYPE html><p>x</p><img src="http://127.0.0.1:9/pixel.png">',
                    encoding="utf-8")
    driver.get("about:blank")
    driver.get_log("performance")
    driver.get(leak.as_uri())
    perf = [json.loads(e["message"])["message"] for e in driver.get_log("performance")]
    ours, _ = _page_requests(perf, leak.as_uri())
    assert _external(ours) == ["http://127.0.0.1:9/pixel.png"]


def test_screenshot(loaded, tmp_path):
    driver, _, _, _ = loaded
    png = driver.get_screenshot_as_png()
    (tmp_path / "report.png").write_bytes(png)
    assert png.startswith(PNG) and len(png) > 5000
    full = driver.execute_cdp_cmd("Page.captureScreenshot",
                                  {"format": "png", "captureBeyondViewport": True})
    data = base64.b64decode(full["data"])
    (tmp_path / "report-full.png").write_bytes(data)
    assert data.startswith(PNG) and len(data) > len(png) // 2


def test_conflicts_above_the_fold(loaded, tmp_path):
    """At 1366x768 every conflict lies on the first screen, and the screenshot shows it: each
    conflict's red side border is painted over its whole height."""
    from PIL import Image

    driver, report, _, _ = loaded
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1366, "height": 768, "deviceScaleFactor": 1, "mobile": False})
    try:
        driver.execute_script("window.scrollTo(0, 0)")
        want = [f"finding-{f.id}" for f in sorted(report.findings, key=lambda f: (
            f.kind != "conflict", ["high", "medium", "low", "info"].index(f.severity)))
            if f.kind == "conflict"]
        panels = driver.find_elements(By.CSS_SELECTOR, "#conflicts .finding.conflict")
        assert [p.get_attribute("id") for p in panels] == want and want
        rects = [driver.execute_script("var r=arguments[0].getBoundingClientRect();"
                                       "return [r.left, r.top, r.bottom];", p) for p in panels]
        assert all(0 <= top and bottom <= 768 for _, top, bottom in rects), rects
        shot = tmp_path / "fold.png"
        shot.write_bytes(driver.get_screenshot_as_png())
        img = Image.open(shot).convert("RGB")
        assert img.size == (1366, 768)
        for left, top, bottom in rects:
            x = int(left) + 2
            column = [img.getpixel((x, y)) for y in range(int(top) + 4, int(bottom) - 4)]
            red = [p for p in column if p[0] > 150 and p[1] < 90 and p[2] < 90]
            assert len(red) >= 0.9 * len(column), (left, top, bottom)
        others = driver.find_elements(By.CSS_SELECTOR, "#findings .finding")
        assert others and not any(o.is_displayed() for o in others)          # the rest is folded
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_conflicts_rtl_and_matrix_visible(loaded):
    driver, report, _, _ = loaded
    n_conflicts = sum(f.kind == "conflict" for f in report.findings)
    panels = driver.find_elements(By.CSS_SELECTOR, "#conflicts .finding.conflict")
    assert len(panels) == n_conflicts and all(_visible(p) for p in panels)
    ids = [p.get_attribute("id") for p in driver.find_elements(By.CSS_SELECTOR, ".finding")]
    assert ids[:n_conflicts] == [p.get_attribute("id") for p in panels]   # conflicts first
    assert not driver.find_elements(By.ID, "coverage-matrix")            # built when opened
    driver.execute_script("arguments[0].click()",
                          driver.find_element(By.CSS_SELECTOR, "#coverage > summary"))
    matrix = driver.find_element(By.ID, "coverage-matrix")
    assert _visible(matrix)
    assert len(matrix.find_elements(By.CSS_SELECTOR, "tbody tr")) >= len(report.clusters)
    if any((c.language == "ar") for c in report.claims):
        quotes = driver.find_elements(By.CSS_SELECTOR, "blockquote.quote[lang=ar]")
        assert quotes and _visible(quotes[0])
        dirs = {driver.execute_script("return getComputedStyle(arguments[0]).direction", q)
                for q in quotes}
        assert dirs == {"rtl"}
        en = driver.find_elements(By.CSS_SELECTOR, "blockquote.quote[lang=en]")
        assert driver.execute_script("return getComputedStyle(arguments[0]).direction",
                                     en[0]) == "ltr"
        # the Arabic text is laid out right-aligned: its right edge is at the box's right edge
        right = driver.execute_script(
            "var r=document.createRange();r.selectNodeContents(arguments[0]);"
            "var b=arguments[0].getBoundingClientRect(),t=r.getClientRects()[0];"
            "return [b.right-t.right, t.left-b.left];", quotes[0])
        assert right[0] < right[1]


def test_claim_links_land_on_the_passage(loaded):
    driver, report, _, _ = loaded
    link = driver.find_element(By.CSS_SELECTOR, ".finding.conflict a.passage")
    target = link.get_attribute("href").split("#", 1)[1]
    assert not driver.find_elements(By.ID, target)             # sources are built lazily
    driver.execute_script("arguments[0].click()", link)
    el = driver.find_element(By.ID, target)
    assert driver.execute_script("return location.hash") == "#" + target
    assert _visible(el)
    claim = next(c for c in report.claims if f"claim-{c.id}" == target)
    assert el.text.replace("\n", " ").strip() == claim.text.replace("\n", " ").strip()
    facts = [m.text for m in el.find_elements(By.CSS_SELECTOR, "mark.fact")]
    assert facts and set(facts) <= {f.text for f in claim.facts}
    source = driver.find_element(By.ID, f"doc-{claim.doc_id}")
    assert source.get_attribute("open") is not None
    # the built text is still the source verbatim
    body = source.find_element(By.CSS_SELECTOR, ".text")
    doc = next(d for d in report.documents if d.id == claim.doc_id)
    assert driver.execute_script("return arguments[0].textContent", body) == doc.text[doc.body_offset:]


def test_filter_search_sort(loaded):
    driver, report, _, _ = loaded
    driver.execute_script("document.querySelectorAll('details.group').forEach(function(d){d.open=false;})")
    assert sorted(_shown(driver)) == sorted(f"finding-{f.id}" for f in report.findings
                                            if f.kind == "conflict")
    kind = Select(driver.find_element(By.ID, "filter-kind"))
    kind.select_by_value("agreement")                           # a filter opens what it finds
    want = [f"finding-{f.id}" for f in report.findings if f.kind == "agreement"]
    assert sorted(_shown(driver)) == sorted(want)
    kind.select_by_value("")
    driver.execute_script("document.querySelectorAll('details.group').forEach(function(d){d.open=true;})")
    everything = _shown(driver)
    assert len(everything) == len(report.findings)
    lang = Select(driver.find_element(By.ID, "filter-lang"))
    lang.select_by_value("ar")
    want = {f"finding-{f.id}" for f in report.findings
            if any(ev.language == "ar" for ev in f.evidence)}
    assert set(_shown(driver)) == want and want
    lang.select_by_value("")
    box = driver.find_element(By.ID, "search")
    needle = next(f for f in report.findings if f.kind == "conflict").evidence[-1].text
    box.send_keys(needle)
    shown = _shown(driver)
    assert shown and all(needle.lower() in driver.find_element(By.ID, i).text.lower()
                         for i in shown)
    assert "findings shown" in driver.find_element(By.ID, "match-count").text
    box.clear()
    driver.execute_script("arguments[0].dispatchEvent(new Event('input'))", box)
    assert _shown(driver) == everything
    Select(driver.find_element(By.ID, "sort")).select_by_value("severity")
    order = ["high", "medium", "low", "info"]
    for group in driver.find_elements(By.CSS_SELECTOR, ".finding-group"):
        sev = [el.get_attribute("data-severity")
               for el in group.find_elements(By.CSS_SELECTOR, ":scope > .finding")]
        assert sev == sorted(sev, key=order.index)
    Select(driver.find_element(By.ID, "sort")).select_by_value("kind")


def test_print_layout(loaded):
    driver, _, _, _ = loaded
    Select(driver.find_element(By.ID, "filter-kind")).select_by_value("agreement")
    driver.execute_script("window.dispatchEvent(new Event('beforeprint'))")   # opens everything
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not driver.find_element(By.CSS_SELECTOR, ".controls").is_displayed()
        assert all(_visible(el) for el in driver.find_elements(By.CSS_SELECTOR, ".finding"))
        assert _visible(driver.find_element(By.ID, "coverage-matrix"))
        assert all(_visible(el) for el in driver.find_elements(By.CSS_SELECTOR, "details.source .text"))
        pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {})["data"])
        assert pdf.startswith(b"%PDF") and len(pdf) > 10000
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        Select(driver.find_element(By.ID, "filter-kind")).select_by_value("")


def _netlog_page_requests(netlog: Path) -> list[str]:
    """URLs of requests a web page started (Chromium's own traffic has no initiator origin)."""
    log = json.loads(netlog.read_text(encoding="utf-8") or "{}") if netlog.exists() else {}
    start_job = log.get("constants", {}).get("logEventTypes", {}).get("URL_REQUEST_START_JOB")
    return [e["params"]["url"] for e in log.get("events", [])
            if e.get("type") == start_job and "url" in e.get("params", {})
            and e["params"].get("initiator", "not an origin") != "not an origin"]


def _run_cli(target: Path, tmp: Path, *extra: str) -> tuple[str, list[str]]:
    netlog = tmp / f"netlog-{len(list(tmp.iterdir()))}.json"
    cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={tmp / 'profile'}", f"--log-net-log={netlog}",
           *extra, target.as_uri()]
    out = subprocess.run(cmd, check=True, timeout=120, capture_output=True, text=True).stdout
    return out, _netlog_page_requests(netlog)


def test_command_line_chromium(page_file, tmp_path):
    """Without selenium: screenshot, DOM after the scripts ran, and the net log."""
    _, path = page_file
    shot = tmp_path / "shot.png"
    _, reqs = _run_cli(path, tmp_path, f"--screenshot={shot}")
    assert shot.read_bytes().startswith(PNG) and shot.stat().st_size > 5000
    assert not _external(reqs), reqs
    dom, reqs = _run_cli(path, tmp_path, "--dump-dom")
    assert 'id="report-data"' in dom and 'class="finding conflict' in dom
    assert "findings shown" in dom                          # the inline script ran
    assert not _external(reqs), reqs
    leak = tmp_path / "leak.html"                           # negative control
    leak.write_text('<!DOCTYPE html><img src="http://127.0.0.1:9/pixel.png">', encoding="utf-8")
    _, reqs = _run_cli(leak, tmp_path, "--dump-dom")
    assert _external(reqs) == ["http://127.0.0.1:9/pixel.png"]


def test_clusters_built_when_opened(loaded):
    """Every cluster is built on opening; a claim in several clusters links to the others."""
    from reconcile.render._common import memberships

    driver, report, _, _ = loaded
    driver.execute_script("arguments[0].click()",
                          driver.find_element(By.CSS_SELECTOR, "#clusters > summary"))
    built = driver.find_elements(By.CSS_SELECTOR, "#clusters .cluster")
    assert [el.get_attribute("id") for el in built] == [f"cluster-{k.id}" for k in report.clusters]
    hrefs = driver.execute_script("return Array.prototype.map.call(document.querySelectorAll("
                                  "'#clusters .also a'), function(a){return a.getAttribute('href');})")
    want = sum(len(ks) * (len(ks) - 1) for ks in memberships(report).values())
    assert len(hrefs) == want
    assert {h[1:] for h in hrefs} <= {el.get_attribute("id") for el in built}
