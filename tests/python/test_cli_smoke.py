"""The CLI converts the built-in sample's workspace shape to JSONL that Python slices exactly."""
import json


def test_convert_jsonl_offsets_slice_in_python(parallax, tmp_path):
    text = "Café 👍🏽 said: \"it works\".\nSecond line."
    ws = {
        "format": "parallax", "version": 1, "next_id": 3,
        "documents": [{"id": "d1", "title": "t", "text": text}],
        "spans": [{"id": "s2", "doc": "d1", "start": 14, "end": 24, "label": "quote"}],
        "links": [], "relations": [], "rejections": [],
    }
    src = tmp_path / "ws.json"
    src.write_text(json.dumps(ws), encoding="utf-8")
    out = parallax("convert", src, "--to", "jsonl").stdout
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(rows) == 1
    row = rows[0]
    starts = [lab[0] for lab in row["label"]]
    ends = [lab[1] for lab in row["label"]]
    assert [row["text"][s:e] for s, e in zip(starts, ends)] == ['"it works"']
