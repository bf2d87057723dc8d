//! How articles are named in lists (the article switcher): by outlet, or by outlet and
//! headline when two loaded articles share the outlet's name, so that no two entries look
//! alike.

use crate::model::text::ellipsize;

/// How long a headline may be where it tells two articles of one outlet apart, in
/// characters (code points) before the ellipsis.
const TITLE_CHARS: usize = 28;

/// The name each entry shows, given each article's `(outlet, title)` in workspace order:
/// its outlet, or, when two or more loaded articles share that outlet name, the outlet and
/// its headline shortened to [`TITLE_CHARS`] ("Reuters · Former Seville port chief…"), so
/// entries never look alike (trial 34, F15: "1 Reuters", "2 Reuters").
pub fn entry_names(articles: &[(&str, &str)]) -> Vec<String> {
    articles
        .iter()
        .map(|&(outlet, title)| {
            let shared = articles.iter().filter(|(o, _)| *o == outlet).count() > 1;
            let title = title.trim();
            if shared && !title.is_empty() && title != outlet {
                format!("{outlet} \u{00b7} {}", ellipsize(title, TITLE_CHARS))
            } else {
                outlet.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::entry_names;

    #[test]
    fn articles_of_one_outlet_are_told_apart_by_their_headlines() {
        let names = entry_names(&[
            (
                "Reuters",
                "Former Seville port chief jailed for seven years over bribery",
            ),
            ("Reuters", "Valencia official jailed"),
            ("AP", "Ex-port director in Spain gets 6 years"),
        ]);
        assert_eq!(names[2], "AP");
        assert!(
            names[0].starts_with("Reuters \u{00b7} Former Seville port"),
            "{names:?}"
        );
        assert!(names[0].ends_with('\u{2026}'), "{names:?}");
        assert_eq!(names[1], "Reuters \u{00b7} Valencia official jailed");
        assert_ne!(names[0], names[1]);
        // One article per outlet: the outlet alone, as before; an outlet that is its own
        // title (no outlet known) is not said twice.
        assert_eq!(entry_names(&[("BBC", "A"), ("CNN", "B")]), ["BBC", "CNN"]);
        assert_eq!(
            entry_names(&[("Same", "Same"), ("Same", "Same")]),
            ["Same", "Same"]
        );
    }
}
