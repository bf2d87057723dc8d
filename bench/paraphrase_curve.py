#!/usr/bin/env python3
"""Paraphrase accuracy and F1 of `parallax score` against the decision threshold, on the
training and held-out parts of paraphrase-train.jsonl (BENCHMARKS.md, "Sentence-pair model").

The whole file is scored in one `parallax score` call (the CLI weighs words by the batch's
document frequencies, as in session 10's figures); a pair is held out when FNV-1a-64 of its
id % 5 == 0, the trainer's split (examples/common/train.rs).

Usage: bench/paraphrase_curve.py PARALLAX_BINARY PARAPHRASE_JSONL [THRESHOLDS...]
Prints one row per threshold: part, threshold, n, accuracy, F1 (of the positive class).
"""
import json
import subprocess
import sys


def fnv1a64(s: str) -> int:
    h = 0xCBF29CE484222325
    for byte in s.encode("utf-8"):
        h ^= byte
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def metrics(rows, t):
    tp = sum(1 for s, y in rows if s >= t and y == 1)
    fp = sum(1 for s, y in rows if s >= t and y == 0)
    fn = sum(1 for s, y in rows if s < t and y == 1)
    tn = len(rows) - tp - fp - fn
    acc = (tp + tn) / len(rows)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return acc, f1


def main():
    binary, path = sys.argv[1], sys.argv[2]
    ts = [float(x) for x in sys.argv[3:]] or [0.40, 0.42, 0.44, 0.46, 0.48, 0.50, 0.52, 0.54]
    with open(path, encoding="utf-8") as f:
        pairs = [json.loads(line) for line in f if line.strip()]
    with open(path, "rb") as f:
        out = subprocess.run([binary, "score"], stdin=f, capture_output=True, check=True)
    scores = {}
    for line in out.stdout.decode("utf-8").splitlines():
        r = json.loads(line)
        scores[r["id"]] = r["score"]
    parts = {"training": [], "held-out": []}
    for p in pairs:
        part = "held-out" if fnv1a64(p["id"]) % 5 == 0 else "training"
        parts[part].append((scores[p["id"]], int(p["label"])))
    print("| part | threshold | n | accuracy | F1 |")
    print("|---|---|---|---|---|")
    for part, rows in parts.items():
        for t in ts:
            acc, f1 = metrics(rows, t)
            print(f"| {part} | {t:.2f} | {len(rows)} | {acc:.3f} | {f1:.3f} |")


if __name__ == "__main__":
    main()
