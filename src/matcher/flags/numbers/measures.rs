//! What a length or a percentage measures (trial 35 F3.4, F8.4): a depth, a distance, a
//! height, a length or a width ("at a depth of 10 km", "12 kilometers deep", "20 km
//! north-east of the town", "à dix kilomètres de profondeur"); a share of the vote or a
//! turnout ("27.4% of the vote", "Turnout stood at 77.5%"); and a tally a party won
//! against the size of the body it is part of ("won 19 seats" / "39 of the 150 seats").
//! Two figures of two measures are two facts: the number flag compares figures of one
//! measure only, or of a measure the words do not tell (`numbers::purposes_differ`).

use super::purposes::Purpose;
use super::NumSlot;
use crate::matcher::features::Prepared;
use crate::matcher::flags::figures::unit_key;
use crate::matcher::text::Kind;

/// Words that tell what a length measures, lower case, in English, French, Spanish,
/// Italian, German and Portuguese: a depth, a distance (compass points, "away", "from"),
/// a height, a length, a width.
const LENGTH_WORDS: &[(&str, Purpose)] = &[
    ("depth", Purpose::Depth),
    ("deep", Purpose::Depth),
    ("profondeur", Purpose::Depth),
    ("profond", Purpose::Depth),
    ("profonde", Purpose::Depth),
    ("profundidad", Purpose::Depth),
    ("profundo", Purpose::Depth),
    ("profundidade", Purpose::Depth),
    ("profondità", Purpose::Depth),
    ("tiefe", Purpose::Depth),
    ("tief", Purpose::Depth),
    ("distance", Purpose::Distance),
    ("away", Purpose::Distance),
    ("from", Purpose::Distance),
    // "3 km off the Finistère coast", "about 3 km offshore", fr "à 3 km au large", it "a
    // tre chilometri dalla costa" (trial 58: a distance, no stretch of coast).
    ("off", Purpose::Distance),
    ("offshore", Purpose::Distance),
    ("large", Purpose::Distance),
    ("dalla", Purpose::Distance),
    ("dal", Purpose::Distance),
    ("dallo", Purpose::Distance),
    ("dalle", Purpose::Distance),
    ("north", Purpose::Distance),
    ("south", Purpose::Distance),
    ("east", Purpose::Distance),
    ("west", Purpose::Distance),
    ("northeast", Purpose::Distance),
    ("northwest", Purpose::Distance),
    ("southeast", Purpose::Distance),
    ("southwest", Purpose::Distance),
    ("nord", Purpose::Distance),
    ("sud", Purpose::Distance),
    ("ouest", Purpose::Distance),
    ("nord-est", Purpose::Distance),
    ("nord-ouest", Purpose::Distance),
    ("sud-est", Purpose::Distance),
    ("sud-ouest", Purpose::Distance),
    ("norte", Purpose::Distance),
    ("noreste", Purpose::Distance),
    ("noroeste", Purpose::Distance),
    ("sureste", Purpose::Distance),
    ("suroeste", Purpose::Distance),
    ("distancia", Purpose::Distance),
    ("distanza", Purpose::Distance),
    ("entfernt", Purpose::Distance),
    ("nördlich", Purpose::Distance),
    ("südlich", Purpose::Distance),
    ("östlich", Purpose::Distance),
    ("westlich", Purpose::Distance),
    ("height", Purpose::Height),
    ("high", Purpose::Height),
    ("tall", Purpose::Height),
    ("altitude", Purpose::Height),
    ("elevation", Purpose::Height),
    ("hauteur", Purpose::Height),
    ("altura", Purpose::Height),
    ("altezza", Purpose::Height),
    ("höhe", Purpose::Height),
    ("hoch", Purpose::Height),
    ("length", Purpose::Length),
    ("long", Purpose::Length),
    ("longueur", Purpose::Length),
    ("longitud", Purpose::Length),
    ("lunghezza", Purpose::Length),
    ("länge", Purpose::Length),
    ("lang", Purpose::Length),
    ("width", Purpose::Width),
    ("wide", Purpose::Width),
    ("largeur", Purpose::Width),
    ("anchura", Purpose::Width),
    ("larghezza", Purpose::Width),
    ("breite", Purpose::Width),
    ("breit", Purpose::Width),
];

/// Words that tell what a percentage of an election is: a share of the vote ("27.4% of the
/// vote", "des voix", "de los votos", "der Stimmen") or a turnout ("Turnout stood at
/// 77.5%", "la participation", "Wahlbeteiligung"; a share of those entitled to vote, "der
/// Wahlberechtigten", "of eligible voters"), lower case.
const SHARE_WORDS: &[(&str, Purpose)] = &[
    ("vote", Purpose::VoteShare),
    ("votes", Purpose::VoteShare),
    ("ballots", Purpose::VoteShare),
    ("voix", Purpose::VoteShare),
    ("suffrages", Purpose::VoteShare),
    ("votos", Purpose::VoteShare),
    ("voti", Purpose::VoteShare),
    ("stimmen", Purpose::VoteShare),
    ("stemmen", Purpose::VoteShare),
    ("turnout", Purpose::Turnout),
    ("participation", Purpose::Turnout),
    ("participación", Purpose::Turnout),
    ("afluencia", Purpose::Turnout),
    ("affluenza", Purpose::Turnout),
    ("partecipazione", Purpose::Turnout),
    ("wahlbeteiligung", Purpose::Turnout),
    ("beteiligung", Purpose::Turnout),
    ("opkomst", Purpose::Turnout),
    ("comparecimento", Purpose::Turnout),
    // A share of those entitled to vote is a turnout ("39 Prozent der Wahlberechtigten
    // gaben ihre Stimme ab", "39% of eligible voters", "des inscrits"; trial 41 F3).
    ("wahlberechtigten", Purpose::Turnout),
    ("stimmberechtigten", Purpose::Turnout),
    ("eligible", Purpose::Turnout),
    ("registered", Purpose::Turnout),
    ("inscrits", Purpose::Turnout),
    ("inscritos", Purpose::Turnout),
    ("electorado", Purpose::Turnout),
    ("eleitorado", Purpose::Turnout),
    ("elettorato", Purpose::Turnout),
    ("electorate", Purpose::Turnout),
    ("kiesgerechtigden", Purpose::Turnout),
    ("stemgerechtigden", Purpose::Turnout),
    ("participação", Purpose::Turnout),
];

/// How many tokens after a figure's last token a word of its measure may stand ("12
/// kilometers deep", "20 km north-east of", "27.4% of the vote").
const AFTER: usize = 3;

/// How many tokens before a figure a word of its measure may stand ("at a depth of 10
/// km", "Turnout stood at 77.5%").
const BEFORE: usize = 4;

/// What the length (`share` false) or percentage (`share` true) of `p` whose figure is
/// at token `first` and whose text ends at code point `end` measures: the nearest word of
/// [`LENGTH_WORDS`] or [`SHARE_WORDS`] within [`AFTER`] tokens after it, else within
/// [`BEFORE`] tokens before it, in its clause (a comma, a semicolon, a colon, a bracket
/// or a sentence's end between them ends the search). `None` when no such word is near.
pub(super) fn measure_of(p: &Prepared, first: usize, end: usize, share: bool) -> Option<Purpose> {
    let toks = &p.tokens;
    let table = if share { SHARE_WORDS } else { LENGTH_WORDS };
    let chars = crate::matcher::flags::chars_of(p);
    // Whether the text between tokens `i` and `i + 1` ends a clause.
    let breaks = |i: usize| {
        chars
            .get(toks[i].end..toks[i + 1].start)
            .is_some_and(|gap| gap.iter().any(|c| ",;:.!?()[]".contains(*c)))
    };
    let word = |k: usize| {
        let t = &toks[k];
        (t.kind == Kind::Word)
            .then(|| table.iter().find(|(w, _)| *w == t.norm).map(|&(_, m)| m))
            .flatten()
    };
    let last = toks
        .iter()
        .rposition(|t| t.start < end)
        .unwrap_or(first)
        .max(first);
    let mut k = last;
    for _ in 0..AFTER {
        if k + 1 >= toks.len() || breaks(k) {
            break;
        }
        k += 1;
        if let Some(m) = word(k) {
            return Some(m);
        }
    }
    let mut k = first;
    for _ in 0..BEFORE {
        if k == 0 || breaks(k - 1) {
            break;
        }
        k -= 1;
        if let Some(m) = word(k) {
            return Some(m);
        }
    }
    None
}

/// Words right before a percentage that make it a side's share of a vote when no word
/// near it tells its measure ("erhielt 45,7 Prozent", "setzte sich mit 53,4 Prozent
/// durch", "won 54 percent", "a obtenu 54 %"; trial 41 F3: a side's share is no turnout),
/// lower case, a word of [`TALLY_BOUNDS`] allowed between.
const SHARE_LEADS: &[&str] = &[
    "won",
    "took",
    "got",
    "received",
    "with",
    "erhielt",
    "bekam",
    "gewann",
    "holte",
    "mit",
    "obtuvo",
    "logró",
    "con",
    "obtenu",
    "recueilli",
    "avec",
    "ottenuto",
    "obteve",
    "recebeu",
    "com",
    "kreeg",
    "behaalde",
    "met",
];

/// What the percentage of `p` whose figure is at token `first` and whose text ends at
/// code point `end` measures: a word near it ([`measure_of`]), else a share of the vote
/// when a word of [`SHARE_LEADS`] stands right before it. A share told so is compared
/// with no turnout ("erhielt 45,7 Prozent" / "Nur 39 Prozent der Wahlberechtigten gaben
/// ihre Stimme ab").
pub(super) fn percent_measure(p: &Prepared, first: usize, end: usize) -> Option<Purpose> {
    measure_of(p, first, end, true)
        .or_else(|| led_by(p, first, SHARE_LEADS).then_some(Purpose::VoteShare))
}

/// Verbs right before a count that make it a tally won or held ("won 19 seats", "took 41
/// seats", "fell to 19 seats", "came second with 33 seats"), lower case: one side's share
/// of a whole, not the whole.
const TALLY_VERBS: &[&str] = &[
    "won",
    "wins",
    "win",
    "winning",
    "took",
    "taking",
    "gained",
    "secured",
    "captured",
    "holds",
    "held",
    "keeps",
    "kept",
    "got",
    "obtained",
    "with",
    "to",
    "remporté",
    "obtenu",
    "ganó",
    "obtuvo",
    "vinto",
    "ottenuto",
    "gewann",
    "erhielt",
];

/// Words that may stand between a verb of [`TALLY_VERBS`] and its count ("won just 19
/// seats", "took only 12").
const TALLY_BOUNDS: &[&str] = &["just", "only", "about", "around", "nearly", "almost"];

/// Whether the count at token `i` of `p` is a tally won or held ([`TALLY_VERBS`], with a
/// word of [`TALLY_BOUNDS`] between): compared with no whole of a part ("won 19 seats"
/// / "39 of the 150 seats": the seats one party won against the size of parliament;
/// trial 35 F8.4).
pub(super) fn tally(p: &Prepared, i: usize) -> bool {
    led_by(p, i, TALLY_VERBS)
}

/// Whether a word of `leads` stands before the figure at token `i` of `p`, with only
/// words of [`TALLY_BOUNDS`] between ("won just 19 seats", "erhielt 45,7 Prozent").
fn led_by(p: &Prepared, i: usize, leads: &[&str]) -> bool {
    let toks = &p.tokens;
    let mut k = i;
    while k > 0 {
        k -= 1;
        let w = toks[k].norm.as_str();
        if leads.contains(&w) {
            return true;
        }
        if !TALLY_BOUNDS.contains(&w) {
            return false;
        }
    }
    false
}

/// The percentages of one sentence whose measure no word near them tells take the
/// sentence's one election measure, when its other percentages tell only one ("The party
/// won 26.8% of the vote, compared with 21.9% in the previous election": both shares of
/// the vote, neither a turnout).
pub(super) fn share_in_sentence(slots: &mut [NumSlot]) {
    let percent = unit_key("percent");
    let election = |m: Option<Purpose>| matches!(m, Some(Purpose::VoteShare | Purpose::Turnout));
    let mut told = slots
        .iter()
        .filter(|s| s.noun == Some(percent) && election(s.purpose))
        .map(|s| s.purpose);
    let Some(one) = told.next() else {
        return;
    };
    if told.any(|m| m != one) {
        return;
    }
    for s in slots
        .iter_mut()
        .filter(|s| s.noun == Some(percent) && s.purpose.is_none())
    {
        s.purpose = one;
    }
}
