//! The class table: one row per student with span F1 under the four schemes, relations
//! and links F1, and how many of the links found have the key's kind ("7/8"). Click a heading to sort (again to reverse), a row to see the student's
//! feedback; export the table as CSV.

use crate::exercise::class::{sorted_rows, Column};
use crate::exercise::grade::StudentGrade;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClassTableProps {
    pub grades: Rc<Vec<StudentGrade>>,
    /// A row was chosen: its index in `grades`.
    pub on_select: Callback<usize>,
    /// Download the table as CSV.
    pub on_csv: Callback<()>,
}

/// Why a cell has no figure.
fn na_title(c: Column) -> &'static str {
    match c {
        Column::LinkKinds => "This student found no link of the key: no link kind to check",
        _ => "Neither the key nor this student has any",
    }
}

#[function_component(ClassTable)]
pub fn class_table(props: &ClassTableProps) -> Html {
    let sort = use_state(|| (Column::Annotator, false));
    let (column, descending) = *sort;
    let rows = sorted_rows(&props.grades, column, descending);
    let headings = Column::ALL.into_iter().enumerate().map(|(i, c)| {
        let sort = sort.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let (now, desc) = *sort;
            // Figures sort best first; names A to Z.
            let first_desc = c != Column::Annotator;
            sort.set((c, if now == c { !desc } else { first_desc }));
        });
        let state = if c == column {
            if descending {
                "descending"
            } else {
                "ascending"
            }
        } else {
            "none"
        };
        html! {
            <th aria-sort={state} title={c.meaning()}>
                <button class="sort" data-column={i.to_string()} {onclick}>{ c.title() }</button>
            </th>
        }
    });
    let body = rows.into_iter().map(|i| {
        let g = &props.grades[i];
        let onclick = {
            let on_select = props.on_select.clone();
            Callback::from(move |_: MouseEvent| on_select.emit(i))
        };
        let cells = Column::ALL.into_iter().skip(1).map(|c| {
            match c.text(g) {
                Some(v) => html! { <td class="num">{ v }</td> },
                // Nothing to score: neither the key nor the student has any of these (or,
                // for link kinds, the student found no link of the key).
                None => html! { <td class="num na" title={na_title(c)}>{ "n/a" }</td> },
            }
        });
        html! {
            <tr class="student-row" data-annotator={g.annotator.clone()} {onclick}
                title="Show this student's feedback">
                <td><button class="link">{ g.annotator.clone() }</button>
                    <span class="file">{ format!(" {}", g.file) }</span></td>
                { for cells }
            </tr>
        }
    });
    let csv = {
        let on_csv = props.on_csv.clone();
        Callback::from(move |_: MouseEvent| on_csv.emit(()))
    };
    html! {
        <div class="class-table-wrap">
            <table id="class-table" class="class-table">
                <thead><tr>{ for headings }</tr></thead>
                <tbody>{ for body }</tbody>
            </table>
            <button id="export-grades-csv" onclick={csv}>{ "Export CSV" }</button>
        </div>
    }
}
