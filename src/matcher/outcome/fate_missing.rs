//! Missing as an outcome (trial 51 F1): someone still missing against the same person
//! rescued, alive, survived or dead ("The bus driver was rescued" / "The bus driver is
//! missing", "was killed" / "is missing", "survived" / "is still missing", "is among the
//! missing" / "was pulled alive from the river", "wurde gerettet" / "wird vermisst"). A
//! person whose fate one report tells is not missing in the other; one class of fates
//! (`fate_table::Fate`) read after those of `fate_table.rs` by `fates::fate_conflict`,
//! of one subject, in seven languages (en, fr, de, es, it, pt, nl).
//!
//! Trapped is the same kind of state (trial 52 F1): not yet rescued, fate unknown.
//! Someone still trapped ("Julio Mamani remained trapped underground", "among those still
//! trapped", es "sigue atrapado", de "noch eingeschlossen", fr "toujours bloqué") against
//! the same person rescued, brought out or dead ([`TRAPPED`]). Only the state told as
//! lasting is read, not the event ("were trapped ... until rescued", "the trapped
//! miners" tell no fate), nor alive alone ("trapped but alive" is no opposite).
//!
//! Missing or trapped told with a hedge ("are feared missing", "is believed to be missing",
//! "unaccounted for", "seraient portés disparus") is not told as a fact: the softer,
//! dashed flag ([`hedged`]).

use super::fate_table::Fate;
use crate::matcher::text::Token;

/// Missing (the first side) against a fate told: rescued, alive, survived, safe (the
/// second side), or dead (the words of a death of the casualty lexicon, `deaths`).
pub(super) const MISSING: Fate = Fate {
    one: &[
        // en ("is believed to be missing": the hedge is read by [`hedged`])
        "still|remain|remains|remained|reported|went|gone|is|are|was|were|be|been missing$",
        "feared|believed|thought|presumed missing$",
        "among$ the$ missing$",
        "unaccounted$ for$",
        "unaccounted$",
        // fr
        "porté|portée|portés|portées disparu$|disparue$|disparus$|disparues$",
        "toujours|reste|restent|restait|restaient disparu$|disparue$|disparus$|disparues$",
        "parmi$ les$ disparus$",
        "manque$|manquent$|manquait$|manquaient$ à$ appel$",
        // de (not "vermisst" alone: "Er vermisst seine Familie" misses someone)
        "wird|werden|wurde|wurden|gilt|gelten|galt|galten|ist|sind|noch|weiterhin ~ vermisst$",
        "unter$ den$ vermissten$",
        // es
        "sigue|siguen|está|están|continúa|continúan|permanece|permanecen desaparecid",
        "entre$ los$ desaparecidos$",
        "dado|dados|dada|dadas por$ desaparecid",
        // it
        "disperso$|dispersa$|dispersi$",
        "tra|fra i$ dispersi$",
        // pt
        "continua|continuam|está|estão|permanece|permanecem|segue|seguem desaparecid",
        "entre$ os$ desaparecidos$",
        "dado|dados|dada|dadas como$ desaparecid",
        // nl
        "vermist$",
        "onder$ de$ vermisten$|vermiste$",
    ],
    other: &[
        // en
        "was|were|been|being rescued$",
        "pulled|rescued|found|brought|taken|recovered ~ alive$",
        // "Helicopters rescued all 23 crew members" (trial 58): all of them, read after
        // the phrase (`fates.rs`, `all_after`).
        "rescued|airlifted|saved|evacuated|winched all$",
        "alive$",
        "survived$|survives$",
        "found|were|was|is|are|been|reported safe$",
        "to safety$",
        "unharmed$|unhurt$|uninjured$",
        // fr
        "secouru",
        "sauvé$|sauvés$|sauvée$|sauvées$",
        "survécu",
        "survit$|survivent$",
        "en vie$",
        "vivant$|vivante$|vivants$|vivantes$",
        "sain$|sains$|saine$|saines$ et$ sauf$|saufs$|sauve$|sauves$",
        "indemne",
        // de
        "gerettet$",
        "überlebt",
        "lebend",
        "am$ leben$",
        "unverletzt",
        // es, pt ("sobreviv": both)
        "rescatad",
        "sobreviv",
        "con$ vida$",
        "a$ salvo$",
        "ileso$|ilesos$|ilesa$|ilesas$",
        "resgatad",
        "com$ vida$",
        // it
        "salvato$|salvati$|salvata$|salvate$",
        "in$ salvo$",
        "sopravviss",
        "in$ vita$",
        "vivo$|vivi$|vivos$|vivas$",
        // nl
        "gered$",
        "overleefd|overleefde",
        "levend$",
        "ongedeerd$",
    ],
    deaths: true,
    about: &[],
};

/// Trapped (the first side: still, remaining or now trapped, stuck or stranded) against
/// rescued, freed or brought out (alive or not), or dead (the second side), in seven
/// languages. Not the event "were trapped" (then rescued: no opposite), nor "alive" or
/// "survived" alone (one trapped may be alive), nor "buried" (of bodies and graves too).
pub(super) const TRAPPED: Fate = Fate {
    one: &[
        // en ("had been trapped ... until": resolved, not read)
        "still$ trapped$|stuck$|stranded$|underground$",
        "remain$|remains$|remained$|remaining$ trapped$|stuck$|stranded$|underground$",
        "is$|are$ trapped$|stuck$|stranded$",
        "!had been$ trapped$|stuck$|stranded$",
        "feared$|believed$|thought$ trapped$",
        // fr
        "toujours$|reste$|restent$|restait$|restaient$|demeure$|demeurent$|est$|sont$ piégé$|piégée$|piégés$|piégées$|bloqué$|bloquée$|bloqués$|bloquées$|coincé$|coincée$|coincés$|coincées$|emmuré$|emmurés$",
        "toujours$ sous$ les$ décombres$",
        // de
        "noch$|weiterhin$|immer$ ~ eingeschlossen$|verschüttet$",
        "ist$|sind$|bleibt$|bleiben$|blieben$ eingeschlossen$|verschüttet$",
        "sitzt$|sitzen$|saß$|saßen$ ~ fest$",
        // es
        "sigue$|siguen$|seguía$|seguían$|permanece$|permanecen$|permanecía$|permanecían$|continúa$|continúan$|está$|están$|aún$|todavía$|quedan$|queda$ atrapad",
        // it
        "ancora$|resta$|restano$|rimane$|rimangono$|è$|sono$ intrappolat|bloccat",
        "ancora$ sotto$ le$ macerie$",
        // pt
        "continua$|continuam$|está$|estão$|permanece$|permanecem$|segue$|seguem$|ainda$ soterrad|encurralad|presos$|preso$|presa$|presas$",
        // nl
        "nog$|steeds$ ~ ingesloten$",
        "zit$|zitten$|zat$|zaten$ ~ vast$",
        "is$|zijn$ ingesloten$",
    ],
    other: &[
        // en
        "was|were|been|being|is|are rescued$",
        "pulled|brought|taken|dug|carried|hauled|lifted|recovered|rescued ~ alive$",
        "pulled|brought|dug|hauled|lifted out$",
        "freed$",
        "to safety$",
        "to$ the$ surface$",
        // fr
        "secouru",
        "sauvé$|sauvés$|sauvée$|sauvées$",
        "dégagé$|dégagés$|dégagée$|dégagées$",
        "extrait$|extraits$|extraite$|extraites$",
        "sain$|sains$|saine$|saines$ et$ sauf$|saufs$|sauve$|sauves$",
        // de
        "gerettet$",
        "befreit$",
        "geborgen$",
        // es, pt
        "rescatad",
        "sacad|extraíd ~ con$ vida$",
        "salió|salieron ~ con$ vida$",
        "a$ salvo$",
        "resgatad",
        "retirad ~ com$ vida$",
        // it
        "salvato$|salvati$|salvata$|salvate$",
        "in$ salvo$",
        "estratt ~ vivo$|vivi$|viva$|vive$",
        // nl
        "gered$",
        "bevrijd$",
        "geborgen$",
        "in$ veiligheid$",
    ],
    deaths: true,
    about: &[],
};

/// Words that tell missing (or the fate against it) as feared, believed or likely, not as
/// a fact, in seven languages: "feared missing", "believed to be missing", "unaccounted
/// for" (not yet found, not known lost), fr "seraient portés disparus", de "vermutlich",
/// es "estaría desaparecido", it "risulterebbe disperso", pt "estaria desaparecido", nl
/// "zou vermist zijn".
const HEDGES: &[&str] = &[
    // en
    "feared",
    "believed",
    "thought",
    "presumed",
    "possibly",
    "probably",
    "reportedly",
    "unaccounted",
    // fr
    "serait",
    "seraient",
    "probablement",
    "peut-être",
    // de
    "vermutlich",
    "möglicherweise",
    "wahrscheinlich",
    // es
    "posiblemente",
    "probablemente",
    "estaría",
    "estarían",
    // it
    "forse",
    "probabilmente",
    "sarebbe",
    "sarebbero",
    "risulterebbe",
    "risulterebbero",
    // pt
    "possivelmente",
    "provavelmente",
    "estaria",
    "estariam",
    // nl
    "mogelijk",
    "vermoedelijk",
    "waarschijnlijk",
    "zou",
    "zouden",
];

/// How many tokens before a phrase a word of [`HEDGES`] hedges it ("is *believed* to be
/// missing": two).
const HEDGE_REACH: usize = 3;

/// Whether the phrase at tokens `[s, e)` of `toks` is told with a hedge ([`HEDGES`]): a
/// word of it in the phrase or within [`HEDGE_REACH`] tokens before it.
pub(super) fn hedged(toks: &[Token], (s, e): (usize, usize)) -> bool {
    toks[s.saturating_sub(HEDGE_REACH)..e.min(toks.len())]
        .iter()
        .any(|t| HEDGES.contains(&t.norm.as_str()))
}
