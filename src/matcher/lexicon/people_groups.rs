//! Nouns of the people a report tells the nationality of, by what they are, in English,
//! French, German, Spanish, Italian, Portuguese and Dutch (trial 57: "Most passengers were
//! Spanish pensioners" / "... Portuguese pensioners", "Spanish pensioners" / "deutsche
//! Pensionisten"): one class a concept, so that one group told in two languages is read
//! as one (`flags/nationality_groups.rs`). Lower-case word patterns, a word ending in `*`
//! matching any token it begins.

/// The classes of nouns of people: a crew, pensioners, passengers, a driver, tourists,
/// pilgrims, students and pupils, fans, workers.
pub(in crate::matcher) const PEOPLE_GROUPS: &[&[&str]] = &[
    // A ship's crew and its sailors (trial 58: "One sailor ... was still missing" / fr
    // "Tous les membres d'équipage ont été secourus", it "Un marinaio risulta disperso" /
    // "Tutti i marinai sono stati tratti in salvo" had no flag): fr "marins", "équipage",
    // de "Seeleute", "Matrosen", "Besatzung", es "marineros", "tripulantes", it
    // "marinai", "marittimi", "equipaggio", pt "marinheiros", "tripulantes", nl
    // "zeelieden", "matrozen", "bemanning". Whole words where a beginning is another
    // word's ("marina", "marine").
    &[
        "sailor*",
        "seafarer*",
        "seaman",
        "seamen",
        "deckhand*",
        "crew",
        "crewmen",
        "crewman",
        "mariner*",
        "marin",
        "marins",
        "équipage*",
        "seeleute",
        "seemann",
        "matrose*",
        "besatzung*",
        "marinero*",
        "tripulant*",
        "tripulación",
        "marinaio",
        "marinai",
        "marittim*",
        "equipaggio",
        "marinheiro*",
        "tripulação",
        "zeelieden",
        "zeeman",
        "matroos",
        "matrozen",
        "bemanning*",
    ],
    // Pensioners: fr "retraités", de "Pensionisten", "Rentner", "Senioren", es
    // "jubilados", "pensionistas", it "pensionati", pt "reformados", "aposentados", nl
    // "gepensioneerden".
    &[
        "pensioner*",
        "retiree*",
        "retraité*",
        "pensionist*",
        "pensionär*",
        "rentner*",
        "jubilad*",
        "pensionat*",
        "reformad*",
        "aposentad*",
        "gepensioneerd*",
    ],
    // Passengers: fr "passagers", de "Passagiere", "Fahrgäste", "Insassen", es
    // "pasajeros", "ocupantes", it "passeggeri", pt "passageiros", nl "passagiers",
    // "inzittenden".
    &[
        "passenger*",
        "occupant*",
        "passager*",
        "passagier*",
        "fahrgast",
        "fahrgäste*",
        "insasse*",
        "pasajer*",
        "ocupante*",
        "passegger*",
        "passageir*",
        "inzittende*",
    ],
    // A driver: fr "chauffeur", "conducteur", de "Fahrer", "Lenker", "Chauffeur", es
    // "conductor", "chófer", it "autista", "conducente", pt "motorista", "condutor", nl
    // "bestuurder", "chauffeur".
    &[
        "driver*",
        "chauffeur*",
        "conducteur*",
        "conductrice*",
        "fahrer",
        "fahrerin",
        "busfahrer*",
        "lenker",
        "lenkerin",
        "buslenker*",
        "conductor*",
        "conductora*",
        "chófer*",
        "autista",
        "conducente",
        "motorista*",
        "condutor*",
        "bestuurder*",
    ],
    // Tourists and holidaymakers: fr "touristes", "vacanciers", de "Touristen",
    // "Urlauber", es, it, pt "turistas", "turisti", nl "toeristen", "vakantiegangers".
    &[
        "tourist*",
        "holidaymaker*",
        "vacationer*",
        "touriste*",
        "vacancier*",
        "urlauber*",
        "turist*",
        "toerist*",
        "vakantieganger*",
    ],
    // Pilgrims: fr "pèlerins", de "Pilger", es, pt "peregrinos", it "pellegrini", nl
    // "pelgrims".
    &[
        "pilgrim*",
        "pèlerin*",
        "pilger*",
        "peregrin*",
        "pellegrin*",
        "pelgrim*",
    ],
    // Students and pupils: fr "élèves", "étudiants", de "Schüler", "Studenten", es
    // "alumnos", "estudiantes", it "studenti", pt "alunos", "estudantes", nl "leerlingen",
    // "studenten".
    &[
        "student*",
        "pupil*",
        "schoolchildren",
        "élève*",
        "étudiant*",
        "schüler*",
        "alumn*",
        "estudiante*",
        "studente*",
        "studenti",
        "aluno*",
        "estudante*",
        "leerling*",
    ],
    // Fans: fr "supporters", de "Fans", es "aficionados", "hinchas", it "tifosi", pt
    // "adeptos", "torcedores", nl "supporters".
    &[
        "fan",
        "fans",
        "supporter*",
        "aficionad*",
        "hincha*",
        "tifos*",
        "adepto*",
        "torcedor*",
    ],
    // Workers: fr "ouvriers", "travailleurs", de "Arbeiter", es "trabajadores", "obreros",
    // it "operai", "lavoratori", pt "trabalhadores", "operários", nl "arbeiders".
    &[
        "worker*",
        "labourer*",
        "laborer*",
        "ouvrier*",
        "travailleur*",
        "arbeiter*",
        "trabajador*",
        "obrero*",
        "operai",
        "operaio",
        "lavorator*",
        "trabalhador*",
        "operári*",
        "arbeider*",
    ],
];

/// The class of [`PEOPLE_GROUPS`] the lower-case word `norm` is a noun of, if any (a
/// pattern ending in `*` matches any word it begins).
pub(in crate::matcher) fn group_of(norm: &str) -> Option<usize> {
    let is = |w: &str| match w.strip_suffix('*') {
        Some(start) => norm.starts_with(start),
        None => norm == w,
    };
    PEOPLE_GROUPS
        .iter()
        .position(|words| words.iter().any(|w| is(w)))
}

/// Forms of "to be" in the seven languages after which a nationality tells what its
/// subject is ("The driver *was* German", "Der Lenker *war* Österreicher", "El conductor
/// *era* austriaco").
pub(in crate::matcher) const COPULAS: &[&str] = &[
    "was", "were", "is", "are", "est", "était", "étaient", "sont", "war", "waren", "ist", "sind",
    "era", "eran", "es", "son", "fue", "fueron", "è", "erano", "sono", "foi", "foram", "é", "eram",
    "são",
];
