//! Words that tell a figure after them is a part of a whole named before it (trial 46):
//! right before the figure ("14 people, three of whom", "quatorze blessés, dont trois",
//! "darunter drei", "de los cuales tres", "dos quais três": [`PART_BEFORE`]), or opening
//! the figure's sentence with the whole, a comma before the figure ("Of those taken to
//! hospital, three were in serious condition": [`PART_LEAD`]). Lower case, as tokens are
//! normalised; each phrase a list of tokens.

/// Phrases right before a figure (or before its bound: "dont au moins trois") that make
/// it a part of a whole told before them, in English, French, German, Spanish, Italian,
/// Portuguese and Dutch.
pub(in crate::matcher) const PART_BEFORE: &[&[&str]] = &[
    &["of", "whom"],
    &["of", "which"],
    &["among", "them"],
    &["among", "whom"],
    &["dont"],
    &["parmi", "eux"],
    &["parmi", "lesquels"],
    &["darunter"],
    &["davon"],
    &["unter", "ihnen"],
    &["de", "los", "cuales"],
    &["de", "las", "cuales"],
    &["entre", "ellos"],
    &["entre", "ellas"],
    &["di", "cui"],
    &["tra", "cui"],
    &["fra", "cui"],
    &["tra", "loro"],
    &["dos", "quais"],
    &["das", "quais"],
    &["dentre", "eles"],
    &["entre", "eles"],
    &["waarvan"],
    &["onder", "wie"],
    &["onder", "hen"],
];

/// Phrases that open an apposition naming some of a group told before it ("Nine miners
/// were rescued alive, *among them* Julio Mamani", "*including* foreman Julio Mamani",
/// "*entre ellos* Julio Mamani", "*parmi eux*", "*darunter*", "*tra cui*", "*entre eles*",
/// "*onder wie*"): what the clause tells of the group it tells of the one named too
/// (`outcome/fates.rs`, session 50). In English, French, German, Spanish, Italian,
/// Portuguese and Dutch.
pub(in crate::matcher) const NAMED_AMONG: &[&[&str]] = &[
    &["among", "them"],
    &["amongst", "them"],
    &["including"],
    &["parmi", "eux"],
    &["parmi", "elles"],
    &["parmi", "lesquels"],
    &["dont"],
    &["y", "compris"],
    &["darunter"],
    &["unter", "ihnen"],
    &["entre", "ellos"],
    &["entre", "ellas"],
    &["incluido"],
    &["incluida"],
    &["incluyendo"],
    &["tra", "cui"],
    &["fra", "cui"],
    &["tra", "loro"],
    &["tra", "i", "quali"],
    &["compreso"],
    &["compresa"],
    &["entre", "eles"],
    &["entre", "elas"],
    &["incluindo"],
    &["onder", "wie"],
    &["onder", "hen"],
    &["waaronder"],
];

/// Phrases that open a sentence (or a clause) with the whole a figure after the next
/// comma is a part of: "Of those taken to hospital, three", "Among the injured, two",
/// "Parmi les blessés, trois", "Von den Verletzten, drei", "De los heridos, tres", "Dei
/// feriti, tre", "Dos feridos, três", "Van de gewonden, drie". (French "des" opens too
/// many sentences of no whole: "Des témoins, ...".)
pub(in crate::matcher) const PART_LEAD: &[&[&str]] = &[
    &["of", "those"],
    &["of", "these"],
    &["of", "them"],
    &["of", "the"],
    &["among", "those"],
    &["among", "the"],
    &["parmi", "les"],
    &["parmi", "ceux"],
    &["von", "den"],
    &["unter", "den"],
    &["de", "los"],
    &["de", "las"],
    &["de", "ellos"],
    &["entre", "los"],
    &["dei"],
    &["degli"],
    &["delle"],
    &["tra", "i"],
    &["dos"],
    &["das"],
    &["entre", "os"],
    &["van", "de"],
    &["onder", "de"],
];

/// Words right before "one" (or "single" and "one") that make it no count but every
/// member of a whole ("every one of our workers", "each one of them", "cada uno de
/// nuestros trabajadores", "cada um dos mineiros"; trial 52 F7: read as the count one,
/// "one ≠ Eight workers"), in English, Spanish and Portuguese; French "chacun", German
/// "jeder Einzelne", Italian "ognuno" and Dutch "iedereen" hold no number word.
pub(in crate::matcher) const EACH_BEFORE_ONE: &[&str] = &["every", "each", "any", "cada"];

/// Words of "some" or "several" that stand for a part of a whole told before them in
/// the sentence, with no noun of their own ("Zahlreiche Autos wurden mitgerissen,
/// *einige* landeten im Bach", "Many cars were swept away, *some* were found later"), in
/// English, French, German, Spanish, Italian, Portuguese and Dutch: a part, never a count
/// of the whole (trial 55: "At least 15 cars ≠ einige landeten",
/// `flags/numbers/whole_before.rs`).
pub(in crate::matcher) const SOME_OF_THEM: &[&str] = &[
    "some",
    "several",
    "many",
    "most", // fr
    "certains",
    "certaines",
    "plusieurs",
    "beaucoup", // de
    "einige",
    "mehrere",
    "manche",
    "viele", // es
    "algunos",
    "algunas",
    "varios",
    "varias",
    "muchos", // it
    "alcuni",
    "alcune",
    "diversi",
    "molti", // pt
    "alguns",
    "algumas",
    "vários",
    "várias",
    "muitos", // nl
    "sommige",
    "sommigen",
    "enkele",
    "enkelen",
    "verscheidene",
    "vele",
];
