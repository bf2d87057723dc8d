//! Tests of a habit or a history told as a whole (trial 28, F9): read as nothing, in five
//! languages; the event's own time ("since Monday", "since the quake"), a weekday and a
//! figure of the story keep a sentence whole.

use super::tests::kept_in;

#[test]
fn a_habit_or_a_history_as_a_whole_is_read_as_nothing() {
    for s in [
        // Trial 28's three.
        "Road accidents kill thousands of people in Peru every year.",
        "Kharkiv, Ukraine's second largest city, has been repeatedly shelled since 2022.",
        "It is the first derby to be postponed since 2015.",
        // Other wordings and word orders.
        "Each year, floods displace tens of thousands of people in the region.",
        "The festival is held annually in the old town.",
        "Since March 2022 the city has been shelled almost daily.",
        "Since 2015, no derby had been called off.",
        "Prices in the region have risen sharply since March 2019.",
        // German, French, Spanish, Italian.
        "Bei Verkehrsunfällen sterben in Peru jedes Jahr Tausende Menschen.",
        "Charkiw wird seit 2022 immer wieder beschossen.",
        "Des milliers de personnes meurent chaque année sur les routes du Pérou.",
        "C'est le premier derby reporté depuis 2015.",
        "Miles de personas mueren cada año en las carreteras de Perú.",
        "Es el primer derbi aplazado desde 2015.",
        "Ogni anno migliaia di persone muoiono sulle strade del Perù.",
        // Other periods (trial 29, F12: "... reported every week" was linked at 0.790).
        "Fires in empty buildings in the city are reported every week.",
        "Floods hit the valley every few years.",
        "The council publishes the figures monthly.",
        "The council meets weekly in the town hall.",
        "Fires break out weekly, the brigade says.",
        "In der Stadt brennt es jede Woche in leeren Gebäuden.",
        "Des incendies éclatent chaque semaine dans des immeubles vides.",
        "Todos los meses se registran incendios en edificios vacíos.",
        "Ogni settimana si registrano incendi in edifici vuoti.",
        // A habit in the main clause, an aside beside it, or a habit leading the sentence.
        "The festival, a local tradition, is held every year in August.",
        "In the region, floods displace thousands of people every year.",
        "Every year, floods displace thousands of people in the region.",
    ] {
        assert_eq!(kept_in(s, &[2026]), "", "{s}");
    }
}

#[test]
fn the_events_own_time_or_figure_keeps_the_sentence() {
    for s in [
        // The event's own time after "since".
        "The road has been closed since Monday.",
        "Rescuers have been searching the rubble since the quake.",
        "Kharkiv has been repeatedly shelled since Saturday's strike.",
        // A weekday or today: the event, told with its habit.
        "The derby, played every year in March, was postponed on Sunday.",
        "Road accidents kill thousands every year, and 24 more died today.",
        "Such fires are reported every week, but Tuesday's was the largest.",
        // A habit in an aside of a one-time event (trial 31, F16).
        "The festival, held every year in August, was cancelled.",
        "The festival, which takes place every year in August, was called off because of the storm.",
        "Organisers cancelled the festival, which is held every year in August.",
        "Das Festival, das jedes Jahr im August stattfindet, wurde abgesagt.",
        "Le festival, organisé chaque année en août, a été annulé.",
        "El festival, que se celebra cada año en agosto, fue cancelado.",
        // "monthly" and "weekly" before a noun are adjectives, no habit (trial 38, F4).
        "The law applies to platforms with more than 50 million monthly users.",
        "The measure covers platforms with at least 100 million monthly active users.",
        "The weekly magazine closed its newsroom.",
        // A figure of the story besides the year.
        "The firm has hired 500 people since 2019.",
        // A superlative of the story since a year is no history of this kind.
        "It was the deadliest road accident in Spain since 2019.",
        // Plain event sentences.
        "A passenger bus fell into a ravine in southern Peru, killing 24 people.",
        "Derby postponed after storm floods stadium",
    ] {
        assert_eq!(kept_in(s, &[2026]), s, "{s}");
    }
}
