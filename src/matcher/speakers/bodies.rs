//! Organisations and public bodies as sources, for the speaker flag: one claim credited to
//! two different bodies ("…, according to Amnesty International" / "…, according to the
//! Red Cross"; "The police said …" / "The fire brigade said …"; "Human Rights Watch said
//! …" / "The interior ministry said …"), while the ways of writing one body agree ("the
//! Red Cross", "the ICRC", "the Kenya Red Cross Society"; "Amnesty", "Amnesty International
//! Kenya"), as "X said" and "according to X" do (trial 25, M7' sources). The names of
//! bodies carry places and common words ("Kenya", "Human Rights", "Syrian") that the rules
//! for people's names (`conflict.rs`) read as one speaker; the bodies are known here by
//! their names instead ([`BODIES`]).
//!
//! Ranges are code points of each sentence's own text, as every flag.

use super::find::is_speech;
use crate::matcher::features::{weighted_shared, Prepared};
use crate::matcher::flags::{fold_diacritics, Ranges};
use crate::matcher::text::{Kind, Token};

/// What kind of body a source is: two bodies of the state may speak for each other (a
/// ministry for the police), so only bodies of other kinds, or two bodies of no state,
/// are told apart.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum BodyKind {
    /// The government, its ministries, army and police.
    State,
    /// Fire and rescue services.
    Rescue,
    /// The opposition to the state.
    Opposition,
    /// Organisations of no state: humanitarian, human rights and international bodies.
    Independent,
}

/// Known bodies: an identity, its kind, and the ways reports write it: lower-case words
/// compared with the tokens (diacritics folded), or an acronym in capitals compared with
/// the text as written ("WHO", not "who").
const BODIES: &[(&str, BodyKind, &[&str])] = &[
    (
        "red cross",
        BodyKind::Independent,
        &[
            "red cross",
            "red crescent",
            "ICRC",
            "IFRC",
            "croix-rouge",
            "croix rouge",
            "rotes kreuz",
            "roten kreuz",
            "roten kreuzes",
            "cruz roja",
            "croce rossa",
        ],
    ),
    ("amnesty", BodyKind::Independent, &["amnesty"]),
    (
        "human rights watch",
        BodyKind::Independent,
        &["human rights watch", "HRW"],
    ),
    (
        "world health organization",
        BodyKind::Independent,
        &[
            "world health organization",
            "world health organisation",
            "WHO",
            "OMS",
            "weltgesundheitsorganisation",
        ],
    ),
    (
        "doctors without borders",
        BodyKind::Independent,
        &[
            "doctors without borders",
            "medecins sans frontieres",
            "MSF",
            "arzte ohne grenzen",
            "medicos sin fronteras",
            "medici senza frontiere",
        ],
    ),
    (
        "united nations",
        BodyKind::Independent,
        &[
            "united nations",
            "UN",
            "U.N.",
            "ONU",
            "UNO",
            "vereinte nationen",
            "vereinten nationen",
            "nazioni unite",
            "naciones unidas",
            "nations unies",
        ],
    ),
    ("unicef", BodyKind::Independent, &["unicef"]),
    (
        "unhcr",
        BodyKind::Independent,
        &["unhcr", "un refugee agency", "u.n. refugee agency"],
    ),
    (
        "syrian observatory",
        BodyKind::Independent,
        &["syrian observatory", "observatory", "SOHR"],
    ),
    (
        "kenya national commission on human rights",
        BodyKind::Independent,
        &["kenya national commission on human rights", "KNCHR"],
    ),
    (
        "save the children",
        BodyKind::Independent,
        &["save the children"],
    ),
    ("oxfam", BodyKind::Independent, &["oxfam"]),
    (
        "fire service",
        BodyKind::Rescue,
        &[
            "fire brigade",
            "fire service",
            "fire department",
            "firefighters",
            "firefighter",
            "firemen",
            "fire officials",
            "pompiers",
            "sapeurs-pompiers",
            "feuerwehr",
            "bomberos",
            "vigili del fuoco",
        ],
    ),
    (
        "police",
        BodyKind::State,
        &[
            "police",
            "polizei",
            "policia",
            "polizia",
            "gendarmerie",
            "carabinieri",
        ],
    ),
    (
        "ministry",
        BodyKind::State,
        &[
            "ministry",
            "ministère",
            "ministere",
            "ministerium",
            "ministerio",
            "ministero",
        ],
    ),
    (
        "government",
        BodyKind::State,
        &[
            "government",
            "officials",
            "authorities",
            "gouvernement",
            "regierung",
            "gobierno",
            "governo",
            "autorités",
            "behörden",
            "autoridades",
        ],
    ),
    (
        "army",
        BodyKind::State,
        &["army", "military", "armée", "armee", "ejército", "esercito"],
    ),
    (
        "opposition",
        BodyKind::Opposition,
        &["opposition", "oposición", "opposizione"],
    ),
];

/// A body found in a sentence: its index in [`BODIES`] and the token range `[s, e)` of
/// the words naming it.
type Found = (usize, (usize, usize));

/// Whether the words of `alias` stand at token `i` of `p` (whose text is `chars`): its
/// token range's end.
fn alias_at(p: &Prepared, chars: &[char], alias: &str, i: usize) -> Option<usize> {
    if alias.chars().any(char::is_uppercase) {
        let t = &p.tokens[i];
        let bare = |s: &mut dyn Iterator<Item = char>| s.filter(|&c| c != '.').collect::<String>();
        let written = bare(&mut chars.get(t.start..t.end)?.iter().copied());
        return (written == bare(&mut alias.chars())).then_some(i + 1);
    }
    let mut j = i;
    for word in alias.split([' ', '-']) {
        let t = p.tokens.get(j)?;
        if t.norm != word && fold_diacritics(&t.norm) != fold_diacritics(word) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// Every body [`BODIES`] names in `p`, the longest way of writing it at each place.
fn bodies(p: &Prepared) -> Vec<Found> {
    let chars: Vec<char> = p.text.chars().collect();
    let index = first_words();
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < p.tokens.len() {
        let t = &p.tokens[i];
        // The aliases that may start here: by the token's word, or as written (acronyms).
        let written: String = chars
            .get(t.start..t.end)
            .unwrap_or(&[])
            .iter()
            .filter(|&&c| c != '.')
            .collect();
        let keys = [fold_diacritics(&t.norm).into_owned(), written];
        let best = keys
            .iter()
            .filter_map(|k| index.get(k.as_str()))
            .flatten()
            .filter_map(|&(k, a)| alias_at(p, &chars, a, i).map(|e| (k, (i, e))))
            .max_by_key(|(_, (_, e))| *e);
        match best {
            Some(found) => {
                i = found.1 .1;
                out.push(found);
            }
            None => i += 1,
        }
    }
    out
}

/// The aliases of [`BODIES`] by their first word (diacritics folded; an acronym as
/// written, without full stops), each with its body's index: a token is compared only
/// with the aliases that may start with it.
fn first_words() -> &'static std::collections::HashMap<String, Vec<(usize, &'static str)>> {
    static INDEX: std::sync::OnceLock<
        std::collections::HashMap<String, Vec<(usize, &'static str)>>,
    > = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: std::collections::HashMap<String, Vec<(usize, &'static str)>> =
            std::collections::HashMap::new();
        for (k, (_, _, aliases)) in BODIES.iter().enumerate() {
            for &a in *aliases {
                let first = a.split([' ', '-']).next().unwrap_or(a);
                let key = match a.chars().any(char::is_uppercase) {
                    true => a.replace('.', ""),
                    false => fold_diacritics(first).into_owned(),
                };
                index.entry(key).or_default().push((k, a));
            }
        }
        index
    })
}

/// The clause of each token of `p`, counted from 0: clauses are parted by commas,
/// semicolons and colons.
fn clauses(p: &Prepared) -> Vec<usize> {
    let chars: Vec<char> = p.text.chars().collect();
    let toks = &p.tokens;
    let mut n = 0;
    (0..toks.len())
        .map(|k| {
            let gap = match k {
                0 => &[][..],
                _ => chars.get(toks[k - 1].end..toks[k].start).unwrap_or(&[]),
            };
            n += usize::from(gap.iter().any(|c| matches!(c, ',' | ';' | ':')));
            n
        })
        .collect()
}

/// The bodies of `p` credited with what it says: named in a clause ([`clauses`]) that
/// holds a speech word or "according to" (`find::is_speech`: "said", "according", "a
/// annoncé", "selon", "laut").
fn credited(p: &Prepared, all: &[Found]) -> Vec<Found> {
    let clause = clauses(p);
    let spoken: Vec<usize> = (0..p.tokens.len())
        .filter(|&k| is_speech(p, k))
        .map(|k| clause[k])
        .collect();
    all.iter()
        .copied()
        .filter(|(_, (s, _))| spoken.contains(&clause[*s]))
        .collect()
}

/// The tokens `[s, e)` of body `(s, e)` of `p` as the flag shows it: with up to three
/// words that describe it joined before it ("Kenya Red Cross", "the interior ministry",
/// "the Syrian health ministry") and the capitalised words joined after it ("Amnesty
/// International Kenya").
fn shown(p: &Prepared, (s, e): (usize, usize)) -> (usize, usize) {
    let chars: Vec<char> = p.text.chars().collect();
    let toks = &p.tokens;
    let joined = |k: usize| chars.get(toks[k - 1].end..toks[k].start) == Some(&[' '][..]);
    let word = |t: &Token| t.kind == Kind::Word && !t.stop && !is_speech_norm(t);
    let name = |t: &Token| word(t) && t.capital;
    let (first, mut s, mut e) = (s, s, e);
    while s > 0 && first - s < 3 && word(&toks[s - 1]) && joined(s) {
        s -= 1;
    }
    while e < toks.len() && name(&toks[e]) && joined(e) {
        e += 1;
    }
    (s, e)
}

/// Whether a token is a speech word of [`super::SPEECH`] ("Said").
fn is_speech_norm(t: &Token) -> bool {
    super::SPEECH.contains(&t.norm.as_str())
}

/// One claim credited to two different bodies: each sentence credits a body
/// ([`credited`]), neither names any body the other credits, the two are not both of the
/// state (a ministry may speak for the police), and the sentences say the same thing (half
/// the shorter one's content words shared, the bodies' words and the clause crediting
/// them left out: "At least two people were killed, according to the Kenya National
/// Commission on Human Rights." / "Amnesty International Kenya said at least five people
/// had been shot dead." share "least" and "people" of four). The
/// ranges of the first credited body of each, `a`'s first.
pub(super) fn body_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    // Read once per sentence (`flags/facts.rs`): most sentences name no body.
    let named_in =
        |p: &Prepared| -> Vec<Found> { p.facts.bodies.get_or_init(|| bodies(p)).clone() };
    let all_a = named_in(a);
    if all_a.is_empty() {
        return None;
    }
    let all_b = named_in(b);
    let (ca, cb) = (credited(a, &all_a), credited(b, &all_b));
    let (x, y) = (ca.first()?, cb.first()?);
    let named = |all: &[Found], theirs: &[Found]| {
        theirs.iter().any(|(k, _)| all.iter().any(|(j, _)| j == k))
    };
    if named(&all_a, &cb) || named(&all_b, &ca) {
        return None;
    }
    let state = |f: &Found| BODIES[f.0].1 == BodyKind::State;
    if ca.iter().all(state) && cb.iter().all(state) {
        return None;
    }
    // What each says: the words of its bodies (as shown) left out, and the clause that
    // credits one when the sentence has another ("…, the Syrian Observatory for Human
    // Rights said").
    let said = |p: &Prepared, all: &[Found], credit: &[Found]| -> Vec<(u64, f32)> {
        let clause = clauses(p);
        let single = clause.last() == Some(&0);
        let credits =
            |k: usize| !single && credit.iter().any(|(_, (s, _))| clause[*s] == clause[k]);
        let shown_at = |k: usize| {
            all.iter().any(|(_, r)| {
                let (s, e) = shown(p, *r);
                (s..e).contains(&k)
            })
        };
        let own: Vec<u64> = (0..p.tokens.len())
            .filter(|&k| credits(k) || shown_at(k))
            .map(|k| p.tokens[k].stem)
            .collect();
        p.content
            .iter()
            .filter(|(stem, _)| !own.contains(stem))
            .copied()
            .collect()
    };
    let (ta, tb) = (said(a, &all_a, &ca), said(b, &all_b, &cb));
    let shared = weighted_shared(&ta, &tb).2;
    let shorter = ta.len().min(tb.len());
    if shared == 0 || 2 * shared < shorter {
        return None;
    }
    let range = |p: &Prepared, r: (usize, usize)| {
        let (s, e) = shown(p, r);
        (p.tokens[s].start, p.tokens[e - 1].end)
    };
    Some((range(a, x.1), range(b, y.1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::flags::flagged_texts;

    fn flags(a: &str, b: &str) -> Option<(String, String)> {
        flagged_texts(body_conflict, a, b)
    }

    #[test]
    fn one_claim_credited_to_two_bodies_is_flagged() {
        for (a, b, ta, tb) in [
            (
                "Five people were killed in Nairobi, according to Amnesty International.",
                "Five people were killed in Nairobi, according to the Red Cross.",
                "Amnesty International",
                "Red Cross",
            ),
            (
                "Five people were killed in Nairobi, the Kenya Red Cross said.",
                "Five people were killed in Nairobi, Amnesty International Kenya said.",
                "Kenya Red Cross",
                "Amnesty International Kenya",
            ),
            (
                "At least two people were killed, according to the Kenya National Commission on Human Rights.",
                "Amnesty International Kenya said at least five people had been shot dead.",
                "Kenya National Commission on Human Rights",
                "Amnesty International Kenya",
            ),
            (
                "Five people died, the World Health Organization said.",
                "Five people died, Doctors Without Borders said.",
                "World Health Organization",
                "Doctors Without Borders",
            ),
            (
                "Five people died, the Syrian Observatory for Human Rights said.",
                "Five people died, the Syrian health ministry said.",
                "Syrian Observatory",
                "Syrian health ministry",
            ),
            (
                "The police said the fire was started deliberately.",
                "The fire brigade said the fire was started deliberately.",
                "police",
                "fire brigade",
            ),
            (
                "Human Rights Watch said 30 protesters were arrested.",
                "The interior ministry said 30 protesters were arrested.",
                "Human Rights Watch",
                "interior ministry",
            ),
        ] {
            assert_eq!(flags(a, b), Some((ta.into(), tb.into())), "{a} / {b}");
            assert_eq!(flags(b, a), Some((tb.into(), ta.into())), "{b} / {a}");
        }
    }

    #[test]
    fn one_body_written_two_ways_or_two_bodies_of_the_state_agree() {
        for (a, b) in [
            (
                "Five people were killed, Amnesty International said.",
                "Five people were killed, according to Amnesty International.",
            ),
            (
                "Five people were killed, the ICRC said.",
                "Five people were killed, the Red Cross said.",
            ),
            (
                "Five people were killed, the Kenya Red Cross Society said.",
                "Five people were killed, according to the International Committee of the Red Cross.",
            ),
            ("Ten people died, the UN said.", "Ten people died, the United Nations said."),
            ("Ten people died, Médecins Sans Frontières said.", "Ten people died, MSF said."),
            ("Ten people died, the WHO said.", "Ten people died, the World Health Organization said."),
            // Two bodies of the state may speak for each other.
            ("Ten people died, the ministry said.", "Ten people died, police said."),
            ("Ten people died, officials said.", "Ten people died, the army said."),
            // The other body is named: one quotes the other.
            (
                "Five people died, the Red Cross said, citing Amnesty.",
                "Five people died, Amnesty said.",
            ),
            // Not one claim.
            (
                "The Red Cross said it had sent two trucks of food.",
                "Amnesty said the police had shot five protesters.",
            ),
            // A body that is not credited ("who" is no body; "by police" credits no one).
            (
                "Witnesses who saw the crash said two died.",
                "Two died, the Red Cross said.",
            ),
        ] {
            assert_eq!(flags(a, b), None, "{a} / {b}");
            assert_eq!(flags(b, a), None, "{b} / {a}");
        }
    }
}
