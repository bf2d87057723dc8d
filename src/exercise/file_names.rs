//! Reading an annotator's name back from the name of a file Parallax exported.
//!
//! Exports are named `TITLE.ANNOTATOR.SUFFIX` ([`super::export_file_name`]), with the
//! suffix one of [`crate::formats::EXPORT_SUFFIXES`] (`parallax.json`,
//! `parallax-labelstudio.json`, …) and the empty parts left out. The title and annotator
//! are slugs, which hold no dots, so the part just before the suffix is the annotator.

use crate::formats::EXPORT_SUFFIXES;

/// The annotator's name a file name gives, for a workspace whose identity names none.
///
/// - An export's name: the part before the export suffix, and of `TITLE.ANNOTATOR` the
///   annotator (`orosei-exercise.tom.parallax-labelstudio.json` -> `tom`,
///   `maria.parallax.json` -> `maria`). A browser's copy number before the suffix's last
///   extension (`tom.parallax-labelstudio (1).json`) is read past.
/// - Any other name: the file name up to its first dot (`maria-1.json` -> `maria-1`).
///
/// Folders (`/` or `\`) are dropped first; a name that would be empty gives the whole
/// file name.
pub fn annotator_from_file_name(file: &str) -> String {
    let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let plain = without_copy_number(base);
    let exported = EXPORT_SUFFIXES
        .iter()
        .find_map(|suffix| strip_suffix_ignoring_case(&plain, suffix)?.strip_suffix('.'));
    let name = match exported {
        Some(stem) => stem.rsplit('.').next().unwrap_or(stem),
        None => base.split('.').next().unwrap_or(base),
    };
    if name.trim().is_empty() {
        base.to_string()
    } else {
        name.to_string()
    }
}

/// `text` without `suffix` at its end, compared without regard to ASCII case.
fn strip_suffix_ignoring_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = text.len().checked_sub(suffix.len())?;
    let tail = text.get(cut..)?;
    tail.eq_ignore_ascii_case(suffix).then(|| &text[..cut])
}

/// `base` without a copy number a browser adds before the last extension when a file of
/// that name was already downloaded (`x.parallax (1).json` -> `x.parallax.json`); other
/// names unchanged.
fn without_copy_number(base: &str) -> String {
    let Some((head, ext)) = base.rsplit_once('.') else {
        return base.to_string();
    };
    let Some(open) = head.strip_suffix(')').and_then(|h| h.rfind(" (")) else {
        return base.to_string();
    };
    let digits = &head[open + 2..head.len() - 1];
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return base.to_string();
    }
    format!("{}.{ext}", &head[..open])
}

#[cfg(test)]
mod tests {
    use super::annotator_from_file_name as name;

    #[test]
    fn the_annotator_of_an_exercise_export_in_every_format() {
        for suffix in crate::formats::EXPORT_SUFFIXES {
            let file = format!("orosei-exercise.tom.{suffix}");
            assert_eq!(name(&file), "tom", "{file}");
            assert_eq!(name(&format!("class/{file}")), "tom", "{file}");
        }
    }

    #[test]
    fn an_export_with_an_annotator_only() {
        assert_eq!(name("maria.parallax.json"), "maria");
        assert_eq!(name("maria.parallax-labelstudio.json"), "maria");
        assert_eq!(name("C:\\class\\maria.parallax-brat.zip"), "maria");
    }

    #[test]
    fn a_browser_copy_number_is_read_past() {
        assert_eq!(
            name("orosei-exercise.tom.parallax-labelstudio (1).json"),
            "tom"
        );
        assert_eq!(name("orosei-exercise.tom.parallax (2).json"), "tom");
    }

    #[test]
    fn other_file_names_keep_their_first_part() {
        assert_eq!(name("maria-1.json"), "maria-1");
        assert_eq!(name("tom.json"), "tom");
        assert_eq!(name("tom (1).json"), "tom (1)");
        // Not an export suffix: `labelstudio.json` alone is a name, not Parallax's ending.
        assert_eq!(name("orosei.tom.labelstudio.json"), "orosei");
        assert_eq!(name(".parallax.json"), ".parallax.json");
    }
}
