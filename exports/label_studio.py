"""Label Studio JSON tasks, import and export.

A task: {"id", "data": {"text", ...}, "annotations": [{"result": [...]}]}. Each Isnad layer
(annotator) is one annotation; `gold` is marked `ground_truth`. A span is a `labels` result
(value.start/end/text/labels); its attributes are per-region `choices` results and its note a
per-region `textarea` result sharing the span's id; a relation is a `relation` result
(from_id, to_id, direction, labels). Offsets are code points. A labelling config matching
the schema is written next to the export as `<name>.label_config.xml`.

On import each annotation becomes a layer: the one named by `isnad_annotator` (our own
exports), else `label-studio-<completed_by>`, else the layer chosen for the import
(`isnad import --annotator`). `value.text` must equal the text at the offsets; offsets counted in UTF-16 units
(what a browser counts before an emoji) are recognised and converted. Predictions are not
imported, only annotations.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator
from xml.sax.saxutils import quoteattr

from annotator.messages import M
from annotator.model import GOLD, DocumentRecord

from .common import ID, RawRelation, RawSpan, build_record, check_kind, json_array, read_input, require
from .registry import Format, register

FROM, TO = "label", "text"


def _layer_results(rec: DocumentRecord, annotator: str) -> list[dict]:
    text, out = rec.document.text, []
    for s in rec.spans:
        if s.annotator != annotator:
            continue
        where = {"start": s.start, "end": s.end, "text": text[s.start:s.end]}
        base = {"id": s.id, "from_name": FROM, "to_name": TO}
        out.append({**base, "type": "labels", "value": {**where, "labels": [s.label]}})
        for name, value in s.attrs.items():
            choices = value if isinstance(value, list) else [value]
            out.append({"id": s.id, "from_name": name, "to_name": TO, "type": "choices",
                        "value": {**where, "choices": [str(c) for c in choices]}})
        if s.note:
            out.append({"id": s.id, "from_name": "note", "to_name": TO, "type": "textarea",
                        "value": {**where, "text": [s.note]}})
    out += [{"from_id": r.from_id, "to_id": r.to_id, "type": "relation", "direction": "right",
             "labels": [r.type]} for r in rec.relations if r.annotator == annotator]
    return out


def _task(rec: DocumentRecord, n: int) -> dict:
    layers = sorted({s.annotator for s in rec.spans} | {r.annotator for r in rec.relations})
    doc = rec.document
    data = {**doc.meta, "text": doc.text, "isnad_id": doc.id, "sha256": doc.sha256, "title": doc.title}
    return {"id": n, "data": data,
            "annotations": [{"id": n * 1000 + i, "result": _layer_results(rec, layer),
                             "ground_truth": layer == GOLD, "isnad_annotator": layer}
                            for i, layer in enumerate(layers)]}


def write(records: Iterable[DocumentRecord], out_path: str, schema=None, options=None) -> dict:
    docs = spans = relations = 0
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("[")
        for n, rec in enumerate(records, 1):
            f.write(",\n" if n > 1 else "\n")
            f.write(json.dumps(_task(rec, n), ensure_ascii=False))
            docs, spans, relations = n, spans + len(rec.spans), relations + len(rec.relations)
        f.write("\n]\n")
    if schema is not None:
        FORMAT.outputs(Path(out_path))[0].write_text(label_config(schema), encoding="utf-8")
    return {"documents": docs, "spans": spans, "relations": relations}


def label_config(schema) -> str:
    """A Label Studio labelling config for the schema: labels, relations, attributes, note."""
    q = quoteattr
    lines = ["<View>", f'  <Labels name="{FROM}" toName="{TO}">']
    lines += [f"    <Label value={q(l.name)} background={q(l.colour)}/>" for l in schema.labels]
    lines += ["  </Labels>", f'  <Text name="{TO}" value="$text"/>', "  <Relations>"]
    lines += [f"    <Relation value={q(r.name)}/>" for r in schema.relation_types]
    lines.append("  </Relations>")
    attrs = {name: values for l in schema.labels for name, values in l.attributes.items()}
    for name, values in attrs.items():
        lines.append(f'  <Choices name={q(name)} toName="{TO}" perRegion="true">')
        lines += [f"    <Choice value={q(str(v))}/>" for v in values]
        lines.append("  </Choices>")
    lines += [f'  <TextArea name="note" toName="{TO}" perRegion="true"/>', "</View>", ""]
    return "\n".join(lines)


def read(path: str, options=None) -> Iterator[DocumentRecord]:
    path = str(path)
    decoded = read_input(path, options, "a JSON file")
    for line, task in json_array(path, decoded.text):
        require(isinstance(task, dict) and isinstance(task.get("data"), dict)
                and isinstance(task["data"].get("text"), str),
                M.LABEL_STUDIO_NO_TEXT, path, line)
        text = task["data"]["text"]
        spans: list[RawSpan] = []
        rels: list[RawRelation] = []
        annotations = check_kind(task.get("annotations") or [], "a list", "the task's annotations", path, line)
        for k, ann in enumerate(annotations):
            require(isinstance(ann, dict) and isinstance(ann.get("result", []), list),
                    M.LABEL_STUDIO_NO_RESULT, path, line)
            ours = check_kind(ann.get("isnad_annotator"), "a string or null", "isnad_annotator", path, line)
            _read_results(ann.get("result", []), text, ours or _who(ann), k, spans, rels, path, line)
        data = task["data"]
        doc_id, title = _id_and_title(task, path, line)
        yield build_record(text, spans, rels, path, line, doc_id, title,
                           {k: v for k, v in data.items() if k not in ("text", "isnad_id", "sha256", "title")},
                           encoding=decoded.label)


def _id_and_title(task: dict, path: str, line: int) -> tuple[str, str]:
    """The document fields stored as text; checked here, or a list would be stored as its repr."""
    data = task["data"]
    ours = check_kind(data.get("isnad_id"), "a string or null", "data.isnad_id", path, line)
    theirs = task.get("id")
    if theirs is not None:
        check_kind(theirs, ID, "the task's id", path, line)
    title = check_kind(data.get("title"), "a string or null", "data.title", path, line)
    return str(ours or theirs or ""), title or ""


def _who(ann: dict) -> str:
    by = ann.get("completed_by")
    if isinstance(by, dict):
        by = by.get("email") or by.get("id")
    return f"label-studio-{by}" if by is not None else ""


def _read_results(results, text, who, k, spans, rels, path, line) -> None:
    regions: dict = {}
    try:
        for r in results:
            kind = r.get("type")
            if kind == "relation":
                ends = [check_kind(r[f], ID, f"a relation's {f}", path, line) for f in ("from_id", "to_id")]
                rels.append(RawRelation((k, len(rels)), (k, ends[0]), (k, ends[1]),
                                        (r.get("labels") or ["related"])[0], who))
                continue
            v = r["value"]
            span = regions.get(check_kind(r["id"], ID, "a result's id", path, line))
            if span is None:
                start, end = _code_points(text, v["start"], v["end"], v.get("text"))
                span = regions[r["id"]] = RawSpan((k, r["id"]), start, end, "", v.get("text"), annotator=who)
                spans.append(span)
            if kind == "labels":
                span.label = v["labels"][0]
            elif kind == "choices":
                span.attrs[r["from_name"]] = v["choices"][0] if len(v["choices"]) == 1 else v["choices"]
            elif kind == "textarea":
                span.note = "\n".join(v["text"])
    except (KeyError, TypeError, IndexError, AttributeError) as e:
        require(False, M.LABEL_STUDIO_MALFORMED, path, line, error=repr(e))


def _code_points(text: str, start, end, quoted):
    """Offsets as code points: if they only match `quoted` when counted in UTF-16 units
    (browser offsets before non-BMP characters), convert them."""
    if quoted is None or not isinstance(start, int) or not isinstance(end, int) or text[start:end] == quoted:
        return start, end
    if all(ord(c) < 0x10000 for c in text):
        return start, end
    units, mapping = 0, {}
    for i, c in enumerate(text):
        mapping[units] = i
        units += 2 if ord(c) >= 0x10000 else 1
    mapping[units] = len(text)
    s, e = mapping.get(start), mapping.get(end)
    if s is not None and e is not None and text[s:e] == quoted:
        return s, e
    return start, end


FORMAT = register(Format("label-studio", "Label Studio JSON tasks: labels, relations, attributes",
                         ".json", write, read, sidecar=".label_config.xml"))
