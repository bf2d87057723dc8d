"""Error analysis and candidate features for "same event or a similar event" (session 45).

Reads the rows `same_event_context` writes with `DUMP=path` (one JSON object a line: `x` the
score's log-odds then `Context::pair_features`, `y`, ECB+ `topic` (1-35 only), texts `a`, `b`)
and, in the example's 5 folds grouped by `topic % 5`, prints:

- the AP of the shipped form (pairs at or above 0.5 keep their log-odds; below, half way to
  a logistic regression's, L2 1 over standardised columns), which should match the
  example's "shipped form" line;
- the `N` highest-scored label-0 pairs and the `N` lowest-scored label-1 pairs (error lists);
- the same with gradient-boosted stumps (depth 1, Newton leaves) in place of the regression,
  and with stumps boosted on top of the regression.

Pure Python (no numpy or scikit-learn on the machine); about a minute:

    DUMP=/tmp/rows.jsonl cargo run --release --example same_event_context -- ../shared/eval
    python3 bench/same_event_cv.py /tmp/rows.jsonl [N]

Extra columns (a candidate feature computed from the texts) can be appended to each row's
`x` before calling `grouped_cv`; the figure to beat is the shipped form's.
"""
import json
import math
import sys


def average_precision(s, y):
    """AP of scores `s` against 0/1 labels `y` (ties in input order)."""
    order = sorted(range(len(s)), key=lambda i: -s[i])
    tp, total = 0, 0.0
    for rank, i in enumerate(order, 1):
        if y[i]:
            tp += 1
            total += tp / rank
    return total / max(1, sum(y))


def solve(a, b):
    """x with a x = b (Gauss-Jordan, partial pivoting)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c] != 0:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] for i in range(n)]


def sigmoid(z):
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def fit_logistic(x, y, l2=1.0, steps=25):
    """Newton's method, L2 `l2` on the weights (not the bias) over standardised columns;
    returns the log-odds function of a row."""
    d, n = len(x[0]), len(x)
    mean = [sum(r[k] for r in x) / n for k in range(d)]
    sd = [max(1e-9, math.sqrt(sum((r[k] - mean[k]) ** 2 for r in x) / n)) for k in range(d)]
    z = [[1.0] + [(r[k] - mean[k]) / sd[k] for k in range(d)] for r in x]
    w = [0.0] * (d + 1)
    for _ in range(steps):
        g = [0.0] * (d + 1)
        h = [[0.0] * (d + 1) for _ in range(d + 1)]
        for zi, t in zip(z, y):
            p = sigmoid(sum(a * b for a, b in zip(w, zi)))
            for i in range(d + 1):
                g[i] += (p - t) * zi[i]
                for j in range(i, d + 1):
                    h[i][j] += p * (1 - p) * zi[i] * zi[j]
        for i in range(d + 1):
            for j in range(i):
                h[i][j] = h[j][i]
            if i > 0:
                h[i][i] += l2
                g[i] += l2 * w[i]
        w = [a - b for a, b in zip(w, solve(h, g))]
    return lambda r: w[0] + sum(w[k + 1] * (r[k] - mean[k]) / sd[k] for k in range(d))


def fit_stumps(x, y, n=64, rate=0.2, start=None, min_leaf=20):
    """`n` boosted stumps (logistic loss, Newton leaf values, thresholds at 32 quantiles per
    column) from the log-odds `start` (a function of a row; the base rate when None)."""
    rows, d = len(x), len(x[0])
    if start is None:
        p0 = sum(y) / rows
        f0 = math.log(p0 / (1 - p0))
        start = lambda r: f0
    f = [start(r) for r in x]
    order = [sorted(range(rows), key=lambda i: x[i][k]) for k in range(d)]
    cuts = []
    for k in range(d):
        values = sorted(set(r[k] for r in x))
        if len(values) > 32:
            values = sorted(set(values[len(values) * q // 32] for q in range(1, 32)))
        cuts.append(values)
    stumps = []
    for _ in range(n):
        p = [sigmoid(v) for v in f]
        g = [y[i] - p[i] for i in range(rows)]
        h = [max(1e-6, p[i] * (1 - p[i])) for i in range(rows)]
        big_g, big_h, best = sum(g), sum(h), None
        for k in range(d):
            gl = hl = 0.0
            j = 0
            for t in cuts[k]:
                while j < rows and x[order[k][j]][k] <= t:
                    gl += g[order[k][j]]
                    hl += h[order[k][j]]
                    j += 1
                if j < min_leaf or rows - j < min_leaf:
                    continue
                gain = gl * gl / (hl + 1) + (big_g - gl) ** 2 / (big_h - hl + 1)
                if best is None or gain > best[0]:
                    best = (gain, k, t, gl / (hl + 1), (big_g - gl) / (big_h - hl + 1))
        if best is None:
            break
        _, k, t, left, right = best
        stumps.append((k, t, rate * left, rate * right))
        for i in range(rows):
            f[i] += rate * left if x[i][k] <= t else rate * right
    return lambda r: start(r) + sum(lv if r[k] <= t else rv for k, t, lv, rv in stumps)


def shipped(z0, zm, mix=0.5):
    """The shipped form (`Context::adjust`) in log-odds: `z0` at or above 0; below, the
    log-odds `mix` of the way to `zm`, then -softplus(-z), below 0."""
    if z0 >= 0:
        return z0
    t = -(z0 + mix * (zm - z0))
    return -(max(t, 0.0) + math.log1p(math.exp(-abs(t))))


def grouped_cv(x, y, topic, fit):
    """Out-of-fold shipped-form log-odds, folds `topic % 5`; `fit(x, y)` returns a model."""
    out = [0.0] * len(x)
    for fold in range(5):
        train = [i for i in range(len(x)) if topic[i] % 5 != fold]
        model = fit([x[i] for i in train], [y[i] for i in train])
        for i in range(len(x)):
            if topic[i] % 5 == fold:
                out[i] = shipped(x[i][0], model(x[i]))
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/rows.jsonl"
    show = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    if any(not 1 <= r["topic"] <= 35 for r in rows):
        sys.exit("same_event_cv: the rows must hold ECB+ topics 1-35 only")
    x = [r["x"] for r in rows]
    y = [int(r["y"]) for r in rows]
    topic = [r["topic"] for r in rows]
    s = grouped_cv(x, y, topic, fit_logistic)
    print(f"shipped form, logistic regression: AP {average_precision(s, y):.4f}")
    order = sorted(range(len(rows)), key=lambda i: -s[i])
    for label, ranked in ((0, order), (1, order[::-1])):
        print(f"--- {'highest' if label == 0 else 'lowest'}-scored label-{label} pairs")
        for i in [i for i in ranked if y[i] == label][:show]:
            r = rows[i]
            print(f"{s[i]:6.2f} t{r['topic']:<3} {r['a'][:140]} || {r['b'][:140]}")
    s = grouped_cv(x, y, topic, fit_stumps)
    print(f"shipped form, 64 stumps: AP {average_precision(s, y):.4f}")
    s = grouped_cv(x, y, topic, lambda a, b: fit_stumps(a, b, 32, 0.1, fit_logistic(a, b)))
    print(f"shipped form, regression + 32 stumps: AP {average_precision(s, y):.4f}")


if __name__ == "__main__":
    main()
