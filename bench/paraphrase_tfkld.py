"""TF-KLD word weights (Ji and Eisenstein 2013) as candidate paraphrase features, measured in
the trainer's own five-fold cross-validation inside the training part (session 56, issue 8).

    DUMP_ROWS=/tmp/rows.jsonl MLP_GRID_H= cargo run --release --example train_matcher -- \
        ../shared/eval --dry-run
    /tmp/skl/bin/python bench/paraphrase_tfkld.py /tmp/rows.jsonl

The rows are the trainer's (`examples/common/dump.rs`): real paraphrase pairs and made-up
negatives of the training part, their CV folds, standardised features and tokens. The
baseline refits the trainer's logistic regression (Newton, L2 on the weights, the decision
point moved to the training folds' best accuracy), so its figure must equal the trainer's
"cv logistic" line. Each candidate's word table is fitted on the training folds' real pairs
only; the training rows' own candidate values come from an inner cross-fit (a table that did
not see the row), so the regression does not learn from in-sample overlaps.

For a word k and the pairs where it occurs on at least one side, p_k is the share of
paraphrases that have it on both sides and q_k that of the non-paraphrases (Beta prior
towards the overall shares, strength ALPHA). TF-KLD weight: KL(p_k || q_k) of the two
Bernoulli distributions. Candidates: the cosine of the two sentences' KLD-weighted word
vectors, the KLD mass both share over each side's mass (min, max), and the naive-Bayes
log-likelihood ratio of the pair's overlap pattern (sum over shared words of log p/q and over
one-sided words of log (1-p)/(1-q)).

Session 56's figures (`nb_llr`, "SETS=3"; eight partitions `PARTITION=0..7`, 0 the trainer's):
baseline mean 0.770 / 0.836, AP 0.907; every word 0.774 / 0.840 (F1 gain -0.002..+0.007,
AP +0.003); stop words and numbers only (`ONLY_STOP=1`, 146 words) 0.774 / 0.841, F1 gain
+0.002..+0.009 on all eight, AP unchanged; without the inner cross-fit (`CROSSFIT=0`) AP
falls to 0.903-0.905. On the frontier the baseline already reaches F1 0.842 at accuracy 0.77
and the LLR adds about 0.001: the gain is mostly where the accuracy-best point falls.
"""
import json
import math
import os
import sys
from collections import defaultdict

import numpy as np

L2 = float(os.environ.get("L2", "10"))
ALPHA = float(os.environ.get("ALPHA", "4"))
STOP = os.environ.get("STOP", "1") == "1"  # count stop words as words too
TOP = int(os.environ.get("TOP", "0"))  # keep only this many words (0: all)
CROSSFIT = os.environ.get("CROSSFIT", "1") == "1"
NUM_CLASS = os.environ.get("NUM_CLASS", "1") == "1"  # all numbers as one word


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def fit_logistic(x, y, w, l2, iters=30, tol=1e-8):
    """The trainer's `fit_logistic`: Newton's method, L2 on the weights, not the bias."""
    n, d = x.shape
    xb = np.hstack([np.ones((n, 1)), x])
    beta = np.zeros(d + 1)
    pen = np.full(d + 1, l2)
    pen[0] = 0.0
    for _ in range(iters):
        p = sigmoid(xb @ beta)
        g = xb.T @ ((p - y) * w) + pen * beta
        h = (xb * (p * (1 - p) * w)[:, None]).T @ xb + np.diag(pen)
        step = np.linalg.solve(h, g)
        beta -= step
        if np.abs(step).sum() < tol:
            break
    return beta


def acc_f1(s, y, t):
    p = s >= t
    tp = np.sum(p & y)
    fp = np.sum(p & ~y)
    fn = np.sum(~p & y)
    acc = np.mean(p == y)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp > 0 else 0.0
    return acc, f1


def best_threshold(s, y):
    best = (0.0, 0.5)
    for k in range(1, 100):
        t = k / 100
        a, _ = acc_f1(s, y, t)
        if a > best[0]:
            best = (a, t)
    return best[1]


def best_acc_f1_threshold(s, y):
    """The decision point with the best accuracy + F1 (as `common/gbdt_cv.rs` chooses)."""
    best = (0.0, 0.5)
    for k in range(1, 100):
        t = k / 100
        a, f = acc_f1(s, y, t)
        if a + f > best[0]:
            best = (a + f, t)
    return best[1]


RULE = os.environ.get("RULE", "acc")  # the decision point: best accuracy (the trainer's) or "accf1"


def average_precision(s, y):
    order = sorted(range(len(s)), key=lambda i: (-s[i], i))
    tp = 0
    tot = 0.0
    for r, i in enumerate(order):
        if y[i]:
            tp += 1
            tot += tp / (r + 1)
    return tot / max(1, int(np.sum(y)))


def ece(s, y, bins=10, lo=0.0):
    tot, n = 0.0, 0
    for b in range(bins):
        a, c = b / bins, (b + 1) / bins
        m = (s >= a) & ((s < c) if b < bins - 1 else (s <= c)) & (s >= lo)
        if m.sum() == 0:
            continue
        tot += abs(s[m].mean() - y[m].mean()) * m.sum()
        n += m.sum()
    return tot / max(n, 1)


ONLY_STOP = os.environ.get("ONLY_STOP", "0") == "1"  # stop words and numbers only
BIGRAMS = os.environ.get("BIGRAMS", "0") == "1"  # word pairs in a row as words too


def words(toks):
    out = set()
    if BIGRAMS:
        keys = ["<num>" if any(ch.isdigit() for ch in n) else st for n, st, _ in toks]
        out.update(a + "_" + b for a, b in zip(keys, keys[1:]))
    for norm, stem, stop in toks:
        if stop and not STOP:
            continue
        if ONLY_STOP and not stop and not any(ch.isdigit() for ch in norm):
            continue
        if NUM_CLASS and any(ch.isdigit() for ch in norm):
            out.add("<num>")
            continue
        out.add(stem)
    return out


class Kld:
    """Word statistics fitted on real pairs: per word, (both, one) counts by label."""

    def __init__(self, rows):
        c = defaultdict(lambda: [0, 0, 0, 0])  # pos both, pos one, neg both, neg one
        for r in rows:
            a, b = r["wa"], r["wb"]
            off = 0 if r["label"] else 2
            for k in a & b:
                c[k][off] += 1
            for k in a ^ b:
                c[k][off + 1] += 1
        pb = sum(v[0] for v in c.values()) / max(1, sum(v[0] + v[1] for v in c.values()))
        nb = sum(v[2] for v in c.values()) / max(1, sum(v[2] + v[3] for v in c.values()))
        self.p0, self.q0 = pb, nb
        self.table = {}
        for k, (b1, o1, b0, o0) in c.items():
            p = (b1 + ALPHA * pb) / (b1 + o1 + ALPHA)
            q = (b0 + ALPHA * nb) / (b0 + o0 + ALPHA)
            kl = p * math.log(p / q) + (1 - p) * math.log((1 - p) / (1 - q))
            self.table[k] = (p, q, kl)
        if TOP > 0:
            # a small table: the TOP words of most divergence, the rest read as unknown
            keep = sorted(self.table, key=lambda k: -self.table[k][2])[:TOP]
            self.table = {k: self.table[k] for k in keep}

    def get(self, k):
        return self.table.get(k, (self.p0, self.q0, 0.0))

    def features(self, a, b):
        shared = a & b
        wa = {k: self.get(k)[2] for k in a}
        wb = {k: self.get(k)[2] for k in b}
        dot = sum(wa[k] * wb[k] for k in shared)
        na = math.sqrt(sum(v * v for v in wa.values()))
        nb = math.sqrt(sum(v * v for v in wb.values()))
        cos = dot / (na * nb) if na * nb > 0 else 0.0
        ma, mb = sum(wa.values()), sum(wb.values())
        sa = sum(wa[k] for k in shared)
        ca = sa / ma if ma > 0 else 0.0
        cb = sa / mb if mb > 0 else 0.0
        llr = 0.0
        for k in a | b:
            p, q, _ = self.get(k)
            llr += math.log(p / q) if k in shared else math.log((1 - p) / (1 - q))
        # unshared KLD mass (as the model's unmatched IDF mass, but supervised)
        ua = ma - sa
        ub = mb - sa
        return [cos, min(ca, cb), max(ca, cb), llr, max(ua, ub), min(ua, ub)]


NAMES = ["kld_cosine", "kld_cov_min", "kld_cov_max", "nb_llr", "kld_unshared_max", "kld_unshared_min"]


def main():
    rows = [json.loads(l) for l in open(sys.argv[1])]
    for r in rows:
        r["wa"], r["wb"] = words(r["ta"]), words(r["tb"])
    if os.environ.get("TABLE"):
        # the table a port would ship: fitted on every real training pair
        t = Kld([r for r in rows if not r["synthetic"] and not r["claims"]])
        norm = {}
        for r in rows:
            for tok in r["ta"] + r["tb"]:
                norm[tok[1]] = tok[0]
        ranked = sorted(t.table.items(), key=lambda kv: -kv[1][2])
        print(f"words {len(ranked)}; default p {t.p0:.3f} q {t.q0:.3f}")
        for n in [100, 300, 1000]:
            print(f"  top {n}: KLD >= {ranked[min(n, len(ranked)) - 1][1][2]:.4f}")
        for k, (p, q, kl) in ranked[:40]:
            print(f"  {norm.get(k, k):15} p {p:.2f} q {q:.2f} KLD {kl:.3f}")
        return
    x = np.array([r["x"] for r in rows])
    y = np.array([r["label"] for r in rows], dtype=bool)
    w = np.array([r["w"] for r in rows])
    # PARTITION=n > 0: another split of the same keys into five folds (the trainer's is 0)
    part = int(os.environ.get("PARTITION", "0"))
    fold = np.array([(int(r["key"]) // 5 ** (part + 1)) % 5 for r in rows])
    assert part > 0 or all(f == r["fold"] for f, r in zip(fold, rows))
    real = np.array([not r["synthetic"] and not r["claims"] for r in rows])
    # fold for inner cross-fit of the training rows
    # inner folds by the split key too (a made-up negative stays with its source pair)
    inner = np.array([(int(r["key"]) // 5 ** (part + 2)) % 5 for r in rows])
    sets = os.environ.get("SETS", "0;0,1,2;3;0,1,2,3;0,1,2,3,4,5;3,4,5").split(";")
    sets = [[]] + [[int(v) for v in s.split(",")] for s in sets]
    results = {}
    for ks in sets:
        s_all, l_all, z_all = [], [], []
        for f in range(5):
            tr = np.where(fold != f)[0]
            te = np.where((fold == f) & real)[0]
            xs = x
            if ks:
                # out-of-fold candidate values for the training rows
                cand = np.zeros((len(rows), len(ks)))
                for g in range(5):
                    # CROSSFIT=0: the training rows read the table fitted on all of them
                    fit_on = [rows[j] for j in tr if real[j] and (inner[j] != g or not CROSSFIT)]
                    t = Kld(fit_on)
                    for j in tr:
                        if inner[j] == g:
                            cand[j] = [t.features(rows[j]["wa"], rows[j]["wb"])[k] for k in ks]
                t = Kld([rows[j] for j in tr if real[j]])
                for j in te:
                    cand[j] = [t.features(rows[j]["wa"], rows[j]["wb"])[k] for k in ks]
                m = cand[tr].mean(0)
                sd = cand[tr].std(0)
                sd[sd < 1e-9] = 1.0
                xs = np.hstack([x, (cand - m) / sd])
            beta = fit_logistic(xs[tr], y[tr].astype(float), w[tr], L2)
            z = beta[0] + xs @ beta[1:]
            cal = tr[real[tr]]
            pick = best_acc_f1_threshold if RULE == "accf1" else best_threshold
            t = pick(sigmoid(z[cal]), y[cal])
            shift = math.log(t / (1 - t))
            s_all.extend(sigmoid(z[te] - shift))
            z_all.extend(z[te])
            l_all.extend(y[te])
        s_all, l_all, z_all = np.array(s_all), np.array(l_all), np.array(z_all)
        a, f1 = acc_f1(s_all, l_all, 0.5)
        name = "baseline" if not ks else "+" + ",".join(NAMES[k] for k in ks)
        print(
            f"cv {name}: n={len(s_all)} acc/F1@0.5 {a:.3f}/{f1:.3f} AP {average_precision(list(s_all), list(l_all)):.3f}"
            f" mean score {s_all.mean():.3f} (raw {sigmoid(z_all).mean():.3f}) base rate {l_all.mean():.3f}"
            f" ECE {ece(s_all, l_all):.3f}",
            flush=True,
        )
        results[name] = (s_all, l_all)
    # paired bootstrap of each candidate set's F1 and accuracy gain over the baseline
    rng = np.random.default_rng(56)
    s0, l0 = results["baseline"]
    n = len(l0)
    draws = [rng.integers(0, n, n) for _ in range(int(os.environ.get("BOOT", "1000")))]
    for name, (s1, _) in results.items():
        if name == "baseline":
            continue
        df, da = [], []
        for ix in draws:
            a0, f0 = acc_f1(s0[ix], l0[ix], 0.5)
            a1, f1 = acc_f1(s1[ix], l0[ix], 0.5)
            df.append(f1 - f0)
            da.append(a1 - a0)
        df, da = np.array(df), np.array(da)
        print(
            f"paired bootstrap {name}: F1 gain {df.mean():+.4f} (SE {df.std():.4f}, P(gain<=0) {np.mean(df <= 0):.3f});"
            f" acc gain {da.mean():+.4f} (SE {da.std():.4f})"
        )
    # Oracle frontier on the pooled out-of-fold scores (thresholds chosen on the test
    # scores: optimistic, for comparing the shapes only): the best F1 at a given accuracy.
    # A gain at the decision point with none here only moves where that point falls.
    for name, (s1, _) in results.items():
        line = []
        for amin in (0.765, 0.770, 0.775):
            f1s = [acc_f1(s1, l0, t)[1] for t in np.arange(0.2, 0.8, 0.01) if acc_f1(s1, l0, t)[0] >= amin]
            line.append(f"acc >= {amin}: {max(f1s):.4f}" if f1s else f"acc >= {amin}: none")
        print(f"frontier {name}: best F1 with " + ", ".join(line))
    if os.environ.get("SAVE"):
        np.save(os.environ["SAVE"], np.array([results[k][0] for k in results] + [l0]))


if __name__ == "__main__":
    main()
