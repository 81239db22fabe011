"""The output schema: fixed columns, the metadata columns that readers and steps declare, and a JSON
`metadata` column for everything else, so every part of a run has the same schema."""
from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from tamis.document import Document

ARROW_TYPES = {"string": pa.string(), "float64": pa.float64(), "int64": pa.int64(), "bool": pa.bool_()}
READER_FIELDS: dict[str, str] = {"content_type": "string", "http_status": "int64", "crawl_date": "string"}
REMOVED_TYPE = pa.list_(pa.struct([("text", pa.string()), ("reason", pa.string()), ("step", pa.string())]))
BASE = [("id", pa.string()), ("text", pa.string()), ("url", pa.string()), ("source", pa.string()),
        ("reason", pa.string()), ("step", pa.string())]


def metadata_fields(steps: list[Any]) -> dict[str, str]:
    """Metadata column name -> Arrow type name for a pipeline's steps (readers' fields first)."""
    fields = dict(READER_FIELDS)
    for s in steps:
        for k, v in getattr(s, "fields", {}).items():
            fields.setdefault(k, v)
    return fields


def build_schema(fields: dict[str, str]) -> pa.Schema:
    """The Arrow schema of every output part."""
    cols = list(BASE) + [(k, ARROW_TYPES.get(t, pa.string())) for k, t in fields.items()
                         if k not in {n for n, _ in BASE}]
    cols += [("removed", REMOVED_TYPE), ("metadata", pa.string())]
    return pa.schema(cols)


def _coerce(value: Any, kind: str) -> Any:
    if value is None:
        return None
    try:
        if kind == "string":
            return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
        if kind == "float64":
            return float(value)
        if kind == "int64":
            return int(value)
        if kind == "bool":
            return bool(value)
    except (TypeError, ValueError):
        return None
    return value


def doc_row(doc: Document, fields: dict[str, str]) -> dict[str, Any]:
    """One output row for a document."""
    row: dict[str, Any] = {"id": doc.id, "text": doc.text, "url": doc.url, "source": doc.source,
                           "reason": doc.reason, "step": doc.step}
    extra = {}
    for k, v in doc.metadata.items():
        if k in fields and k not in row:
            row[k] = _coerce(v, fields[k])
        else:
            extra[k] = v
    for k in fields:
        row.setdefault(k, None)
    row["removed"] = [r.as_dict() for r in doc.removed]
    row["metadata"] = json.dumps(extra, ensure_ascii=False, default=str) if extra else None
    return row


def row_doc(row: dict[str, Any], fields: dict[str, str] | None = None) -> Document:
    """A Document back from an output row (for `tamis show` and the report)."""
    meta = json.loads(row["metadata"]) if row.get("metadata") else {}
    skip = {"id", "text", "url", "source", "reason", "step", "removed", "metadata"}
    for k, v in row.items():
        if k not in skip and v is not None:
            meta[k] = v
    return Document.from_dict({**row, "metadata": meta, "removed": row.get("removed") or []})
