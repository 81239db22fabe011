"""A small run through the real engine, with removed documents, removed spans, a duplicate cluster
and a hostile page, shared by the report tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tamis.pipeline import Pipeline

HOSTILE = ('Hello <script>window.__pwned=1</script> and <img src=x onerror="window.__pwned=2"> '
           'end of a long hostile page text.\n</script><!-- a comment that never ends')
HOSTILE_URL = "javascript:window.__pwned=3//<b>x</b>"
STEPS = [("tests.report.plugin_steps:CutJunk", {}), ("tests.report.plugin_steps:Dedup", {})]


def fixture_rows() -> list[dict]:
    """Articles with a cookie line and a repeated paragraph, a short page, five copies of one
    article, French pages, a hostile page and a page rejected with a hostile reason."""
    rows = []
    for i in range(40):
        sentence = "The harbour council met again to discuss the budget of the old sea wall."
        body = " ".join([sentence] * (1 + i % 9))
        if i % 5 == 0:
            body = body.replace("The harbour", "Dans le port, le conseil")
        rows.append({"id": f"d{i}", "url": f"http://news.example/{i}",
                     "text": f"Article {i}. {body}\nWe use cookies to improve your experience.\n"
                             f"Second paragraph {i} with more words about the weather.\n"
                             f"Second paragraph {i} with more words about the weather."})
    rows.append({"id": "short", "text": "tiny", "url": "http://news.example/short"})
    for k in range(5):
        rows.append({"id": f"copy{k}", "text": rows[3]["text"], "url": f"http://mirror{k}.example/3"})
    rows.append({"id": "xss", "url": HOSTILE_URL, "text": HOSTILE})
    rows.append({"id": "badreason", "url": "http://evil.example/r",
                 "text": 'REJECT:<img src=x onerror="window.__pwned=4">\nrest of a page that is rejected'})
    return rows


@pytest.fixture(scope="session")
def run_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """OUT of a finished engine run (report.html written by the engine)."""
    base = tmp_path_factory.mktemp("reportrun")
    inp = base / "in"
    inp.mkdir()
    lines = [json.dumps(r) for r in fixture_rows()]
    (inp / "pages.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = base / "out"
    Pipeline(STEPS).run([str(inp)], out, workers=1, quiet=True)
    return out
