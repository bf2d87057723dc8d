//! Tests of temperatures in the number flags (session 28, `temperatures.rs`): a figure
//! glued to its scale ("40C", "104F", "-5C") or after a degree sign ("40°C") is a
//! temperature; two in one scale differ as figures do, two in two scales are compared in
//! Celsius ("40C" = "104F", "40C" ≠ "110F"), and "99c" (cents) is none.

use super::test_util::{no_number_flag, one_flag};

/// A heat report with the temperature `t`.
fn heat(t: &str) -> String {
    format!("Temperatures reached {t} in Seville on Monday, the weather service said.")
}

/// A cold report with the temperature `t`.
fn cold(t: &str) -> String {
    format!("Temperatures fell to {t} in Oslo on Monday, the weather service said.")
}

#[test]
fn two_temperatures_in_one_scale_differ_as_figures() {
    one_flag(&heat("40C"), &heat("38C"), "40C", "38C", false);
    one_flag(&heat("40°C"), &heat("38C"), "40°C", "38C", false);
    one_flag(&heat("104F"), &heat("100F"), "104F", "100F", false);
    one_flag(&cold("-5C"), &cold("-8C"), "-5C", "-8C", false);
    // The sign is read: "-5C" is not "5C".
    one_flag(&cold("-5C"), &cold("5C"), "-5C", "5C", false);
    one_flag(
        &cold("-5 degrees Celsius"),
        &cold("5 degrees Celsius"),
        "-5 degrees Celsius",
        "5 degrees Celsius",
        false,
    );
}

#[test]
fn two_scales_are_compared_in_celsius() {
    for (a, b) in [
        ("40C", "104F"),
        ("40°C", "104 degrees Fahrenheit"),
        ("40 degrees Celsius", "104F"),
        ("40C", "40°C"),
        ("40C", "40 degrees Celsius"),
        // A rounding: 100F is 37.8C.
        ("38C", "100F"),
    ] {
        no_number_flag(&heat(a), &heat(b));
    }
    no_number_flag(&cold("-5C"), &cold("23F"));
    one_flag(&heat("40C"), &heat("110F"), "40C", "110F", false);
    one_flag(&heat("40C"), &heat("40F"), "40C", "40F", false);
    one_flag(&cold("-5C"), &cold("5F"), "-5C", "5F", false);
}

#[test]
fn cents_and_model_names_are_no_temperatures() {
    // "99c" is cents, lower case; a temperature against a price is no flag.
    no_number_flag(
        "The burger costs 99c at the stall in Seville on Monday.",
        "Temperatures reached 38C in Seville on Monday.",
    );
}
