//! The table of known sources for the speaker flag: organisations and public bodies
//! ("the Red Cross", "Amnesty", "the health ministry", "police", "the fire brigade",
//! "Hamas"), each with its kind ([`BodyKind`]), the body it is an agency of ("UNICEF", the
//! UN children's agency, of the UN) and the ways reports write it in English, French,
//! German, Spanish and Italian. `bodies.rs` reads it to tell two bodies credited with one
//! claim; `groups.rs` reads the words of its police and authorities as the group of
//! unnamed sources they are ("Police said" / "Witnesses said").

/// What kind of body a source is: two bodies of one state may speak for each other (a
/// ministry for the police), so two bodies of the state are told apart only when each
/// names its country and the countries differ ("Russia's defence ministry" / "Ukraine's
/// defence ministry"); bodies of other kinds, or two bodies of no state, always are.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum BodyKind {
    /// The government, its ministries, army and police.
    State,
    /// Fire and rescue services.
    Rescue,
    /// The opposition to the state.
    Opposition,
    /// Armed groups that fight a state: Hamas, Hezbollah, the Taliban, rebels.
    Armed,
    /// Organisations of no state: humanitarian, human rights and international bodies.
    Independent,
}

/// A known body: an identity, its kind, the identity of the body it is part of (an
/// agency of the UN), and the ways reports write it: lower-case words compared with the
/// tokens (diacritics folded), or an acronym in capitals compared with the text as written
/// ("WHO", not "who"). A German compound ending with a one-word alias of a body of the
/// state or a rescue service is read as that body ("Verteidigungsministerium",
/// "Bundespolizei": `bodies.rs`).
#[derive(Debug)]
pub(super) struct Body {
    /// Its identity (the first way of writing it, as a rule).
    pub(super) id: &'static str,
    /// Its kind.
    pub(super) kind: BodyKind,
    /// The identity of the body it is an agency or part of, if any.
    pub(super) part_of: Option<&'static str>,
    /// The ways reports write it.
    pub(super) aliases: &'static [&'static str],
}

/// A [`Body`], written short in the table.
const fn body(
    id: &'static str,
    kind: BodyKind,
    part_of: Option<&'static str>,
    aliases: &'static [&'static str],
) -> Body {
    Body {
        id,
        kind,
        part_of,
        aliases,
    }
}

/// The police as a body, and the words of the group of authorities that name it
/// (`groups.rs`), lower case without diacritics.
pub(super) const POLICE: &[&str] = &[
    "police",
    "polizei",
    "policia",
    "polizia",
    "gendarmerie",
    "carabinieri",
];

/// The government as a body.
const GOVERNMENT: &[&str] = &[
    "government",
    "gouvernement",
    "regierung",
    "gobierno",
    "governo",
];

/// The government told as its officials, and the words of the group of authorities that
/// name it (`groups.rs`), lower case without diacritics.
pub(super) const AUTHORITIES: &[&str] = &[
    "officials",
    "authorities",
    "autorites",
    "behorden",
    "autoridades",
];

/// Known bodies ([`Body`]). One identity may stand twice, its ways of writing shared with
/// the groups of `groups.rs` ([`POLICE`], [`AUTHORITIES`]) in an entry of their own.
pub(super) const BODIES: &[Body] = &[
    body(
        "red cross",
        BodyKind::Independent,
        None,
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
    body("amnesty", BodyKind::Independent, None, &["amnesty"]),
    body(
        "human rights watch",
        BodyKind::Independent,
        None,
        &["human rights watch", "HRW"],
    ),
    body(
        "world health organization",
        BodyKind::Independent,
        Some("united nations"),
        &[
            "world health organization",
            "world health organisation",
            "WHO",
            "OMS",
            "weltgesundheitsorganisation",
        ],
    ),
    body(
        "doctors without borders",
        BodyKind::Independent,
        None,
        &[
            "doctors without borders",
            "medecins sans frontieres",
            "MSF",
            "arzte ohne grenzen",
            "medicos sin fronteras",
            "medici senza frontiere",
        ],
    ),
    body(
        "united nations",
        BodyKind::Independent,
        None,
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
    body(
        "unicef",
        BodyKind::Independent,
        Some("united nations"),
        &[
            "unicef",
            "un children agency",
            "u.n. children agency",
            "un children fund",
            "united nations children fund",
        ],
    ),
    body(
        "world food programme",
        BodyKind::Independent,
        Some("united nations"),
        &[
            "world food programme",
            "world food program",
            "WFP",
            "un food agency",
        ],
    ),
    body(
        "unhcr",
        BodyKind::Independent,
        Some("united nations"),
        &["unhcr", "un refugee agency", "u.n. refugee agency"],
    ),
    body(
        "syrian observatory",
        BodyKind::Independent,
        None,
        &["syrian observatory", "observatory", "SOHR"],
    ),
    body(
        "kenya national commission on human rights",
        BodyKind::Independent,
        None,
        &["kenya national commission on human rights", "KNCHR"],
    ),
    body(
        "save the children",
        BodyKind::Independent,
        None,
        &["save the children"],
    ),
    body("oxfam", BodyKind::Independent, None, &["oxfam"]),
    body(
        "fire service",
        BodyKind::Rescue,
        None,
        &[
            "fire brigade",
            "fire service",
            "fire department",
            "firefighters",
            "firefighter",
            "firemen",
            "fire officials",
            "fire chief",
            "fire commissioner",
            "pompiers",
            "sapeurs-pompiers",
            "feuerwehr",
            "bomberos",
            "vigili del fuoco",
            "pompieri",
            "bombeiros",
            "brandweer",
        ],
    ),
    body(
        "civil protection",
        BodyKind::Rescue,
        None,
        &[
            "civil protection",
            "civil defence",
            "civil defense",
            "protection civile",
            "zivilschutz",
            "proteccion civil",
            "protezione civile",
            "protecao civil",
            "proteccao civil",
        ],
    ),
    // Prosecutors as a body: "sagte ein Sprecher der Staatsanwaltschaft" / "sagte ein
    // Polizeisprecher" credit two bodies (trial 32 F3).
    body(
        "prosecutors",
        BodyKind::State,
        None,
        &[
            "staatsanwaltschaft",
            "parquet",
            "fiscalia",
            "procura",
            "ministerio publico",
        ],
    ),
    body("police", BodyKind::State, None, POLICE),
    body(
        "ministry",
        BodyKind::State,
        None,
        &[
            "ministry",
            "ministère",
            "ministere",
            "ministerium",
            "ministerio",
            "ministero",
        ],
    ),
    // A state's health agency ("selon l'ARS" / "l'Agence régionale de santé": one body;
    // / "selon la direction de l'hôpital": two, trial 44 y81).
    body(
        "health agency",
        BodyKind::State,
        None,
        &[
            "agence regionale de sante",
            "ARS",
            "regional health agency",
            "gesundheitsamt",
            "azienda sanitaria locale",
            "consejeria de sanidad",
        ],
    ),
    body("government", BodyKind::State, None, GOVERNMENT),
    // The same body told as its officials ("officials said", "les autorités").
    body("government", BodyKind::State, None, AUTHORITIES),
    body(
        "army",
        BodyKind::State,
        None,
        &[
            "army",
            "military",
            "armée",
            "armee",
            "ejército",
            "esercito",
            "exército",
            "IDF",
            "israel defense forces",
            "israel defence forces",
        ],
    ),
    // The other branches of the armed forces, each a body of its own ("segundo a
    // Marinha" / "segundo os bombeiros": trial 43 D).
    body(
        "navy",
        BodyKind::State,
        None,
        &[
            "navy",
            "marinha",
            "armada",
            "marina militare",
            "marine nationale",
            "bundesmarine",
        ],
    ),
    body(
        "coast guard",
        BodyKind::State,
        None,
        &[
            "coast guard",
            "coastguard",
            "garde-cotes",
            "kustenwache",
            "guardia costera",
            "guardia costiera",
            "guarda costeira",
            "kustwacht",
        ],
    ),
    body(
        "air force",
        BodyKind::State,
        None,
        &[
            "air force",
            "luftwaffe",
            "fuerza aerea",
            "aeronautica militare",
            "forca aerea",
            "luchtmacht",
        ],
    ),
    // The EU speaks through its Commission (trial 26: "the EU" / "the European
    // Commission").
    body(
        "european union",
        BodyKind::State,
        None,
        &[
            "european union",
            "EU",
            "E.U.",
            "union europeenne",
            "europaische union",
            "union europea",
            "unione europea",
        ],
    ),
    body(
        "european commission",
        BodyKind::State,
        Some("european union"),
        &[
            "european commission",
            "commission europeenne",
            "eu-kommission",
            "europaische kommission",
            "comision europea",
            "commissione europea",
        ],
    ),
    body(
        "opposition",
        BodyKind::Opposition,
        None,
        &["opposition", "oposición", "opposizione"],
    ),
    body("hamas", BodyKind::Armed, None, &["hamas"]),
    body(
        "hezbollah",
        BodyKind::Armed,
        None,
        &["hezbollah", "hizbollah"],
    ),
    body("taliban", BodyKind::Armed, None, &["taliban"]),
    body("houthis", BodyKind::Armed, None, &["houthis", "houthi"]),
    body(
        "rapid support forces",
        BodyKind::Armed,
        None,
        &["rapid support forces", "paramilitary rapid support forces"],
    ),
    body(
        "rebels",
        BodyKind::Armed,
        None,
        &[
            "rebels",
            "rebelles",
            "rebellen",
            "rebeldes",
            "ribelli",
            "separatists",
            "separatistes",
            "separatisten",
            "separatistas",
            "separatisti",
        ],
    ),
    body(
        "tplf",
        BodyKind::Armed,
        None,
        &[
            "TPLF",
            "tigray people liberation front",
            "tigrayan forces",
            "tigray forces",
            "tigrayan fighters",
            "tigrayan rebels",
        ],
    ),
    // A coalition of states at war ("the Saudi-led coalition", "the US-led coalition"):
    // its side is the state that leads it (`bodies.rs`).
    body(
        "coalition",
        BodyKind::State,
        None,
        &["coalition", "coalition forces"],
    ),
    // The state's own news outlets speak for it ("Chinese state media" / "Xinhua"); an
    // agency's name tells its state (`countries.rs`).
    body(
        "state media",
        BodyKind::State,
        None,
        &[
            "state media",
            "state-run media",
            "state television",
            "state-run television",
            "state tv",
            "state news agency",
            "xinhua",
            "KCNA",
            "TASS",
            "IRNA",
        ],
    ),
];

/// German compounds read as a body by their last part ("Verteidigungsministerium" a
/// ministry, "Bundespolizei" the police), lower case without diacritics, with the identity
/// of the body ([`Body::id`]).
pub(super) const COMPOUND_HEADS: &[(&str, &str)] = &[
    ("ministerium", "ministry"),
    ("polizei", "police"),
    ("feuerwehr", "fire service"),
    ("regierung", "government"),
];
