//! Stock markets: the words of a market or of trading in shares, by which the place flags
//! tell a city named as a company's market from a place of the event
//! (`flags/article_events/markets.rs`).

/// Words of a stock market or of trading in shares, in English, French, German, Dutch,
/// Spanish, Italian and Portuguese, lower case, read whole by
/// `flags/article_events/markets.rs` ("shares", "Börse", "beurs", "Aktie", "aandelen", "azioni", "acciones", "ações"). A name after one
/// of them and a short word ("in", "van", "an der") is the market's place.
pub(in crate::matcher) const MARKET_WORDS: &[&str] = &[
    "share",
    "shares",
    "stock",
    "stocks",
    "listed",
    "listing",
    "traded",
    "trading",
    "premarket",
    "bell",
    "exchange",
    "bourse",
    "börse",
    "boerse",
    "beurs",
    "bolsa",
    "borsa",
    "aktie",
    "aktien",
    "aandeel",
    "aandelen",
    "action",
    "actions",
    "azioni",
    "acciones",
    "ações",
    "acções",
];
