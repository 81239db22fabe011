"""The `tamis` command: run, clean, show, report. Imports stay lazy so that it starts fast."""
from __future__ import annotations

import json
import sys
from typing import Any

import click

from tamis.errors import UsageError


def _fail(msg: str) -> None:
    click.echo(f"tamis: error: {msg}", err=True)
    sys.exit(2)


def _load_pipeline(config: str | None, preset: str | None = None) -> Any:
    from tamis.pipeline import Pipeline

    if config:
        return Pipeline.from_yaml(config)
    if preset:
        return Pipeline.preset(preset)
    p = Pipeline()
    p.build()
    return p


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tamis")
def main() -> None:
    """tamis: turn raw web crawls into clean, deduplicated, documented text corpora."""


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("-o", "--out", "out", help="Output directory (kept/, removed/, stats.json, report.html).")
@click.option("-c", "--config", help="Pipeline YAML (steps:, read:, write:).")
@click.option("--preset", help="A bundled pipeline: tamis (default), fineweb, gopher, c4.")
@click.option("--workers", type=int, default=None, help="Worker processes (default: all cores).")
@click.option("--format", "fmt", type=click.Choice(["parquet", "jsonl"]), default=None, help="Output format.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True)
@click.option("--address", default=None, help="Ray cluster address (with --engine ray).")
@click.option("--text-field", default=None, help="JSONL/Parquet field holding the text (default: text).")
@click.option("--id-field", default=None, help="JSONL/Parquet field holding the id (default: id).")
@click.option("--url-field", default=None, help="JSONL/Parquet field holding the URL (default: url).")
@click.option("--html-field", default=None, help="JSONL/Parquet field holding raw HTML to extract.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--overwrite", is_flag=True, help="Replace an existing output of another run.")
@click.option("--print-config", is_flag=True, help="Print the effective pipeline as YAML and exit.")
def run(inputs: tuple[str, ...], out: str | None, config: str | None, preset: str | None, workers: int | None,
        fmt: str | None, engine: str, address: str | None, text_field: str | None, id_field: str | None,
        url_field: str | None, html_field: str | None, quiet: bool, overwrite: bool, print_config: bool) -> None:
    """Run the pipeline over INPUTS (files, directories, globs) into OUT."""
    try:
        pipeline = _load_pipeline(config, preset)
        for key, val in (("text_field", text_field), ("id_field", id_field), ("url_field", url_field),
                         ("html_field", html_field)):
            if val is not None:
                pipeline.read[key] = val
        if fmt:
            pipeline.write["format"] = fmt
        if print_config:
            click.echo(pipeline.to_yaml(), nl=False)
            return
        if not inputs:
            raise UsageError("no INPUT given")
        if not out:
            raise UsageError("missing -o/--out OUT")
        options: dict[str, Any] = {"workers": workers, "quiet": quiet, "overwrite": overwrite}
        if engine == "ray":
            options["address"] = address
        stats = pipeline.run(list(inputs), out, engine=engine, **options)
    except UsageError as e:
        _fail(str(e))
        return
    except KeyboardInterrupt:
        click.echo("tamis: interrupted; rerun the same command to resume", err=True)
        sys.exit(130)
    d = stats["documents"]
    if not quiet:
        click.echo(f"{d['in']} documents in, {d['kept']} kept, {d['removed']} removed -> {out}", err=True)


@main.command()
@click.argument("file", default="-")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object with text, reasons and removals.")
@click.option("-c", "--config", help="Pipeline YAML (its document steps are used).")
@click.option("--preset", help="A bundled pipeline: tamis (default), fineweb, gopher, c4.")
@click.option("--url", default=None, help="The page's URL, if known.")
def clean(file: str, as_json: bool, config: str | None, preset: str | None, url: str | None) -> None:
    """Clean one document (text or HTML, detected) from FILE or standard input."""
    try:
        if file == "-":
            data = sys.stdin.buffer.read()
        else:
            try:
                with open(file, "rb") as f:
                    data = f.read()
            except OSError as e:
                raise UsageError(f"input {file!r}: {e.strerror or e}") from e
        from tamis.api import clean_bytes

        doc = clean_bytes(data, config=config, preset=preset, url=url, name=file)
    except UsageError as e:
        _fail(str(e))
        return
    if as_json:
        click.echo(json.dumps({
            "kept": not doc.rejected, "text": doc.text, "reasons": [doc.reason] if doc.reason else [],
            "metadata": doc.metadata, "removed": [r.as_dict() for r in doc.removed],
        }, ensure_ascii=False, default=str))
    else:
        if doc.rejected:
            click.echo(f"tamis: removed: {doc.reason}", err=True)
        if doc.text:
            click.echo(doc.text)


@main.command()
@click.argument("out")
@click.argument("doc_id")
@click.option("--json", "as_json", is_flag=True, help="Print the document as JSON.")
def show(out: str, doc_id: str, as_json: bool) -> None:
    """Show one document of an output, with its removals and reasons."""
    try:
        from tamis.outputs import find_document

        found = find_document(out, doc_id)
    except UsageError as e:
        _fail(str(e))
        return
    if found is None:
        click.echo(f"tamis: no document {doc_id!r} in {out}", err=True)
        sys.exit(1)
    where, doc = found
    if as_json:
        click.echo(json.dumps({**doc.to_dict(), "output": where}, ensure_ascii=False, default=str))
        return
    click.echo(f"id:     {doc.id}\nsource: {doc.source}\nurl:    {doc.url or ''}")
    click.echo(f"status: {'removed: ' + (doc.reason or '') if where == 'removed' else 'kept'}")
    for k, v in sorted(doc.metadata.items()):
        if v is not None:
            click.echo(f"  {k}: {v}")
    click.echo("--- text ---")
    click.echo(doc.text)
    if doc.removed:
        click.echo(f"--- {len(doc.removed)} removed span(s) ---")
        for r in doc.removed:
            click.echo(f"[{r.reason}] ({r.step}) {r.text}")


@main.command()
@click.argument("out")
@click.option("--sample", type=int, default=20, show_default=True, help="Documents shown per removal reason.")
@click.option("--max-docs", type=int, default=100, show_default=True, help="Documents with a before/after view.")
@click.option("--max-clusters", type=int, default=30, show_default=True, help="Duplicate clusters shown.")
def report(out: str, sample: int, max_docs: int, max_clusters: int) -> None:
    """Write OUT/report.html for a finished run."""
    try:
        from tamis.report import write_report  # type: ignore[attr-defined]
    except ImportError:
        _fail("the HTML report is not available in this build")
        return
    try:
        path = write_report(out, sample=sample, max_docs=max_docs, max_clusters=max_clusters)
    except UsageError as e:
        _fail(str(e))
        return
    click.echo(str(path))


if __name__ == "__main__":
    main()
