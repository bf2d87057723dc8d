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
import json, subprocess, sys
from sklearn.metrics import average_precision_score as aps
import os
d=os.environ.get('ARTICLES', '../shared/eval/articles/')
tot=[]; 
for line in open(d+'gold.jsonl'):
    g=json.loads(line)
    out=subprocess.run(['target/release/parallax','suggest',d+g['a'],d+g['b'],'--min','0'],capture_output=True,check=True).stdout
    links=json.loads(out)['links']
    sa={s:i for i,(s,e) in enumerate(g['sentences_a'])}; sb={s:i for i,(s,e) in enumerate(g['sentences_b'])}
    score={}
    for l in links:
        fa=l['a']['file'].split('/')[-1]
        a,b=(l['a'],l['b']) if fa==g['a'] else (l['b'],l['a'])
        i=sa.get(a['start']); j=sb.get(b['start'])
        if i is not None and j is not None: score[(i,j)]=l['score']
    gold={(l[0],l[1]) for l in g['links']}
    y=[];s=[]
    for i in range(len(g['sentences_a'])):
        for j in range(len(g['sentences_b'])):
            y.append((i,j) in gold); s.append(score.get((i,j),0.0))
    matched=len(score); n=len(y)
    ap=aps(y,s) if any(y) else float('nan')
    print(g['pair'], g['same_event'], 'pairs', n, 'matched to gold sentences', matched, 'AP %.3f'%ap)
    if g['same_event']: tot.append(ap)
print('mean AP same-event (model fitted on all nine pairs: in-sample)', sum(tot)/len(tot))
