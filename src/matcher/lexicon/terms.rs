//! Counted terms of several words that name one thing in the languages the matcher reads
//! (trial 42 C3): "tres bolas de partido" / "dos puntos de partido", "trois balles de
//! match", "drei Matchbälle", "three match points". The head of such a term ("bolas",
//! "puntos") differs between two reports of one fact; the term as a whole does not.

/// The counted terms of tennis and other games of points, each with its forms (lower case,
/// words parted by one space), singular and plural: match points, set points, break
/// points. The key of a term is its first form.
pub(in crate::matcher) const COUNTED_TERMS: &[&[&str]] = &[
    &[
        "match points",
        "match point",
        // The match point that wins a title.
        "championship points",
        "championship point",
        "matchpoints",
        "matchpoint",
        "bolas de partido",
        "bola de partido",
        "puntos de partido",
        "punto de partido",
        "pelotas de partido",
        "pelota de partido",
        "bolas de match",
        "bola de match",
        "balles de match",
        "balle de match",
        "matchbälle",
        "matchball",
        "matchbällen",
        "palle match",
        "palla match",
        "palle del match",
        "palla del match",
        "pontos de partida",
        "ponto de partida",
        "matchpunten",
        "matchpunt",
    ],
    &[
        "set points",
        "set point",
        "bolas de set",
        "bola de set",
        "puntos de set",
        "punto de set",
        "balles de set",
        "balle de set",
        "satzbälle",
        "satzball",
        "satzbällen",
        "palle set",
        "palla set",
        "setpunten",
        "setpunt",
    ],
    &[
        "break points",
        "break point",
        "bolas de break",
        "bola de break",
        "puntos de break",
        "punto de break",
        "pelotas de break",
        "balles de break",
        "balle de break",
        "breakbälle",
        "breakball",
        "breakbällen",
        "palle break",
        "palla break",
        "breakpunten",
        "breakpunt",
    ],
];

/// The counted term of [`COUNTED_TERMS`] whose words are `words` from the first (lower
/// case, as tokens are normalised): its key (the term's first form) and how many words it
/// takes, the longest form first; `None` when no term starts there.
pub(in crate::matcher) fn counted_term<'a>(
    words: impl Fn(usize) -> Option<&'a str>,
) -> Option<(&'static str, usize)> {
    let first = words(0)?;
    COUNTED_TERMS
        .iter()
        .flat_map(|forms| forms.iter().map(move |f| (forms[0], *f)))
        .filter(|(_, f)| f.split(' ').next() == Some(first))
        .filter_map(|(key, f)| {
            let n = f.split(' ').count();
            f.split(' ')
                .enumerate()
                .all(|(k, w)| words(k) == Some(w))
                .then_some((key, n))
        })
        .max_by_key(|&(_, n)| n)
}
