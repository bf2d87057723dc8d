"""Speed of `parallax score` against a scikit-learn TF-IDF cosine scorer on the same pairs,
in the same run (issue 8: "at least 5x a scikit-learn TF-IDF scorer").

Both scorers go from raw text to one score per pair:
- Parallax: the `parallax score` process (reads JSON lines, tokenises, normalises and
  stems every sentence, scores each pair with the sentence-pair model, writes JSON lines):
  wall time of the whole process, start-up included.
- scikit-learn: `TfidfVectorizer(sublinear_tf=True)` fitted on the batch's unique texts,
  then the cosine of each pair's two rows (the vectors are L2-normalised, so a row-wise
  dot product): wall time of fit + transform + cosine, Python start-up and imports not
  included.

Usage (scikit-learn is not part of the test venv; any recent version):

    python3 -m venv /tmp/skl && /tmp/skl/bin/pip install scikit-learn
    cp target/release/parallax /tmp/parallax-before   # optional: a build to compare
    cargo build --release --bin parallax              # opt-level 3, every core
    /tmp/skl/bin/python bench/tfidf_speed.py /tmp/parallax-before,target/release/parallax ../shared/eval/*.jsonl

The first argument is one binary or several separated by commas (e.g. a build from
before a change, to compare in the same minutes): each round runs every binary and
scikit-learn once, in turn, for RUNS rounds (environment, default 5); all binaries must
write the same bytes. `parallax score` uses every core (RAYON_NUM_THREADS=1 in the
environment for one thread); scikit-learn's sparse TF-IDF runs on one (BLAS threads play
no part in it). Prints the medians, each binary's ratio
and the load average before and after.
"""
import json
import os
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, files = sys.argv[1], sys.argv[2:]
    lines = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            lines += [l for l in fh if l.strip()]
    rows = [json.loads(l) for l in lines]
    payload = "".join(json.dumps({"id": r["id"], "a": r["a"], "b": r["b"]}) + "\n" for r in rows)
    pairs = [(r["a"], r["b"]) for r in rows]

    from sklearn.feature_extraction.text import TfidfVectorizer
    import numpy as np

    def sklearn_scores():
        texts = list({t for p in pairs for t in p})
        index = {t: i for i, t in enumerate(texts)}
        m = TfidfVectorizer(sublinear_tf=True).fit_transform(texts)
        a = m[[index[x] for x, _ in pairs]]
        b = m[[index[y] for _, y in pairs]]
        return np.asarray(a.multiply(b).sum(axis=1)).ravel()

    def parallax_scores(binary):
        out = subprocess.run([binary, "score"], input=payload.encode(), capture_output=True, check=True)
        return out.stdout

    binaries = binary.split(",")
    runs = int(os.environ.get("RUNS", "5"))
    load_before = os.getloadavg()
    t_p = {b: [] for b in binaries}
    t_s = []
    first = None
    for _ in range(runs):
        for b in binaries:
            t0 = time.perf_counter()
            out = parallax_scores(b)
            t_p[b].append(time.perf_counter() - t0)
            if first is None:
                first = out
            assert out == first, f"{b} writes different scores"
            assert out.count(b"\n") == len(pairs)
        t0 = time.perf_counter()
        s = sklearn_scores()
        t_s.append(time.perf_counter() - t0)
        assert len(s) == len(pairs)
    k = statistics.median(t_s)
    print(f"{len(pairs)} pairs ({len({t for q in pairs for t in q})} unique texts), median of {runs} alternating runs")
    print(f"load average before {load_before[0]:.1f}, after {os.getloadavg()[0]:.1f} (1 min)")
    print(f"scikit-learn TF-IDF cosine:     {k*1000:.0f} ms = {len(pairs)/k:,.0f} pairs/s")
    for b in binaries:
        p = statistics.median(t_p[b])
        print(f"parallax score {b} (whole process): {p*1000:.0f} ms = {len(pairs)/p:,.0f} pairs/s;"
              f" ratio (scikit-learn time / parallax time) {k/p:.2f}")


if __name__ == "__main__":
    main()
