"""The report file: written by every run and by `tamis report`, counts equal stats.json, hostile
text never becomes markup, the size stays bounded for big runs."""
from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import time
from pathlib import Path

from click.testing import CliRunner

from tamis.cli import main
from tamis.pipeline import Pipeline
from tamis.report import write_report
from tamis.report.diff import segments
from tamis.report.page import json_for_script
from tests.report.conftest import STEPS, fixture_rows
from tests.report.synth import write_synthetic

DATA_RE = re.compile(r'<script type="application/json" id="tamis-data">(.*?)</script>', re.S)


def page_data(html: str) -> dict:
    """The JSON embedded in a report."""
    m = DATA_RE.search(html)
    assert m is not None
    return json.loads(m.group(1))


def card(html: str, ident: str) -> int:
    """The number a card of the overview shows."""
    m = re.search(rf'id="{ident}" data-value="(\d+)">([\d,]+)<', html)
    assert m is not None, ident
    assert int(m.group(2).replace(",", "")) == int(m.group(1))
    return int(m.group(1))


def test_engine_run_writes_report_with_counts_of_stats(run_out: Path) -> None:
    html = (run_out / "report.html").read_text(encoding="utf-8")
    stats = json.loads((run_out / "stats.json").read_text())
    assert card(html, "stat-docs-in") == stats["documents"]["in"] == len(fixture_rows())
    assert card(html, "stat-kept") == stats["documents"]["kept"]
    assert card(html, "stat-removed") == stats["documents"]["removed"]
    assert card(html, "stat-spans") == stats["spans_removed"]["count"]
    data = page_data(html)
    reasons = {g["reason"]: g for g in data["samples"]["removed"]}
    assert reasons["duplicate"]["count"] == 5 and len(reasons["duplicate"]["docs"]) == 5
    assert reasons["too_short"]["count"] == 1
    spans = {g["reason"]: g for g in data["samples"]["spans"]}
    assert spans["boilerplate"]["count"] == stats["spans_removed"]["by_reason"]["boilerplate"]
    assert len(spans["boilerplate"]["items"]) == 20  # the default sample per reason
    [cluster] = data["clusters"]["shown"]
    assert cluster["size"] == 6 and len(cluster["members"]) == 5
    assert data["docs"][cluster["kept"]]["id"] == "d3"
    assert {data["docs"][i]["duplicate_of"] for i in cluster["members"]} == {"d3"}
    # Nothing is fetched: every external kind of load is refused by the policy.
    assert "default-src 'none'" in html and "img-src data:" in html
    assert not re.search(r'\s(?:src|href)\s*=\s*"(?:https?:)?//', html)


def test_hostile_text_is_never_markup(run_out: Path) -> None:
    html = (run_out / "report.html").read_text(encoding="utf-8")
    # Only our two script blocks; the page's payloads are inside the JSON, with `<` escaped.
    assert html.count("<script") == 2
    assert "window.__pwned" not in html.split('<script type="application/json"')[0]
    assert "<img" not in html and "onerror=\"window" not in html
    data = page_data(html)
    xss = next(d for d in data["docs"] if d["id"] == "xss")
    assert "<script>window.__pwned=1</script>" in xss["text"]
    assert any(g["reason"].startswith("REJECT") for g in data["samples"]["removed"])


def test_script_hash_in_policy_matches_script(run_out: Path) -> None:
    html = (run_out / "report.html").read_text(encoding="utf-8")
    script = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(script) == 1
    digest = base64.b64encode(hashlib.sha256(script[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in html
    assert "innerHTML" not in script[0] and "insertAdjacentHTML" not in script[0]


def test_json_for_script_cannot_close_the_block() -> None:
    s = json_for_script({"t": "</script><!-- <script>x & y\u2028"})
    assert "<" not in s and ">" not in s and "&" not in s
    assert json.loads(s) == {"t": "</script><!-- <script>x & y\u2028"}


def test_cli_report_rewrites_and_rejects_non_outputs(run_out: Path, tmp_path: Path) -> None:
    (run_out / "report.html").unlink()
    res = CliRunner().invoke(main, ["report", str(run_out)])
    assert res.exit_code == 0, res.output
    assert Path(res.output.strip()) == run_out / "report.html"
    assert (run_out / "report.html").stat().st_size > 10_000
    res = CliRunner().invoke(main, ["report", str(tmp_path)])
    assert res.exit_code == 2 and "not a tamis output" in res.output


def test_jsonl_output_and_missing_stats(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "p.jsonl").write_text("\n".join(json.dumps(r) for r in fixture_rows()) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    stats = Pipeline(STEPS, write={"format": "jsonl"}).run([str(inp)], out, workers=1, quiet=True)
    assert list((out / "kept").glob("*.jsonl.zst"))
    (out / "stats.json").unlink()
    html = write_report(out).read_text(encoding="utf-8")
    # Counts rebuilt from the parts agree with the run's own.
    assert card(html, "stat-kept") == stats["documents"]["kept"]
    assert card(html, "stat-removed") == stats["documents"]["removed"]
    data = page_data(html)
    assert data["clusters"]["shown"][0]["size"] == 6


def test_before_view_puts_spans_back() -> None:
    text = "Intro line of the page.\nA paragraph that was scraped twice.\nEnd."
    spans = [{"text": "Accept all cookies", "reason": "boilerplate:cookie", "step": "b"},
             {"text": "A paragraph that was scraped twice.", "reason": "repetition", "step": "r"},
             {"text": "x", "reason": "junk", "step": "j"}]
    segs, unplaced, more = segments(text, spans, 10_000)
    # The repeated copy goes back right after the copy that was kept; the others cannot be located.
    assert segs == [["Intro line of the page.\nA paragraph that was scraped twice.\n"],
                    ["A paragraph that was scraped twice.\n", "repetition", "r"], ["End."]]
    assert unplaced == [0, 2] and more == 0
    assert "".join(s[0] for s in segs if len(s) == 1) == text
    segs, _, more = segments(text * 10, spans, 50)
    assert sum(len(s[0]) for s in segs) == 50 and more > 0


def test_report_of_a_big_run_stays_small(tmp_path: Path) -> None:
    n = 200_000
    out = tmp_path / "big"
    stats = write_synthetic(out, n)
    t0 = time.perf_counter()
    path = write_report(out)
    seconds = time.perf_counter() - t0
    size = path.stat().st_size
    html = path.read_text(encoding="utf-8")
    assert card(html, "stat-docs-in") == n == stats["documents"]["in"]
    data = page_data(html)
    assert all(len(g["docs"]) <= 20 for g in data["samples"]["removed"])
    assert len(data["clusters"]["shown"]) == 30
    assert data["clusters"]["shown"][0]["size"] == 40
    # Samples are bounded, so the size does not grow with the run: far under the 20 MB target for 1M.
    assert size < 5_000_000, size
    print(f"report of {n:,} documents: {size / 1e6:.2f} MB in {seconds:.1f} s")
    shutil.rmtree(out)


def test_many_distinct_reasons_share_one_group(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_synthetic(out, 2_000)
    import pyarrow.parquet as pq

    part = next((out / "removed").glob("*.parquet"))
    t = pq.read_table(part)
    t = t.set_column(t.schema.get_field_index("reason"), "reason",
                     [[f"odd reason {i}" for i in range(t.num_rows)]])
    pq.write_table(t, part)
    data = page_data(write_report(out, sample=3).read_text(encoding="utf-8"))
    groups = data["samples"]["removed"]
    assert len(groups) == 41 and any(g["reason"] == "(other reasons)" for g in groups)
    assert all(len(g["docs"]) <= 3 for g in groups)
    assert sum(g["count"] for g in groups) == t.num_rows


def test_reservoir_is_uniform() -> None:
    import random

    from tamis.report.scan import Reservoir

    hits = [0] * 1000
    for seed in range(1000):
        res = Reservoir(10, random.Random(seed))
        for item in range(1000):
            slot = res.slot()
            if slot is not None:
                res.items[slot] = item
        assert len(res.items) == 10 and len(set(res.items)) == 10
        for item in res.items:
            hits[item] += 1
    # Each item is drawn with probability 1/100: 10 of 1000 per trial, 10,000 draws in all.
    for lo in range(0, 1000, 250):
        assert 2_200 < sum(hits[lo:lo + 250]) < 2_800, (lo, sum(hits[lo:lo + 250]))


def test_unreadable_part_still_gives_a_report(run_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(run_out, out)
    next((out / "kept").glob("*.parquet")).write_bytes(b"not parquet")
    html = write_report(out).read_text(encoding="utf-8")
    assert "could not be sampled" in html
    assert card(html, "stat-kept") == json.loads((out / "stats.json").read_text())["documents"]["kept"]


def test_empty_run(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "empty.jsonl").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    Pipeline(STEPS).run([str(inp)], out, workers=1, quiet=True)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert card(html, "stat-docs-in") == 0
    assert page_data(html)["docs"] == []
