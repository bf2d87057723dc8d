#!/usr/bin/env bash
# Checks that two builds of `parallax` give byte-identical output on the matcher's inputs:
# `parallax score` on the three shared/eval files (as one batch, as the speed benchmark
# feeds them, and each file alone) and `parallax suggest` on the sample articles and on
# every development article pair of shared/eval/articles (default floor and --min 0), and
# on every development article and the samples at once (default floor and --min 0.5).
# Used when making the matcher faster without changing any score (issue 8).
#
# Usage: bench/same_output.sh OLD_BINARY NEW_BINARY [EVAL_DIR]
#   e.g. cp target/release/parallax /tmp/parallax-before   # before the change
#        cargo build --release --bin parallax                # after it
#        bench/same_output.sh /tmp/parallax-before target/release/parallax ../shared/eval
# Exit status 0 when every output is identical, 1 otherwise (the differing case is named).
set -u
old=$1
new=$2
eval_dir=${3:-../shared/eval}
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
cases=0

same() { # name, then the command's arguments; stdin from $input (or /dev/null)
    local name=$1
    shift
    "$old" "$@" <"${input:-/dev/null}" >"$tmp/old" 2>"$tmp/old.err"
    local rc_old=$?
    "$new" "$@" <"${input:-/dev/null}" >"$tmp/new" 2>"$tmp/new.err"
    local rc_new=$?
    cases=$((cases + 1))
    if [ "$rc_old" != "$rc_new" ] || ! cmp -s "$tmp/old" "$tmp/new" || ! cmp -s "$tmp/old.err" "$tmp/new.err"; then
        echo "DIFFERENT: $name (exit $rc_old vs $rc_new)"
        diff "$tmp/old" "$tmp/new" | head -5
        fail=1
    elif [ ! -s "$tmp/old" ]; then
        echo "EMPTY OUTPUT: $name (nothing compared)"
        fail=1
    fi
}

cat "$eval_dir"/*.jsonl >"$tmp/all.jsonl"
input=$tmp/all.jsonl same "score: all eval files as one batch" score
for f in "$eval_dir"/*.jsonl; do
    input=$f same "score: $(basename "$f")" score
done
# A small batch (below BATCH_MIN_TEXTS unique texts: the built-in IDF table).
head -n 40 "$eval_dir/paraphrase-train.jsonl" >"$tmp/small.jsonl"
input=$tmp/small.jsonl same "score: 40 pairs (built-in IDF)" score
unset input
samples=("$here/samples/afp-defector-footage.txt" "$here/samples/latimes-defector-video.txt")
same "suggest: samples" suggest "${samples[@]}"
same "suggest: samples --min 0" suggest "${samples[@]}" --min 0
if [ -d "$eval_dir/articles" ]; then
    prev=""
    for f in "$eval_dir"/articles/*.txt; do
        topic=$(basename "$f" | cut -d_ -f1)
        if [ "$topic" = "${prev%%|*}" ]; then
            same "suggest --min 0: topic $topic" suggest "${prev#*|}" "$f" --min 0
        fi
        prev="$topic|$f"
    done
    # More than two articles: each article pair weighed by its own IDF (`Corpus::weighs_pairs`),
    # a path two articles never take.
    same "suggest: every article and the samples at once" suggest "$eval_dir"/articles/*.txt "${samples[@]}"
    same "suggest --min 0.5: every article and the samples at once" suggest "$eval_dir"/articles/*.txt "${samples[@]}" --min 0.5
fi
if [ $fail = 0 ]; then
    echo "identical: $cases outputs"
fi
exit $fail
