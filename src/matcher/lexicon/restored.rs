//! The words of a service restored and of one still down, in English, French, German,
//! Spanish, Italian, Portuguese and Dutch ("back online", "wieder in Betrieb", "werken
//! weer", "restored"; "still down", "remained offline", "toujours hors service", "nog
//! plat"), read by the outcome flags (`outcome/restored.rs`, trial 49 F2). Lower case, whole
//! words, as the tokens' `norm`s are.

/// Words of "back" or "again" that, next to a word of [`WORKING`], tell a service working
/// again ("*back* online", "online *again*", fr "de *nouveau* en ligne", de "*wieder* in
/// Betrieb", es "*volvieron* a funcionar", it "*tornati* operativi", pt "*voltaram* a
/// funcionar", nl "werken *weer*").
pub(in crate::matcher) const AGAIN: &[&str] = &[
    "back",
    "again",
    // fr ("de nouveau", "à nouveau")
    "nouveau",
    "refonctionnent",
    // de
    "wieder",
    // es ("de nuevo", "volvieron a funcionar")
    "nuevo",
    "vuelven",
    "volvieron",
    "volvió",
    "vuelve",
    // it ("di nuovo", "tornati operativi")
    "nuovo",
    "tornati",
    "tornate",
    "tornato",
    "tornata",
    "tornano",
    // pt ("de novo", "voltaram a funcionar")
    "novo",
    "novamente",
    "voltaram",
    "voltou",
    "voltam",
    // nl
    "weer",
    // Power or a service come back ("Power returned to Lichtenberg", de "Der Strom ist
    // zurück", nl "De stroom is terug"), read as the words above are: next to a word of
    // [`WORKING`] or [`SUPPLY`].
    "returned",
    "zurück",
    "terug",
];

/// Words of a service working ("online", "running", "in service", fr "en ligne",
/// "opérationnels", de "in Betrieb", "erreichbar", es "en línea", "funcionar", it
/// "operativi", pt "operacionais", nl "werken", "in de lucht"), read next to a word of
/// [`AGAIN`].
pub(in crate::matcher) const WORKING: &[&str] = &[
    "online",
    "up",
    "running",
    "operational",
    "working",
    "service",
    "operation",
    "functioning",
    "normal",
    // fr
    "ligne",
    "opérationnel",
    "opérationnels",
    "opérationnelle",
    "opérationnelles",
    "fonctionnent",
    "fonctionne",
    "marche",
    // de
    "betrieb",
    "erreichbar",
    "verfügbar",
    "funktionsfähig",
    "einsatzbereit",
    "laufen",
    "läuft",
    "funktionieren",
    "funktioniert",
    // es
    "línea",
    "funcionan",
    "funciona",
    "funcionar",
    "operativos",
    "operativo",
    "operativas",
    "servicio",
    // it
    "operativi",
    "operative",
    "funzione",
    "funzionano",
    "funziona",
    "funzionare",
    "servizio",
    // pt
    "operacionais",
    "operacional",
    "funcionam",
    "serviço",
    // nl
    "werken",
    "werkt",
    "operationeel",
    "lucht",
    "draaien",
    "draait",
];

/// Nouns of a supply that, next to a word of [`AGAIN`], tell it back ("*power* is back",
/// de "wieder *Strom*", "wieder am *Netz*", es "volvió la *luz*", pt "a *luz* voltou", nl
/// "de *stroom* is terug"; trial 53 F1), and that after a word of lacking
/// ([`WITHOUT`]) tell it still down ("still without *power*", "weiterhin ohne *Strom*").
/// Not among the words left out of a phrase's subject (`outcome/restored.rs`): the supply
/// is what both sides tell of.
pub(in crate::matcher) const SUPPLY: &[&str] = &[
    "power",
    "electricity",
    "grid",
    // fr
    "électricité",
    "courant",
    "réseau",
    // de
    "strom",
    "netz",
    // es
    "electricidad",
    "luz",
    // it
    "elettricità",
    "corrente",
    "luce",
    "rete",
    // pt
    "eletricidade",
    "energia",
    // nl
    "stroom",
    "elektriciteit",
];

/// Participles of a service restored, read alone ("All systems were restored", fr
/// "rétablis", de "wiederhergestellt", es "restablecidos", it "ripristinati", pt
/// "restabelecidos", nl "hersteld").
pub(in crate::matcher) const RESTORED: &[&str] = &[
    "restored",
    "reconnected",
    "rétabli",
    "rétablie",
    "rétablis",
    "rétablies",
    "restauré",
    "restaurés",
    "wiederhergestellt",
    "restablecido",
    "restablecida",
    "restablecidos",
    "restablecidas",
    "ripristinato",
    "ripristinata",
    "ripristinati",
    "ripristinate",
    "restabelecido",
    "restabelecida",
    "restabelecidos",
    "restabelecidas",
    "hersteld",
];

/// Words right before "to" that make the name after it the place where the fact happened
/// in a sentence of a power supply (`counted_nouns::SUPPLY_WORDS` before them; trial 53
/// F4: "Power returned to Lichtenberg at 23:30" / "Power returned to Marzahn"): a supply
/// restored or brought back to a place (someone who returned to a place went there, which
/// is no place of the fact: "when he'd returned to the US"). English only:
/// the other languages' word of "to" is their locative preposition already ("à", "a").
pub(in crate::matcher) const RETURNED_TO: &[&str] = &[
    "restored",
    "reconnected",
    "returned",
    "returns",
    "returning",
    "back",
];

/// Words of a state lasting ("*still* down", "*remained* offline", fr "*toujours* hors
/// service", "*restent* paralysés", de "*noch* ausgefallen", "*blieben* lahmgelegt", es
/// "*siguen* caídos", it "*ancora* fuori uso", pt "*continuam* em baixo", nl "*nog*
/// plat"), before a word of [`DOWN`].
pub(in crate::matcher) const STILL: &[&str] = &[
    "still",
    "remained",
    "remain",
    "remains",
    "stayed",
    "stay",
    "stays",
    // fr
    "toujours",
    "restent",
    "restaient",
    "resté",
    "restée",
    "restés",
    "restées",
    "demeurent",
    // de
    "noch",
    "weiterhin",
    "bleiben",
    "blieben",
    "bleibt",
    "blieb",
    // es
    "siguen",
    "seguían",
    "sigue",
    "seguía",
    "permanecen",
    "permanecían",
    "permanece",
    "continúan",
    "todavía",
    "aún",
    // it
    "ancora",
    "restano",
    "restavano",
    "rimangono",
    "rimanevano",
    "rimasti",
    "rimaste",
    "rimasto",
    "rimasta",
    // pt
    "continuam",
    "continuavam",
    "permanecem",
    "permaneciam",
    "ainda",
    // nl
    "nog",
    "bleven",
    "blijven",
    "blijft",
    "bleef",
];

/// Words of a service down ("down", "offline", "out", fr "hors service", "en panne", de
/// "ausgefallen", "außer Betrieb", es "caídos", "fuera de servicio", it "fuori uso", pt "em
/// baixo", "fora de serviço", nl "plat", "uit de lucht"), after a word of [`STILL`].
pub(in crate::matcher) const DOWN: &[&str] = &[
    "down",
    "offline",
    "out",
    "shut",
    "disrupted",
    "unavailable",
    "inaccessible",
    "paralysed",
    "paralyzed",
    "crippled",
    "inoperable",
    "inoperative",
    // fr
    "hors",
    "panne",
    "paralysé",
    "paralysés",
    "paralysée",
    "paralysées",
    "inaccessibles",
    "indisponible",
    "indisponibles",
    "bloqués",
    "coupés",
    // de
    "ausgefallen",
    "lahmgelegt",
    "gestört",
    "außer",
    "unerreichbar",
    // es
    "caídos",
    "caído",
    "caída",
    "caídas",
    "fuera",
    "paralizados",
    "paralizado",
    "inactivos",
    "bloqueados",
    "desconectados",
    "inoperativos",
    // it
    "fuori",
    "bloccati",
    "bloccato",
    "paralizzati",
    "paralizzato",
    "inattivi",
    // pt
    "baixo",
    "fora",
    "inoperacionais",
    "inoperacional",
    "paralisados",
    "paralisado",
    "inativos",
    // nl
    "plat",
    "uit",
    "buiten",
    "onbereikbaar",
    "gestoord",
    // Lacking a supply or cut off from it ("still *without* power", "remain *cut* off",
    // fr "toujours *sans* électricité", "toujours *privés* de courant", de "weiterhin
    // *ohne* Strom", es "siguen *sin* luz", it "ancora *senza* corrente", pt "ainda *sem*
    // energia", nl "nog *zonder* stroom"; trial 53 F1): [`WITHOUT`].
    "without",
    "cut",
    "sans",
    "privés",
    "privées",
    "privé",
    "privée",
    "ohne",
    "sin",
    "senza",
    "sem",
    "zonder",
];

/// The words of [`DOWN`] that tell a supply lacking, before its noun ("still *without*
/// power", de "weiterhin *ohne* Strom"): the noun ends the phrase and is what the phrase
/// tells of (trial 53 F1).
pub(in crate::matcher) const WITHOUT: &[&str] = &[
    "without", "sans", "privés", "privées", "privé", "privée", "ohne", "sin", "senza", "sem",
    "zonder",
];

/// The words of [`DOWN`] that are prepositions before a noun ("*out* of service", fr
/// "*hors* service", de "*außer* Betrieb", es "*fuera* de servicio", it "*fuori* uso", pt
/// "*fora* de serviço", nl "*buiten* werking", "*uit* de lucht"): the flag shows the noun
/// with them.
pub(in crate::matcher) const OUT_OF: &[&str] = &[
    "out", "hors", "außer", "fuera", "fuori", "fora", "buiten", "uit",
];

/// Words that tell a part of what is restored or down ("*some* systems remained down",
/// "*partly* restored", fr "*certains*", "*partiellement*", de "*einige*", "*teilweise*",
/// es "*algunos*", "*parcialmente*", it "*alcuni*", pt "*alguns*", nl "*sommige*",
/// "*gedeeltelijk*"): a part restored and a part down may both be true.
pub(in crate::matcher) const PART: &[&str] = &[
    "some",
    "partly",
    "partially",
    "part",
    "parts",
    "several",
    "few",
    "certain",
    // fr
    "certains",
    "certaines",
    "partiellement",
    "quelques",
    "partie",
    // de
    "einige",
    "einiger",
    "teilweise",
    "teils",
    "manche",
    // es
    "algunos",
    "algunas",
    "parcialmente",
    "parte",
    // it
    "alcuni",
    "alcune",
    "parzialmente",
    // pt
    "alguns",
    "algumas",
    // nl
    "sommige",
    "enkele",
    "gedeeltelijk",
    "deels",
];
