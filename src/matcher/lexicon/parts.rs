//! Parts of a ship or a building where an event starts ("the engine room", "the car
//! deck", "the kitchen", "the basement"), the words that say something started there
//! ("started", "broke out", "s'est déclaré", "ausgebrochen", a fire), and the
//! prepositions before such a part, in English, French, Spanish, Italian, Portuguese,
//! German and Dutch. Read by the place flag of where an event started
//! (`flags/origins.rs`) and by the vehicle flag (`flags/vehicles.rs`: "the car deck"
//! names no car). Lower case and without diacritics (`flags::names::fold_diacritics`);
//! the words of a phrase are its tokens, space-separated ("pont-garage" is "pont
//! garage").

/// The parts, one row per part: the English phrase that names it (the row's key),
/// whether it is a part of a ship only (a vehicle told beside it is cargo aboard,
/// `flags/vehicles.rs`), and its phrases in the seven languages. Two phrases
/// of one row name one part ("car deck" / "vehicle deck" / "pont garage"); phrases of
/// two rows name two. A longer phrase is read before a shorter one it starts with
/// (`flags::origins`).
pub(in crate::matcher) const PARTS: &[(&str, bool, &[&str])] = &[
    (
        "engine room",
        true,
        &[
            "engine room",
            "engine rooms",
            "machinery space",
            "salle des machines",
            "salle machines",
            "sala de maquinas",
            "sala de maquina",
            "sala macchine",
            "sala delle macchine",
            "sala motori",
            "casa das maquinas",
            "casa de maquinas",
            "maschinenraum",
            "machinekamer",
            "machinekamers",
        ],
    ),
    (
        "car deck",
        true,
        &[
            "car deck",
            "car decks",
            "vehicle deck",
            "vehicle decks",
            "garage deck",
            "lorry deck",
            "truck deck",
            "freight deck",
            "cargo deck",
            "pont garage",
            "pont des voitures",
            "pont des vehicules",
            "cubierta de vehiculos",
            "cubierta de coches",
            "cubierta de carga",
            "ponte garage",
            "ponte auto",
            "ponte dei veicoli",
            "conves de veiculos",
            "conves de carros",
            "autodeck",
            "fahrzeugdeck",
            "autodek",
            "voertuigdek",
        ],
    ),
    // Not only a ship's: a plane, a lorry and a house have cabins too.
    (
        "cabin",
        false,
        &[
            "cabin",
            "cabins",
            "passenger cabin",
            "cabine",
            "cabines",
            "camarote",
            "camarotes",
            "kabine",
            "kabinen",
            "kajuit",
        ],
    ),
    (
        "hold",
        true,
        &[
            "cargo hold",
            "cale",
            "stiva",
            "laderaum",
            "bodega de carga",
            "porao de carga",
            "laadruim",
        ],
    ),
    (
        "kitchen",
        false,
        &[
            "kitchen", "galley", "cuisine", "cocina", "cucina", "cozinha", "kuche", "keuken",
            "kombuis",
        ],
    ),
    (
        "basement",
        false,
        &[
            "basement",
            "cellar",
            "sous sol",
            "sotano",
            "seminterrato",
            "scantinato",
            "subsolo",
            "keller",
            "kelder",
        ],
    ),
    (
        "roof",
        false,
        &[
            "roof", "rooftop", "toit", "toiture", "tejado", "techo", "tetto", "telhado", "dach",
            "dak",
        ],
    ),
    (
        "attic",
        false,
        &[
            "attic",
            "loft",
            "grenier",
            "combles",
            "desvan",
            "atico",
            "soffitta",
            "sotao",
            "dachboden",
            "dachstuhl",
            "zolder",
        ],
    ),
    (
        "bedroom",
        false,
        &[
            "bedroom",
            "chambre",
            "dormitorio",
            "camera da letto",
            "schlafzimmer",
            "slaapkamer",
        ],
    ),
    (
        "living room",
        false,
        &[
            "living room",
            "sitting room",
            "lounge",
            "salon",
            "sala de estar",
            "soggiorno",
            "salotto",
            "wohnzimmer",
            "woonkamer",
        ],
    ),
    (
        "bathroom",
        false,
        &[
            "bathroom",
            "salle de bain",
            "salle de bains",
            "bano",
            "bagno",
            "banheiro",
            "casa de banho",
            "badezimmer",
            "badkamer",
        ],
    ),
    (
        "boiler room",
        false,
        &[
            "boiler room",
            "chaufferie",
            "sala de calderas",
            "locale caldaia",
            "heizungsraum",
            "heizraum",
            "kesselraum",
            "ketelruim",
            "stookruimte",
        ],
    ),
];

/// Words that say an event started where a part is named: the verbs ("started", "broke
/// out", "s'est déclaré", "se declaró", "è divampato", "começou", "ausgebrochen",
/// "uitgebroken") and the nouns of a fire or a blast ("a fire in the kitchen"), lower
/// case without diacritics.
pub(in crate::matcher) const STARTS: &[&str] = &[
    // en
    "started",
    "starts",
    "start",
    "starting",
    "began",
    "begins",
    "begun",
    "broke",
    "erupted",
    "originated",
    "originates",
    "sparked",
    "ignited",
    "fire",
    "blaze",
    "blast",
    "explosion",
    // fr
    "declare",
    "declaree",
    "parti",
    "partie",
    "commence",
    "demarre",
    "incendie",
    "feu",
    "depart",
    // es
    "declaro",
    "declarado",
    "origino",
    "originado",
    "inicio",
    "iniciado",
    "comenzo",
    "empezo",
    "desato",
    "incendio",
    "fuego",
    "explosion",
    // it
    "divampato",
    "divampata",
    "scoppiato",
    "scoppiata",
    "partito",
    "partita",
    "iniziato",
    "innescato",
    "sviluppato",
    "rogo",
    "fuoco",
    "esplosione",
    // pt
    "comecou",
    "deflagrou",
    "iniciou",
    "originou",
    "fogo",
    "explosao",
    // de
    "ausgebrochen",
    "brach",
    "entstand",
    "entstanden",
    "begann",
    "feuer",
    "brand",
    // nl
    "uitgebroken",
    "brak",
    "ontstond",
    "ontstaan",
    "begon",
    "vuur",
    "explosie",
];

/// Prepositions before a part where something is ("in the engine room", "on the car
/// deck", "dans la salle des machines", "en la cocina", "nella cucina", "na cozinha", "im
/// Maschinenraum", "op het autodek"), lower case without diacritics.
pub(in crate::matcher) const AT_PART: &[&str] = &[
    "in", "on", "inside", "within", "at", "from", "dans", "sur", "au", "en", "sobre", "nel",
    "nella", "nello", "nelle", "sul", "sulla", "em", "no", "na", "nos", "nas", "im", "auf", "op",
];

/// Words that may stand between a preposition of [`AT_PART`] and a part (articles,
/// possessives, a deck's level), lower case: "in the engine room", "on its lower car
/// deck", "dans la cuisine", "in der Küche", "op het autodek".
pub(in crate::matcher) const BEFORE_PART: &[&str] = &[
    "the", "a", "an", "its", "ship", "ferry", "vessel", "boat", "lower", "upper", "main", "la",
    "le", "les", "l", "el", "los", "las", "il", "lo", "o", "os", "as", "der", "die", "dem", "den",
    "de", "het", "een", "un", "une", "una", "um", "uma", "sa", "son", "su", "sua", "seiner",
    "ihrem", "ihrer",
];
