//! Tests of the ordinals of Spanish and Portuguese (`ordinal/words.rs`, trial 29 F11):
//! the floor and the carriage a fact happened on, both genders, against the same ranks
//! in English and Italian.

use super::test_util::{no_number_flag, one_flag};

#[test]
fn spanish_and_portuguese_ordinals_of_a_floor_or_a_carriage_differ() {
    for (a, b, ta, tb) in [
        (
            "O fogo começou no segundo andar do edifício.",
            "O fogo começou no terceiro andar do edifício.",
            "segundo andar",
            "terceiro andar",
        ),
        (
            "O incêndio deflagrou no primeiro andar.",
            "O incêndio deflagrou no quinto andar.",
            "primeiro andar",
            "quinto andar",
        ),
        (
            "El accidente ocurrió en el segundo vagón.",
            "El accidente ocurrió en el cuarto vagón.",
            "segundo vagón",
            "cuarto vagón",
        ),
        (
            "A explosão ocorreu na segunda carruagem.",
            "A explosão ocorreu na quarta carruagem.",
            "segunda carruagem",
            "quarta carruagem",
        ),
        (
            "The blast happened in the second carriage.",
            "The blast happened in the third carriage.",
            "second carriage",
            "third carriage",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
    // The same rank in two genders' words agrees; a rank is no count.
    no_number_flag(
        "O fogo começou no terceiro andar.",
        "O fogo começou no terceiro andar do prédio.",
    );
    no_number_flag(
        "O fogo começou no segundo andar.",
        "Dois bombeiros ficaram feridos.",
    );
}
