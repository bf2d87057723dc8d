//! The class table's columns (name, span F1 under each scheme, relations and links F1,
//! link kinds) and its sort order; the page's table and tests share them.

use crate::exercise::grade::{Scheme, StudentGrade};

/// A column of the class table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The annotator's name; sorted case-insensitively.
    Annotator,
    /// Span F1 overall under a scheme.
    Spans(Scheme),
    /// Relation F1 (0-1) against the key.
    Relations,
    /// Link F1 (0-1) against the key.
    Links,
    /// Of the links found, the share (0-1) with the key link's kind; shown as "7/8".
    LinkKinds,
}

impl Column {
    /// The columns, in display order.
    pub const ALL: [Column; 8] = [
        Column::Annotator,
        Column::Spans(Scheme::Strict),
        Column::Spans(Scheme::Exact),
        Column::Spans(Scheme::Partial),
        Column::Spans(Scheme::EntType),
        Column::Relations,
        Column::Links,
        Column::LinkKinds,
    ];

    /// The column's heading.
    pub fn title(self) -> &'static str {
        match self {
            Column::Annotator => "Annotator",
            Column::Spans(Scheme::Strict) => "Strict F1",
            Column::Spans(Scheme::Exact) => "Exact F1",
            Column::Spans(Scheme::Partial) => "Partial F1",
            Column::Spans(Scheme::EntType) => "Label F1",
            Column::Relations => "Relations F1",
            Column::Links => "Links F1",
            Column::LinkKinds => "Link kinds",
        }
    }

    /// What the column's figure means, in one line: the heading's tooltip (trial 46, 8: the
    /// headings had none, only the guide explained them). The schemes as the guide's
    /// *Exercises for a class* gives them.
    pub fn meaning(self) -> &'static str {
        match self {
            Column::Annotator => "The student's name and file; click a row for their feedback",
            Column::Spans(Scheme::Strict) => {
                "Span F1 (0-1) against the key: the same words and the same label"
            }
            Column::Spans(Scheme::Exact) => {
                "Span F1 (0-1) against the key: the same words, whatever the label"
            }
            Column::Spans(Scheme::Partial) => {
                "Span F1 (0-1) against the key: the same words count whole, overlapping \
                 words half; the label is not checked"
            }
            Column::Spans(Scheme::EntType) => {
                "Span F1 (0-1) against the key: the same label on overlapping words \
                 (nervaluate's ent_type)"
            }
            Column::Relations => {
                "Attribution F1 (0-1) against the key: both ends overlap those of one in the key"
            }
            Column::Links => {
                "Cross-source link F1 (0-1) against the key: both ends overlap those of one \
                 in the key"
            }
            Column::LinkKinds => {
                "Of the key's links the student found, how many have the key's kind (same \
                 fact or told differently)"
            }
        }
    }

    /// The figure this column sorts by: `None` for the name column, for relations or links
    /// when neither the key nor the student has any (nothing to score), and for link kinds
    /// when the student found no link of the key.
    pub fn value(self, g: &StudentGrade) -> Option<f64> {
        match self {
            Column::Annotator => None,
            Column::Spans(s) => Some(g.spans.overall.get(s).f1),
            Column::Relations => (!g.relations.is_empty()).then_some(g.relations.f1),
            Column::Links => (!g.links.is_empty()).then_some(g.links.f1),
            Column::LinkKinds => (!g.link_kinds.is_empty()).then_some(g.link_kinds.accuracy),
        }
    }

    /// The cell's text: the figure with 2 decimals, link kinds as "right/found" (`7/8`);
    /// relations the student drew none of against a key that has some as
    /// `0.00 (none drawn)` (trial 48: a bare 0.00 said nothing of why); `None` where
    /// [`value`](Column::value) is `None`.
    pub fn text(self, g: &StudentGrade) -> Option<String> {
        match self {
            Column::LinkKinds => self
                .value(g)
                .map(|_| format!("{}/{}", g.link_kinds.right, g.link_kinds.found)),
            Column::Relations if g.relations.possible > 0 && g.relations.actual == 0 => {
                self.value(g).map(|v| format!("{v:.2} (none drawn)"))
            }
            c => c.value(g).map(|v| format!("{v:.2}")),
        }
    }
}

/// The order of the rows `grades` sorted by `column` (names alphabetically, figures
/// lowest first), reversed if `descending`. Ties keep file order.
pub fn sorted_rows(grades: &[StudentGrade], column: Column, descending: bool) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..grades.len()).collect();
    rows.sort_by(|&a, &b| {
        let (ga, gb) = (&grades[a], &grades[b]);
        let o = match column {
            Column::Annotator => ga
                .annotator
                .to_lowercase()
                .cmp(&gb.annotator.to_lowercase()),
            c => c
                .value(ga)
                .unwrap_or(0.0)
                .total_cmp(&c.value(gb).unwrap_or(0.0)),
        };
        if descending {
            o.reverse()
        } else {
            o
        }
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_heading_has_a_one_line_meaning_of_its_own() {
        let meanings: Vec<&str> = Column::ALL.iter().map(|c| c.meaning()).collect();
        for (c, m) in Column::ALL.iter().zip(&meanings) {
            assert!(!m.is_empty() && !m.contains('\n'), "{c:?}: {m}");
            assert!(!m.ends_with('.'), "{c:?}: a tooltip, no full stop: {m}");
        }
        let mut unique = meanings.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), meanings.len(), "{meanings:?}");
        assert!(Column::Spans(Scheme::Strict)
            .meaning()
            .ends_with("the same words and the same label"));
    }
}
