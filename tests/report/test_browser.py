"""The report in headless Chromium (Debian's chromium + chromedriver, driven by Selenium), opened
from disk: counts, before/after, a duplicate cluster, search by URL, hostile pages inert.
Screenshots go to tests/artifacts/."""
from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.report.conftest import HOSTILE, HOSTILE_URL

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1300,900"]


def _find(names: tuple[str, ...]) -> str | None:
    for n in names:
        p = shutil.which(n) or (f"/usr/bin/{n}" if Path(f"/usr/bin/{n}").exists() else None)
        if p:
            return p
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium, or a skip saying what is missing (scripts/ensure-browser installs it)."""
    webdriver = pytest.importorskip("selenium.webdriver",
                                    reason="selenium is not installed (pip install selenium)")
    from selenium.webdriver.chrome.service import Service

    chromium = _find(("chromium", "chromium-browser"))
    driver_path = _find(("chromedriver",))
    if not chromium or not driver_path:
        pytest.skip("no chromium/chromedriver found; run scripts/ensure-browser (apt-get install chromium "
                    "chromium-driver)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    profile = tempfile.mkdtemp(prefix="tamis-chromium-")
    for flag in [*FLAGS, f"--user-data-dir={profile}"]:
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(options=opts, service=Service(driver_path))
    try:
        yield drv
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)


def shot(drv: Any, name: str) -> None:
    """Save a screenshot as a test artifact."""
    ARTIFACTS.mkdir(exist_ok=True)
    drv.save_screenshot(str(ARTIFACTS / f"report-{name}.png"))


def css(drv: Any, sel: str) -> list[Any]:
    """Elements matching a CSS selector."""
    return drv.find_elements("css selector", sel)


def tab(drv: Any, name: str) -> None:
    """Click a tab of the report."""
    css(drv, f'nav button[data-tab="{name}"]')[0].click()


@pytest.fixture
def page(browser: Any, run_out: Path) -> Any:
    """The report of the shared run, freshly loaded from disk."""
    browser.get((run_out / "report.html").resolve().as_uri())
    assert browser.title.startswith("tamis report")
    return browser


def test_counts_shown_equal_stats(page: Any, run_out: Path) -> None:
    stats = json.loads((run_out / "stats.json").read_text())
    shown = {i: int(page.find_element("id", i).text.replace(",", ""))
             for i in ("stat-docs-in", "stat-kept", "stat-removed", "stat-spans")}
    docs = stats["documents"]
    assert shown == {"stat-docs-in": docs["in"], "stat-kept": docs["kept"], "stat-removed": docs["removed"],
                     "stat-spans": stats["spans_removed"]["count"]}
    assert len(css(page, "svg.chart")) >= 6
    page.set_window_size(1300, 1000)
    shot(page, "overview")
    page.set_window_size(1300, 900)
    # The script ran without errors (a CSP refusal of our own script would show here).
    errors = [e for e in page.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def test_before_after_of_a_sampled_document(page: Any) -> None:
    tab(page, "samples")
    group = css(page, 'section[data-span-reason="boilerplate"]')[0]
    group.find_elements("css selector", "button.open")[0].click()
    view = page.find_element("id", "doc-view")
    assert view.is_displayed()
    cut = view.find_elements("css selector", "del.cut")
    reasons = {c.get_attribute("data-reason") for c in cut}
    assert "repetition" in reasons
    labels = [e.text for e in view.find_elements("css selector", ".lbl")]
    assert "boilerplate:cookie" in labels and "repetition" in labels
    before = view.find_element("css selector", ".text.before").text
    after = view.find_element("css selector", ".text.after").text
    assert "We use cookies" not in after and "We use cookies" in view.text
    assert after.count("with more words about the weather") == 1
    assert before.count("with more words about the weather") == 2
    shot(page, "before-after")


def test_follow_a_duplicate_cluster(page: Any) -> None:
    tab(page, "dups")
    rows = css(page, "#clusters tr.cluster-row")
    assert len(rows) == 1 and "d3" in rows[0].text
    rows[0].find_element("css selector", "button").click()
    members = css(page, "#cluster-view .member")
    kept = css(page, "#cluster-view .member.kept")
    assert len(members) == 6 and len(kept) == 1
    assert "d3" in kept[0].text
    shot(page, "cluster")
    # A removed member opens in the before/after view with its reason.
    removed = css(page, "#cluster-view .member.removed")[0]
    removed.find_element("css selector", "button.open").click()
    view = page.find_element("id", "doc-view")
    assert view.is_displayed() and "duplicate: of d3" in view.text


def test_search_by_url(page: Any) -> None:
    tab(page, "doc")
    box = page.find_element("id", "search")
    box.send_keys("http://mirror2.example/3\n")
    view = page.find_element("id", "doc-view")
    assert "copy2" in view.text and "duplicate: of d3" in view.text
    box.clear()
    box.send_keys("http://nowhere.example/\n")
    assert "No document" in page.find_element("id", "search-results").text
    shot(page, "search")


def test_hostile_page_shows_as_text_and_runs_nothing(page: Any) -> None:
    tab(page, "doc")
    page.find_element("id", "search").send_keys("xss\n")
    view = page.find_element("id", "doc-view")
    after = view.find_element("css selector", ".text.after")
    assert after.get_attribute("textContent") == HOSTILE
    assert HOSTILE_URL in view.text
    tab(page, "samples")
    assert 'REJECT:<img src=x onerror="window.__pwned=4">' in page.find_element("id", "samples").text
    shot(page, "hostile")
    assert page.execute_script("return window.__pwned") is None
    # No element came out of a document: no image, no link, no frame; only our two scripts.
    found = page.execute_script("return document.querySelectorAll('img, a, iframe, object, embed').length")
    assert found == 0
    assert page.execute_script("return document.scripts.length") == 2
