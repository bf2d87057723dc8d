//! An ordinal in figures joined by a hyphen to the word after it ("two 18th-century
//! violins", "a 3rd-floor flat", "the 2nd-largest bank") is part of an adjective, no
//! count of the noun: "18th-century violins" counts no violins, "two" does (trial 47,
//! item 4: the flag read "18th-century violins ≠ three antique violins" and did not show
//! "two").

use crate::matcher::prepared::Prepared;

/// Endings of an ordinal written in figures: English ("18th", "21st", "2nd", "3rd"),
/// French ("18e", "18ème"), Spanish, Italian and Portuguese ("18º", "18ª", "18°"), Dutch
/// ("18de", "18ste"), lower case.
const ORDINAL_ENDS: &[&str] = &[
    "th", "st", "nd", "rd", "e", "ème", "eme", "º", "ª", "°", "de", "ste",
];

/// Whether the figure at token `i` of `p` is an ordinal in figures (digits then one of
/// [`ORDINAL_ENDS`]) joined by a hyphen to the word after it.
pub(super) fn ordinal_compound(p: &Prepared, i: usize) -> bool {
    let toks = &p.tokens;
    let (Some(t), Some(next)) = (toks.get(i), toks.get(i + 1)) else {
        return false;
    };
    let text = crate::matcher::flags::surface(p, t.start, t.end).to_lowercase();
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let rest: String = text.chars().skip(digits).collect();
    digits > 0
        && ORDINAL_ENDS.contains(&rest.as_str())
        && crate::matcher::flags::surface_is(p, t.end, next.start, "-")
}
