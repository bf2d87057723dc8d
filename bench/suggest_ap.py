"""Whole-article average precision as read from `parallax suggest A B --min 0`.

For each article pair of `gold.jsonl` (see ../shared/eval/articles/README.md), runs the CLI,
maps its sentences to the gold file's by start offset (code points), scores every gold
sentence pair (pairs not listed count as 0) and prints AP per pair and the mean over the
same-event pairs. Needs scikit-learn (average_precision_score):

    python3 -m venv /tmp/skl && /tmp/skl/bin/pip install scikit-learn
    cargo build --release --bin parallax
    /tmp/skl/bin/python bench/suggest_ap.py

The shipped weights were fitted on these pairs, so the figures are in-sample.
"""
import os
from sklearn.metrics import average_precision_score as aps
from gold_scores import gold_labels_and_scores, suggest_links
import json

d = os.environ.get('ARTICLES', '../shared/eval/articles/')
tot = []
for line in open(d + 'gold.jsonl'):
    g = json.loads(line)
    links = suggest_links('target/release/parallax', [d + g['a'], d + g['b']])
    y, s, matched = gold_labels_and_scores(g, links)
    ap = aps(y, s) if any(y) else float('nan')
    print(g['pair'], g['same_event'], 'pairs', len(y), 'matched to gold sentences', matched, 'AP %.3f' % ap)
    if g['same_event']:
        tot.append(ap)
print('mean AP same-event (model fitted on all nine pairs: in-sample)', sum(tot) / len(tot))
