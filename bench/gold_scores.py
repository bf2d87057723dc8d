"""Maps `parallax suggest --min 0` links onto the hand-labelled sentences of one article pair.

Shared by `suggest_ap.py` and `multi_ap.py`. `gold` is one line of
`../shared/eval/articles/gold.jsonl` (see that folder's README): `a`, `b` (file names),
`sentences_a` / `sentences_b` ([start, end] in code points) and `links` ([i, j] gold sentence
index pairs). `links` is the CLI's `links` array. A CLI sentence is matched to a gold one by its
start offset (code points, as both count); links between other files are ignored.
"""
import subprocess, json


def suggest_links(binary, paths):
    """Runs `binary suggest PATHS... --min 0` and returns its `links` array."""
    out = subprocess.run([binary, 'suggest', *paths, '--min', '0'],
                         capture_output=True, check=True).stdout
    return json.loads(out)['links']


def gold_labels_and_scores(gold, links):
    """Returns (y, s, matched): one entry per gold sentence pair (i over A, j over B, row-major),
    y True for a gold link, s the CLI's score (0.0 for a pair the CLI did not list), and the
    number of gold pairs the CLI's links were matched to."""
    sa = {s: i for i, (s, _e) in enumerate(gold['sentences_a'])}
    sb = {s: i for i, (s, _e) in enumerate(gold['sentences_b'])}
    score = {}
    for link in links:
        fa = link['a']['file'].split('/')[-1]
        fb = link['b']['file'].split('/')[-1]
        if {fa, fb} != {gold['a'], gold['b']}:
            continue
        a, b = (link['a'], link['b']) if fa == gold['a'] else (link['b'], link['a'])
        i = sa.get(a['start'])
        j = sb.get(b['start'])
        if i is not None and j is not None:
            score[(i, j)] = link['score']
    pairs = {(i, j) for i, j, *_ in gold['links']}
    y, s = [], []
    for i in range(len(gold['sentences_a'])):
        for j in range(len(gold['sentences_b'])):
            y.append((i, j) in pairs)
            s.append(score.get((i, j), 0.0))
    return y, s, len(score)
