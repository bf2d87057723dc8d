//! The table of fates (`fates.rs`): per class of opposite fates of one subject, the
//! phrases of each side in English, French, German, Spanish and Italian: alive or safe
//! against dead or lost, a fire put out against still burning, an event held against
//! called off, a bill passed against voted down, people evacuated against trapped, a
//! suspect caught against escaped (trials 25 and 26).

/// One class of fates: the phrases of each side, and whether the second side also reads
/// the words of a death of the casualty lexicon (`lexicon/casualty.rs`: "kill", "dead",
/// "tué", "getötet", "muert" …), which this table does not repeat.
pub(super) struct Fate {
    /// The phrases of the first side.
    pub(super) one: &'static [&'static str],
    /// The phrases of the second side.
    pub(super) other: &'static [&'static str],
    /// Whether the words of a death count as phrases of the second side.
    pub(super) deaths: bool,
    /// Words of what the class is about (a beginning, or whole with `$`), one of which
    /// each sentence must name near its phrase (`fates::ABOUT_REACH` tokens either side)
    /// when not empty: "upheld" / "dismissed" of an appeal, "held" / "collapsed" of a
    /// ceasefire. Naming it is then telling of one subject.
    pub(super) about: &'static [&'static str],
}

/// What a bill or a motion is called, in six languages.
const BILLS: &[&str] = &[
    "bill$",
    "bills$",
    "motion",
    "measure",
    "legislation",
    "law$",
    "amendment",
    "resolution",
    "proposal",
    "loi$",
    "projet",
    "gesetz",
    "antrag",
    "ley$",
    "proyecto",
    "legge$",
    "mozione",
    "decreto",
    "ddl$",
    "emendamento",
];

/// What is extended or ended ([`FATES`]' class of a measure extended against called
/// off): a strike, a warning, a closure, a curfew, a ban, a measure, an emergency, in
/// seven languages. Two reports must name the same word of it near each phrase
/// (`fates::fate_conflict`): "The strike was extended" / "The curfew was lifted" may both
/// be true.
pub(super) const MEASURES: &[&str] = &[
    // en
    "strike$",
    "strikes$",
    "walkout",
    "stoppage",
    "warning",
    "alert$",
    "alerts$",
    "closure",
    "lockdown",
    "curfew",
    "ban$",
    "restrictions$",
    "measure",
    "blockade",
    "emergency",
    // fr
    "grève",
    "mouvement$",
    "alerte",
    "vigilance$",
    "fermeture",
    "confinement",
    "couvre-feu",
    "mesure",
    "interdiction",
    "blocage",
    "urgence",
    // de
    "streik",
    "warnstreik",
    "ausstand",
    "warnung",
    "unwetterwarnung",
    "sperrung",
    "schließung",
    "ausgangssperre",
    "maßnahme",
    "notstand",
    "verbot$",
    // es
    "huelga",
    "paro$",
    "alerta",
    "aviso$",
    "cierre",
    "confinamiento",
    "toque$",
    "medida",
    "prohibición",
    "emergencia",
    "restriccion",
    // it
    "sciopero",
    "scioperi$",
    "allerta",
    "allarme",
    "chiusura",
    "coprifuoco",
    "misura",
    "misure$",
    "divieto",
    "emergenza",
    "restrizion",
    // pt
    "greve$",
    "greves$",
    "paralisação",
    "encerramento",
    "confinamento",
    "recolher$",
    "proibição",
    "emergência",
    "restriç",
    // nl
    "staking",
    "waarschuwing",
    "sluiting",
    "avondklok",
    "maatregel",
    "verbod$",
    "noodtoestand",
];

/// Records ([`FATES`]' class of a record set against a record that stood), each a word of
/// its own: two reports must name the same one near each phrase (`fates::fate_conflict`),
/// nl "wereldrecord" / "parcoursrecord" are two records.
pub(super) const RECORDS: &[&str] = &[
    "record$",
    "parcoursrecord$",
    "baanrecord$",
    "wereldrecord$",
    "rekord$",
    "streckenrekord$",
    "weltrekord$",
    "récord$",
    "recorde$",
];

/// What a court or a body rules on ([`FATES`]' class of a ruling confirmed against
/// annulled): a ban, a law, a decision, a ruling, a verdict, an order, in six languages.
/// Two reports must name the same word of it near each phrase (`fates::one_thing_named`).
pub(super) const RULED: &[&str] = &[
    "ban$",
    "law$",
    "ruling",
    "decision",
    "verdict",
    "sentence",
    "order$",
    "interdiction",
    "arrêté$",
    "loi$",
    "décision",
    "jugement",
    "verbot$",
    "gesetz$",
    "urteil$",
    "entscheidung$",
    "beschluss$",
    "prohibición",
    "ley$",
    "decisión",
    "sentencia",
    "fallo$",
    "divieto",
    "legge$",
    "sentenza",
    "decisione",
    "proibição",
    "lei$",
    "decisão",
    "sentença",
];

/// Words of hostages or captives ([`FATES`]' class of hostages freed against still held),
/// in seven languages.
pub(super) const HOSTAGES: &[&str] = &[
    "hostage",
    "captive",
    "kidnapped$",
    "abducted$",
    "geisel",
    "entführt",
    "otage",
    "rehén",
    "rehenes",
    "secuestrad",
    "ostagg",
    "rapit",
    "refém",
    "reféns",
    "gijzel",
];

/// How the phrases are written: words separated by spaces; each word a `|`-separated
/// list of word beginnings of the lower-case token, a beginning ending with `$` read
/// whole; `~` lets up to `fates::MAX_GAP` tokens stand between the words around it, `~ ~` twice as many (a German verb's particle after what was done: "hob das Verbot am Dienstag auf") ("fand
/// trotzdem statt"); a first word beginning with `!` lists words that must not stand
/// right before the phrase ("!was|were held$": a ceasefire held, not talks). An
/// apostrophe's elided word is no token ("s'est" is "est").
pub(super) const FATES: &[Fate] = &[
    // Alive, safe or intact against dead, sunk, crashed or destroyed.
    Fate {
        one: &[
            // en
            "found|still|were|was|is|are|been|out|pulled|rescued alive$",
            "found|pulled|rescued ~ alive$",
            // Any verb with "alive" told of its subject ("brought to the surface alive",
            // "recovered alive", "who were all alive"; trial 27, F7), but after the verbs
            // of `fates::NOT_AFTER` ("buried alive").
            "alive$",
            "found|were|was|is|are|been|remain|remained|remains|reported safe$",
            "safely$",
            "to safety$",
            "unharmed$",
            "unhurt$",
            "uninjured$",
            "unscathed$",
            "intact$",
            "undamaged$",
            "was|were|been|being released$",
            // Rescued against drowned, survivors against bodies pulled from the rubble
            // (session 24).
            "was|were|been|being rescued$",
            "salvato$|salvati$|salvata$|salvate$",
            "pulled|recovered|found|rescued|extracted|dug ~ survivor",
            "survivor ~ pulled|recovered|found|rescued|extracted",
            "retrouvé|extrait|dégagé|secouru ~ survivant",
            "survivant ~ retrouvé|extrait|dégagé|secouru",
            "bargen|geborgen|gefunden|gerettet ~ überlebende",
            "überlebende",
            "recuper|hall|encontr|rescataron|rescatado ~ supervivient|sobrevivient",
            "supervivient|sobrevivient",
            "estratt|recuperat|trovat|salvat ~ superstit|sopravvissut",
            "superstit|sopravvissut",
            // Hostages freed against executed (trial 26, F9).
            "was|were|been|being freed$",
            "libéré$|libérés$|libérée$|libérées$",
            "freigelassen$",
            "liberado$|liberados$|liberada$|liberadas$",
            "liberato$|liberati$|liberata$|liberate$",
            "reached port|shore|harbour|harbor|safety$",
            // A ship refloated against sunk (trial 58: "The tanker sank off Brittany" /
            // "The tanker was refloated" had no flag): fr "renfloué", de "wieder flott",
            // es "reflotado", it "disincagliata", pt "desencalhado", nl "vlotgetrokken".
            "refloat",
            "renflou",
            "wieder$ flott$",
            "reflotad",
            "disincagliat",
            "desencalhad",
            "vlotgetrokken$",
            "evacuat",
            // fr
            "sain$|sains$|saine$|saines$ et$ sauf$|saufs$|sauve$|sauves$",
            "en vie$",
            "vivant$|vivante$|vivants$|vivantes$",
            "indemne",
            "évacu",
            "en sécurité$",
            "sans encombre$",
            "secouru",
            "relâché",
            // Survived: "Le conducteur a survécu au déraillement" / "a été tué" (trial 50
            // F1: es "sobreviv", it "sopravviss", de "überlebt" were read, fr and nl not).
            "survécu",
            "survit$|survivent$",
            // de
            "lebend",
            "am leben$",
            "unverletzt",
            "unversehrt",
            "in sicherheit$",
            "evakuiert",
            "gerettet$",
            "überlebt",
            "wohlauf$",
            // es
            "con vida$",
            "a salvo$",
            "ileso$|ilesos$|ilesa$|ilesas$",
            "evacuad",
            "rescatad",
            "sobreviv",
            "sano$|sanos$|sana$|sanas$ y$ salvo$|salvos$|salva$|salvas$",
            // it
            "in salvo$",
            "in vita$",
            "illes",
            "trovato$|trovati$|trovata$|trovate$|ancora$ ~ vivo$|vivi$|viva$|vive$",
            "sopravviss",
            // "estratto vivo", "riportati in superficie vivi", es "rescatado vivo"
            // (trial 27, F7); not "en vivo" / "dal vivo" (live broadcast: `NOT_AFTER`).
            "vivo$|vivi$|vivos$|vivas$",
            // nl (trial 50 F1: "De machinist overleefde het ongeluk" / "kwam om"): not
            // "overleden" (died).
            "overleefd",
            "overleeft$",
            "overlev",
        ],
        other: &[
            // en (the words of a death: `deaths`)
            "lost their|his|her lives$|life$",
            // "found without life" (trial 26): en, fr, de, es, it
            "lifeless$",
            "sans vie$",
            "leblos",
            "sin vida$",
            "senza vita$",
            "perish",
            "was|were|been executed$",
            "exécuté$|exécutés$|exécutée$|exécutées$",
            "hingerichtet$",
            "ejecutado$|ejecutados$|ejecutada$|ejecutadas$",
            "giustiziat",
            "drowned$",
            // The bodies or the remains of someone, whoever brought them out ("Rescuers
            // brought out the bodies of two miners" / "… two miners alive": session 51);
            // its subject is after "of" (`fates::of_whom`). fr "cadavres de", es, pt
            // "cuerpos de", "restos de", "corpos de", it "corpi di", "resti di", de
            // "Leichen von", nl "lichamen van".
            "body$|bodies$|corpse$|corpses$|remains$ of$",
            "cadavre$|cadavres$ de$|des$|du$",
            "cuerpo$|cuerpos$|cadáver$|cadáveres$|restos$|corpo$|corpos$ de$|del$|do$|dos$|da$|das$",
            "corpo$|corpi$|cadavere$|cadaveri$|resti$ di$|del$|dei$|della$|delle$",
            "leiche$|leichen$ von$|der$|des$",
            "lichaam$|lichamen$ van$",
            "stoffelijk$ overschot$ van$",
            "pulled|recovered|found|retrieved|extracted|dug ~ body$|bodies$|corpse",
            "body$|bodies$|corpse ~ pulled|recovered|found|retrieved|extracted|dug",
            "noyé$|noyés$|noyée$|noyées$",
            "retrouvé|extrait|dégagé|repêché ~ corps$|cadavre",
            "corps$|cadavre ~ retrouvé|extrait|dégagé|repêché",
            "leiche ~ geborgen$|gefunden$",
            "bargen|geborgen|gefunden ~ leiche",
            "cuerpo$|cuerpos$|cadáver ~ recuperad|hallad|encontrad",
            "recuper|hall|encontr ~ cuerpo$|cuerpos$|cadáver",
            "corpo$|corpi$|cadaver|salma$|salme$ ~ estratt|recuperat|trovat|ripescat",
            "estratt|recuperat|trovat|ripescat ~ corpo$|corpi$|cadaver|salma$|salme$",
            "sank$|sunk$|sinks$",
            "capsiz",
            "crash$ landed$|landing$|lands$",
            "crashed$",
            "destroyed$",
            "burned|burnt down$",
            "razed$",
            "gutted$",
            // fr
            "écras",
            "coulé$|coulée$",
            "sombré$",
            "chavir",
            "naufrag",
            "péri$|péris$|périt$|périrent$",
            "perdu la vie$",
            "détruit",
            // de
            "abgestürzt$",
            "stürzte ~ ab$",
            "gesunken$",
            "gekentert$|kenterte$",
            "untergegangen$",
            "zerstört$",
            "tot$",
            "ertrunken$",
            // es
            "estrell",
            "hundió$|hundido$|hundida$",
            "perdieron|perdió la vida$",
            "destruid",
            "ahogad",
            // it
            "precipitat",
            "schiantat",
            "affondat|affondò$",
            "perso|persero la vita$",
            "distrutt",
            "annegat",
            // A person told among the dead or the victims (session 48, trial 50 F1 rest:
            // "Le conducteur fait partie des victimes" / "a survécu"): the plural nouns of
            // the victims and the dead after "among" and its words in seven languages, or
            // after "one of the". The injured ("among the injured", "parmi les blessés")
            // are no such noun.
            "among ~ victims$|fatalities$|deceased$",
            "one of the$ victims$|fatalities$",
            "partie des$ victimes$|morts$|tués$",
            "parmi ~ victimes$",
            "unter ~ opfern$|todesopfern$",
            "zu den$ opfern$|todesopfern$",
            "entre ~ víctimas$|fallecidos$",
            "una|uno de las|los$ víctimas$|fallecidos$",
            "tra|fra ~ vittime$",
            "una|uno delle|degli$ vittime$",
            "entre ~ vítimas$",
            "uma|um das|dos$ vítimas$",
            "onder ~ slachtoffers$|doden$",
            "een van de$ slachtoffers$|doden$",
        ],
        deaths: true,
        about: &[],
    },
    // A fire put out or under control against a fire still burning.
    Fate {
        one: &[
            "under control$",
            "extinguish",
            "put out$",
            "éteint",
            "maîtrisé",
            "circonscrit",
            "gelöscht$",
            "unter kontrolle$",
            "controlad",
            "extinguid",
            "sofocad",
            "spento$|spenti$",
            "sotto controllo$",
            // A fire contained against spreading (session 24).
            "contained$",
            "eingedämmt$",
            // pt, nl (trial 36 F7.5: "foi dado como dominado" / "continuava por dominar")
            "dominado$|dominada$|dominados$",
            "extinto$|extinta$",
            "circunscrito$|circunscrita$",
            "onder controle$",
            "geblust$",
            // Session 39 (trial 41 F2 rest: "dieron el incendio por estabilizado"): a fire
            // stabilised, in seven languages.
            "estabilizado$|estabilizada$|stabilisé$|stabilisée$|stabilized$|stabilised$",
            "stabilizzato$|stabilizzata$|stabilisiert$|gestabiliseerd$",
        ],
        other: &[
            "still burning$|ablaze$|raging$|burns$|alight$",
            "continued|continues|continuing to burn$",
            "raging$",
            "out of control$",
            "hors de contrôle$",
            "brûle|brûlait encore$|toujours$",
            "brennt|brannte ~ noch$",
            "außer kontrolle$",
            "sigue|seguía ardiendo$|activo$",
            "fuera de control$",
            "brucia|bruciava ancora$",
            "ancora attivo$",
            "spreading$|spreads$",
            "propage$|propageait$|propaga$|propagaba$|propagava$",
            "breitet|breitete ~ aus$",
            // pt, nl
            "por$ dominar$|extinguir$|controlar$",
            "fora$ de$ controlo$|controle$",
            "continua|continuava|continuam|continuavam|segue|seguia ativo$|ativos$|activo$",
            "continua|continuava|continuam|continuavam a$ arder$|lavrar$",
            "woedt|woedde|brandt|brandde ~ nog$",
            // Session 39 ("El incendio sigue sin control"): without control, es, pt, it.
            "sin$|sem$|senza$ control$|controlo$|controle$|controllo$",
            "fuori$ controllo$",
            "descontrolado$|descontrolada$",
        ],
        deaths: false,
        about: &[
            "fire",
            "blaze",
            "flame",
            "wildfire",
            "bushfire",
            "brushfire",
            "inferno",
            "feu$",
            "feux$",
            "incendi",
            "flamme",
            "feuer",
            "brand",
            "fuego",
            "llama",
            "rogo$",
            "incêndi",
            "fogo$",
            "fogos$",
            "chamas$",
            "vuur$",
            "fiamm",
            "fuoco$",
        ],
    },
    // An event that took place against one called off.
    Fate {
        one: &[
            "took place$",
            "went ahead$",
            "was|were held$",
            "eu lieu$",
            "est|sont tenu|tenue$|tenus$|tenues$",
            "est|sont déroul",
            "maintenu",
            "fand|findet ~ statt$",
            "stattgefunden$",
            "se celebr",
            "celebrad",
            "tuvo|tuvieron lugar$",
            "se llevó a cabo$",
            "è|sono svolt|tenut",
            "ha|hanno avuto luogo$",
            // A match played against postponed (trial 26, F9).
            "was|were played$",
            // fr "s'est joué", "a été joué" (session 24).
            "est|sont|été joué$|jouée$|joués$|jouées$",
            "wurde|wurden gespielt$",
            "se disputó|disputaron|jugó|jugaron$",
            "fue|fueron disputad|jugad",
            "è|sono|stata|stato|state|stati giocat|disputat",
        ],
        other: &[
            "cancel",
            "called off$",
            "postpone",
            "scrapped$",
            "annul",
            "reporté$|reportée$|reportés$|reportées$",
            "abgesagt$",
            "verschoben$",
            "desconvoc",
            "suspendid",
            "aplaz",
            "rinviat",
        ],
        deaths: false,
        about: &[],
    },
    // A bill or a motion passed against voted down (trial 26, F9; "passed" / "rejected"
    // and "approved" / "rejected" are single words of `OPPOSITES` and `MORE_ENGLISH`).
    Fate {
        one: &[
            "approved$",
            "adopted$",
            "passed$",
            "adopté$|adoptée$|adoptés$|adoptées$",
            "approuvé$|approuvée$|approuvés$|approuvées$",
            "verabschiedet$",
            "angenommen$",
            "gebilligt$",
            "aprobado$|aprobada$|aprobados$|aprobadas$|aprobó$",
            "approvato$|approvata$|approvati$|approvate$|approvò$",
        ],
        other: &[
            "defeated$",
            "voted down$",
            "rejected$",
            "rejeté$|rejetée$|rejetés$|rejetées$",
            "abgelehnt$",
            "gescheitert$",
            "rechazado$|rechazada$|rechazados$|rechazadas$|rechazó$",
            "respinto$|respinta$|respinti$|respinte$",
            "bocciato$|bocciata$|bocciati$|bocciate$",
        ],
        deaths: false,
        about: &[],
    },
    // People evacuated against trapped (trial 26, F9).
    Fate {
        one: &["evacuat", "évacu", "evakuiert", "evacuad"],
        other: &[
            "trapped$",
            "pris au piège$",
            "piégé$|piégés$|piégée$|piégées$",
            "eingeschlossen$",
            "verschüttet$",
            "atrapado$|atrapados$|atrapada$|atrapadas$",
            "intrappolat",
        ],
        deaths: false,
        about: &[],
    },
    // Someone who resigned against one who stays on or ruled out resigning (trial 44 C:
    // it "ha rassegnato le dimissioni" / "ha escluso le dimissioni", de "ist
    // zurückgetreten" / "lehnt einen Rücktritt ab", nl "is afgetreden" / "blijft aan").
    // English "refused to resign" is a negation (`negation.rs`); a ruling out or a stay
    // in office has no negation word, so it is read here: of one subject.
    Fate {
        one: &[
            "resigned$",
            "stepped down$",
            "démissionné$",
            "présenté|remis ~ démission$",
            "zurückgetreten$",
            "trat|tritt ~ ~ zurück$",
            "dimitió$|dimitido$",
            "presentó|presentado ~ dimisión$",
            "dimesso$|dimessa$|dimessi$|dimesse$",
            "rassegnato|presentato ~ dimissioni$",
            "demitiu|demitid",
            "afgetreden$",
            "trad$|treedt$ ~ ~ af$",
        ],
        other: &[
            "ruled out ~ resign",
            "stays$ on$",
            "remain$|remains$ in$ office$",
            "exclu ~ démission",
            "reste$|restera$ en$ poste$",
            "lehnt|lehnte|lehnen ~ rücktritt ~ ab$",
            "rücktritt$ ~ abgelehnt$|ausgeschlossen$",
            "bleibt$ im$ amt$",
            "descart ~ dimi",
            "sigue$|seguirá$ en$ el$ cargo$",
            "escluso|esclude ~ dimission|dimettersi$",
            "resta$|resterà$|rimane$ in$ carica$",
            "blijft$ aan$",
            "blijft$ ~ in$ functie$",
        ],
        deaths: false,
        about: &[],
    },
    // A suspect caught against escaped (trial 26, F9).
    Fate {
        one: &[
            "was|were|been arrested$|detained$|caught$|captured$",
            "arrêté$|arrêtés$|arrêtée$|interpellé",
            "festgenommen$",
            "gefasst$",
            "detenido$|detenidos$|detenida$|capturado$|capturados$",
            "arrestato$|arrestati$|arrestata$|catturato$|catturati$",
            // Caught again after an escape (trial 44 C: "were recaptured" / "remains at
            // large", "ont été repris" / "sont toujours en fuite").
            "recaptured$",
            "été repris$|reprise$|reprises$|rattrapé$|rattrapés$|rattrapée$|rattrapées$",
            "recapturad",
            "ricatturat|riacciuffat",
            "gearresteerd$|opgepakt$",
        ],
        other: &[
            "escaped$",
            "on the run$",
            "at large$",
            "évadé$|évadés$|évadée$",
            "en fuite$",
            "entkommen$",
            "geflohen$",
            "escapó$|escaparon$",
            "se fugó|fugaron$",
            "prófugo$|prófugos$|prófuga$|prófugas$",
            "evaso$|evasi$|fuggito$|fuggiti$",
            "latitante$|latitanti$",
            // Still free (trial 44 C): de "auf der Flucht", "flüchtig", it "in fuga", pt
            // "foragido", "em fuga", nl "op de vlucht", "voortvluchtig".
            "auf$ der$ flucht$",
            "flüchtig$",
            "in$ fuga$",
            "foragido$|foragidos$|foragida$|foragidas$",
            "em$ fuga$",
            "op$ de$ vlucht$",
            "voortvluchtig$",
        ],
        deaths: false,
        about: &[],
    },
    // An appeal upheld against dismissed or thrown out (session 24): of an appeal only
    // ("upheld the conviction" tells the appeal lost).
    Fate {
        one: &[
            "upheld$|allowed$|granted$",
            "accueilli$|accueillie$",
            "stattgegeben$",
            "estimad|acogid",
            "accolt",
        ],
        other: &[
            "dismissed$|rejected$|refused$",
            "thrown|tossed out$",
            "turned down$",
            "rejeté$|rejetée$|débouté",
            "abgewiesen$|zurückgewiesen$|verworfen$",
            "desestimad|rechazad",
            "respint",
        ],
        deaths: false,
        about: &[
            "appeal",
            "appel$",
            "pourvoi",
            "berufung",
            "revision$",
            "apelación",
            "recurso",
            "ricorso",
            "appello$",
        ],
    },
    // A bill or a motion carried or passed against sunk or defeated (session 24).
    Fate {
        one: &["carried$", "passed$", "arrivat|giunt in porto$"],
        other: &[
            "defeated$",
            "voted down$",
            "sunk$|scuttled$|torpedoed$",
            "affondat",
            "rejected$",
        ],
        deaths: false,
        about: BILLS,
    },
    // A bill signed (into law) against vetoed (session 24).
    Fate {
        one: &[
            "signed$|signs$",
            "promulg",
            "signé$|signée$",
            "unterzeichnet$|unterschrieben$",
            "firmó$|firmado$|firmada$",
            "firmato$|firmata$|firmò$",
        ],
        other: &["veto"],
        deaths: false,
        about: BILLS,
    },
    // A ceasefire that held against one that collapsed or broke down (session 24).
    Fate {
        one: &[
            // Not "talks were held": an event held.
            "!was|were|been|being|be|is|are held$|holds$|holding$",
            "tenu$|tient$",
            "hält$|hielt$|gehalten$",
            "se mantiene|mantuvo|mantenía$",
            "regge$|retto$|reggeva$|tiene$",
        ],
        other: &[
            "collaps",
            "broke|broken|breaks|breaking down$",
            "effondr",
            "rompu$",
            "zusammengebrochen$",
            "brach ~ zusammen$",
            "se rompió|derrumbó$",
            "colaps",
            "crollat|saltat",
        ],
        deaths: false,
        about: &[
            "ceasefire",
            "cease-fire",
            "cease$",
            "truce",
            "cessez",
            "trêve",
            "waffenruhe",
            "waffenstillstand",
            "feuerpause",
            "tregua",
            "fuego$",
            "fuoco$",
        ],
    },
    // Talks that made progress against talks that failed or collapsed (trial 35 F9,
    // F15: "the talks had failed" / "had made progress", "gescheitert" / "kommen voran"):
    // of talks only. Not "made little progress" (no gap in the phrase).
    Fate {
        one: &[
            "made|making|make|makes progress$",
            "good|real|significant|substantial progress$",
            "progressing$",
            "progrès$",
            "avancent$|avancé$|avancées$",
            "voran$",
            "fortschritte$",
            "progresos$|progresan$|avanzan$|avanzaron$",
            "progressi$|procedono$",
        ],
        other: &[
            "failed$",
            "collapsed$",
            "broke|broken down$",
            "gescheitert$",
            "scheiterten$|scheiterte$",
            "échoué$",
            "fracasado$|fracasaron$|fracasó$",
            "fallite$|fallito$|fallita$",
        ],
        deaths: false,
        about: &[
            "talks$",
            "negotiation",
            "gespräch",
            "verhandlung",
            "pourparlers$",
            "négociation",
            "negociaci",
            "conversaciones$",
            "trattativ",
            "colloqui$",
        ],
    },
    // An order, a ban or a warning lifted against still in force (trial 35 F9: "The
    // evacuation order … was lifted" / "… remains in force"): of one subject ("The
    // curfew was lifted" / "The evacuation order remains in force" may both be true).
    Fate {
        one: &[
            "lifted$",
            "rescinded$",
            "revoked$",
            "levé$|levée$|levés$|levées$",
            "aufgehoben$",
            "levantado$|levantada$|levantó$",
            "revocato$|revocata$|revocat$",
            // pt "revogada", nl "opgeheven", "ingetrokken"
            "revogado$|revogada$",
            "opgeheven$",
            "ingetrokken$",
        ],
        other: &[
            "in$ force$|effect$",
            "remains|remain|remained|still in$ place$",
            "en$ vigueur$|vigor$",
            "in$ kraft$|vigore$",
            // pt "mantém-se em vigor" (trial 36 F7.5), nl "blijft van kracht"
            "em$ vigor$",
            "van$ kracht$",
            // Still barred from going home (trial 36 F7.4: "The evacuation order for
            // Orvalho was lifted" / "Residents of Orvalho were still barred from
            // returning home"), pt "impedidos de regressar".
            "barred|banned|prevented|forbidden from$ returning$|return$|going$",
            "impedidos|impedidas|proibidos|proibidas de$ regressar$|voltar$",
        ],
        deaths: false,
        about: &[],
    },
    // Someone still missing against found, alive or dead (trial 35 F9: "A fisherman was
    // reported missing" / "A fisherman missing … was found alive"): of one subject.
    Fate {
        one: &[
            "found$",
            "located$",
            "retrouvé$|retrouvée$|retrouvés$|retrouvées$",
            "gefunden$|aufgefunden$",
            "encontrado$|encontrada$|encontrados$|encontradas$|hallado$|hallada$",
            "ritrovato$|ritrovata$|ritrovati$|ritrovate$",
            // "have been accounted for", pt "estão localizados" (trial 36 F4.2)
            "accounted for$",
            "localizado$|localizada$|localizados$|localizadas$",
        ],
        other: &[
            "still|remain|remains|remained|reported|went|gone|is|are|was|were missing$",
            // pt "continua desaparecido", nl "wordt nog vermist" (trial 36 F4.2)
            "continua|continuam|está|estão|permanece|permanecem|segue|seguem desaparecid",
            "vermist$",
            "porté|portée|portés|portées disparu$|disparue$|disparus$|disparues$",
            "vermisst$",
            "sigue|siguen|está|están|continúa desaparecid",
            "disperso$|dispersa$|dispersi$",
        ],
        deaths: false,
        about: &[],
    },
    // A measure extended against called off, suspended, lifted or ended (trial 40 T4: "The
    // strike was extended until Monday" / "The strike was called off", "verlängert" /
    // "beendet", "se prolongará" / "fue desconvocada", "prorogato" / "revocato",
    // "reconduite" / "levée", "The red warning was lifted" / "extended"), of one measure
    // ([`MEASURES`], the same word named near both phrases). Not "an extended strike",
    // "a prolonged closure": no outcome, a noun's adjective.
    Fate {
        one: &[
            "!a|an|the|its|their|his|her|after extended$|prolonged$",
            "extend$|extends$|extending$|prolong$|prolongs$",
            "prolongé$|prolongée$|prolongés$|prolongées$",
            "reconduit$|reconduite$|reconduits$|reconduites$",
            "prorogé$|prorogée$|prorogés$|prorogées$",
            "verlängert$|verlängerte$|verlängern$",
            "prolonga|prorrog",
            "amplió$|ampliada$|ampliado$|ampliará$",
            "prorogat|prolungat",
            "verlengd$|verlengde$|verlengen$",
        ],
        other: &[
            "called off$",
            "calls|call|calling off$",
            "suspended$",
            "lifted$",
            "ended$",
            "cancelled$|canceled$|scrapped$|halted$",
            "levé$|levée$|levés$|levées$",
            "suspendu$|suspendue$|suspendus$|suspendues$",
            "annulé$|annulée$|annulés$|annulées$",
            "terminé$|terminée$",
            "pris|prend|prendra fin$",
            "beendet$|endete$|aufgehoben$|abgesagt$|ausgesetzt$|abgebrochen$",
            "desconvoc|suspendid|levantad|cancelad|finalizad",
            "levantó$|finalizó$|terminó$|terminada$",
            "revocat|sospes|annullat|terminat",
            "suspens|terminou$",
            "afgeblazen$|opgeschort$|beëindigd$|opgeheven$|ingetrokken$|gestopt$",
        ],
        deaths: false,
        about: MEASURES,
    },
    // An aircraft landed against crashed, as English "landed" / "crashed" (trial 40 T4;
    // "landed safely", "sans encombre" are the first class's): de "notgelandet" /
    // "abgestürzt", fr "a atterri" / "s'est écrasé", es "aterrizó" / "se estrelló", it "è
    // atterrato" / "è precipitato", pt "aterrou" / "despenhou-se", nl "noodlanding" /
    // "neergestort"; of one subject.
    Fate {
        one: &[
            "notgelandet$|notlandung$|gelandet$|landete$",
            "atterri$|atterrato$|atterrata$",
            "aterrizó$|aterrizado$|aterrou$|aterrissou$",
            "noodlanding$|geland$|landde$",
        ],
        other: &[
            "abgestürzt$",
            "stürzte ~ ab$",
            "écras",
            "estrell",
            "precipitat|schiantat",
            "despenh",
            "neergestort$",
            "stortte ~ neer$",
        ],
        deaths: false,
        about: &[],
    },
    // People ordered out against let back (trial 40 T4: "Residents were ordered to
    // evacuate" / "Residents were allowed to return home"), of one subject; a report
    // telling both ("evacuated on Monday were allowed to return") holds both sides.
    Fate {
        one: &[
            "ordered|told|urged|forced ~ evacuate$|leave$|flee$",
            "sommés|contraints|obligés|appelés ~ évacuer$|quitter$",
            "aufgefordert|mussten ~ verlassen$|räumen$",
            "obligados|ordenó|ordenaron ~ evacuar$|abandonar$|desalojar$",
            "costretti|obbligati|invitati ~ evacuare$|lasciare$|abbandonare$",
        ],
        other: &[
            "allowed|permitted|cleared|able ~ return$|go$",
            "autorisés|autorisées|pu|pourront|peuvent ~ regagner$|rentrer$|retourner$|revenir$",
            "durften|dürfen|konnten|können ~ zurück|zurückkehren$",
            "pudieron|podrán|pueden|autorizados ~ regresar$|volver$",
            "potuto|potranno|possono|autorizzati ~ rientrare$|tornare$",
        ],
        deaths: false,
        about: &[],
    },
    // A ruling or a ban confirmed against annulled, suspended or blocked (trial 41 F2:
    // "Das Gericht bestätigte das Verbot" / "hob das Verbot … auf", "a confirmé" / "a
    // annulé", "upheld" / "blocked"): of the same thing ruled on ([`RULED`]) and one
    // subject ("The court upheld the law" / "Congress blocked the law" may both be true).
    Fate {
        one: &[
            "upheld$|confirmed$|validated$",
            "bestätigte$|bestätigt$|bestätigten$",
            "confirmé$|confirmée$|validé$|validée$",
            "confirmó$|ratificó$|confirmado$|confirmada$",
            "confermato$|confermata$|confermò$|convalidato$",
            "confirmou$|validou$",
        ],
        other: &[
            "blocked$|overturned$|quashed$|annulled$|suspended$|invalidated$",
            "struck down$",
            "hob|hoben|hebt ~ ~ auf$",
            "aufgehoben$|gekippt$|kippte$|kippten$|ausgesetzt$",
            "annulé$|annulée$|suspendu$|suspendue$|invalidé$|invalidée$|cassé$|cassée$",
            "anuló$|anulado$|anulada$|suspendió$|suspendido$|suspendida$|revocó$|bloqueó$",
            "annullato$|annullata$|annullò$|sospeso$|sospesa$|bloccato$|bloccata$",
            "anulou$|suspendeu$|bloqueou$",
        ],
        deaths: false,
        about: RULED,
    },
    // Hostages freed against still held (trial 41 F2): of one subject.
    Fate {
        one: &[
            "released$|freed$",
            "freigelassen$|freigekommen$|befreit$",
            "libéré$|libérés$|libérée$|libérées$|relâché$|relâchés$",
            "liberado$|liberados$|liberada$|liberadas$",
            "liberato$|liberati$|liberata$|liberate$|rilasciato$|rilasciati$",
            "libertado$|libertados$|libertada$|libertadas$",
            "vrijgelaten$",
        ],
        other: &[
            "still ~ held$|captive$|detained$",
            "weiter|weiterhin|noch|immer in$ gefangenschaft$|geiselhaft$",
            "weiter|weiterhin|noch ~ festgehalten$",
            "toujours|encore retenu|détenu|captif|captive|séquestr",
            "sigue|siguen|seguía|seguían|continúan secuestrad|retenid|cautiv",
            "ancora prigionier|sequestrat|trattenut",
            "ainda sequestrad|retid|cativ",
            "nog ~ vastgehouden$|gegijzeld$",
        ],
        deaths: false,
        about: HOSTAGES,
    },
    // Suspects arrested against let go, in German (trial 41 F2: "nahm … fest" / "ließ …
    // frei", the separable verbs with what was done between): of one subject.
    Fate {
        one: &["nahm|nahmen|nimmt ~ ~ fest$", "festgenommen$"],
        other: &["ließ|ließen|lässt ~ ~ frei$", "auf$ freien$ fuß$"],
        deaths: false,
        about: &[],
    },
    // An incumbent re-elected against beaten (trial 41 F2: "a été réélu" / "a été
    // battu"), the defeat in the passive ("defeated his rival" is a win): of one subject.
    Fate {
        one: &[
            "re-elected$|reelected$",
            "re$ elected$",
            "réélu$|réélue$|réélus$",
            "wiedergewählt$",
            "reelegido$|reelegida$",
            "rieletto$|rieletta$",
            "reeleito$|reeleita$",
            "herkozen$",
        ],
        other: &[
            "was|been defeated$|ousted$|unseated$",
            "été battu$|battue$|défait$|défaite$",
            "abgewählt$",
            "fue|sido derrotado$|derrotada$",
            "stato|stata sconfitto$|sconfitta$",
            "foi derrotado$|derrotada$",
        ],
        deaths: false,
        about: &[],
    },
    // A legal fight kept up against dropped (session 39, trial 41 F2 rest: "would keep
    // fighting for the law" / "would drop the case"): of the law, the case or the appeal
    // named near each phrase.
    Fate {
        one: &[
            "keep|keeps|kept|continue|continues|continued ~ fighting$|fight$|pursuing$",
            "continuer|continuera|continuerait|poursuivre|poursuivra ~ combat$|bataille$",
            "seguirá|seguiría|continuará|continuaría ~ luchando$|litigando$",
            "continuerà|continuerebbe ~ combattere$|battaglia$",
            "continuará|continuaria ~ lutar$|batalha$",
            "weiter ~ kämpfen$",
        ],
        other: &[
            "drop|drops|dropped|dropping|abandon|abandons|abandoned ~ case$|lawsuit$|suit$|appeal$|challenge$|fight$",
            "abandonne|abandonnera|abandonnerait|abandonné ~ poursuites$|procédure$|recours$|combat$",
            "retira|retirará|retiraría|abandona|abandonará|abandonaría ~ demanda$|recurso$|caso$",
            "ritira|ritirerà|ritirerebbe|abbandona|abbandonerà ~ causa$|ricorso$",
            "retira|retirará|retiraria|abandona|abandonará ~ processo$|recurso$|ação$",
            "zieht|zog ~ klage$|berufung$ zurück$",
        ],
        deaths: false,
        about: &[
            "law$",
            "laws$",
            "case$",
            "lawsuit",
            "suit$",
            "appeal",
            "challenge",
            "loi$",
            "poursuites$",
            "procédure$",
            "recours$",
            "ley$",
            "demanda$",
            "caso$",
            "recurso$",
            "legge$",
            "causa$",
            "ricorso$",
            "processo$",
            "ação$",
            "gesetz",
            "klage$",
            "berufung$",
            "verfahren$",
        ],
    },
    // An investigation opened against dropped (trial 43, m10 y60: "Le parquet de Paris a
    // ouvert une enquête" / "a classé l'affaire sans suite"), in seven languages: of one
    // subject. A report telling both ("opened an investigation and later dropped the
    // case") holds both sides.
    Fate {
        one: &[
            "opened|opens|launched|launches ~ investigation$|inquiry$|probe$",
            "ouvert|ouvre|ouvrira ~ enquête$|information$",
            "abrió|abierto|abre ~ investigación$|diligencias$",
            "aperto|apre|aprì ~ inchiesta$|indagine$|fascicolo$",
            "abriu|aberto ~ inquérito$|investigação$",
            "leitete|leiteten|leitet ~ ermittlungsverfahren$|ermittlungen$|verfahren$",
            "ermittlungsverfahren$|ermittlungen$ ~ eingeleitet$",
            "opende|startte|begon ~ onderzoek$",
            "onderzoek$ ~ geopend$|ingesteld$|gestart$",
        ],
        other: &[
            "dropped|closed|shelved ~ investigation$|inquiry$|probe$|case$|charges$",
            "classé|classée|classe ~ sans$ suite$",
            "archivó|archivado|archivada|archiva ~ causa$|caso$|investigación$|diligencias$",
            "archiviato|archiviata|archiviò|archivia ~ inchiesta$|indagine$|fascicolo$|caso$",
            "arquivou|arquivado|arquivada|arquiva ~ inquérito$|processo$|caso$|investigação$",
            "stellte|stellten ~ verfahren$|ermittlungen$|ermittlungsverfahren$ ein$",
            "verfahren$|ermittlungen$|ermittlungsverfahren$ ~ eingestellt$",
            "geseponeerd$|seponeerde$",
        ],
        deaths: false,
        about: &[],
    },
    // Going to prison against staying free (trial 43, m10 y64: "El exalcalde ingresará en
    // prisión" / "seguirá en libertad hasta que la sentencia sea firme"): of one subject.
    Fate {
        one: &[
            "go|goes|went|sent ~ to$ prison$|jail$",
            "ira|irá|entrera|entrer en$ prison$",
            "ingresará|ingresa|ingresó|ingresar|entrará|entró ~ prisión$|cárcel$",
            "irá$|ira$ ~ prisión$|cárcel$",
            "andrà$|entrerà$|entra$|finirà$|finisce$ in$ carcere$",
            "vai$|irá$|vão$|entra$|entrará$ ~ prisão$|cadeia$",
            "muss|müsse|musste|geht ins$ gefängnis$",
            "moet|gaat ~ de$ cel$ in$",
        ],
        other: &[
            "remain|remains|remained|stay|stays|stayed free$",
            "remain|remains|remained|stay|stays|stayed at$ large$|liberty$",
            "reste|restera|restent|demeure|demeurera en$ liberté$",
            "sigue|seguirá|seguiría|continúa|continuará|permanece|permanecerá en$ libertad$",
            "resta|resterà|rimane|rimarrà in$ libertà$",
            "continua|continuará|permanece|permanecerá|fica|ficará em$ liberdade$",
            "bleibt|bleiben|blieb ~ auf$ freiem$ fuß$",
            "blijft|blijven|bleef op$ vrije$ voeten$",
        ],
        deaths: false,
        about: &[],
    },
    // A record set against a record that stood (trial 43, m10 y49: "in een nieuw
    // parcoursrecord" / "het parcoursrecord bleef overeind"): of one record, the same word
    // of it named near both phrases (nl "wereldrecord" / "parcoursrecord" are two).
    Fate {
        one: &[
            "new$|nieuw$|nieuwe$|nouveau$|nuevo$|nuovo$|novo$|neuen$|neuer$|neuem$ ~ record$|parcoursrecord$|baanrecord$|wereldrecord$|rekord$|streckenrekord$|weltrekord$|récord$|recorde$",
            "set$|sets$|broke$|breaks$|bettered$|smashed$ ~ record$",
            "verbeterde$|brak$|verbetert$ ~ record$|parcoursrecord$|baanrecord$|wereldrecord$",
            "battu$|bat$|pulvérisé$ ~ record$",
            "batió$|bate$|rompió$|mejoró$ ~ récord$",
            "battuto$|batte$|migliorato$|migliora$ ~ record$",
            "bateu$|quebrou$ ~ recorde$",
            "stellte$|stellt$|brach$|bricht$|verbesserte$ ~ rekord$|streckenrekord$|weltrekord$",
        ],
        other: &[
            "record$ ~ stood$|stands$|survived$|intact$",
            "record$|parcoursrecord$|baanrecord$|wereldrecord$ ~ bleef$|blijft$ overeind$|staan$|intact$",
            "record$|parcoursrecord$|baanrecord$|wereldrecord$ ~ overeind$",
            "record$ ~ tient$|tenu$|intact$",
            "récord$ ~ sigue$|siguió$|resiste$|resistió$|intacto$",
            "record$ ~ resiste$|resistito$|regge$|imbattuto$|intatto$",
            "recorde$ ~ resiste$|resistiu$|intacto$",
            "rekord$|streckenrekord$|weltrekord$ ~ hält$|hielt$|besteht$|bestand$|bleibt$|blieb$",
        ],
        deaths: false,
        about: RECORDS,
    },
];
