"""`parallax grade` against the `nervaluate` package itself (pinned in requirements.txt).

Random answer keys and students (no two spans of one annotator overlap, as nervaluate's
inputs assume) are written as Parallax workspaces, graded by the CLI, and every figure of
every scheme, overall and per label, is compared with nervaluate's Evaluator on the same
spans. nervaluate's entities have an inclusive `end`; Parallax's `end` is exclusive, so
`end - 1` is passed. Students hold the articles in a shuffled order: grading matches them
by text.
"""
import json
import random

import pytest
from nervaluate import Evaluator

LABELS = ["claim", "quote", "attribution", "context"]
FIELDS = ["correct", "incorrect", "partial", "missed", "spurious", "possible", "actual",
          "precision", "recall", "f1"]
ALPHABET = "abcdefgh ij.,é😀中\n"


def random_spans(rng, length, n):
    """Up to n non-overlapping spans in 0..length: list of (start, end, label)."""
    spans = []
    taken = [False] * length
    for _ in range(n):
        size = rng.choice([1, 2, 5, 20, 80, 150, 250])
        if size >= length:
            continue
        start = rng.randrange(0, length - size)
        if any(taken[start:start + size]):
            continue
        for i in range(start, start + size):
            taken[i] = True
        spans.append((start, start + size, rng.choice(LABELS)))
    return spans


def perturb(rng, key, length):
    """A student's spans made from the key's: kept, relabelled, shifted, dropped, added."""
    out = []
    for start, end, label in key:
        r = rng.random()
        if r < 0.15:
            continue
        if r < 0.3:
            label = rng.choice(LABELS)
        if rng.random() < 0.35:
            start = min(length - 1, max(0, start + rng.randint(-6, 6)))
            end = min(length, max(start + 1, end + rng.randint(-6, 6)))
        out.append((start, end, label))
    out += random_spans(rng, length, rng.randint(0, 3))
    # Keep the student's own spans from overlapping: drop any that touch an earlier one.
    out.sort()
    clean = []
    for s in out:
        if clean and s[0] < clean[-1][1]:
            continue
        clean.append(s)
    return clean


def workspace(texts, spans_per_doc, order, annotator):
    docs, spans = [], []
    n = 0
    for i in order:
        docs.append({"id": f"d{i}", "title": f"Article {i}", "text": texts[i]})
        for start, end, label in spans_per_doc[i]:
            n += 1
            spans.append({"id": f"s{n}", "doc": f"d{i}", "start": start, "end": end,
                          "label": label})
    return {"format": "parallax", "version": 1, "annotator": annotator,
            "documents": docs, "spans": spans, "links": [], "relations": [], "rejections": []}


def nervaluate_doc(spans):
    return [{"label": l, "start": s, "end": e - 1} for s, e, l in sorted(spans)]


def as_dict(result):
    return {f: getattr(result, f) for f in FIELDS}


def check_scheme(ours, theirs, where):
    for f in FIELDS:
        a, b = ours[f], theirs[f]
        if isinstance(b, int) and f not in ("precision", "recall", "f1"):
            assert a == b, f"{where}: {f} is {a}, nervaluate says {b}"
        else:
            assert a == pytest.approx(b, abs=1e-12), f"{where}: {f} is {a}, nervaluate says {b}"


@pytest.mark.parametrize("seed", range(150))
def test_grade_equals_nervaluate(parallax, tmp_path, seed):
    rng = random.Random(seed)
    n_docs = rng.randint(1, 3)
    texts = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(30, 1500)))
             for _ in range(n_docs)]
    key = [random_spans(rng, len(t), rng.randint(0, 12)) for t in texts]
    students = [[perturb(rng, key[d], len(texts[d])) for d in range(n_docs)]
                for _ in range(rng.randint(1, 3))]
    key_file = tmp_path / "key.json"
    key_file.write_text(json.dumps(workspace(texts, key, range(n_docs), "trainer")),
                        encoding="utf-8")
    files = []
    for k, st in enumerate(students):
        order = list(range(n_docs))
        rng.shuffle(order)
        f = tmp_path / f"student{k}.json"
        f.write_text(json.dumps(workspace(texts, st, order, f"student{k}")), encoding="utf-8")
        files.append(f)
    out = json.loads(parallax("grade", key_file, *files).stdout)
    assert [s["annotator"] for s in out["students"]] == [f"student{k}" for k in range(len(files))]

    for k, st in enumerate(students):
        ev = Evaluator([nervaluate_doc(d) for d in key], [nervaluate_doc(d) for d in st],
                       tags=LABELS, loader="dict")
        res = ev.evaluate()
        ours = out["students"][k]["spans"]
        for scheme in ["strict", "exact", "partial", "ent_type"]:
            check_scheme(ours["overall"][scheme], as_dict(res["overall"][scheme]),
                         f"seed {seed} student {k} overall {scheme}")
        assert set(ours["by_label"]) == set(res["entities"]), f"seed {seed} student {k} labels"
        for label, schemes in res["entities"].items():
            for scheme, r in schemes.items():
                check_scheme(ours["by_label"][label][scheme], as_dict(r),
                             f"seed {seed} student {k} {label} {scheme}")


def test_the_random_cases_cover_every_outcome(tmp_path):
    """The generator above produces every kind of outcome nervaluate distinguishes, so the
    comparison is not passing on trivial inputs."""
    seen = {f: 0 for f in ["correct", "incorrect", "partial", "missed", "spurious"]}
    for seed in range(60):
        rng = random.Random(seed)
        n_docs = rng.randint(1, 3)
        texts = ["x" * rng.randint(30, 1500) for _ in range(n_docs)]
        key = [random_spans(rng, len(t), rng.randint(0, 12)) for t in texts]
        st = [perturb(rng, key[d], len(texts[d])) for d in range(n_docs)]
        res = Evaluator([nervaluate_doc(d) for d in key], [nervaluate_doc(d) for d in st],
                        tags=LABELS, loader="dict").evaluate()
        for scheme in res["overall"].values():
            for f in seen:
                seen[f] += getattr(scheme, f)
    assert all(n > 0 for n in seen.values()), seen


def test_grade_refuses_other_articles_and_writes_csv(parallax, tmp_path):
    texts = ["One article about a defector.", "Another about the border."]
    key = tmp_path / "key.json"
    key.write_text(json.dumps(workspace(texts, [[(0, 3, "claim")], []], [0, 1], "trainer")),
                   encoding="utf-8")
    # No article in common with the key: refused, naming the key's articles.
    other = tmp_path / "other.json"
    other.write_text(json.dumps(workspace(["A second text.", "A third text."], [[], []], [0, 1],
                                          "x")), encoding="utf-8")
    run = parallax("grade", key, other, check=False)
    assert run.returncode == 2
    assert "Article 1" in run.stderr and "other.json" in run.stderr
    # One article in common: graded on it, the other one named (exit 0).
    half = tmp_path / "half.json"
    half.write_text(json.dumps(workspace([texts[0], "A third text."], [[], []], [0, 1], "x")),
                    encoding="utf-8")
    run = parallax("grade", key, half)
    assert run.returncode == 0
    assert 'half.json does not have the article "Article 1"' in run.stderr
    good = tmp_path / "maria.json"
    good.write_text(json.dumps(workspace(texts, [[(0, 3, "quote")], []], [1, 0], "maria")),
                    encoding="utf-8")
    csv = parallax("grade", key, good, "--csv").stdout.splitlines()
    assert csv[0].startswith("file,annotator,strict_precision,strict_recall,strict_f1")
    assert csv[1].split(",")[1] == "maria"
    assert len(csv) == 2
    # Neither the key nor the student has relations or links: those columns are empty
    # (nothing to score), not 0.
    head, row = csv[0].split(","), csv[1].split(",")
    for what in ("relations", "links"):
        for f in ("precision", "recall", "f1"):
            assert row[head.index(f"{what}_{f}")] == "", (what, f, csv[1])


def test_agree_reports_alpha_and_pairwise(parallax, tmp_path):
    texts = ["Carroll said the soldier was shot four times."]
    a = tmp_path / "a.json"
    b = tmp_path / "b.json"
    a.write_text(json.dumps(workspace(texts, [[(0, 12, "attribution"), (13, 45, "claim")]],
                                      [0], "ana")), encoding="utf-8")
    b.write_text(json.dumps(workspace(texts, [[(0, 12, "attribution"), (13, 40, "claim")]],
                                      [0], "ben")), encoding="utf-8")
    out = json.loads(parallax("agree", a, b).stdout)
    assert out["alpha_u"]["by_label"]["attribution"] == 1.0
    assert 0 < out["alpha_u"]["by_label"]["claim"] < 1
    assert out["pairwise"]["annotators"] == ["ana", "ben"]
    assert out["pairwise"]["strict_f1"][0][1] == 0.5
    assert out["pairwise"]["partial_f1"][0][1] == 0.75
    assert out["disagreement"][0]["stretches"] == [{"start": 40, "end": 45, "value": 1.0}]


def test_agree_compares_files_of_different_articles_over_the_shared_ones(parallax, tmp_path):
    # Trial 17: agree refused what the page's class view compares.
    texts = ["Carroll said the soldier was shot four times.", "A second article."]
    a = tmp_path / "a.json"
    b = tmp_path / "b.json"
    a.write_text(json.dumps(workspace(texts, [[(13, 45, "claim")], [(0, 8, "claim")]],
                                      [0, 1], "ana")), encoding="utf-8")
    b.write_text(json.dumps(workspace(texts, [[(13, 40, "claim")], []], [0], "ben")),
                 encoding="utf-8")
    run = parallax("agree", a, b)
    out = json.loads(run.stdout)
    assert [d["title"] for d in out["disagreement"]] == ["Article 0"]
    assert 'leave out the article "Article 1"' in out["warnings"][0]
    assert 'leave out the article "Article 1"' in run.stderr
    # Nothing in every file: refused, naming who lacks which.
    c = tmp_path / "c.json"
    c.write_text(json.dumps(workspace(texts, [[], []], [1], "cleo")), encoding="utf-8")
    run = parallax("agree", a, b, c, check=False)
    assert run.returncode == 2 and run.stdout == ""
    assert 'b.json does not have "Article 1"' in run.stderr
    assert 'c.json does not have "Article 0"' in run.stderr
