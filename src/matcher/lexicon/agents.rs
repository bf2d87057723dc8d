//! What hit a place in a natural disaster, two kinds told apart (trial 55 F7b): a debris
//! flow ("mudslide", "debris flow", de "Mure", fr "coulée de boue", es "alud", it "colata
//! di fango", pt "deslizamento de lama", nl "modderstroom") and a flood ("flood", "flash
//! flood", de "Überschwemmung", "Hochwasser", fr "inondation", "crue", es "inundación",
//! it "alluvione", pt "cheia", nl "overstroming"), in English, French, German, Spanish,
//! Italian, Portuguese and Dutch. Read by the cause flag of what hit (`cause/agent.rs`).
//! Lower case; the words of a phrase are its tokens, space-separated. A longer phrase is
//! read before a shorter one it starts with ("flash flood" before "flood").

/// The kinds of what hit, one row each: the row's key (its English name) and its
/// phrases in the seven languages.
pub(in crate::matcher) const AGENTS: &[(&str, &[&str])] = &[
    (
        "debris flow",
        &[
            // en
            "mudslide",
            "mudslides",
            "mud slide",
            "mudflow",
            "mudflows",
            "debris flow",
            "debris flows",
            // de
            "mure",
            "muren",
            "murenabgang",
            "murenabgänge",
            "murgang",
            "schlammlawine",
            "schlammlawinen",
            // fr
            "coulée de boue",
            "coulées de boue",
            "lave torrentielle",
            "laves torrentielles",
            // es
            "alud",
            "aludes",
            "deslizamiento de lodo",
            "deslizamientos de lodo",
            "avalancha de lodo",
            "corriente de lodo",
            // it
            "colata di fango",
            "colate di fango",
            "colata detritica",
            "colate detritiche",
            // pt
            "deslizamento de lama",
            "deslizamentos de lama",
            "avalanche de lama",
            "fluxo de detritos",
            // nl
            "modderstroom",
            "modderstromen",
            "modderlawine",
        ],
    ),
    (
        "flood",
        &[
            // en
            "flash flood",
            "flash floods",
            "flood",
            "floods",
            "flooding",
            "floodwaters",
            // de
            "sturzflut",
            "sturzfluten",
            "flutwelle",
            "überschwemmung",
            "überschwemmungen",
            "hochwasser",
            // fr
            "inondation",
            "inondations",
            "crue",
            "crues",
            // es
            "inundación",
            "inundaciones",
            "riada",
            "riadas",
            "crecida",
            // it
            "alluvione",
            "alluvioni",
            "inondazione",
            "inondazioni",
            "esondazione",
            // pt
            "cheia",
            "cheias",
            "inundação",
            "inundações",
            "enxurrada",
            // nl
            "overstroming",
            "overstromingen",
        ],
    ),
];
