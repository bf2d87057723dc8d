#!/usr/bin/env python3
"""Does sharing a synonym class (align/synonyms.rs: SYNONYMS and PHRASES, re-read here with a
plain lower-case word match) add to `parallax score` on the paraphrase pairs? A logistic
regression over logit(score) and ln(1 + shared classes) (and ln(1 + classes on one side
only)), 5-fold cross-validation inside the training part (FNV-1a-64 of the id % 5 != 0;
folds by (hash / 5) % 5 as the trainer's). The held-out part is scored only with an extra
argument HELDOUT, after the decision (BENCHMARKS.md, "Sentence-pair model", session 19).

Usage (from the repository root): python3 bench/paraphrase_classes.py PARALLAX_BINARY PARAPHRASE_JSONL [HELDOUT]
"""
import json, re, math, subprocess, sys
src = open('src/matcher/align/synonyms.rs').read()
syn_block = src[src.index('pub const SYNONYMS'):src.index('/// Index of the death class')]
classes = []
for m in re.finditer(r'&\[(.*?)\]', syn_block, re.S):
    words = re.findall(r'"([^"]+)"', m.group(1))
    if words: classes.append(set(words))
consts = dict((k, int(v)) for k, v in re.findall(r'const (\w+): u8 = (\d+);', src))
phr_block = src[src.index('pub const PHRASES'):]; phr_block = phr_block[phr_block.index('= &['):]
phrases = [(re.findall(r'"([^"]+)"', a), consts[c]) for a, c in re.findall(r'\(&\[([^\]]*)\], (\w+)\)', phr_block)]
def toks(t): return re.findall(r"[a-z0-9]+", t.lower())
def cls(t):
    w = toks(t); bits = set()
    for x in w:
        for k, c in enumerate(classes):
            if x in c: bits.add(k)
    for i in range(len(w)):
        for run, c in phrases:
            if w[i:i+len(run)] == run: bits.add(c)
    return bits
def fnv(s):
    h = 0xCBF29CE484222325
    for b in s.encode(): h ^= b; h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h
path = sys.argv[2]
pairs = [json.loads(l) for l in open(path) if l.strip()]
out = subprocess.run([sys.argv[1], 'score'], stdin=open(path, 'rb'), capture_output=True, check=True).stdout.decode()
sc = {json.loads(l)['id']: json.loads(l)['score'] for l in out.splitlines()}
rows = []
for p in pairs:
    s = min(max(sc[p['id']], 1e-6), 1 - 1e-6)
    ca, cb = cls(p['a']), cls(p['b'])
    x = [math.log(s / (1 - s)), math.log1p(len(ca & cb)), math.log1p(len(ca ^ cb))]
    rows.append((x, int(p['label']), fnv(p['id'])))
train = [r for r in rows if r[2] % 5 != 0]
held = [r for r in rows if r[2] % 5 == 0]
print('training pairs with a shared class:', sum(1 for r in train if r[0][1] > 0), 'with a one-sided class:', sum(1 for r in train if r[0][2] > 0), 'of', len(train))
def fit(data, cols, l2=1.0, it=300):
    n = len(data); k = len(cols)
    mu = [sum(r[0][c] for r in data) / n for c in cols]
    sd = [max(1e-9, math.sqrt(sum((r[0][c] - mu[j]) ** 2 for r in data) / n)) for j, c in enumerate(cols)]
    X = [[(r[0][c] - mu[j]) / sd[j] for j, c in enumerate(cols)] for r in data]
    y = [r[1] for r in data]
    b = [0.0] * (k + 1)
    for _ in range(it):  # Newton steps would be nicer; plain gradient with a fixed rate
        g = [0.0] * (k + 1)
        for xi, yi in zip(X, y):
            z = b[0] + sum(b[j + 1] * xi[j] for j in range(k))
            p = 1 / (1 + math.exp(-z)); e = p - yi
            g[0] += e
            for j in range(k): g[j + 1] += e * xi[j]
        for j in range(k + 1):
            reg = l2 * b[j] if j else 0
            b[j] -= 1.0 * (g[j] + reg) / n
    return lambda r: 1 / (1 + math.exp(-(b[0] + sum(b[j + 1] * (r[0][c] - mu[j]) / sd[j] for j, c in enumerate(cols))))), b
def acc_f1(rs, pr, t):
    tp = sum(1 for r, p in zip(rs, pr) if p >= t and r[1]); fp = sum(1 for r, p in zip(rs, pr) if p >= t and not r[1])
    fn = sum(1 for r, p in zip(rs, pr) if p < t and r[1]); tn = len(rs) - tp - fp - fn
    return (tp + tn) / len(rs), 2 * tp / (2 * tp + fp + fn)
for cols in ([0], [0, 1], [0, 1, 2]):
    # 5-fold CV inside the training part (folds by (hash / 5) % 5, as the trainer's)
    pred = {}
    for f in range(5):
        tr = [r for r in train if (r[2] // 5) % 5 != f]; te = [r for r in train if (r[2] // 5) % 5 == f]
        m, _ = fit(tr, cols)
        for r in te: pred[id(r)] = m(r)
    pr = [pred[id(r)] for r in train]
    best_t = max((t / 100 for t in range(30, 71)), key=lambda t: acc_f1(train, pr, t)[0])
    print('cols', cols, 'CV on the training part: @0.5 acc %.3f F1 %.3f; best-acc threshold %.2f: acc %.3f F1 %.3f' % (*acc_f1(train, pr, 0.5), best_t, *acc_f1(train, pr, best_t)))
    if len(sys.argv) > 3:
        m, b = fit(train, cols)
        ph = [m(r) for r in held]
        print('   held-out, fitted on the whole training part, @%.2f: acc %.3f F1 %.3f; weights %s' % (best_t, *acc_f1(held, ph, best_t), ['%.3f' % v for v in b]))
