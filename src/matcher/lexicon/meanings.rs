//! The meaning groups of news reports, one table for both readers of them: each group
//! ([`Meaning`]) holds the words one meaning is written in ("killed" / "slain" / "died",
//! "hospital" / "ziekenhuis", "fire brigade" / "firefighters") in English, French, German,
//! Spanish, Italian, Portuguese and Dutch, as two lists read two ways:
//!
//! - [`Meaning::same`]: whole lower-case surface forms, diacritics kept, that the ranking
//!   of two reports in one language reads as one synonym class (`align/synonyms.rs`:
//!   [`SAME`], the classes' bits; issue 8, cause 5: "same fact, no shared words");
//! - [`Meaning::across`]: word beginnings without diacritics (`text::fold_accents`), or
//!   whole words when they end with `$` ("mort$": not "mortier"), that the evidence two
//!   sentences in different languages share reads as one concept (`xling.rs`: [`ACROSS`];
//!   "hospital" covers "hospitals", "hospitalised"; "ziekenhuis" covers
//!   "ziekenhuisgroep"). Curated by hand in session 47 from the vocabulary of wire reports,
//!   each word as the bilingual dictionaries give it (Wiktionary translations); the groups
//!   the lexicon holds elsewhere are read from their own tables (`xling.rs`: the casualty
//!   words, the counted nouns, the crimes, the facilities, number words, weekdays and
//!   months).
//!
//! A group may have one list only (a meaning the ranking reads and the reading across
//! languages does not, or the other way round). The ranking's classes are the groups with
//! [`Meaning::same`] words that are no counted noun, in table order (class k is the k-th
//! of them: the flags and the phrases name classes by that index, `align/synonyms.rs`);
//! the counted nouns ([`Meaning::counted`]: passengers, a train's carriages, rescuers,
//! vehicles) are read by the ranking as a shared word when both sentences count them
//! (`align/nouns.rs`: "120 passengers" / "120 people were on board"); the concepts across
//! languages are the groups with [`Meaning::across`] words, in table order, a token taking
//! the first that holds it. The three views are built at compile time.

/// One meaning: the words it is written in, read within one language ([`Meaning::same`])
/// and across languages ([`Meaning::across`]).
#[derive(Debug, Clone, Copy)]
pub(in crate::matcher) struct Meaning {
    /// Whole lower-case surface forms (diacritics kept), read by the ranking of two
    /// reports in one language; empty when the ranking does not read the meaning.
    pub(in crate::matcher) same: &'static [&'static str],
    /// Word beginnings lower case without diacritics (or whole words ending with `$`),
    /// read across languages; empty when that reading does not read the meaning.
    pub(in crate::matcher) across: &'static [&'static str],
    /// Whether [`Meaning::same`] names a counted thing the ranking reads as a shared word
    /// when both sentences count it ([`NOUNS`]: "120 passengers" / "120 people on board")
    /// instead of a synonym class ([`SAME`]).
    pub(in crate::matcher) counted: bool,
}

/// The meaning groups, in the order their views read them ([`SAME`], [`ACROSS`]).
pub(in crate::matcher) const MEANINGS: &[Meaning] = &[
    Meaning {
        same: &[
            "die",
            "died",
            "dies",
            "dead",
            "death",
            "deaths",
            "kill",
            "killed",
            "kills",
            "killing",
            "slain",
            "slay",
            "fatal",
            "fatally",
            "perished",
            "murder",
            "murdered",
            "murdering",
            "homicide",
            "dying",
            "killer",
            "killers",
            "fatalities",
            "fatality",
            "deceased",
            // Portuguese and Dutch (trial 36 F2: "provocaram 66 mortos" / "mataram 66 pessoas").
            "morreu",
            "morreram",
            "morte",
            "mortes",
            "morto",
            "mortos",
            "mortas",
            "matou",
            "mataram",
            "óbitos",
            "overleden",
            "overleed",
            "omgekomen",
            "gedood",
            "doden",
            "stierf",
            "stierven",
            // Spanish, French, Italian and German (trial 38 F13: the event words of a fact told in one of those languages, as the Portuguese and Dutch ones above).
            "muertos",
            "muerto",
            "muerta",
            "muertas",
            "muerte",
            "muertes",
            "murió",
            "murieron",
            "fallecidos",
            "fallecido",
            "fallecida",
            "fallecidas",
            "falleció",
            "fallecieron",
            "morts",
            "mort",
            "tués",
            "tué",
            "tuée",
            "tuées",
            "décès",
            "décédé",
            "décédés",
            "décédée",
            "morti",
            "morta",
            "uccisi",
            "ucciso",
            "uccise",
            "deceduti",
            "deceduto",
            "deceduta",
            "tote",
            "toten",
            "getötet",
            "starb",
            "starben",
            "gestorben",
        ],
        across: &[],
        counted: false,
    },
    // An earthquake.
    Meaning {
        same: &[
            "quake",
            "quakes",
            "earthquake",
            "earthquakes",
            "tremor",
            "tremors",
            "temblor",
            "seismic",
            "aftershock",
            "aftershocks",
            // Spanish, Portuguese, French, Italian, German and Dutch.
            "sismo",
            "seísmo",
            "terremoto",
            "terremotos",
            "séisme",
            "séismes",
            "sisma",
            "scossa",
            "erdbeben",
            "aardbeving",
        ],
        across: &[
            "earthquake",
            "quake",
            "seisme",
            "sisme",
            "erdbeben",
            "terremot",
            "sismo",
            "aardbeving",
        ],
        counted: false,
    },
    Meaning {
        same: &[
            "arrest",
            "arrested",
            "arrests",
            "custody",
            "detained",
            "detain",
            "apprehended",
            "apprehend",
            "apprehends",
            "apprehending",
            "arresting",
            "surrendered",
            "captured",
            "caught",
            "jailed",
            "nabbed",
            // Spanish, French, Italian, German and Portuguese.
            "detenido",
            "detenidos",
            "detenida",
            "detenidas",
            "arrestado",
            "arrestados",
            "detuvo",
            "detuvieron",
            "arrêté",
            "arrêtés",
            "arrêtée",
            "arrêtées",
            "interpellé",
            "interpellés",
            "arrestato",
            "arrestati",
            "arrestata",
            "arrestate",
            "festgenommen",
            "verhaftet",
            "festnahme",
            "detidos",
            "detido",
            "detida",
            "presos",
        ],
        across: &[],
        counted: false,
    },
    // A shooting.
    Meaning {
        same: &[
            "shot",
            "shoot",
            "shooting",
            "shootings",
            "gunned",
            "gunfire",
            "fired",
            "firing",
            "gunshot",
            "gunshots",
            "gunman",
            "gunmen",
            "shots",
            "opened",
        ],
        across: &[
            "shoot",
            "shot$",
            "gunman",
            "gunmen",
            "fusillade",
            "tireur",
            "schusse",
            "schuss$",
            "schiess",
            "tiroteo",
            "tirador",
            "sparator",
            "atirador",
            "schiet",
        ],
        counted: false,
    },
    Meaning {
        same: &[
            "charged",
            "charge",
            "charges",
            "accused",
            "indicted",
            "indictment",
            "prosecutors",
            "prosecuted",
            "suspect",
            "suspected",
        ],
        across: &[],
        counted: false,
    },
    Meaning {
        same: &[
            "injured",
            "injuring",
            "injures",
            "wounded",
            "wounding",
            "hurt",
            "injuries",
            "injury",
            "casualties",
            // Portuguese and Dutch.
            "feridos",
            "ferido",
            "feridas",
            "ferida",
            "gewond",
            "gewonden",
            "gewonde",
            // Spanish, French, Italian and German.
            "heridos",
            "herido",
            "herida",
            "heridas",
            "lesionados",
            "blessés",
            "blessé",
            "blessée",
            "blessées",
            "feriti",
            "ferito",
            "ferita",
            "ferite",
            "verletzt",
            "verletzte",
            "verletzten",
            "verletzter",
        ],
        across: &[],
        counted: false,
    },
    // A theft, thieves, stolen.
    Meaning {
        same: &[
            "stole", "stolen", "steal", "robbery", "robbed", "robbers", "loot", "raid", "raided",
            "heist", "theft", "thieves", "raiders", "burglary", "haul", "booty",
        ],
        across: &[
            "thief",
            "thieves",
            "stole",
            "theft",
            "voleur",
            "vole$",
            "voles$",
            "volee$",
            "dieb",
            "gestohlen",
            "ladron",
            "robad",
            "ladri$",
            "ladro$",
            "rubat",
            "furto$",
            "furti$",
            "ladroe",
            "roubad",
            "roubo$",
            "dief$",
            "dieven",
            "gestolen",
        ],
        counted: false,
    },
    // Police.
    Meaning {
        same: &[
            "police",
            "officers",
            "officer",
            "authorities",
            "deputies",
            "deputy",
            "sheriff",
            "cops",
            "detectives",
            "investigators",
            // Portuguese and Dutch.
            "polícia",
            "autoridades",
            "investigadores",
            "politie",
            // Spanish, French, Italian and German.
            "policía",
            "policías",
            "policiers",
            "gendarmes",
            "polizia",
            "carabinieri",
            "polizei",
            "polizisten",
        ],
        across: &[
            "police",
            "polizei",
            "polici",
            "polizia",
            "politie",
            "carabinier",
            "gendarm",
            "agent$",
            "agents$",
            "agenti$",
            "agentes$",
        ],
        counted: false,
    },
    // A hospital.
    Meaning {
        same: &[
            "hospital",
            "hospitalized",
            "hospitalised",
            "medical",
            "doctors",
            "doctor",
            "surgery",
            "surgeries",
            "operated",
            "treatment",
            "treated",
            // Portuguese and Dutch.
            "hospitalizados",
            "internados",
            "ziekenhuis",
            // Spanish, French, Italian and German.
            "hôpital",
            "hôpitaux",
            "hospitalisé",
            "hospitalisés",
            "hospitalizado",
            "hospitalizada",
            "ospedale",
            "ricoverati",
            "ricoverato",
            "ricoverata",
            "krankenhaus",
        ],
        across: &[
            "hospital",
            "hopita",
            "krankenh",
            "klinik",
            "ospedal",
            "ziekenhui",
            "kliniek",
            "clinic",
            "clinique",
            "policlinic",
        ],
        counted: false,
    },
    Meaning {
        same: &[
            "prison",
            "jail",
            "sentenced",
            "sentence",
            "imprisoned",
            "inmate",
            "convicted",
            "prisoner",
        ],
        across: &[],
        counted: false,
    },
    Meaning {
        same: &[
            "acquire",
            "acquired",
            "acquisition",
            "buy",
            "bought",
            "buys",
            "purchase",
            "purchased",
            "takeover",
            "merger",
            "deal",
        ],
        across: &[],
        counted: false,
    },
    // A vehicle.
    Meaning {
        same: &[
            "car", "cars", "vehicle", "vehicles", "truck", "jeep", "van", "suv", "lorry", "4x4",
        ],
        across: &[
            "vans$",
            "cars$",
            "vehicle",
            "vehicul",
            "veicol",
            "veicul",
            "voiture",
            // German and Dutch (trial 57: "Das Fahrzeug sei erst im September technisch
            // überprüft worden" / "the vehicle had passed a full technical inspection").
            "fahrzeug",
            "voertuig",
            "camionnette",
            "furgon",
            "auto$",
            "autos$",
            "coche$",
            "carro$",
            "carrinha",
            "bestelbus",
            "busje",
        ],
        counted: false,
    },
    Meaning {
        same: &["rehab", "rehabilitation", "clinic", "treatment", "facility"],
        across: &[],
        counted: false,
    },
    // The power grid (trial 53 F7: "blackout" / "Stromausfall", "hospitals switched to
    // emergency generators" / "Die Krankenhäuser ... schalteten auf Notstromaggregate um",
    // "Traffic lights went dark" / "fielen die Ampeln aus" were near zero across
    // languages: no group named the grid's words; the groups after the vote's).
    // Electric power and its loss, one concept across languages, as a compound names both
    // ("Stromausfall", "stroomstoring": "the power cut" / "der Stromausfall", "without
    // power" / "ohne Strom"). Before the election's group, whose "elect" would take
    // "electricity" (the ranking's class of a blackout is a group of its own, below).
    Meaning {
        same: &[],
        across: &[
            "blackout",
            "black-out",
            "outage",
            "power$",
            "electric",
            "courant$",
            "strom$",
            "stromausf",
            "stromversorg",
            "stromlos",
            "apagon",
            "apagao",
            "elettric",
            "corrente$",
            "eletric",
            "elektri",
            "stroom$",
            "stroomstor",
            "stroomuitval",
        ],
        counted: false,
    },
    // A generator ("emergency generators" / "Notstromaggregate" / "groupes électrogènes"),
    // before the election's group, whose "elect" would take "électrogène".
    Meaning {
        same: &[],
        across: &[
            "generator",
            "generateur",
            "electrogene",
            "notstrom",
            "stromaggregat",
            "generador",
            "gerador",
        ],
        counted: false,
    },
    // An election, a vote.
    Meaning {
        same: &[
            "election",
            "elections",
            "vote",
            "votes",
            "voting",
            "polls",
            "ballot",
            "elected",
            "voters",
            "parliamentary",
        ],
        across: &[
            "elect",
            "elezion",
            "eleccion",
            "eleicao",
            "wahl$",
            "wahlen$",
            "verkiezing",
            "vote$",
            "votes$",
            "voto$",
            "voti$",
            "votos$",
        ],
        counted: false,
    },
    Meaning {
        same: &[
            "defect",
            "defected",
            "defector",
            "defection",
            "fled",
            "flee",
            "escape",
            "escaped",
            "fleeing",
            // Caught again after an escape (trial 44 C: "Hood remains at large" / "Both men
            // were recaptured", the outcome flag's two sides, shared no word): the fate of
            // escapees, told in the escape's class, as "at large" is ([`PHRASES`]).
            "recaptured",
            "recapture",
            "recapturado",
            "recapturados",
            "recapturada",
            "recapturadas",
            "ricatturato",
            "ricatturati",
            "ricatturata",
            "évadé",
            "évadés",
            "évadée",
            "prófugo",
            "prófugos",
            "geflohen",
        ],
        across: &[],
        counted: false,
    },
    Meaning {
        same: &[
            "rescue", "rescued", "safety", "saved", "drag", "dragged", "pulled", "hauled",
        ],
        across: &[],
        counted: false,
    },
    // A fire.
    Meaning {
        same: &[
            "fire",
            "blaze",
            "flames",
            "burned",
            "burning",
            "burnt",
            // Portuguese and Dutch (trial 36 F2: "os incêndios" / "os fogos", "combatiam o
            // fogo" / "as chamas").
            "incêndio",
            "incêndios",
            "fogo",
            "fogos",
            "chamas",
            "ardeu",
            "arderam",
            "brand",
            "branden",
            "vlammen",
            // Spanish, French, Italian and German.
            "incendio",
            "incendios",
            "fuego",
            "llamas",
            "incendie",
            "incendies",
            "feu",
            "flammes",
            "incendi",
            "fiamme",
            "rogo",
            "feuer",
            "flammen",
        ],
        across: &[
            "fire$", "fires$", "blaze", "incendi", "feuer$", "brand$", "branden$", "fuoco$",
            "fuego$", "fogo$",
        ],
        counted: false,
    },
    // An accident, a crash.
    Meaning {
        same: &[
            "crash",
            "crashed",
            "collision",
            "collided",
            "struck",
            "hit",
            "rammed",
            "ploughed",
            "plowed",
            "smashed",
        ],
        across: &[
            "accident",
            "crash",
            "collision",
            "colision",
            "kollision",
            "botsing",
            "zusammenstoss",
            "unfall",
            // A misfortune, a disaster: of a road crash (trial 57: "Busunglück", "Unglück";
            // es "siniestro").
            "ungluck",
            "siniestro",
            "incident",
            "ongeluk",
            "ongeval",
            "acident",
        ],
        counted: false,
    },
    Meaning {
        same: &[
            "resign",
            "resigned",
            "resignation",
            "quit",
            "steps",
            "stepped",
            "ousted",
            "fired",
            "dismissed",
            "sacked",
        ],
        across: &[],
        counted: false,
    },
    Meaning {
        same: &[
            "announced",
            "unveiled",
            "released",
            "launched",
            "introduced",
            "revealed",
        ],
        across: &[],
        counted: false,
    },
    Meaning {
        same: &[
            "wife", "husband", "married", "marriage", "wedding", "spouse", "widow", "widower",
        ],
        across: &[],
        counted: false,
    },
    Meaning {
        same: &["actress", "actor", "star", "model", "pinup", "icon"],
        across: &[],
        counted: false,
    },
    Meaning {
        same: &[
            "dui",
            "dwi",
            "drunk",
            "drunken",
            "intoxicated",
            "inebriated",
        ],
        across: &[],
        counted: false,
    },
    // Trial 34 (F17.1): "Three people were still missing" / "Two people remained
    // unaccounted for".
    Meaning {
        same: &[
            "missing",
            "unaccounted",
            "disappeared",
            "disappearance",
            "vanished",
            // Spanish, Portuguese, French, Italian, German and Dutch.
            "desaparecidos",
            "desaparecido",
            "desaparecida",
            "desaparecidas",
            "disparus",
            "disparu",
            "disparue",
            "disparues",
            "dispersi",
            "disperso",
            "dispersa",
            "vermisst",
            "vermisste",
            "vermissten",
            "vermist",
            "vermisten",
        ],
        across: &[],
        counted: false,
    },
    // Trial 34 (F17.1): "the fire brigade said" / "firefighters said" (participants).
    // The first word names the number flag's group ([`NOUN_GROUPS`]).
    // Firefighters (before the bombs: "bombeiros").
    Meaning {
        same: &[
            "firefighters",
            "firefighter",
            "firemen",
            "fireman",
            // French, German, Spanish, Portuguese and Dutch; "operacionais" is the civil
            // protection's word for the crews on a fire (trial 36 F2: "900 operacionais" /
            // "700 bombeiros").
            "pompiers",
            "pompier",
            "feuerwehrleute",
            "feuerwehrmänner",
            "bomberos",
            "bombero",
            "bombeiros",
            "bombeiro",
            "operacionais",
            "brandweer",
            "brandweerlieden",
            "brandweerlui",
        ],
        across: &[
            "firefight",
            "fireman",
            "firemen",
            "pompier",
            "feuerwehr",
            "bombero",
            "bombeiro",
            "vigili$",
            "brandweer",
        ],
        counted: false,
    },
    // Trial 34 (F17.3): "Services on the line were suspended" / "The line will stay
    // closed".
    // Closed, shut.
    Meaning {
        same: &[
            "suspended",
            "closed",
            "closure",
            "shut",
            "halted",
            // Trial 35 F9.4: "The plant will close" / "The factory is due to shut".
            "close",
            "closes",
            "shuts",
            "shutting",
            "shutdown",
            "reopen",
            "reopened",
            "reopening",
            "resume",
            "resumed",
            // Spanish, French, Italian, Portuguese, German and Dutch (trial 38 F13: "Las escuelas … permanecerán cerradas" / "Las clases … están suspendidas").
            "suspendidas",
            "suspendidos",
            "suspendida",
            "suspendido",
            "suspendió",
            "suspendieron",
            "cerradas",
            "cerrados",
            "cerrada",
            "cerrado",
            "cierre",
            "cerrará",
            "cerrarán",
            "suspendus",
            "suspendu",
            "suspendue",
            "suspendues",
            "fermés",
            "fermé",
            "fermée",
            "fermées",
            "fermeture",
            "sospese",
            "sospesi",
            "sospeso",
            "sospesa",
            "chiuse",
            "chiusi",
            "chiuso",
            "chiusa",
            "chiusura",
            "suspensas",
            "suspensos",
            "suspensa",
            "suspenso",
            "fechadas",
            "fechados",
            "fechada",
            "fechado",
            "geschlossen",
            "geschlossene",
            "geschlossenen",
            "schließung",
            "gesloten",
            "opgeschort",
            "sluiting",
        ],
        across: &[
            "closed",
            "shut$",
            "ferme",
            "geschlossen",
            "cerrad",
            "chius",
            "fechad",
            "encerrad",
            "gesloten",
            "dicht$",
            // A road closed (trial 57: "Die Fernpassstraße (B179) wurde in beide Richtungen
            // gesperrt"; nl "afgesloten").
            "gesperrt",
            "sperrung",
            "afgesloten",
        ],
        counted: false,
    },
    // Trial 34 (F17.2): a speed in km/h or mph, whichever way it is written ("90 km/h" /
    // "120 kph"; the phrases add "km/h" and "miles per hour").
    Meaning {
        same: &["kph", "kmh", "mph"],
        across: &[],
        counted: false,
    },
    // Trial 34 (F11.1): "over bribery scheme" / "for bribes" (Snowball stems differ).
    Meaning {
        same: &[
            "bribery",
            "bribe",
            "bribes",
            "bribed",
            "bribing",
            "kickbacks",
        ],
        across: &[],
        counted: false,
    },
    // Trial 35 F9.4: "The plant will close" / "The factory is due to shut"; a site whose
    // fate a company decides (`outcome/sites.rs`), in English, French, Spanish and Italian.
    // A factory, a plant.
    Meaning {
        same: &[
            "plant",
            "plants",
            "factory",
            "factories",
            "usine",
            "usines",
            "fábrica",
            "fábricas",
            "planta",
            "plantas",
            "fabbrica",
            "fabbriche",
            "stabilimento",
            "stabilimenti",
        ],
        across: &[
            "factory",
            "plant$",
            "plants$",
            "usine",
            "fabrik",
            "fabric",
            "fabbric",
            "stabiliment",
            "fabriek",
        ],
        counted: false,
    },
    // The classes of counted nouns from here on ([`NOUN_GROUPS`]); participants and
    // things, no event ([`NOT_EVENTS`]). Each first word names the number flag's group.
    // Homes (trial 35 F2, trial 36 F1: "23 homes" / "31 houses", "23 casas" / "31
    // habitações", "250,000 homes" / "300,000 households").
    // Homes, houses.
    Meaning {
        same: &[
            "homes",
            "houses",
            "dwellings",
            "households",
            // fr, de, es, it, pt, nl
            "habitations",
            "maisons",
            "logements",
            "ménages",
            "häuser",
            "wohnungen",
            "haushalte",
            "viviendas",
            "casas",
            "hogares",
            "abitazioni",
            "moradias",
            "residências",
            "habitações",
            "woningen",
            "huizen",
            // German and Dutch compounds of a house that are homes (trial 38 F11: "23 Häuser"
            // / "31 Wohnhäuser"); not every one is ("Krankenhäuser", "Lagerhäuser",
            // "ziekenhuizen": hospitals, warehouses), so they are listed. Compounds of
            // "Wohnungen" / "woningen" are read by their head (`numbers/nouns.rs`).
            "wohnhäuser",
            "einfamilienhäuser",
            "mehrfamilienhäuser",
            "reihenhäuser",
            "ferienhäuser",
            "bauernhäuser",
            "holzhäuser",
            "wohngebäude",
            "woonhuizen",
            "rijtjeshuizen",
            "vakantiehuizen",
            "eengezinshuizen",
        ],
        across: &[
            "home$", "homes$", "house", "maison", "haus$", "hauser", "casa$", "casas$", "huis$",
            "huizen", "woning",
        ],
        counted: false,
    },
    // Those who work for a company or at a site (trial 36 F19.7: "220 medewerkers" / "250
    // werknemers"; "employs 220 people" / "250 employees" through [`PHRASES`]).
    // Workers, employees.
    Meaning {
        same: &[
            "workers",
            "worker",
            "staff",
            "staffers",
            "employees",
            "employee",
            "personnel",
            // de
            "beschäftigte",
            "beschäftigten",
            "mitarbeiter",
            "mitarbeitern",
            "mitarbeiterinnen",
            "arbeiter",
            "arbeitnehmer",
            "angestellte",
            // fr
            "salariés",
            "employés",
            "ouvriers",
            "travailleurs",
            // es
            "trabajadores",
            "empleados",
            "operarios",
            // it
            "lavoratori",
            "dipendenti",
            "operai",
            // pt
            "trabalhadores",
            "funcionários",
            "empregados",
            // nl
            "werknemers",
            "medewerkers",
            // Miners are workers of a mine, counted as one with them by the number flag
            // (trial 52 F2: "Two miners died" / "Three workers died", "nine miners out
            // alive" / "Eight workers have now been brought out alive"). Not the French
            // "mineurs", which are minors too.
            "miners",
            "miner",
            "bergleute",
            "bergmänner",
            "mineros",
            "minero",
            "minatori",
            "minatore",
            "mineiros",
            "mineiro",
            "mijnwerkers",
            "mijnwerker",
        ],
        across: &[
            "worker",
            "employee",
            "staff$",
            "travailleur",
            "ouvrier",
            "employe",
            "salarie",
            "arbeiter",
            "mitarbeiter",
            "beschaftigt",
            "trabajador",
            "empleado",
            "lavorator",
            "operai",
            "dipendent",
            "trabalhador",
            "funcionari",
            "werknemer",
            "medewerker",
            "personeel",
        ],
        counted: false,
    },
    // Jobs ("1,500 jobs" / "1,500 positions").
    Meaning {
        same: &[
            "jobs",
            "job",
            "positions",
            "posts",
            "roles",
            // de, fr, es, it, pt
            "stellen",
            "arbeitsplätze",
            "arbeitsplätzen",
            "emplois",
            "postes",
            "empleos",
            "puestos",
            "posti",
            "empregos",
            "postos",
        ],
        across: &[],
        counted: false,
    },
    // Those who live in a place ("1,100 residents", "10 000 habitants", "1100 moradores").
    // Residents.
    Meaning {
        same: &[
            "residents",
            "inhabitants",
            "villagers",
            // fr, de, es, it, pt, nl
            "habitants",
            "villageois",
            "einwohner",
            "bewohner",
            "anwohner",
            "residentes",
            "habitantes",
            "vecinos",
            "abitanti",
            "residenti",
            "moradores",
            "inwoners",
            "bewoners",
        ],
        across: &[
            "resident",
            "habitant",
            "riverain",
            "einwohner",
            "anwohner",
            "bewohner",
            "vecin",
            "abitant",
            "morador",
            "inwoner",
            "bewoner",
            "omwonend",
        ],
        counted: false,
    },
    // fr, de and nl, es and pt, it.
    // Soldiers, an army.
    Meaning {
        same: &[
            "soldiers",
            "troops",
            "guardsmen",
            "servicemen",
            "soldats",
            "soldaten",
            "soldados",
            "soldati",
        ],
        across: &[
            "soldier", "soldat", "soldado", "militar", "militair", "army$", "armee", "ejercito",
            "esercito", "exercito", "leger$",
        ],
        counted: false,
    },
    // An ambulance.
    Meaning {
        same: &[],
        across: &["ambulan", "rettungswag", "krankenwag"],
        counted: false,
    },
    // Rescuers, a rescue.
    Meaning {
        same: &["rescuers", "rescuer"],
        across: &[
            "rescu",
            "sauvet",
            "secour",
            "retter",
            "rettung",
            "rescat",
            "socorr",
            "soccor",
            "salvatag",
            "redder",
            "reddingswerk",
        ],
        counted: false,
    },
    // A patient.
    Meaning {
        same: &[],
        across: &["patient", "pacient", "pazient"],
        counted: false,
    },
    // An attack.
    Meaning {
        same: &[],
        across: &[
            "attack",
            "attaqu",
            "angriff",
            "angegriff",
            "ataque",
            "atacad",
            "attacc",
            "aanval",
            "aangevallen",
        ],
        counted: false,
    },
    // An emergency.
    Meaning {
        same: &[],
        across: &[
            "emergen",
            "urgenc",
            "urgenz",
            "notfall",
            "notaufnahme",
            "spoed",
        ],
        counted: false,
    },
    // A victim.
    Meaning {
        same: &[],
        across: &[
            "victim",
            "vittim",
            "vitima",
            "slachtoffer",
            "opfer$",
            "opfern$",
        ],
        counted: false,
    },
    // A helicopter.
    Meaning {
        same: &[],
        across: &["helicop", "helikop", "elicot", "heliport", "hubschrauber"],
        counted: false,
    },
    // Prosecutors.
    Meaning {
        same: &[],
        across: &[
            "prosecut",
            "parquet",
            "staatsanwalt",
            "fiscal$",
            "fiscales$",
            "fiscalia",
            "procurador",
            "procuratore",
            "procura$",
            "justiz",
        ],
        counted: false,
    },
    // An investigation, an inquiry.
    Meaning {
        same: &[],
        across: &[
            "investigat",
            "inquiry",
            "probe$",
            "enquete",
            "ermittl",
            "untersuch",
            "indagin",
            "inchiest",
            "inquerit",
            "onderzoek",
        ],
        counted: false,
    },
    // An evacuation.
    Meaning {
        same: &[],
        across: &["evacu", "evaku", "ontruim"],
        counted: false,
    },
    // A company, a firm.
    Meaning {
        same: &[],
        across: &[
            "company",
            "firm$",
            "firms$",
            "entreprise",
            "societe",
            "unternehm",
            "firma",
            "empresa",
            "societa",
            "azienda",
            "bedrijf",
        ],
        counted: false,
    },
    // A statement.
    Meaning {
        same: &[],
        across: &[
            "statement",
            "communiq",
            "comunicad",
            "comunicat",
            "mitteilung",
            "erklarung",
            "verklaring",
        ],
        counted: false,
    },
    // A leak.
    Meaning {
        same: &[],
        across: &[
            "leak", "fuite", "leck", "fuga$", "fughe$", "perdita", "vazament", "lek$", "lekk",
        ],
        counted: false,
    },
    // Gas.
    Meaning {
        same: &[],
        across: &["gas$", "gaz$", "gase$"],
        counted: false,
    },
    // A cloud.
    Meaning {
        same: &[],
        across: &[
            "cloud", "nuage", "wolke", "nube$", "nubes$", "nuvol", "nuvem", "wolk$", "wolken$",
        ],
        counted: false,
    },
    // Toxic.
    Meaning {
        same: &[],
        across: &["toxic", "toxiq", "giftig", "tossic"],
        counted: false,
    },
    // A valve.
    Meaning {
        same: &[],
        across: &["valve", "ventil$", "valvul", "valvol", "klep$", "kleppen$"],
        counted: false,
    },
    // A motorway.
    Meaning {
        same: &[],
        across: &[
            "motorway",
            "highway",
            "autoroute",
            "autobahn",
            "autopista",
            "autostrad",
            "autoestrad",
            "snelweg",
        ],
        counted: false,
    },
    // A museum.
    Meaning {
        same: &[],
        across: &["museum", "musee", "museo", "museu$", "musea$"],
        counted: false,
    },
    // A violin.
    Meaning {
        same: &[],
        across: &["violin", "geige", "viool", "violen$"],
        counted: false,
    },
    // An instrument.
    Meaning {
        same: &[],
        across: &["instrument", "strument"],
        counted: false,
    },
    // A guard.
    Meaning {
        same: &[],
        across: &[
            "guard",
            "gardien",
            "vigile$",
            "wachter",
            "wachmann",
            "vigilante",
            "custod",
            "bewaker",
        ],
        counted: false,
    },
    // A door, an entrance.
    Meaning {
        same: &[],
        across: &[
            "door$", "doors$", "porte$", "portes$", "porta$", "tur$", "puerta", "deur$",
            "entrance", "entree",
        ],
        counted: false,
    },
    // An alarm.
    Meaning {
        same: &[],
        across: &["alarm", "allarm"],
        counted: false,
    },
    // Burnt, torched.
    Meaning {
        same: &[],
        across: &[
            "burn",
            "torched",
            "brule",
            "verbrann",
            "ausgebrann",
            "quemad",
            "bruciat",
            "queimad",
            "verbrand",
            "uitgebrand",
        ],
        counted: false,
    },
    // Cameras, footage.
    Meaning {
        same: &[],
        across: &[
            "camera",
            "footage",
            "video",
            "kamera",
            "telecamer",
            "imagen",
            "immagin",
            "beelden",
        ],
        counted: false,
    },
    // Insured, insurance.
    Meaning {
        same: &[],
        across: &[
            "insur",
            "assur",
            "versicher",
            // Not "asegur": Spanish "aseguró" is "said" (trial 57).
            "aseguradora",
            "asegurador$",
            "assicur",
            "segurad",
            "verzeker",
        ],
        counted: false,
    },
    // Value, worth.
    Meaning {
        same: &[],
        across: &[
            "value", "worth$", "valeur", "wert$", "valor", "valore", "waarde",
        ],
        counted: false,
    },
    // A foundation.
    Meaning {
        same: &[],
        across: &[
            "foundation",
            "fondation",
            "stiftung",
            "fundacion",
            "fondazion",
            "fundacao",
            "stichting",
        ],
        counted: false,
    },
    // Reopened.
    Meaning {
        same: &[],
        across: &[
            "reopen",
            "reouv",
            "wiedereroff",
            "reabri",
            "riapr",
            "heropen",
        ],
        counted: false,
    },
    // An avalanche.
    Meaning {
        same: &[],
        across: &["avalanch", "lawine", "avalanc", "valang", "slavin"],
        counted: false,
    },
    // Snow.
    Meaning {
        same: &[],
        across: &["snow", "neige", "schnee", "nieve", "neve$", "sneeuw"],
        counted: false,
    },
    // Skiers.
    Meaning {
        same: &[],
        across: &[
            "skier",
            "skieur",
            "skifahr",
            "esquiador",
            "sciator",
            "skieer",
        ],
        counted: false,
    },
    // A guide.
    Meaning {
        same: &[],
        across: &["guide", "guida$", "guia$", "gids$", "fuhrer", "bergfuhrer"],
        counted: false,
    },
    // A glacier.
    Meaning {
        same: &[],
        across: &["glacier", "gletscher", "glaciar", "ghiaccia", "gletsjer"],
        counted: false,
    },
    // A slope, a piste.
    Meaning {
        same: &[],
        across: &[
            "slope", "piste", "pista$", "piste$", "pente", "pendient", "pendio", "encosta",
            "helling",
        ],
        counted: false,
    },
    // A dog.
    Meaning {
        same: &[],
        across: &[
            "dog$", "dogs$", "chien", "hund", "perro", "cani$", "caes$", "hond$", "honden$",
        ],
        counted: false,
    },
    // Alive.
    Meaning {
        same: &[],
        across: &[
            "alive$", "vivant", "lebend", "vivo$", "viva$", "vivos$", "vivi$", "levend",
        ],
        counted: false,
    },
    // Critical.
    Meaning {
        same: &[],
        across: &[
            "critical", "critique", "kritisch", "critico", "critica", "kritiek",
        ],
        counted: false,
    },
    // Conditions.
    Meaning {
        same: &[],
        across: &[
            "condition",
            "bedingung",
            "condicion",
            "condizion",
            "condico",
            "omstandighed",
        ],
        counted: false,
    },
    // Danger.
    Meaning {
        same: &[],
        across: &["danger", "gefahr", "peligro", "pericol", "perigo", "gevaar"],
        counted: false,
    },
    // A warning.
    Meaning {
        same: &[],
        across: &[
            "warn",
            "avert$",
            "averti",
            "avis$",
            "aviso",
            "avvis",
            "avvert",
            "gewaarschuw",
            "waarschuw",
        ],
        counted: false,
    },
    // A risk.
    Meaning {
        same: &[],
        across: &[
            "risk", "risque", "risiko", "riesgo", "rischio", "risco", "risico",
        ],
        counted: false,
    },
    // An altitude.
    Meaning {
        same: &[],
        across: &["altitud", "hohe$", "hoogte"],
        counted: false,
    },
    // Lifts.
    Meaning {
        same: &[],
        across: &[
            "lift$",
            "lifts$",
            // A building's lifts (trial 53 F7: "trapped in lifts" / "in Aufzügen").
            "elevator",
            "aufzug",
            "fahrstuhl",
            "ascenseur",
            "ascensor",
            "elevador",
            "remonte",
            "bergbahn",
            "seilbahn",
            "impianti$",
            "skilift",
        ],
        counted: false,
    },
    // A resort.
    Meaning {
        same: &[],
        across: &["resort", "skigebied", "wintersport"],
        counted: false,
    },
    // Computers, systems.
    Meaning {
        same: &[],
        across: &["computer", "ordinat", "system", "sistem"],
        counted: false,
    },
    // Hackers, cyberattacks.
    Meaning {
        same: &[],
        across: &["hacker", "pirate", "cyber", "ransomware", "rancongiciel"],
        counted: false,
    },
    // A ransom.
    Meaning {
        same: &[],
        across: &["ransom", "rancon", "losegeld", "riscatt", "losgeld"],
        counted: false,
    },
    // Data, records, files.
    Meaning {
        same: &[],
        across: &[
            "data$",
            "donnee",
            "daten",
            "datos$",
            "dati$",
            "dados$",
            "gegevens",
            "record$",
            "records$",
            "dossier",
            "akte",
            "expediente",
            "cartell",
            "files$",
        ],
        counted: false,
    },
    // A gang.
    Meaning {
        same: &[],
        across: &["gang$", "gangs$", "bande$", "banda$", "bende$"],
        counted: false,
    },
    // Criminals.
    Meaning {
        same: &[],
        across: &["crimin", "kriminell"],
        counted: false,
    },
    // Paper.
    Meaning {
        same: &[],
        across: &["paper", "papier", "papel", "cartace"],
        counted: false,
    },
    // An appointment.
    Meaning {
        same: &[],
        across: &[
            "appointment",
            "rendez",
            "termin$",
            "termine$",
            "cita$",
            "citas$",
            "appuntament",
            "consulta",
            "afspra",
        ],
        counted: false,
    },
    // A spokesman.
    Meaning {
        same: &[],
        across: &[
            "spokes",
            "sprecher",
            "portavoz",
            "portavoce",
            "woordvoerder",
        ],
        counted: false,
    },
    // A mayor (whole: Spanish "mayoría", "mayores" are a majority and the elderly; trial
    // 57).
    Meaning {
        same: &[],
        across: &[
            "mayor$",
            "mayors$",
            "maire$",
            "burgermeister",
            "alcald",
            "sindac",
            "prefeit",
            "burgemeester",
        ],
        counted: false,
    },
    // A minister, a ministry.
    Meaning {
        same: &[],
        across: &["minist"],
        counted: false,
    },
    // A manager, a director.
    Meaning {
        same: &[],
        across: &[
            "manager",
            "director",
            "directeur",
            "executive",
            "direktor",
            "geschaftsfuhr",
            "direttor",
            "dirigent",
            "responsabl",
            "responsavel",
            "bestuursvoorzitter",
            "directie",
        ],
        counted: false,
    },
    // Maintenance.
    Meaning {
        same: &[],
        across: &[
            "mainten",
            "entretien",
            "wartung",
            "mantenimient",
            "manutenz",
            "manutenc",
            "onderhoud",
        ],
        counted: false,
    },
    // Refrigeration, cooling.
    Meaning {
        same: &[],
        across: &[
            "refriger", "cooling", "refroid", "kuhl", "enfriam", "raffredd", "frigorif", "koel",
        ],
        counted: false,
    },
    // Ammonia.
    Meaning {
        same: &[],
        across: &["ammoni", "amoniac", "ammoniak"],
        counted: false,
    },
    // Meat.
    Meaning {
        same: &[],
        across: &["meat", "viande", "fleisch", "carne$", "carnes$", "vlees"],
        counted: false,
    },
    // Lungs.
    Meaning {
        same: &[],
        across: &["lung", "poumon", "pulmon", "polmon", "longen"],
        counted: false,
    },
    // The authorities.
    Meaning {
        same: &[],
        // "officials said" / "según las autoridades" (trial 52 F4).
        across: &[
            "authorit",
            "officials$",
            "autorit",
            "behorde",
            "autorid",
            "overheid",
        ],
        counted: false,
    },
    // Postponed.
    Meaning {
        same: &[],
        across: &[
            "postpon",
            "verschob",
            "verschieb",
            "aplaz",
            "pospuest",
            "rinvi",
            "adiad",
            "uitgesteld",
            "uitstel",
        ],
        counted: false,
    },
    // Planned, scheduled.
    Meaning {
        same: &[],
        across: &[
            "planned",
            "scheduled",
            "prevu",
            "geplan",
            "programad",
            "programmat",
            "previst",
            "gepland",
        ],
        counted: false,
    },
    // A court, a judge.
    Meaning {
        same: &[],
        across: &[
            "court$",
            "courts$",
            "tribunal",
            "gericht",
            "juzgado",
            "rechtbank",
            "judge",
            "juge$",
            "richter",
            "juez",
            "giudic",
            "juiz",
            "rechter",
        ],
        counted: false,
    },
    // A flood.
    Meaning {
        same: &[],
        across: &[
            "flood",
            "inondation",
            "crue$",
            "crues$",
            "hochwasser",
            "uberschwemm",
            "inundac",
            "alluvion",
            "inondazion",
            "cheia$",
            "cheias$",
            "overstroming",
        ],
        counted: false,
    },
    // A storm.
    Meaning {
        same: &[],
        across: &["storm", "tempete", "sturm", "tormenta", "tempest"],
        counted: false,
    },
    // An explosion.
    Meaning {
        same: &[],
        across: &["explos", "esplos", "ontploff"],
        counted: false,
    },
    // A bomb.
    Meaning {
        same: &[],
        across: &["bomb"],
        counted: false,
    },
    // A train.
    Meaning {
        same: &[],
        across: &[
            "train$", "trains$", "zug$", "tren$", "treno$", "treni$", "comboio", "trein$",
            "treinen$",
        ],
        counted: false,
    },
    // An aircraft.
    Meaning {
        same: &[],
        across: &[
            "plane$",
            "planes$",
            "aircraft",
            "airplane",
            "avion",
            "flugzeug",
            "aereo",
            "aviao",
            "vliegtuig",
        ],
        counted: false,
    },
    // Children.
    Meaning {
        same: &[],
        across: &[
            "child", "enfant", "kind$", "kinder", "nino$", "ninos$", "bambin", "crianca",
            "kinderen",
        ],
        counted: false,
    },
    // People.
    Meaning {
        same: &[],
        across: &[
            "people", "personne", "menschen", "persona", "persone", "pessoa", "mensen",
        ],
        counted: false,
    },
    // A government.
    Meaning {
        same: &[],
        // A governor too ("govern-or"; es "gobernador", the head of an Austrian state
        // "Landeshauptmann": trial 57).
        across: &[
            "govern",
            "gouvern",
            "gobiern",
            "gobernador",
            "landeshauptmann",
            "regierung",
            "regering",
        ],
        counted: false,
    },
    // A president.
    Meaning {
        same: &[],
        across: &["presiden", "prasident"],
        counted: false,
    },
    // A protest.
    Meaning {
        same: &[],
        across: &[
            "protest",
            "manifestant",
            "manifestation",
            "manifestacion",
            "manifestazion",
            "demonstra",
            "betoger",
        ],
        counted: false,
    },
    // Water.
    Meaning {
        same: &[],
        across: &["water", "eau$", "eaux$", "wasser", "agua$", "acqua"],
        counted: false,
    },
    // A bridge.
    Meaning {
        same: &[],
        across: &["bridge", "pont$", "brucke", "puente", "ponte$", "brug$"],
        counted: false,
    },
    // A building.
    Meaning {
        same: &[],
        across: &[
            "building", "batiment", "immeuble", "gebaude", "edificio", "palazz", "predio", "gebouw",
        ],
        counted: false,
    },
    // A city, a town.
    Meaning {
        same: &[],
        across: &[
            "city$", "cities$", "town$", "towns$", "ville$", "villes$", "stadt$", "ciudad",
            "citta$", "cidade", "stad$",
        ],
        counted: false,
    },
    // A bus.
    Meaning {
        same: &[],
        across: &["bus$", "buses$", "autobus", "onibus"],
        counted: false,
    },
    // A boat, a ship.
    Meaning {
        same: &[],
        across: &[
            "boat", "ship$", "ships$", "bateau", "navire", "schiff", "boot$", "barco", "buque",
            "barca$", "nave$", "navio", "schip$", "schepen", "vessel",
        ],
        counted: false,
    },
    // Migrants, refugees.
    Meaning {
        same: &[],
        across: &["migrant", "refugi", "rifugiat", "fluchtling", "vluchteling"],
        counted: false,
    },
    // Bodies.
    Meaning {
        same: &[],
        across: &[
            "bodies", "body$", "corps$", "leiche", "cadaver", "corpo$", "corpi$", "lichaam",
            "lichamen",
        ],
        counted: false,
    },
    // Damage.
    Meaning {
        same: &[],
        across: &[
            "damage", "degat", "dommage", "schaden$", "dano$", "danos$", "danni$", "danno$",
            "schade$",
        ],
        counted: false,
    },
    // Hours.
    Meaning {
        same: &[],
        across: &[
            "hour", "heure", "stunde", "hora$", "horas$", "ora$", "ore$", "uur$", "uren$",
        ],
        counted: false,
    },
    // Days.
    Meaning {
        same: &[],
        across: &[
            "day$", "days$", "jour$", "jours$", "tag$", "tage$", "tagen$", "dia$", "dias$",
            "giorni$", "giorno$", "dag$", "dagen$",
        ],
        counted: false,
    },
    // Weeks.
    Meaning {
        same: &[],
        across: &["week", "semaine", "woche", "semana", "settiman"],
        counted: false,
    },
    // Minutes.
    Meaning {
        same: &[],
        across: &["minute", "minuut", "minuto", "minuti$"],
        counted: false,
    },
    // Years.
    Meaning {
        same: &[],
        across: &[
            "year$",
            "years$",
            "ans$",
            "annee",
            "jahr",
            "ano$",
            "anos$",
            "anni$",
            "anno$",
            "jaar$",
            "jaren$",
            // A decade's years (its count read ten times: `lexicon::decades`).
            "decade",
            "decenn",
            "jahrzehnt",
            "decada",
        ],
        counted: false,
    },
    // Months.
    Meaning {
        same: &[],
        across: &[
            "month", "mois$", "monat", "mes$", "meses$", "mese$", "mesi$", "maand",
        ],
        counted: false,
    },
    // Metres.
    Meaning {
        same: &[],
        across: &["metre", "meter", "metri$", "metros$"],
        counted: false,
    },
    // Kilometres.
    Meaning {
        same: &[],
        across: &["kilomet", "chilometr", "km$"],
        counted: false,
    },
    // Euros.
    Meaning {
        same: &[],
        across: &["euro$", "euros$"],
        counted: false,
    },
    // Dollars.
    Meaning {
        same: &[],
        across: &["dollar", "dolar"],
        counted: false,
    },
    // A mine, mining and its miners, read across languages (trial 52 F4: "Dos mineros
    // seguían atrapados bajo las rocas" / "Three miners remained trapped behind a wall of
    // rock and mud" shared no concept). Not the French "mineur" (a minor too).
    Meaning {
        same: &[],
        across: &[
            "miner",
            "mining$",
            "mine$",
            "mines$",
            "miniere",
            "minier",
            "bergbau",
            "bergwerk",
            "bergarbeiter",
            "bergleute",
            "bergmann",
            "zeche$",
            "zechen$",
            "mina$",
            "minas$",
            "miniera",
            "minerari",
            "minator",
            "mineir",
            "mineracao",
            "mijn$",
            "mijnen$",
            "mijnbouw",
            "mijnwerker",
        ],
        counted: false,
    },
    // Trapped, stuck (trial 52 F4, F8: "remained trapped" / "seguían atrapados").
    Meaning {
        same: &[],
        across: &[
            "trapped",
            "trapping",
            "stuck$",
            "piege",
            "coince",
            "emmure",
            "eingeschlossen",
            "verschuttet",
            "atrapad",
            "intrappolat",
            "encurralad",
            "ingesloten",
            "vastzitt",
        ],
        counted: false,
    },
    // Rock.
    Meaning {
        same: &[],
        across: &[
            "rock$", "rocks$", "roche", "rocher", "fels$", "felsen", "gestein", "roca$", "rocas$",
            "roccia", "rocce$", "rocha$", "rochas$", "rots$", "rotsen$",
        ],
        counted: false,
    },
    // A collapse, caved in.
    Meaning {
        same: &[],
        across: &[
            "collaps",
            "caved$",
            "effondr",
            "eboul",
            "einsturz",
            "eingesturzt",
            "derrumb",
            "colaps",
            "crollo",
            "crollat",
            "desab",
            "instort",
            "ingestort",
        ],
        counted: false,
    },
    // Underground.
    Meaning {
        same: &[],
        across: &[
            "underground",
            "souterrain",
            "unterirdisch",
            "subterran",
            "sottoterra",
            "sotterrane",
            "ondergronds",
        ],
        counted: false,
    },
    // A blackout, a power cut, an outage: the ranking's class of them (trial 53 F8: "The
    // blackout was the largest ..." / "The power cut was the worst ..."; "power cut"
    // through `align::PHRASES`). Across languages they are the concept of electric power
    // (the group before the election's).
    Meaning {
        same: &[
            "blackout",
            "blackouts",
            "outage",
            "outages",
            // fr, de, es, it, pt, nl
            "black-out",
            "stromausfall",
            "stromausfälle",
            "apagón",
            "apagones",
            "apagão",
            "apagões",
            "stroomstoring",
            "stroomuitval",
        ],
        across: &[],
        counted: false,
    },
    // The grid and its operator ("the grid operator" / "der Netzbetreiber").
    Meaning {
        same: &[],
        across: &["grid$", "grids$", "netz$", "netzbetreib", "netbeheer"],
        counted: false,
    },
    // A substation.
    Meaning {
        same: &[],
        across: &[
            "substation",
            "umspannwerk",
            "subestacion",
            "sottostazion",
            "subestacao",
            "onderstation",
        ],
        counted: false,
    },
    // A transformer.
    Meaning {
        same: &[],
        across: &["transformer", "transformat", "trasformat", "transformad"],
        counted: false,
    },
    // Road traffic and its lights ("Traffic lights went dark ... police directed traffic"
    // / "fielen die Ampeln aus, Polizisten regelten den Verkehr").
    Meaning {
        same: &[],
        across: &[
            "traffic",
            "ampel",
            "verkehr$",
            "trafic$",
            "trafico$",
            "traffico$",
            "semafor",
            "verkeer$",
            "verkeerslicht",
            "stoplicht",
        ],
        counted: false,
    },
    // A tram.
    Meaning {
        same: &[],
        across: &[
            "tram$",
            "trams$",
            "tramway",
            "strassenbahn",
            "tranvia",
            "bonde$",
        ],
        counted: false,
    },
    // A metro, an underground railway.
    Meaning {
        same: &[],
        across: &[
            "metro$",
            "subway",
            "u-bahn",
            "ubahn",
            "metropolitana$",
            "metropolitano$",
        ],
        counted: false,
    },
    // Passengers (trial 50 F7: "carrying about 120 passengers" / "around 120 people were
    // on board": people a count gives on board are passengers, [`ON_BOARD`]), in the
    // seven languages. Not the crew: a crew's count is another fact.
    Meaning {
        same: &[
            "passengers",
            "travellers",
            "travelers",
            // fr, de, es, it, pt, nl
            "passagers",
            "voyageurs",
            "fahrgäste",
            "passagiere",
            "reisende",
            "pasajeros",
            "viajeros",
            "passeggeri",
            "viaggiatori",
            "passageiros",
            "passagiers",
            "reizigers",
        ],
        across: &[],
        counted: true,
    },
    // The carriages of a train (trial 50 F7: "three carriages overturned" / "three coaches
    // rolled onto their sides"; a train's "cars" in American English).
    Meaning {
        same: &[
            "carriages",
            "coaches",
            "cars",
            "wagons",
            "railcars",
            // fr, de, es, it, pt, nl
            "voitures",
            "waggons",
            "wagen",
            "vagones",
            "coches",
            "carrozze",
            "vagoni",
            "vagões",
            "carruagens",
            "rijtuigen",
            "wagens",
        ],
        across: &[],
        counted: true,
    },
    // Rescuers: "40 rescuers" / "40 rescue workers" / "40 emergency crews" (a noun of two
    // words is read as the two words after the count), and the firefighters among them
    // (trial 51 F8: "About 250 firefighters, police officers and rescuers were deployed" /
    // "Around 250 emergency workers are involved"), one word of them a language: two
    // words of firefighters are the synonym class of firefighters (`align::SYNONYMS`).
    Meaning {
        same: &[
            "rescuers",
            "firefighters",
            "rescue workers",
            "rescue crews",
            "rescue teams",
            "emergency workers",
            "emergency crews",
            "emergency personnel",
            "emergency responders",
            "first responders",
            // fr, de, es, it, pt, nl
            "sauveteurs",
            "secouristes",
            "pompiers",
            "retter",
            "rettungskräfte",
            "einsatzkräfte",
            "feuerwehrleute",
            "rescatistas",
            "socorristas",
            "bomberos",
            "soccorritori",
            "pompieri",
            "bombeiros",
            "hulpverleners",
            "reddingswerkers",
            "brandweerlieden",
        ],
        across: &[],
        counted: true,
    },
    // Vehicles on a road: "12 vehicles" / "12 cars" (the synonym class of a car names one
    // in any sentence; this group reads a count of them).
    Meaning {
        same: &[
            "vehicles",
            "cars",
            "trucks",
            "lorries",
            "vans",
            // fr, de, es, it, pt, nl
            "véhicules",
            "voitures",
            "fahrzeuge",
            "autos",
            "vehículos",
            "coches",
            "veicoli",
            "veículos",
            "carros",
            "voertuigen",
        ],
        across: &[],
        counted: true,
    },
];

/// The words of `m` a view reads: [`SAME`] (`view` 0: the synonym classes), [`ACROSS`]
/// (1) or [`NOUNS`] (2: the counted nouns); empty when the view does not read `m`.
const fn words(m: &Meaning, view: u8) -> &'static [&'static str] {
    match view {
        0 if !m.counted => m.same,
        1 => m.across,
        2 if m.counted => m.same,
        _ => &[],
    }
}

/// How many groups of [`MEANINGS`] view `view` reads ([`words`]).
const fn count(view: u8) -> usize {
    let (mut n, mut i) = (0, 0);
    while i < MEANINGS.len() {
        n += !words(&MEANINGS[i], view).is_empty() as usize;
        i += 1;
    }
    n
}

/// The non-empty lists of [`MEANINGS`] view `view` reads ([`words`]), in table order; `N`
/// is their number ([`count`]).
const fn view<const N: usize>(view: u8) -> [&'static [&'static str]; N] {
    let mut out: [&'static [&'static str]; N] = [&[]; N];
    let (mut k, mut i) = (0, 0);
    while i < MEANINGS.len() {
        let list = words(&MEANINGS[i], view);
        if !list.is_empty() {
            out[k] = list;
            k += 1;
        }
        i += 1;
    }
    out
}

/// The ranking's synonym classes (`align::SYNONYMS`): the [`Meaning::same`] lists of
/// [`MEANINGS`] that are no counted noun, class k the k-th.
pub(in crate::matcher) const SAME: [&[&str]; count(0)] = view(0);

/// The concept groups across languages (`xling.rs`): the [`Meaning::across`] lists of
/// [`MEANINGS`], a token taking the first group that holds it.
pub(in crate::matcher) const ACROSS: [&[&str]; count(1)] = view(1);

/// The counted nouns the ranking reads as a shared word (`align/nouns.rs`): the
/// [`Meaning::same`] lists of the counted groups of [`MEANINGS`], group g the g-th. A
/// word may be in two (a train's "cars" are carriages, a road's vehicles).
pub(in crate::matcher) const NOUNS: [&[&str]; count(2)] = view(2);

/// The index of the group of passengers in [`NOUNS`].
pub(in crate::matcher) const PASSENGERS: usize = 0;

/// Words of people that a count gives on board ([`ON_BOARD`]) are passengers: "around 120
/// *people* were on board", in the seven languages.
pub(in crate::matcher) const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "personnes",
    "menschen",
    "personen",
    "personas",
    "persone",
    "pessoas",
    "mensen",
];

/// The runs of token norms (stop words included) that tell people are on board a train, a
/// ship or a plane: "on board", "aboard", fr "à bord", de "an Bord", es, it and pt "a
/// bordo", nl "aan boord".
pub(in crate::matcher) const ON_BOARD: &[&[&str]] = &[
    &["on", "board"],
    &["aboard"],
    &["onboard"],
    &["à", "bord"],
    &["an", "bord"],
    &["a", "bordo"],
    &["aan", "boord"],
];

#[cfg(test)]
mod tests {
    use super::{ACROSS, MEANINGS, NOUNS, PASSENGERS, SAME};

    /// Every word read across languages is lower case without diacritics, as the tokens
    /// are read; every word read within one language is lower case.
    #[test]
    fn concept_words_are_folded_lower_case() {
        for group in ACROSS {
            for w in group {
                let plain = w.trim_end_matches('$');
                assert!(!plain.is_empty(), "empty word in {group:?}");
                assert!(
                    plain.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                    "{w} is not folded lower case"
                );
            }
        }
        for group in SAME.iter().chain(&NOUNS) {
            for w in group.iter() {
                assert_eq!(w.to_lowercase(), *w, "{w} is not lower case");
            }
        }
    }

    /// Whether a token may take both `a` and `b` (word beginnings, or whole words ending
    /// with `$`).
    fn overlap(a: &str, b: &str) -> bool {
        match (a.strip_suffix('$'), b.strip_suffix('$')) {
            (Some(x), Some(y)) => x == y,
            (Some(x), None) => x.starts_with(b),
            (None, Some(y)) => y.starts_with(a),
            (None, None) => a.starts_with(b) || b.starts_with(a),
        }
    }

    /// The views hold every non-empty list, in table order; the few tokens two groups
    /// across languages may both take are read in the group meant for them (the first):
    /// "Rettungswagen" an ambulance (not a rescue), "bombeiros" firefighters (not a bomb),
    /// "personeel" staff (not people), "ransomware" a cyberattack (not a ransom),
    /// "electricity" power and "électrogène" a generator (not an election).
    #[test]
    fn views_keep_table_order_and_overlaps_read_first() {
        let same: Vec<_> = MEANINGS
            .iter()
            .filter(|m| !m.counted)
            .map(|m| m.same)
            .filter(|w| !w.is_empty())
            .collect();
        let nouns: Vec<_> = MEANINGS
            .iter()
            .filter(|m| m.counted)
            .map(|m| m.same)
            .collect();
        assert_eq!(nouns, NOUNS.to_vec());
        assert_eq!(NOUNS[PASSENGERS][0], "passengers");
        let across: Vec<_> = MEANINGS
            .iter()
            .map(|m| m.across)
            .filter(|w| !w.is_empty())
            .collect();
        assert_eq!(same, SAME.to_vec());
        assert_eq!(across, ACROSS.to_vec());
        let mut found = Vec::new();
        for (i, a) in ACROSS.iter().enumerate() {
            for b in &ACROSS[i + 1..] {
                for x in a.iter() {
                    for y in b.iter() {
                        if overlap(x, y) {
                            found.push((*x, *y));
                        }
                    }
                }
            }
        }
        let expected = [
            ("rettungswag", "rettung"),
            ("bombero", "bomb"),
            ("bombeiro", "bomb"),
            ("personeel", "persone"),
            ("ransomware", "ransom"),
            ("rancongiciel", "rancon"),
            ("electric", "elect"),
            ("electrogene", "elect"),
        ];
        for pair in &found {
            assert!(expected.contains(pair), "{pair:?}");
        }
        assert_eq!(found.len(), expected.len(), "{found:?}");
    }
}
