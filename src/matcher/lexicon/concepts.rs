//! Common concepts of news reports in seven languages (English, French, German, Spanish,
//! Italian, Portuguese, Dutch), for the evidence two sentences in different languages
//! share (`xling.rs`): a word of one group in one sentence and a word of the same group in
//! the other tell one concept ("hospital" / "ziekenhuis", "operations" / "operaties",
//! "attack" / "aanval"). Curated by hand in session 47 from the vocabulary of wire reports
//! (accidents, disasters, crimes, attacks, courts, rescues, services), each word as the
//! bilingual dictionaries give it (Wiktionary translations); groups the lexicon holds
//! already are read from their own tables (`xling.rs`: the casualty words, the counted
//! nouns, the crimes, the facilities, number words, weekdays and months).
//!
//! Each word is lower case without diacritics (`text::fold_accents`), a beginning of the
//! token ("hospital" covers "hospitals", "hospitalised"; "ziekenhuis" covers
//! "ziekenhuisgroep") or a whole word when it ends with `$` ("mort$": not "mortier"). A
//! beginning starts no common word of another sense in these languages; a word is in one
//! group only. Only sentences in two different languages read it: two reports in one
//! language are compared by their words.

/// The concept groups, each a list of word beginnings (or whole words ending with `$`),
/// one concept a group, first group first: a token takes the first group that holds it.
pub(in crate::matcher) const NEWS_CONCEPTS: &[&[&str]] = &[
    // A hospital.
    &[
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
    // A patient.
    &["patient", "pacient", "pazient"],
    // An attack.
    &[
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
    // Police.
    &[
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
    // An ambulance.
    &["ambulan", "rettungswag", "krankenwag"],
    // An emergency.
    &[
        "emergen",
        "urgenc",
        "urgenz",
        "notfall",
        "notaufnahme",
        "spoed",
    ],
    // A victim.
    &[
        "victim",
        "vittim",
        "vitima",
        "slachtoffer",
        "opfer$",
        "opfern$",
    ],
    // A fire.
    &[
        "fire$", "fires$", "blaze", "incendi", "feuer$", "brand$", "branden$", "fuoco$", "fuego$",
        "fogo$",
    ],
    // Firefighters (before the bombs: "bombeiros").
    &[
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
    // Rescuers, a rescue.
    &[
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
    // A helicopter.
    &["helicop", "helikop", "elicot", "heliport", "hubschrauber"],
    // Prosecutors.
    &[
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
    // An investigation, an inquiry.
    &[
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
    // An evacuation.
    &["evacu", "evaku", "ontruim"],
    // Residents.
    &[
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
    // A company, a firm.
    &[
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
    // A statement.
    &[
        "statement",
        "communiq",
        "comunicad",
        "comunicat",
        "mitteilung",
        "erklarung",
        "verklaring",
    ],
    // Workers, employees.
    &[
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
    // A factory, a plant.
    &[
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
    // A leak.
    &[
        "leak", "fuite", "leck", "fuga$", "fughe$", "perdita", "vazament", "lek$", "lekk",
    ],
    // Gas.
    &["gas$", "gaz$", "gase$"],
    // A cloud.
    &[
        "cloud", "nuage", "wolke", "nube$", "nubes$", "nuvol", "nuvem", "wolk$", "wolken$",
    ],
    // Toxic.
    &["toxic", "toxiq", "giftig", "tossic"],
    // A valve.
    &["valve", "ventil$", "valvul", "valvol", "klep$", "kleppen$"],
    // A motorway.
    &[
        "motorway",
        "highway",
        "autoroute",
        "autobahn",
        "autopista",
        "autostrad",
        "autoestrad",
        "snelweg",
    ],
    // A theft, thieves, stolen.
    &[
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
    // A museum.
    &["museum", "musee", "museo", "museu$", "musea$"],
    // A violin.
    &["violin", "geige", "viool", "violen$"],
    // An instrument.
    &["instrument", "strument"],
    // A guard.
    &[
        "guard",
        "gardien",
        "vigile$",
        "wachter",
        "wachmann",
        "vigilante",
        "custod",
        "bewaker",
    ],
    // A door, an entrance.
    &[
        "door$", "doors$", "porte$", "portes$", "porta$", "tur$", "puerta", "deur$", "entrance",
        "entree",
    ],
    // An alarm.
    &["alarm", "allarm"],
    // A vehicle.
    &[
        "vans$",
        "cars$",
        "vehicle",
        "vehicul",
        "veicol",
        "voiture",
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
    // Burnt, torched.
    &[
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
    // Cameras, footage.
    &[
        "camera",
        "footage",
        "video",
        "kamera",
        "telecamer",
        "imagen",
        "immagin",
        "beelden",
    ],
    // Insured, insurance.
    &[
        "insur",
        "assur",
        "versicher",
        "asegur",
        "assicur",
        "segurad",
        "verzeker",
    ],
    // Value, worth.
    &[
        "value", "worth$", "valeur", "wert$", "valor", "valore", "waarde",
    ],
    // A foundation.
    &[
        "foundation",
        "fondation",
        "stiftung",
        "fundacion",
        "fondazion",
        "fundacao",
        "stichting",
    ],
    // Closed, shut.
    &[
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
    ],
    // Reopened.
    &[
        "reopen",
        "reouv",
        "wiedereroff",
        "reabri",
        "riapr",
        "heropen",
    ],
    // An avalanche.
    &["avalanch", "lawine", "avalanc", "valang", "slavin"],
    // Snow.
    &["snow", "neige", "schnee", "nieve", "neve$", "sneeuw"],
    // Skiers.
    &[
        "skier",
        "skieur",
        "skifahr",
        "esquiador",
        "sciator",
        "skieer",
    ],
    // A guide.
    &["guide", "guida$", "guia$", "gids$", "fuhrer", "bergfuhrer"],
    // A glacier.
    &["glacier", "gletscher", "glaciar", "ghiaccia", "gletsjer"],
    // A slope, a piste.
    &[
        "slope", "piste", "pista$", "piste$", "pente", "pendient", "pendio", "encosta", "helling",
    ],
    // A dog.
    &[
        "dog$", "dogs$", "chien", "hund", "perro", "cani$", "caes$", "hond$", "honden$",
    ],
    // Alive.
    &[
        "alive$", "vivant", "lebend", "vivo$", "viva$", "vivos$", "vivi$", "levend",
    ],
    // Critical.
    &[
        "critical", "critique", "kritisch", "critico", "critica", "kritiek",
    ],
    // Conditions.
    &[
        "condition",
        "bedingung",
        "condicion",
        "condizion",
        "condico",
        "omstandighed",
    ],
    // Danger.
    &["danger", "gefahr", "peligro", "pericol", "perigo", "gevaar"],
    // A warning.
    &[
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
    // A risk.
    &[
        "risk", "risque", "risiko", "riesgo", "rischio", "risco", "risico",
    ],
    // An altitude.
    &["altitud", "hohe$", "hoogte"],
    // Lifts.
    &[
        "lift$",
        "lifts$",
        "remonte",
        "bergbahn",
        "seilbahn",
        "impianti$",
        "skilift",
    ],
    // A resort.
    &["resort", "skigebied", "wintersport"],
    // Computers, systems.
    &["computer", "ordinat", "system", "sistem"],
    // Hackers, cyberattacks.
    &["hacker", "pirate", "cyber", "ransomware", "rancongiciel"],
    // A ransom.
    &["ransom", "rancon", "losegeld", "riscatt", "losgeld"],
    // Data, records, files.
    &[
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
    // A gang.
    &["gang$", "gangs$", "bande$", "banda$", "bende$"],
    // Criminals.
    &["crimin", "kriminell"],
    // Paper.
    &["paper", "papier", "papel", "cartace"],
    // An appointment.
    &[
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
    // A spokesman.
    &[
        "spokes",
        "sprecher",
        "portavoz",
        "portavoce",
        "woordvoerder",
    ],
    // A mayor.
    &[
        "mayor",
        "maire$",
        "burgermeister",
        "alcald",
        "sindac",
        "prefeit",
        "burgemeester",
    ],
    // A minister, a ministry.
    &["minist"],
    // A manager, a director.
    &[
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
    // Maintenance.
    &[
        "mainten",
        "entretien",
        "wartung",
        "mantenimient",
        "manutenz",
        "manutenc",
        "onderhoud",
    ],
    // Refrigeration, cooling.
    &[
        "refriger", "cooling", "refroid", "kuhl", "enfriam", "raffredd", "frigorif", "koel",
    ],
    // Ammonia.
    &["ammoni", "amoniac", "ammoniak"],
    // Meat.
    &["meat", "viande", "fleisch", "carne$", "carnes$", "vlees"],
    // Lungs.
    &["lung", "poumon", "pulmon", "polmon", "longen"],
    // The authorities.
    &["authorit", "autorit", "behorde", "autorid", "overheid"],
    // Postponed.
    &[
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
    // Planned, scheduled.
    &[
        "planned",
        "scheduled",
        "prevu",
        "geplan",
        "programad",
        "programmat",
        "previst",
        "gepland",
    ],
    // A court, a judge.
    &[
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
    // An earthquake.
    &[
        "earthquake",
        "quake",
        "seisme",
        "sisme",
        "erdbeben",
        "terremot",
        "sismo",
        "aardbeving",
    ],
    // A flood.
    &[
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
    // A storm.
    &["storm", "tempete", "sturm", "tormenta", "tempest"],
    // An explosion.
    &["explos", "esplos", "ontploff"],
    // A bomb.
    &["bomb"],
    // A shooting.
    &[
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
    // A train.
    &[
        "train$", "trains$", "zug$", "tren$", "treno$", "treni$", "comboio", "trein$", "treinen$",
    ],
    // An aircraft.
    &[
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
    // An accident, a crash.
    &[
        "accident",
        "crash",
        "collision",
        "colision",
        "kollision",
        "botsing",
        "zusammenstoss",
        "unfall",
        "incident",
        "ongeluk",
        "ongeval",
        "acident",
    ],
    // Children.
    &[
        "child", "enfant", "kind$", "kinder", "nino$", "ninos$", "bambin", "crianca", "kinderen",
    ],
    // People.
    &[
        "people", "personne", "menschen", "persona", "persone", "pessoa", "mensen",
    ],
    // A government.
    &["govern", "gouvern", "gobiern", "regierung", "regering"],
    // A president.
    &["presiden", "prasident"],
    // An election, a vote.
    &[
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
    // A protest.
    &[
        "protest",
        "manifestant",
        "manifestation",
        "manifestacion",
        "manifestazion",
        "demonstra",
        "betoger",
    ],
    // Water.
    &["water", "eau$", "eaux$", "wasser", "agua$", "acqua"],
    // A bridge.
    &["bridge", "pont$", "brucke", "puente", "ponte$", "brug$"],
    // A building.
    &[
        "building", "batiment", "immeuble", "gebaude", "edificio", "palazz", "predio", "gebouw",
    ],
    // Homes, houses.
    &[
        "home$", "homes$", "house", "maison", "haus$", "hauser", "casa$", "casas$", "huis$",
        "huizen", "woning",
    ],
    // A city, a town.
    &[
        "city$", "cities$", "town$", "towns$", "ville$", "villes$", "stadt$", "ciudad", "citta$",
        "cidade", "stad$",
    ],
    // Soldiers, an army.
    &[
        "soldier", "soldat", "soldado", "militar", "militair", "army$", "armee", "ejercito",
        "esercito", "exercito", "leger$",
    ],
    // A bus.
    &["bus$", "buses$", "autobus", "onibus"],
    // A boat, a ship.
    &[
        "boat", "ship$", "ships$", "bateau", "navire", "schiff", "boot$", "barco", "buque",
        "barca$", "nave$", "navio", "schip$", "schepen", "vessel",
    ],
    // Migrants, refugees.
    &["migrant", "refugi", "rifugiat", "fluchtling", "vluchteling"],
    // Bodies.
    &[
        "bodies", "body$", "corps$", "leiche", "cadaver", "corpo$", "corpi$", "lichaam", "lichamen",
    ],
    // Damage.
    &[
        "damage", "degat", "dommage", "schaden$", "dano$", "danos$", "danni$", "danno$", "schade$",
    ],
    // Hours.
    &[
        "hour", "heure", "stunde", "hora$", "horas$", "ora$", "ore$", "uur$", "uren$",
    ],
    // Days.
    &[
        "day$", "days$", "jour$", "jours$", "tag$", "tage$", "tagen$", "dia$", "dias$", "giorni$",
        "giorno$", "dag$", "dagen$",
    ],
    // Weeks.
    &["week", "semaine", "woche", "semana", "settiman"],
    // Minutes.
    &["minute", "minuut", "minuto", "minuti$"],
    // Years.
    &[
        "year$", "years$", "ans$", "annee", "jahr", "ano$", "anos$", "anni$", "anno$", "jaar$",
        "jaren$",
    ],
    // Months.
    &[
        "month", "mois$", "monat", "mes$", "meses$", "mese$", "mesi$", "maand",
    ],
    // Metres.
    &["metre", "meter", "metri$", "metros$"],
    // Kilometres.
    &["kilomet", "chilometr", "km$"],
    // Euros.
    &["euro$", "euros$"],
    // Dollars.
    &["dollar", "dolar"],
];

#[cfg(test)]
mod tests {
    use super::NEWS_CONCEPTS;

    /// Every word is lower case without diacritics, as the tokens are read.
    #[test]
    fn concept_words_are_folded_lower_case() {
        for group in NEWS_CONCEPTS {
            for w in *group {
                let plain = w.trim_end_matches('$');
                assert!(!plain.is_empty(), "empty word in {group:?}");
                assert!(
                    plain.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                    "{w} is not folded lower case"
                );
            }
        }
    }
}
