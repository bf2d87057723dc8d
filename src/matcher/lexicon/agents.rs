//! What hit a place in a natural disaster, kinds told apart (trial 55 F7b): a landslide or
//! a debris flow ("landslide", "mudslide", "debris flow", de "Mure", "Erdrutsch", fr
//! "coulée de boue", es "alud", it "frana", "colata di fango", pt "deslizamento de lama",
//! nl "modderstroom"), a flood ("flood", "flash flood", de "Überschwemmung", "Hochwasser",
//! fr "inondation", "crue", es "inundación", it "alluvione", pt "cheia", nl
//! "overstroming") and a snow avalanche (session 52's last tester), in English, French, German, Spanish,
//! Italian, Portuguese and Dutch. Read by the cause flag of what hit (`cause/agent.rs`).
//! Lower case; the words of a phrase are its tokens, space-separated. A longer phrase is
//! read before a shorter one it starts with ("flash flood" before "flood").

/// The kinds of what hit, one row each: the row's key (its English name) and its
/// phrases in the seven languages.
pub(in crate::matcher) const AGENTS: &[(&str, &[&str])] = &[
    (
        "landslide or debris flow",
        &[
            // en
            "landslide",
            "landslides",
            "landslip",
            "landslips",
            "rockfall",
            "rockfalls",
            "rock slide",
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
            "erdrutsch",
            "erdrutsche",
            "hangrutsch",
            "felssturz",
            // fr
            "coulée de boue",
            "coulées de boue",
            "lave torrentielle",
            "laves torrentielles",
            "glissement de terrain",
            "glissements de terrain",
            "éboulement",
            "éboulements",
            // es
            "alud",
            "aludes",
            "deslizamiento de lodo",
            "deslizamientos de lodo",
            "avalancha de lodo",
            "corriente de lodo",
            "deslizamiento de tierra",
            "deslizamientos de tierra",
            "desprendimiento de tierra",
            "desprendimientos de tierra",
            // it
            "colata di fango",
            "colate di fango",
            "colata detritica",
            "colate detritiche",
            "frana",
            "frane",
            "smottamento",
            "smottamenti",
            // pt
            "deslizamento de lama",
            "deslizamentos de lama",
            "avalanche de lama",
            "fluxo de detritos",
            "deslizamento de terra",
            "deslizamentos de terra",
            // nl
            "modderstroom",
            "modderstromen",
            "modderlawine",
            "aardverschuiving",
            "aardverschuivingen",
            "grondverschuiving",
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
    // A snow avalanche (session 52's last tester: "A landslide buried the village" / "An
    // avalanche buried the village"); a mud avalanche is the first row's ("avalanche de
    // lama", "avalancha de lodo": the longer phrase is read first).
    (
        "avalanche",
        &[
            // en, fr, pt
            "avalanche",
            "avalanches",
            // de, nl
            "lawine",
            "lawinen",
            "lawines",
            // es
            "avalancha",
            "avalanchas",
            "alud de nieve",
            // it
            "valanga",
            "valanghe",
        ],
    ),
];
