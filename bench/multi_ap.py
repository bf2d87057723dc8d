"""Whole-article figures read off `parallax suggest --min 0` with other articles loaded
beside each development article pair (BENCHMARKS.md, "Twelfth round").

For each pair of `gold.jsonl`, runs the CLI on the pair alone, with one article of another
topic, with the two sample articles, and with all the development articles of other topics,
and prints per condition: mean AP over the same-event pairs, ECE over the pairs scored 0.2
and up (10 bins), and the number of sentence pairs >= 0.5 of the different-event pairs.
Scores come from the shipped weights, fitted on these pairs: in-sample figures, for
comparing the conditions. Needs scikit-learn; run from the repository root:

    cargo build --release --bin parallax
    /tmp/skl/bin/python bench/multi_ap.py
"""
import json, os
from sklearn.metrics import average_precision_score as aps
from gold_scores import gold_labels_and_scores, suggest_links
d='../shared/eval/articles/'
BIN=os.environ.get('BIN','target/release/parallax')
golds=[json.loads(l) for l in open(d+'gold.jsonl')]
allfiles=sorted({g['a'] for g in golds}|{g['b'] for g in golds})
def run(g, extras):
    y,s,_=gold_labels_and_scores(g, suggest_links(BIN,[d+g['a'],d+g['b']]+extras))
    return y,s
def ece(ys,ss):
    bins=[[] for _ in range(10)]
    for y,s in zip(ys,ss):
        if s>=0.2: bins[min(int(s*10),9)].append((y,s))
    n=sum(len(b) for b in bins); e=0
    for b in bins:
        if b: e+=len(b)/n*abs(sum(y for y,_ in b)/len(b)-sum(s for _,s in b)/len(b))
    return e,n
for mode in ['none','one','samples','all']:
    tot=[]; Y=[];S=[]; hi=0
    for g in golds:
        others=[f for f in allfiles if f not in (g['a'],g['b']) and f.split('_')[0]!=g['a'].split('_')[0]]
        if mode=='none': ex=[]
        elif mode=='one': ex=[d+others[0]]
        elif mode=='samples': ex=['samples/afp-defector-footage.txt','samples/latimes-defector-video.txt']
        else: ex=[d+f for f in others]
        y,s=run(g,ex)
        Y+=y;S+=s
        if g['same_event']: tot.append(aps(y,s))
        else: hi+=sum(1 for v in s if v>=0.5)
    e,n=ece(Y,S)
    print(mode,'meanAP %.3f'%(sum(tot)/len(tot)),'ECE %.3f over %d'%(e,n),'diff-event>=0.5',hi, ' '.join('%.3f'%t for t in tot))
