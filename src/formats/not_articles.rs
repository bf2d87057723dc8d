//! Files that are annotations or tables, not articles, told apart by their names: a brat
//! `.ann` (or BioNLP `.a1`/`.a2`) without its text, brat's `annotation.conf` and other
//! `.conf` files, CSV/TSV tables and CoNLL token files. Their text would otherwise load
//! as an article ("T1 Claim 0 3 abc"); they are refused by name with what to do instead,
//! the same on the page (Open files…, Import…) and in the command-line tool.

use super::{ErrorKind, FormatError};

/// How to give Parallax what such a file describes, for the files that are not brat's.
const WHAT_PARALLAX_READS: &str = "Parallax loads articles from .txt, .md or .html files \
     and imports annotations from Parallax JSON, JSONL, Label Studio JSON, W3C Web \
     Annotation or brat zip files";

/// The refusal of `file_name` when its name says it is an annotation or table file that
/// is neither an article nor a workspace file Parallax imports; `None` for other names.
pub fn refusal(file_name: &str) -> Option<FormatError> {
    let lower = file_name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
    let message = match ext {
        "ann" | "a1" | "a2" => format!(
            "{file_name} is a brat annotation file without its text, not an article; put \
             each .txt and its .ann in one zip file and import the zip"
        ),
        "conf" => format!(
            "{file_name} is a brat configuration file, not an article; put it in one zip \
             file with each .txt and its .ann and import the zip"
        ),
        "csv" | "tsv" => format!(
            "{file_name} is a table ({}), not an article or a workspace file; \
             {WHAT_PARALLAX_READS}",
            ext.to_ascii_uppercase()
        ),
        "conll" | "conllu" | "iob" | "bio" => format!(
            "{file_name} is a CoNLL-style file (one token a line), not an article or a \
             workspace file; {WHAT_PARALLAX_READS}"
        ),
        _ => return None,
    };
    Some(FormatError::of(ErrorKind::Unsupported, message))
}

#[cfg(test)]
mod tests {
    use super::refusal;

    #[test]
    fn only_annotation_and_table_names_are_refused() {
        for name in [
            "d1.ann",
            "D1.ANN",
            "x.a1",
            "annotation.conf",
            "data.csv",
            "t.tsv",
            "a.conll",
        ] {
            assert!(refusal(name).is_some(), "{name}");
        }
        for name in [
            "a.txt",
            "a.md",
            "page.html",
            "notes",
            "ann",
            "csv.txt",
            "ws.json",
        ] {
            assert!(refusal(name).is_none(), "{name}");
        }
    }
}
