//! Nouns that count one thing under several names, for the number flag's groups
//! (`flags/numbers/nouns.rs`) only, not the ranking's synonym classes (trial 49 F4:
//! "postpone about 120 planned operations" / "call off more than 200 scheduled
//! surgeries" is one count told two ways). Each group holds true synonyms only, as
//! WordNet's synsets give them in English ("operation, surgery, surgical procedure":
//! surgery.n.03; "doctor, physician": doctor.n.01), with the
//! plural nouns of French, German, Spanish, Italian, Portuguese and Dutch that news use
//! for the same thing. A word is in one group only. Lower case, as tokens are normalised.

/// Surgical operations: "120 operations" / "200 surgeries" / "200 procedures", "120
/// opérations" / "interventions", "Operationen" / "Eingriffe", "operaciones" /
/// "cirugías" / "intervenciones", "operazioni" / "interventi", "cirurgias" /
/// "operações", "operaties" / "ingrepen". Not "appointments" nor "consultations": other
/// things a hospital counts ([`APPOINTMENTS`]).
pub(in crate::matcher) const OPERATIONS: &[&str] = &[
    "operations",
    "surgeries",
    "procedures",
    // fr
    "opérations",
    "interventions",
    // de
    "operationen",
    "eingriffe",
    // es
    "operaciones",
    "cirugías",
    "intervenciones",
    // it
    "operazioni",
    "interventi",
    // pt
    "cirurgias",
    "operações",
    "intervenções",
    // nl
    "operaties",
    "ingrepen",
];

/// Doctors ("40 doctors" / "45 physicians"), in the seven languages.
pub(in crate::matcher) const DOCTORS: &[&str] = &[
    "doctors",
    "physicians",
    // fr
    "médecins",
    "docteurs",
    // de
    "ärzte",
    "ärztinnen",
    "mediziner",
    // es and pt
    "médicos",
    "doctores",
    // it
    "medici",
    "dottori",
    // nl
    "artsen",
    "dokters",
];

/// A patient's booked visits to a doctor: "120 appointments" / "300 consultations" (trial
/// 49, final pass: one count of a hospital's outpatient work told two ways), fr "consultations"
/// ("rendez-vous" is split at its hyphen: not read), de "Termine" / "Arzttermine", es and pt "citas" / "consultas", it
/// "appuntamenti" / "visite ambulatoriali" (the head "visite" is too wide: not listed), nl
/// "afspraken" / "consulten". Not "visits" (of anyone, anywhere) nor "patients" / "people":
/// a patient may have several appointments, and "people" holds more than patients.
pub(in crate::matcher) const APPOINTMENTS: &[&str] = &[
    "appointments",
    // en and fr
    "consultations",
    // de
    "termine",
    "arzttermine",
    "behandlungstermine",
    // es and pt
    "citas",
    "consultas",
    // it
    "appuntamenti",
    // pt
    "marcações",
    // nl
    "afspraken",
    "consulten",
];

/// A ship's crew: "23 sailors" / "19 seamen" / "22 crew members", fr "19 marins", de
/// "Seeleute", "Besatzungsmitglieder", es "marineros", es and pt "tripulantes", it "19
/// marittimi", "marinai", pt "marinheiros", nl "zeelieden", "bemanningsleden" (trial 58:
/// "Navy helicopters rescued 23 sailors." / "... hanno salvato 19 marittimi" / "...
/// ont secouru 19 marins" had no number flag). "crew" is read as the first word of "crew
/// members" (`flags/numbers/nouns.rs`, `noun_group`). Not among [`COUNTED_GROUPS`]: the
/// concepts across languages read these words as a class of people already
/// (`people_groups.rs`); the number flag reads the group by itself.
pub(in crate::matcher) const CREW: &[&str] = &[
    "sailors",
    "seamen",
    "seafarers",
    "mariners",
    "crewmen",
    "crew",
    // fr
    "marins",
    "matelots",
    // de
    "seeleute",
    "matrosen",
    "besatzungsmitglieder",
    // es and pt
    "marineros",
    "tripulantes",
    // it
    "marittimi",
    "marinai",
    // pt
    "marinheiros",
    // nl
    "zeelieden",
    "matrozen",
    "bemanningsleden",
];

/// The groups of this file, in the order the number flag reads them.
pub(in crate::matcher) const COUNTED_GROUPS: &[&[&str]] = &[OPERATIONS, DOCTORS, APPOINTMENTS];

/// A utility's customers, in the seven languages: in a sentence of a power, gas or water
/// supply ([`SUPPLY_WORDS`]) they are the homes it supplies, counted in the group of homes
/// (trial 53 F5: "About 350,000 households lost power" / "About 300,000 customers lost
/// power, the utility said"); elsewhere a shop's or a bank's customers are no homes.
pub(in crate::matcher) const UTILITY_CUSTOMERS: &[&str] = &[
    "customers",
    "subscribers",
    // fr
    "clients",
    "abonnés",
    // de
    "kunden",
    "kundinnen",
    "stromkunden",
    // es
    "clientes",
    "abonados",
    "usuarios",
    // it
    "clienti",
    "utenti",
    "utenze",
    // pt
    "consumidores",
    // nl
    "klanten",
    "aansluitingen",
];

/// Words that make a sentence one of a power, gas or water supply, in which a utility's
/// customers ([`UTILITY_CUSTOMERS`]) are the homes it supplies: "power", "electricity",
/// "blackout", "outage", "utility", fr "électricité", "coupure", de "Strom",
/// "Stromausfall", es "luz", "electricidad", "apagón", it "elettricità", "corrente", pt
/// "energia", "eletricidade", nl "stroom", "stroomstoring". Lower case whole words.
pub(in crate::matcher) const SUPPLY_WORDS: &[&str] = &[
    "power",
    "electricity",
    "blackout",
    "outage",
    "outages",
    "utility",
    "grid",
    "reconnected",
    "gas",
    // fr
    "électricité",
    "courant",
    "coupure",
    "panne",
    // de
    "strom",
    "stromausfall",
    "netzbetreiber",
    "stromnetz",
    // es
    "luz",
    "electricidad",
    "apagón",
    "suministro",
    // it
    "elettricità",
    "corrente",
    // pt
    "energia",
    "eletricidade",
    "apagão",
    // nl
    "stroom",
    "stroomstoring",
    "elektriciteit",
];

/// Nouns of homes that are other English words ("case": Italian houses, English cases):
/// counted in the group of homes only in a sentence of their language (trial 54: "almeno
/// 40 tra case e ville" / "about 3,500 residents"), with the language's name.
pub(in crate::matcher) const HOMES_OF_ONE_LANGUAGE: &[(
    &str,
    crate::matcher::language::Language,
)] = &[("case", crate::matcher::language::Language::Italian)];

/// Heads of German and Dutch compounds that name other things than the head alone
/// ("Krankenhäuser" are hospitals, no houses; "Baustellen" building sites): two counted
/// nouns sharing only such a head count two things (`flags/numbers/compound_head.rs`).
pub(in crate::matcher) const OPEN_HEADS: &[&str] = &[
    "häuser", "hauser", "häusern", "huizen", "stellen", "werke", "werken",
];
