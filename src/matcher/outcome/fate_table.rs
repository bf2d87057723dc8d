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
}

/// How the phrases are written: words separated by spaces; each word a `|`-separated
/// list of word beginnings of the lower-case token, a beginning ending with `$` read
/// whole; `~` lets up to `fates::MAX_GAP` tokens stand between the words around it ("fand
/// trotzdem statt"). An apostrophe's elided word is no token ("s'est" is "est").
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
            // Hostages freed against executed (trial 26, F9).
            "was|were|been|being freed$",
            "libéré$|libérés$|libérée$|libérées$",
            "freigelassen$",
            "liberado$|liberados$|liberada$|liberadas$",
            "liberato$|liberati$|liberata$|liberate$",
            "reached port|shore|harbour|harbor|safety$",
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
        ],
        deaths: true,
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
            "domato$|domati$",
            "sotto controllo$",
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
        ],
        deaths: false,
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
            "prófugo$",
            "evaso$|evasi$|fuggito$|fuggiti$",
            "latitante$",
        ],
        deaths: false,
    },
];
