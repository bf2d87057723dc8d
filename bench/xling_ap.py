"""Average precision across languages, as read from `parallax suggest EN OTHER --min 0`.

For each set of xling/parallels.json (hand-labelled parallels between an English report and
one in Portuguese, Italian, French or Dutch; see the file's "about"), runs the CLI, finds each
labelled sentence by the code points it starts with, and prints:
  - sent AP: per labelled English sentence, the AP of its parallels among all the other
    article's sentences ranked by score, averaged;
  - pair AP: the AP of all labelled pairs among all cross pairs of the two articles (as
    eval_articles reads an article pair; ties count as sklearn's average_precision_score);
  - P@1: the share of labelled English sentences whose best-scored sentence is a parallel;
  - the flags on the labelled parallels (with --flags).
No third-party module needed:

    cargo build --release --bin parallax
    python3 bench/xling_ap.py [PATH/TO/parallax] [--flags] [--gold FILE]

--gold reads another file of bench/xling/ in the same form: trial57.json, trial 57's
articles in German and Spanish and their English translations (in sample; its "pair AP"
is session 54's "mean AP" of trial 57).
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def ap(labels_scores):
    """AP with ties grouped, as sklearn's average_precision_score."""
    pos = sum(1 for y, _ in labels_scores if y)
    if pos == 0:
        return float('nan')
    xs = sorted(labels_scores, key=lambda t: -t[1])
    out, tp, seen, prev_r, i = 0.0, 0, 0, 0.0, 0
    while i < len(xs):
        j = i
        while j < len(xs) and xs[j][1] == xs[i][1]:
            tp += xs[j][0]
            seen += 1
            j += 1
        r = tp / pos
        out += (r - prev_r) * (tp / seen)
        prev_r = r
        i = j
    return out


def main():
    argv = sys.argv[1:]
    gold_file = 'parallels.json'
    if '--gold' in argv:
        i = argv.index('--gold')
        gold_file = argv[i + 1]
        del argv[i:i + 2]
    args = [a for a in argv if not a.startswith('--')]
    show_flags = '--flags' in argv
    exe = args[0] if args else os.path.join(
        os.environ.get('CARGO_TARGET_DIR', 'target'), 'release', 'parallax')
    gold = json.load(open(os.path.join(HERE, 'xling', gold_file)))
    by_lang = {}
    for st in gold['sets']:
        en, other = (os.path.join(HERE, 'xling', st[k]) for k in ('en', 'other'))
        res = subprocess.run([exe, 'suggest', en, other, '--min', '0'],
                             capture_output=True, text=True, check=True)
        links = json.loads(res.stdout)['links']
        score, flags, a_sents, b_sents = {}, {}, set(), set()
        for lk in links:
            a, b = lk['a'], lk['b']
            if a['file'] != en:
                a, b = b, a
            key = (a['text'], b['text'])
            score[key] = lk['score']
            flags[key] = lk['flags']
            a_sents.add(a['text'])
            b_sents.add(b['text'])

        def find(prefix, sents):
            hits = [s for s in sents if s.lstrip().startswith(prefix)] or \
                   [s for s in sents if prefix in s]
            if len(hits) != 1:
                sys.exit(f"{st['en']}/{st['other']}: '{prefix}' matches {len(hits)} sentences")
            return hits[0]

        gold_pairs = set()
        for e, os_ in st['pairs']:
            ea = find(e, a_sents)
            for o in os_:
                gold_pairs.add((ea, find(o, b_sents)))
        labelled = sorted({p[0] for p in gold_pairs})
        sent_aps, p1 = [], 0
        for ea in labelled:
            row = [((ea, b) in gold_pairs, score.get((ea, b), 0.0)) for b in b_sents]
            sent_aps.append(ap(row))
            best = max(row, key=lambda t: t[1])
            top = [y for y, s in row if s == best[1]]
            p1 += sum(top) / len(top)
        pair_ap = ap([((a, b) in gold_pairs, score.get((a, b), 0.0))
                      for a in a_sents for b in b_sents])
        sap = sum(sent_aps) / len(sent_aps)
        print(f"{st['lang']} {st['en']:20} vs {st['other']:17} sent AP {sap:.3f}  "
              f"pair AP {pair_ap:.3f}  P@1 {p1 / len(labelled):.3f}  "
              f"({len(gold_pairs)} parallels, {len(a_sents)}x{len(b_sents)} pairs)")
        by_lang.setdefault(st['lang'], []).append((sap, pair_ap, p1 / len(labelled)))
        if show_flags:
            for (ea, b) in sorted(gold_pairs):
                for f in flags.get((ea, b), []):
                    print(f"    flag on parallel: {ea[:40]!r} ~ {b[:40]!r}: {f}")
    allv = [v for vs in by_lang.values() for v in vs]
    for lang, vs in list(by_lang.items()) + [('all', allv)]:
        n = len(vs)
        print(f"mean {lang:3} sent AP {sum(v[0] for v in vs) / n:.3f}  "
              f"pair AP {sum(v[1] for v in vs) / n:.3f}  P@1 {sum(v[2] for v in vs) / n:.3f}")


main()
