"""The command line as a user meets it: clean, run, show, print-config, errors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def tamis(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tamis.cli", *args], input=stdin, capture_output=True, text=True,
                          cwd=cwd, check=False, timeout=300)


def test_clean_json_shape_and_stdin(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(
        "A quiet week at the observatory\n\n"
        "Astronomers counted meteors every night this week, and the clear skies helped them more than "
        "they had hoped. The team recorded almost four hundred trails between Monday and Friday.\n\n"
        "The director said that the new camera, which was installed in the spring, made the counting "
        "far easier. Visitors will be able to see the images at the open day next month, when the "
        "dome opens to the public for the first time since the repairs.\n")
    r = tamis("clean", str(page), "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert set(doc) == {"kept", "text", "reasons", "metadata", "removed"}
    assert doc["kept"] is True and "Astronomers counted meteors" in doc["text"]
    r = tamis("clean", "-", stdin=page.read_text())
    assert r.returncode == 0 and "Astronomers counted meteors" in r.stdout


def test_clean_missing_file_exit_2(tmp_path: Path) -> None:
    r = tamis("clean", str(tmp_path / "nope.txt"))
    assert r.returncode == 2 and "nope.txt" in r.stderr


def test_print_config_is_valid_yaml_that_runs(tmp_path: Path) -> None:
    r = tamis("run", "--print-config")
    assert r.returncode == 0, r.stderr
    cfg = yaml.safe_load(r.stdout)
    assert set(cfg) == {"read", "steps", "write"}
    (tmp_path / "p.yaml").write_text(r.stdout)
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "a", "text": "Some words here. " * 20}) + "\n")
    r = tamis("run", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out"), "-c", str(tmp_path / "p.yaml"),
              "--quiet")
    assert r.returncode == 0, r.stderr
    stats = json.loads((tmp_path / "out" / "stats.json").read_text())
    assert stats["documents"]["in"] == 1


def test_run_then_show_a_kept_and_a_removed_document(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "good", "text": "A fine text. " * 10, "url": "http://x.test/good"}), "{broken"]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    cfg = tmp_path / "p.yaml"
    cfg.write_text("steps: []\n")
    r = tamis("run", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out"), "-c", str(cfg), "--quiet")
    assert r.returncode == 0, r.stderr
    r = tamis("show", str(tmp_path / "out"), "good")
    assert r.returncode == 0 and "A fine text." in r.stdout and "kept" in r.stdout
    r = tamis("show", str(tmp_path / "out"), "http://x.test/good", "--json")
    assert json.loads(r.stdout)["id"] == "good"
    bad_id = f"{tmp_path / 'in.jsonl'}#{len(lines[0]) + 1}"
    r = tamis("show", str(tmp_path / "out"), bad_id)
    assert r.returncode == 0 and "unreadable" in r.stdout
    r = tamis("show", str(tmp_path / "out"), "nope")
    assert r.returncode == 1
    r = tamis("report", str(tmp_path / "out"), "--sample", "1")
    assert r.returncode == 0 and r.stdout.strip().endswith("report.html")
    assert "unreadable" in (tmp_path / "out" / "report.html").read_text()
    # the same output refused to another config, accepted with --overwrite
    cfg.write_text("steps: []\nwrite: {format: jsonl}\n")
    r = tamis("run", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out"), "-c", str(cfg), "--quiet")
    assert r.returncode == 2 and "--overwrite" in r.stderr
    r = tamis("run", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out"), "-c", str(cfg), "--quiet",
              "--overwrite")
    assert r.returncode == 0 and list((tmp_path / "out" / "kept").glob("*.jsonl.zst"))


def test_bad_configs_name_the_problem(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("hello")
    for text, needle in (("steps: {a: 1}\n", "steps"), ("stepz: []\n", "stepz"), ("steps: [\n", "invalid YAML"),
                         ("write: {format: csv}\n", "csv"), ("read: {txt_field: a}\n", "txt_field")):
        (tmp_path / "c.yaml").write_text(text)
        r = tamis("run", str(tmp_path / "x.txt"), "-o", str(tmp_path / "o"), "-c", str(tmp_path / "c.yaml"))
        assert r.returncode == 2 and needle in r.stderr, (text, r.stderr)
        assert not (tmp_path / "o").exists()
    r = tamis("run", str(tmp_path / "x.txt"), "-o", str(tmp_path / "o"), "-c", str(tmp_path / "none.yaml"))
    assert r.returncode == 2 and "none.yaml" in r.stderr


def test_python_api(tmp_path: Path) -> None:
    import tamis as t

    doc = t.clean("Plain words of a short note about the weather today.")
    assert "weather" in doc.text  # a note this short is judged too short by the Gopher rules
    assert doc.rejected and doc.reason.startswith("gopher_quality")
    (tmp_path / "a.txt").write_text("One more text about gardens and the rain.")
    stats = t.Pipeline([]).run(str(tmp_path / "a.txt"), tmp_path / "out", quiet=True)
    assert stats["documents"] == {"in": 1, "kept": 1, "removed": 0}


def test_tamis_clean_is_callable_after_the_package_is_imported() -> None:
    import tamis
    import tamis.clean

    text = ("Gardens in the valley\n\nThe rain came early this year, and the gardeners of the valley were "
            "glad of it. Their tomatoes and beans grew faster than in any summer they could remember.\n\n"
            "The allotment society will hold its show in September, with prizes for the largest marrow "
            "and the best jam, and everyone in the town is invited to come along. Tickets cost two pounds. "
            "Children under twelve go in free.\n")
    doc = tamis.clean(text)
    assert not doc.rejected, doc.reason
    assert "tomatoes and beans" in doc.text


def test_clean_a_saved_html_page(tmp_path: Path) -> None:
    """`tamis clean page.html` extracts a saved page (here in UTF-16 with its byte-order mark, as some browsers
    save) and gives its metadata; standard input is told HTML by its start."""
    paras = ["The harbour reopened on Monday after two weeks of repairs to the sea wall, and the first boats "
             "went out before dawn while a small crowd watched from the pier.",
             "Fishermen said the closure had cost them most of the autumn catch, but that the new wall should "
             "protect the moorings from the winter storms for many years to come.",
             "The council paid for the work from its reserve fund and expects a grant from the regional "
             "government to cover about half of the final bill later this year.",
             "A second phase, which will widen the slipway and add lighting along the quay, is planned for "
             "the spring if the weather and the budget allow it to go ahead.",
             "Visitors are asked to keep away from the eastern end of the quay until the contractors have "
             "removed their cranes and the last of the fencing next week."]
    html = ("<!DOCTYPE html><!-- saved from url=(0030)https://news.example/harbour -->"
            "<html lang='en'><head><title>Harbour reopens | News</title><meta name='author' content='Ada Byline'>"
            "</head><body><nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav><article><h1>Harbour reopens</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article><footer>All rights reserved.</footer>"
            "</body></html>")
    page = tmp_path / "page.html"
    page.write_bytes(b"\xff\xfe" + html.encode("utf-16-le"))
    r = tamis("clean", str(page), "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["kept"], doc["reasons"]
    assert "The harbour reopened on Monday" in doc["text"] and "<p>" not in doc["text"]
    assert "Sport" not in doc["text"] and doc["metadata"]["author"] == "Ada Byline"
    assert doc["metadata"]["page_language"] == "en"
    r = tamis("clean", "-", stdin=html)
    assert r.returncode == 0 and "The harbour reopened on Monday" in r.stdout and "<p>" not in r.stdout


def test_the_default_pipeline_extracts_html_wherever_it_comes_from(tmp_path: Path) -> None:
    """`tamis run` with the default steps extracts a page from a WARC response, a JSONL string field and a Parquet
    binary field named by --html-field, and a compressed .html file: no markup reaches the output, and each
    document has its page's title."""
    import gzip

    import pyarrow as pa
    import pyarrow.parquet as pq
    import zstandard

    from tests.conftest import http_response, warc_record, write_warc

    def page(title: str) -> str:
        body = "".join(f"<p>{title}: paragraph {i} says that the harbour reopened after the repairs to the sea wall "
                       f"and that boats went out at dawn.</p>" for i in range(6))
        return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
                f"<article><h1>{title}</h1>{body}</article></body></html>")

    src = tmp_path / "in"
    src.mkdir()
    write_warc(src / "a.warc.gz", [warc_record("response", "http://w/", http_response(page("From WARC").encode()), 1,
                                               "application/http; msgtype=response")])
    (src / "b.jsonl").write_text(json.dumps({"id": "j", "html": page("From JSONL")}) + "\n")
    pq.write_table(pa.table({"id": ["p"], "html": [page("From Parquet").encode()]}), src / "c.parquet")
    (src / "d.html.gz").write_bytes(gzip.compress(page("From file").encode()))
    out = tmp_path / "out"
    r = tamis("run", str(src), "-o", str(out), "--html-field", "html", "--format", "jsonl", "--quiet")
    assert r.returncode == 0, r.stderr
    rows = []
    for part in sorted(out.glob("*/*.jsonl.zst")):
        with zstandard.ZstdDecompressor().stream_reader(part.open("rb")) as z:
            rows += [json.loads(line) for line in z.read().decode().splitlines()]
    titles = sorted(row.get("title") or json.loads(row.get("metadata") or "{}").get("title") for row in rows)
    assert titles == ["From JSONL", "From Parquet", "From WARC", "From file"]
    assert all("<p>" not in row["text"] and "Home" not in row["text"] for row in rows)
