//! Words of what an event destroyed, burned or drove people from (trial 54, F1: "In July
//! 2021, a fire in the Montiferru area ... burned some 13,000 hectares and forced 1,500
//! people from their homes"): a past event's damage is told with a figure as its toll is,
//! and reads as the story's own damage when it is not read apart. Read by the background
//! cut (`corpus/past_time.rs`: a sentence of another time that tells a toll or a damage
//! is read as its time alone). Whole words, lower case as tokens are normalised, in
//! English, French, German, Spanish, Italian, Portuguese and Dutch; the participles
//! `casualty::count_word` reads already (evacuated, évacués) are not repeated.

/// Verbs and participles of damage: burned, destroyed, damaged, flooded, and of people
/// driven out (displaced). Not "homeless" nor "fled": an adjective before another noun
/// ("homeless shelters") and a flight from the police tell no damage ("In 1995,
/// Schwarzenegger expanded the program ... to serve 200,000 children ..., most who come
/// from housing projects or homeless shelters" was cut, its parallel in the bench lost).
const DAMAGE: &[&str] = &[
    // English.
    "burned",
    "burnt",
    "scorched",
    "charred",
    "destroyed",
    "razed",
    "damaged",
    "flooded",
    "displaced",
    // French.
    "brûlé",
    "brûlés",
    "brûlées",
    "ravagé",
    "ravagés",
    "ravagées",
    "parcouru",
    "détruit",
    "détruits",
    "détruites",
    "endommagé",
    "endommagés",
    "endommagées",
    "inondé",
    "inondées",
    "sinistrés",
    "déplacés",
    // German.
    "verbrannt",
    "verbrannte",
    "verbrannten",
    "zerstört",
    "zerstörte",
    "zerstörten",
    "vernichtet",
    "vernichtete",
    "beschädigt",
    "beschädigte",
    "überflutet",
    "vertrieben",
    // Spanish.
    "quemó",
    "quemaron",
    "quemadas",
    "calcinó",
    "calcinadas",
    "arrasó",
    "arrasaron",
    "destruyó",
    "destruyeron",
    "destruidas",
    "destruidos",
    "dañadas",
    "dañados",
    "inundadas",
    "desplazados",
    "desalojados",
    "damnificados",
    // Italian.
    "bruciato",
    "bruciati",
    "bruciate",
    "distrutto",
    "distrutti",
    "distrutte",
    "devastato",
    "devastati",
    "devastate",
    "danneggiati",
    "danneggiate",
    "allagate",
    "sfollati",
    // Portuguese.
    "queimou",
    "queimaram",
    "ardeu",
    "arderam",
    "destruiu",
    "destruíram",
    "destruídas",
    "destruídos",
    "danificadas",
    "danificados",
    "deslocados",
    "desalojadas",
    // Dutch.
    "verbrandde",
    "verwoestte",
    "verwoest",
    "vernield",
    "beschadigd",
    "overstroomd",
    "ontheemd",
];

/// Whether `norm` (a token's lower-case word) is a word of damage ([`DAMAGE`]: "burned",
/// "détruits", "zerstört", "arrasó", "distrutte", "queimou", "verwoest").
pub(in crate::matcher) fn is_damage_word(norm: &str) -> bool {
    DAMAGE.contains(&norm)
}

/// Phrases of people driven from their homes, told after the count ("forced 1,500 people
/// *from their homes*", "1.500 Menschen *aus ihren Häusern*"), in the seven languages;
/// the phrases of leaving one's home told as a verb ("to *leave their homes*", "*ihre
/// Häuser verlassen*") are `fate_phrases::LEFT_HOMES`. Session 52: "Last year a similar
/// blaze forced 1,500 people from their homes" told no toll, so it was flagged against
/// the story's "About 3,500 people were evacuated".
pub(in crate::matcher) const FROM_HOMES: &[&[&str]] = &[
    &["from", "their", "homes"],
    &["out", "of", "their", "homes"],
    &["de", "leurs", "maisons"],
    &["de", "leurs", "domiciles"],
    &["de", "leur", "domicile"],
    &["aus", "ihren", "häusern"],
    &["aus", "ihren", "wohnungen"],
    &["de", "sus", "casas"],
    &["de", "sus", "hogares"],
    &["dalle", "loro", "case"],
    &["dalle", "proprie", "case"],
    &["das", "suas", "casas"],
    &["de", "suas", "casas"],
    &["uit", "hun", "huizen"],
    &["uit", "hun", "woningen"],
];
