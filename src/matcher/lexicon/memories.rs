//! Words that recall another event of the past ("The spill *revived memories* of the
//! Erika, which broke in two off Brittany in December 1999 …", "*rappelle* le naufrage de
//! l'Erika, qui …", "*erinnert an* die Erika, die …"), in English, French, German,
//! Spanish, Italian, Portuguese and Dutch, lower case as tokens are normalised. Read by
//! the background cut (`corpus/past_time.rs`, session 55, trial 58): a relative clause
//! after such a word that names a year not the article's tells that past event, and its
//! figures are no discrepancy of the story's.

/// Words of memory and of recalling ("memories", "recalled", "reminiscent", "souvenir",
/// "rappelle", "Erinnerungen", "erinnert", "recuerda", "ricorda", "lembra",
/// "herinneringen").
const MEMORY_WORDS: &[&str] = &[
    // English.
    "memories",
    "memory",
    "recalled",
    "recalling",
    "recalls",
    "recall",
    "reminiscent",
    "echoes",
    // French.
    "souvenir",
    "souvenirs",
    "rappelle",
    "rappellent",
    "rappelant",
    "rappelait",
    "rappelé",
    "mémoire",
    // German.
    "erinnert",
    "erinnerte",
    "erinnern",
    "erinnerung",
    "erinnerungen",
    // Spanish.
    "recuerda",
    "recuerdan",
    "recordó",
    "recordando",
    "recuerdo",
    "recuerdos",
    "memoria",
    // Italian.
    "ricorda",
    "ricordano",
    "ricordando",
    "ricordo",
    "ricordi",
    // Portuguese.
    "lembra",
    "lembrou",
    "lembrando",
    "recorda",
    "recordou",
    "lembrança",
    "lembranças",
    "memórias",
    "memória",
    // Dutch.
    "herinnert",
    "herinnerde",
    "herinnering",
    "herinneringen",
];

/// Whether `norm` (a token's lower-case word) recalls a past event ([`MEMORY_WORDS`]).
pub(in crate::matcher) fn is_memory_word(norm: &str) -> bool {
    MEMORY_WORDS.contains(&norm)
}
