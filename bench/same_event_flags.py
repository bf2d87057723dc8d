"""Same event against similar events (issue 8, session 56): where the nested grouped-CV AP
of the batch context is lost, whether letting the context lower pairs at or above 0.5
helps, and whether flags between the two texts' *neighbourhoods* in the batch (another
place, date, person, figure among the company each text keeps) add to the context model.

Reads the rows `same_event_context` writes with `DUMP=path FLAGS=1` (one JSON object a line:
`x` = the score's log-odds, the 11 `Context::pair_features`, then the pair's own place, date,
person, number and speaker flag counts; `y`; ECB+ `topic`, 1-35 only; texts `a`, `b`) and
runs `examples/pair_flags` for the neighbourhoods' pairs. Needs numpy (not in the test venv):

    CARGO_PROFILE_RELEASE_LTO=false cargo build --release --example same_event_context --example pair_flags
    DUMP=/tmp/rows.jsonl FLAGS=1 target/release/examples/same_event_context ../shared/eval
    python3 -m venv /tmp/np && /tmp/np/bin/pip install numpy
    /tmp/np/bin/python bench/same_event_flags.py /tmp/rows.jsonl target/release/examples/pair_flags [K]

Everything is measured as `fit_context` measures the shipped form: five folds by
`topic % 5`, the L2 chosen inside each outer fold by a grouped CV over the other four (the
largest within 0.001 of the best), the shipped form (a pair below 0.5 moves 0.6 of the way
to the model's log-odds and stays below 0.5; at or above 0.5 it keeps its own). Printed:
- the nested AP of the shipped form (0.7626 on main 1c2e4a5a) and its topic-bootstrap SE;
- the AP lost to the label-0 pairs at or above 0.5 (oracle: those pairs moved to the
  bottom, or to just below 0.5) and the AP inside the block below 0.5;
- a gate that lowers pairs at or above 0.5 when the context model's log-odds are low
  (threshold, slope, cap chosen inside each fold with the L2);
- the context moving pairs both ways across 0.5 (a pair below may rise to a cap, one at or
  above may fall by a cap; the model centred as `fit_context` centres it), with the
  paraphrase file's accuracy / F1 at 0.5 and the claims file's AP under the same form;
- the shipped form with the neighbourhood flag columns added (the share of the pairs
  between `a` with its `K` nearest texts and `b` with its `K` nearest that carry a solid
  place / date / person / number / speaker flag, and any solid flag of those), and the gain
  over the shipped form with a paired topic-bootstrap SE.
The neighbourhoods here are a plain TF-IDF cosine over the batch's unique texts (the study's
own tokenizer, not the matcher's stems), `K` 3 by default.
"""
import json
import math
import re
import subprocess
import sys

import numpy as np

FOLDS = 5
L2_GRID = [0.01, 0.1, 1.0, 10.0, 100.0, 1000.0]
MIX = 0.6
KINDS = ["place", "date", "person", "number", "speaker"]


def ap(s, y):
    """Average precision of scores `s` against booleans `y` (ties in input order)."""
    s, y = np.asarray(s, float), np.asarray(y, bool)
    yy = y[np.argsort(-s, kind="stable")]
    tp = np.cumsum(yy)
    ranks = np.arange(1, len(s) + 1)
    return float((tp[yy] / ranks[yy]).sum() / max(1, yy.sum()))


def fit_logistic(x, y, l2, steps=30):
    """Newton's method over standardised columns, L2 `l2` on the weights (not the bias):
    (mean, sd, beta)."""
    mean, sd = x.mean(0), x.std(0)
    sd[sd == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / sd])
    b = np.zeros(z.shape[1])
    reg = np.eye(z.shape[1]) * l2
    reg[0, 0] = 0
    t = y.astype(float)
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(z @ b, -30, 30)))
        step = np.linalg.solve((z * (p * (1 - p))[:, None]).T @ z + reg, z.T @ (p - t) + reg @ b)
        b -= step
        if np.abs(step).max() < 1e-8:
            break
    return mean, sd, b


def log_odds(model, x):
    mean, sd, b = model
    return b[0] + ((x - mean) / sd) @ b[1:]


def shipped(z0, zm):
    """`Context::adjust` in log-odds: `z0` at or above 0; below, `MIX` of the way to `zm`,
    then -softplus(-z), below 0."""
    t = -(z0 + MIX * (zm - z0))
    return np.where(z0 >= 0, z0, -(np.maximum(t, 0) + np.log1p(np.exp(-np.abs(t)))))


def gate(knee, slope, most):
    """A pair at or above 0.5 lowered by `slope` (knee - zm), at most `most` log-odds (it
    may cross 0.5); below 0.5 the shipped form."""
    return lambda z0, zm: np.where(z0 >= 0, z0 - np.clip(slope * (knee - zm), 0, most), shipped(z0, zm))


def out_of_fold(x, y, topic, idx, folds, l2, form):
    """`form`'s scores of the rows `idx` in `folds`, each fold fitted on `idx`'s other folds."""
    out = {}
    for f in folds:
        tr = [i for i in idx if topic[i] % FOLDS != f]
        te = [i for i in idx if topic[i] % FOLDS == f]
        v = form(x[te, 0], log_odds(fit_logistic(x[tr], y[tr], l2), x[te]))
        out.update(zip(te, v))
    return out


def ap_of(out, y):
    k = sorted(out)
    return ap([out[i] for i in k], y[k])


def nested(x, y, topic, forms):
    """Nested grouped CV: per outer fold, for each form the L2 chosen by a grouped CV over
    the other folds (the largest within 0.001 of its best), then the form whose chosen L2
    gives the best inner AP. Scores of all rows."""
    n, out = len(y), {}
    for f in range(FOLDS):
        inner = [g for g in range(FOLDS) if g != f]
        tr = [i for i in range(n) if topic[i] % FOLDS != f]
        best = None
        for c, form in enumerate(forms):
            aps = [(ap_of(out_of_fold(x, y, topic, tr, inner, l2, form), y), l2) for l2 in L2_GRID]
            top = max(a for a, _ in aps)
            a, l2 = max(((a, l2) for a, l2 in aps if a >= top - 0.001), key=lambda t: t[1])
            if best is None or a > best[0]:
                best = (a, l2, c)
        _, l2, c = best
        out.update(out_of_fold(x, y, topic, list(range(n)), [f], l2, forms[c]))
    return np.array([out[i] for i in range(n)])


def centred(model, x):
    """`model` with its bias set so that its log-odds' mean over the rows of `x` below 0.5
    equals theirs (`fit_context`'s centring, for a form with no squash)."""
    mean, sd, b = model
    b = b.copy()
    below = x[:, 0] < 0
    b[0] -= (log_odds((mean, sd, b), x[below]) - x[below, 0]).mean()
    return mean, sd, b


def both_ways(up, down):
    """Log-odds `MIX` of the way to the context model's for every pair, a pair below 0.5
    rising to at most `up` (below 0 when `up` is 0) and one at or above 0.5 falling by at
    most `down`, so either may cross 0.5."""
    def form(z0, zm):
        z = z0 + MIX * (zm - z0)
        return np.where(z0 >= 0, np.maximum(np.minimum(z, z0), z0 - down), np.minimum(z, up if up > 0 else -1e-9))
    return form


def nested_centred(x, y, topic, form):
    """`nested` for one form whose models are centred on their training rows."""
    n, out = len(y), np.zeros(len(y))
    for f in range(FOLDS):
        tr = np.where(topic % FOLDS != f)[0]
        aps = []
        for l2 in L2_GRID:
            o, seen = np.zeros(n), []
            for g in (g for g in range(FOLDS) if g != f):
                fit, te = tr[topic[tr] % FOLDS != g], tr[topic[tr] % FOLDS == g]
                o[te] = form(x[te, 0], log_odds(centred(fit_logistic(x[fit], y[fit], l2), x[fit]), x[te]))
                seen.extend(te)
            aps.append((ap(o[seen], y[seen]), l2))
        top = max(a for a, _ in aps)
        l2 = max(l for a, l in aps if a >= top - 0.001)
        te = np.where(topic % FOLDS == f)[0]
        out[te] = form(x[te, 0], log_odds(centred(fit_logistic(x[tr], y[tr], l2), x[tr]), x[te]))
    return out


def other_files(path, x, y, form, l2=10.0):
    """The paraphrase file's acc / F1 at 0.5 and AP, and the claims file's AP, each file its
    own batch (`DUMP`'s `path.<file>` rows), under `form` with the model fitted on every
    same-event pair (L2 `l2`, centred)."""
    model = centred(fit_logistic(x, y, l2), x)
    out = []
    for name in ("paraphrase-train.jsonl", "claims-train.jsonl"):
        rows = [json.loads(line) for line in open(f"{path}.{name}", encoding="utf-8") if line.strip()]
        xo = np.array([r["x"][:12] for r in rows], float)
        yo = np.array([r["y"] for r in rows], bool)
        s = form(xo[:, 0], log_odds(model, xo))
        pred = s >= 0
        out.append(((pred == yo).mean(), 2 * (pred & yo).sum() / (pred.sum() + yo.sum()), ap(s, yo)))
    return out


def topic_bootstrap(topic, reps=300, seed=1):
    """Index sets of `reps` resamples of the topics (with replacement)."""
    rng = np.random.default_rng(seed)
    ts = np.unique(topic)
    by = {t: np.where(topic == t)[0] for t in ts}
    return [np.concatenate([by[t] for t in rng.choice(ts, len(ts))]) for _ in range(reps)]


def neighbourhood_flags(rows, binary, k):
    """Per row: the share of the pairs between `a` with its `k` nearest texts and `b` with
    its `k` nearest (the pair itself and a text with itself left out) that carry a solid
    flag of each of `KINDS`, then of any of them."""
    texts = sorted({r["a"] for r in rows} | {r["b"] for r in rows})
    at = {t: i for i, t in enumerate(texts)}
    docs = [re.findall(r"[a-z0-9]+", t.lower()) for t in texts]
    df = {}
    for d in docs:
        for w in set(d):
            df[w] = df.get(w, 0) + 1
    n, vecs, index = len(texts), [], {}
    for i, d in enumerate(docs):
        tf = {}
        for w in d:
            tf[w] = tf.get(w, 0) + 1
        v = {w: (1 + math.log(c)) * math.log((n + 1) / (df[w] + 1)) for w, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({w: x / norm for w, x in v.items()})
        for w, x in vecs[-1].items():
            index.setdefault(w, []).append((i, x))
    near = []
    for i, v in enumerate(vecs):
        acc = {}
        for w, x in v.items():
            for j, wj in index[w]:
                if j != i:
                    acc[j] = acc.get(j, 0.0) + x * wj
        near.append([j for j, _ in sorted(acc.items(), key=lambda t: (-t[1], t[0]))[:k]])
    plans = []
    for r in rows:
        a, b = at[r["a"]], at[r["b"]]
        sa = [a] + [j for j in near[a] if j != b]
        sb = [b] + [j for j in near[b] if j != a]
        plans.append([(u, v) for u in sa for v in sb if u != v and (u, v) != (a, b)])
    need = sorted({p for plan in plans for p in plan})
    lines = "".join(json.dumps({"a": texts[u], "b": texts[v]}) + "\n" for u, v in need)
    done = subprocess.run([binary], input=lines, capture_output=True, text=True, check=True)
    flags = dict(zip(need, (json.loads(l)["solid"] for l in done.stdout.splitlines())))
    feats = []
    for plan in plans:
        fs = [flags[p] for p in plan] or [{}]
        row = [np.mean([f.get(kind, 0) > 0 for f in fs]) for kind in KINDS]
        row.append(np.mean([any(f.get(kind, 0) > 0 for kind in KINDS) for f in fs]))
        feats.append(row)
    return np.array(feats), len(texts), len(need)


def main():
    path, binary = sys.argv[1], sys.argv[2]
    k = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    if any(not 1 <= r["topic"] <= 35 for r in rows):
        sys.exit("same_event_flags: the rows must hold ECB+ topics 1-35 only")
    x = np.array([r["x"] for r in rows], float)
    if x.shape[1] < 17:
        sys.exit("same_event_flags: dump the rows with FLAGS=1")
    y = np.array([r["y"] for r in rows], bool)
    topic = np.array([r["topic"] for r in rows])
    z0, ctx = x[:, 0], x[:, :12]
    boot = topic_bootstrap(topic)
    s = nested(ctx, y, topic, [shipped])
    se = np.std([ap(s[i], y[i]) for i in boot])
    print(f"score alone AP {ap(z0, y):.4f}; shipped form, nested grouped CV AP {ap(s, y):.4f} (topic-bootstrap SE {se:.4f})")
    hi = z0 >= 0
    print(f"pairs at or above 0.5: {hi.sum()} ({(hi & ~y).sum()} label 0); label 1 below 0.5: {(~hi & y).sum()} of {y.sum()}")
    for name, value in [("to the bottom", -100.0), ("to just below 0.5", -1e-4)]:
        o = s.copy()
        o[hi & ~y] = value
        print(f"  oracle: the label-0 pairs at or above 0.5 moved {name}: AP {ap(o, y):.4f}")
    print(f"  AP inside the block below 0.5: {ap(s[~hi], y[~hi]):.4f} ({(~hi & y).sum()} of {(~hi).sum()} label 1)")
    for i in np.where(hi & ~y)[0]:
        print(f"    {z0[i]:5.2f} t{topic[i]}: {rows[i]['a'][:70]} || {rows[i]['b'][:70]}")
    grid = [gate(t, sl, m) for t in (0.0, 1.0, 2.0, 3.0) for sl in (0.5, 1.0, 2.0, 4.0) for m in (0.5, 1.0, 2.0, 5.0)]
    g = nested(ctx, y, topic, [shipped] + grid)
    print(f"gate on pairs at or above 0.5, chosen per fold: nested AP {ap(g, y):.4f}")
    print("both ways (no squash, centred; paraphrase and claims each their own batch, model fitted on every topic):")
    for up, down in [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0), (99.0, 99.0)]:
        form = both_ways(up, down)
        t = nested_centred(ctx, y, topic, form)
        (pa, pf, pap), (_, _, cap) = other_files(path, ctx, y, form)
        print(f"  rise to {up}, fall by {down}: same-event nested AP {ap(t, y):.4f}; paraphrase acc/F1 {pa:.3f}/{pf:.3f}, AP {pap:.4f}; claims AP {cap:.4f}")
    feats, ntexts, npairs = neighbourhood_flags(rows, binary, k)
    print(f"neighbourhood flags: {ntexts} texts, K {k}, {npairs} pairs flagged")
    for j, name in enumerate(KINDS + ["any solid"]):
        print(f"  {name}: mean label 1 {feats[y, j].mean():.3f}, label 0 {feats[~y, j].mean():.3f}")
    own = (x[:, 12:17].sum(1) > 0)[:, None]
    for name, cols in [("+ the pair's own flag counts", x[:, 12:17]),
                       ("+ neighbourhood any solid", feats[:, 5:6]),
                       ("+ neighbourhood by kind", feats[:, :5]),
                       ("+ neighbourhood any solid + the pair's own any flag", np.hstack([feats[:, 5:6], own]))]:
        t = nested(np.hstack([ctx, cols]), y, topic, [shipped])
        d = [ap(t[i], y[i]) - ap(s[i], y[i]) for i in boot]
        print(f"{name}: nested AP {ap(t, y):.4f} ({ap(t, y) - ap(s, y):+.4f}, paired topic-bootstrap SE {np.std(d):.4f})")


if __name__ == "__main__":
    main()
