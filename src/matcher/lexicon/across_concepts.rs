//! Concepts read only across languages (`xling.rs`: two sentences of articles in two
//! languages), by no flag and not by the ranking of two reports in one language: the
//! words of a road crash's scene, weather and people that trial 57's English wire and its
//! German and Spanish dailies wrote with no word in common ("Heavy rain" / "Es regnete" /
//! "intensa lluvia", "a sharp bend" / "einer scharfen Kurve" / "una curva cerrada", "the
//! survivors" / "den Überlebenden", "its roof against the trees" / "auf dem Dach an den
//! Bäumen", "The coach" / "Der Bus" / "El autocar"). One group a concept, in English,
//! French, German, Spanish, Italian, Portuguese and Dutch, each word as the bilingual
//! dictionaries give it; forms are word beginnings lower case without diacritics
//! (`text::fold_accents`: "strasse" covers "Straße", "Straßen"), or whole words when they
//! end with `$` ("bend$": not "bending"), read as `lexicon/meanings.rs`' [`ACROSS`]
//! lists are (`casualty::is_form`).
//!
//! [`ACROSS`]: super::meanings::ACROSS

/// The groups, each one concept ([`GROUPS`]' index is its key).
pub(in crate::matcher) const GROUPS: &[&[&str]] = &[
    // A coach or a bus: fr "autocar", de "Reisebus", "Bus", es "autocar", "autobús", it
    // "pullman", pt "autocarro", "ônibus", nl "touringcar", "bus".
    &[
        "coach$",
        "coaches$",
        "bus$",
        "buses$",
        "busse$",
        "bussen$",
        "autobus",
        "autocar",
        "reisebus",
        "linienbus",
        "omnibus",
        "onibus",
        "pullman$",
        "touringcar",
    ],
    // Rain: fr "pluie", de "Regen", "regnete", es "lluvia", "llovía", it "pioggia",
    // "pioveva", pt "chuva", "chovia", nl "regen", "regende".
    &[
        "rain$",
        "rains$",
        "rained$",
        "raining$",
        "rainfall",
        "rainy$",
        "pluie",
        "pluvieu",
        "regen$",
        "regens$",
        "regnet",
        "regnen$",
        "regenfall",
        "regennass",
        "starkregen",
        "lluvi",
        "llovi",
        "llueve",
        "piogg",
        "piove",
        "piovv",
        "chuva",
        "chove",
        "chovi",
        "regende",
    ],
    // A road: fr "route", de "Straße", es "carretera", "calzada", it "strada", pt
    // "estrada", nl "weg" (also "away": only "wegdek", the roadway).
    &[
        "road$",
        "roads$",
        "roadway",
        "route$",
        "routes$",
        "strasse",
        "carretera",
        "calzada",
        "strada$",
        "strade$",
        "estrada",
        "wegdek",
        "rijbaan",
    ],
    // A bend of a road: fr "virage", de "Kurve", es, it, pt "curva", nl "bocht".
    &[
        "bend$", "bends$", "curve", "kurve", "curva$", "curvas$", "virage", "bocht",
    ],
    // Survivors, surviving: fr "survivants", "rescapés", de "Überlebende", es
    // "supervivientes", "sobrevivientes", it "sopravvissuti", pt "sobreviventes", nl
    // "overlevenden".
    &[
        "surviv",
        "rescape",
        "uberleb",
        "sobreviv",
        "supervivi",
        "sopravviss",
        "sopravviv",
        "overlev",
        "overleef",
    ],
    // Trees, a wood: fr "arbres", "forêt", de "Bäume", "Wald", es "árboles", "bosque", it
    // "alberi", "bosco", pt "árvores", "floresta", nl "bomen", "bos".
    &[
        "tree$", "trees$", "wooded$", "forest", "arbre", "foret", "baum$", "baume$", "baumen$",
        "wald", "arbol", "bosque", "alber", "bosco$", "boschi", "arvore", "floresta", "boom$",
        "bomen$", "bos$", "bossen$",
    ],
    // A roof: fr "toit", de "Dach", es "techo", "tejado", it "tetto", pt "telhado", nl
    // "dak".
    &[
        "roof$", "roofs$", "toit$", "toits$", "dach$", "dacher$", "dachern$", "techo$", "tejado",
        "tetto$", "tetti$", "telhado", "dak$", "daken$",
    ],
    // An inspection: fr "inspection", "contrôle technique", de "überprüft", "Prüfung", es
    // "inspección", "revisión", it "ispezione", "revisione", pt "inspeção", "vistoria", nl
    // "keuring", "inspectie".
    &[
        "inspec",
        "inspek",
        "ispezion",
        "uberpruf",
        "prufung",
        "revision$",
        "revisione",
        "vistoria",
        "keuring",
        "gekeurd",
    ],
    // Technical: fr "technique", de "technisch", es, pt "técnico", "técnica", it
    // "tecnico", nl "technisch".
    &["techni", "tecnic"],
    // Families and relatives: fr "familles", "proches", de "Familien", "Angehörige", es
    // "familias", "familiares", it "famiglie", "parenti", pt "famílias", "familiares", nl
    // "families", "nabestaanden".
    &[
        "famil",
        "relatives$",
        "proches$",
        "angehorig",
        "parenti$",
        "parentes$",
        "nabestaand",
    ],
    // The Red Cross: fr "Croix-Rouge", de "Rotes Kreuz", es "Cruz Roja", it "Croce
    // Rossa", pt "Cruz Vermelha", nl "Rode Kruis".
    &["cross$", "croix$", "kreuz$", "cruz$", "croce$", "kruis$"],
    // A hall or a gym: fr "gymnase", "salle", de "Turnhalle", "Sporthalle", es
    // "polideportivo", "pabellón", it "palestra", "palazzetto", pt "pavilhão", "ginásio",
    // nl "sporthal", "gymzaal".
    &[
        "hall$",
        "halls$",
        "gym$",
        "gymnas",
        "halle$",
        "turnhalle",
        "sporthalle",
        "polideportivo",
        "pabellon",
        "gimnas",
        "palestra",
        "palazzetto",
        "pavilhao",
        "ginasio",
        "sporthal",
        "gymzaal",
    ],
    // A descent: fr "descente", de "Talfahrt", "Abfahrt", es "descenso", "bajada", it
    // "discesa", pt "descida", nl "afdaling".
    &[
        "descent", "descend", "descente", "talfahrt", "descens", "bajada", "discesa", "descida",
        "afdaling",
    ],
    // Black: fr "noir", de "schwarz", es "negro", it "nero", pt "preto", nl "zwart".
    &[
        "black$", "noir$", "noire$", "noirs$", "schwarz", "negro$", "negra$", "nero$", "nera$",
        "preto$", "preta$", "zwart",
    ],
    // Steep: fr "raide", "escarpé", de "steil", es "empinado", "escarpado", it "ripido",
    // pt "íngreme", nl "steil".
    &[
        "steep", "raide$", "escarp", "steil", "empinad", "ripid", "ingreme",
    ],
    // A mountain, the Alps: fr "montagne", "alpin", de "Berg", "Alpen", es "montaña",
    // "alpino", it "montagna", pt "montanha", nl "berg".
    &[
        "mountain", "montagn", "montan", "berg$", "berge$", "bergen$", "gebirg", "alpin", "alpen$",
        "alpes$", "alpi$",
    ],
    // A ravine: fr "ravin", de "Schlucht", es "barranco", it "burrone", pt "ravina", nl
    // "ravijn".
    &[
        "ravine", "ravin$", "schlucht", "barranco", "burron", "ravina", "ravijn",
    ],
    // Plunging, a fall from a height: fr "chute", de "Absturz", "abgestürzt", es "se
    // precipitó", it "precipitato", pt "precipitou", nl "neergestort".
    &[
        "plung",
        "absturz",
        "abgesturz",
        "precipit",
        "despen",
        "neergestort",
    ],
    // Visibility, sight: fr "visibilité", de "Sicht", es "visibilidad", it "visibilità",
    // pt "visibilidade", nl "zicht".
    &["visib", "sicht$", "zicht$"],
    // Condolences: fr "condoléances", de "Beileid", es "pésame", "condolencias", it
    // "cordoglio", "condoglianze", pt "condolências", nl "deelneming", "condoleances".
    &["condol", "beileid", "pesame", "cordoglio", "deelneming"],
    // Mourning: fr "deuil", de "Trauer", es "luto", it "lutto", pt "luto", nl "rouw".
    &["mourn", "deuil$", "trauer", "luto$", "lutto$", "rouw$"],
    // Weather: fr "météo", de "Wetter", es, it, pt "meteorológico", nl "weer".
    &["weather", "meteo", "wetter"],
    // A wreck: fr "épave", de "Wrack", es "restos", it "relitto", pt "destroços", nl
    // "wrak".
    &["wreck", "epave", "wrack", "relitto", "destroc", "wrak$"],
    // Seriously (injured), grave: fr "grave", "gravement", de "schwer", "ernst", es
    // "grave", "de gravedad", it "gravi", "gravemente", pt "grave", "gravemente", nl
    // "ernstig", "zwaargewond".
    &[
        "serious",
        "grave$",
        "graves$",
        "gravement",
        "gravedad",
        "gravemente",
        "gravi$",
        "schwer$",
        "schwerverletz",
        "ernst$",
        "ernstig",
        "zwaar$",
        "zwaargewond",
    ],
    // Speed, too fast: fr "vitesse", de "schnell", "Geschwindigkeit", es "velocidad",
    // "rápido", it "velocità", pt "velocidade", nl "snelheid", "snel".
    &[
        "speed",
        "fast$",
        "vitesse",
        "schnell",
        "geschwindigkeit",
        "velocidad",
        "velocita",
        "velocidade",
        "snelheid",
        "snel$",
    ],
    // A town or a village: fr "village", "commune", de "Dorf", "Ort", "Kleinstadt", es
    // "pueblo", "localidad", "municipio", it "villaggio", "comune", pt "aldeia", "vila", nl
    // "dorp", "gemeente". A city is `lexicon/meanings.rs`' group.
    &[
        "town$",
        "towns$",
        "village",
        "dorf$",
        "dorfer$",
        "ortschaft",
        "kleinstadt",
        "gemeinde",
        "pueblo$",
        "pueblos$",
        "localidad",
        "municipio",
        "villaggio",
        "comune$",
        "aldeia",
        "vila$",
        "dorp$",
        "dorpen$",
        "gemeente",
        "commune$",
    ],
];
