//! Words that tell a vehicle as the rescuers' own, not the story's (trial 51 F4:
//! "helped by a helicopter with a thermal camera", "searching the river with divers and a
//! helicopter", "rescued by a passing boat crew", "a rescue helicopter", "flown to
//! hospital by helicopter"): the vehicle flag (`flags/vehicles.rs`) leaves such a
//! vehicle out, as it leaves out a car of a train. English, as the vehicle words are.
//! Lower case, as tokens are normalised.

/// Verbs of rescuing, helping and searching: a vehicle after "by" or "with" in their
/// clause is the rescuers' ("rescued by a passing boat crew", "helped by a helicopter",
/// "searching the river with divers and a helicopter"). Not "hit", "struck", "rammed"
/// ("was hit by a car": the story's vehicle), nor "taken", "carried", "brought" alone
/// ("brought by boat": the story's boat; [`super::fate_phrases::HOSPITALS`] make them
/// a transport of the injured: "taken to hospital by helicopter").
pub(in crate::matcher) const RESCUE_VERBS: &[&str] = &[
    "rescued",
    "rescue",
    "rescues",
    "rescuing",
    "saved",
    "helped",
    "assisted",
    "supported",
    "aided",
    "backed",
    "airlifted",
    "evacuated",
    "searched",
    "searching",
    "search",
    "searches",
    "scoured",
    "scouring",
    "combed",
    "combing",
];

/// Words before a vehicle that make it a rescuer's ("a rescue helicopter", "search
/// boats", "a coastguard helicopter", "an air ambulance").
pub(in crate::matcher) const RESCUE_MODIFIERS: &[&str] = &[
    "rescue",
    "search",
    "coastguard",
    "air",
    "lifeboat",
    "medevac",
    // "Four emergency helicopters ... were deployed" (session 55, trial 57: "vehicle: coach
    // ≠ helicopters").
    "emergency",
];

/// Words after which a vehicle is what something was done with or by ("*with* divers and a
/// helicopter", "*by* helicopter").
pub(in crate::matcher) const INSTRUMENT: &[&str] = &["with", "by"];
