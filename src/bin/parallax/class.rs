//! `parallax grade` and `parallax agree`: a class of workspace files read, a file that
//! cannot be read (or shares no article with the key or the first file) left out with its
//! reason on standard error and the others graded or compared, as the page's class view
//! does; the exit code is then 2.

use super::{file_name, import_error_onto, output_error, read_file};
use parallax::exercise::{self, Annotated};
use parallax::formats;
use serde_json::Value;
use std::io::Write;

/// Read workspace files for `grade` and `agree` (any importable format); warnings go to
/// standard error.
fn read_workspaces(paths: &[String]) -> Result<Vec<parallax::model::Workspace>, String> {
    read_workspaces_onto(paths, None)
}

/// [`read_workspaces`] for students of the answer key at `onto`: a file refused for its
/// changed text is told the re-anchoring command that puts the key's text back.
fn read_workspaces_onto(
    paths: &[String],
    onto: Option<&str>,
) -> Result<Vec<parallax::model::Workspace>, String> {
    let mut out = Vec::new();
    for p in paths {
        let bytes = read_file(p)?;
        let imported =
            formats::import(file_name(p), &bytes).map_err(|e| import_error_onto(p, e, onto))?;
        for w in &imported.warnings {
            tell!("parallax: warning: {p}: {w}");
        }
        if !imported.left_out.is_empty() {
            tell!(
                "parallax: left out: {}",
                formats::left_out_notice(p, &imported.left_out)
            );
        }
        out.push(imported.workspace);
    }
    Ok(out)
}

/// The answer key's workspace, read from `path` (for `grade` and `convert --onto`).
pub(super) fn read_key(path: &str) -> Result<parallax::model::Workspace, String> {
    Ok(read_workspaces(&[path.to_string()])?.remove(0))
}

/// A student's file for `grade`, read from `path`: when its text changed, with `reanchor`
/// its spans placed by their quotes on the key's text of each article it changed (the
/// class view's Re-anchor by quote), what moved said on standard error and what could not
/// be placed named there and counted in `left_out`; without, refused with the command that
/// grades it. A file that reads as it is is read as it is, except that with `reanchor` its
/// own changed copy of a key article (the same title, else id) is replaced by the key's
/// text the same way.
fn read_student(
    path: &str,
    key_path: &str,
    key: &parallax::model::Workspace,
    reanchor: bool,
    left_out: &mut usize,
) -> Result<parallax::model::Workspace, String> {
    let bytes = read_file(path)?;
    let name = file_name(path);
    // A file refused for its changed text is re-anchored, and so is a file that reads as
    // it is but holds its own changed copy of a key article (the same title, else id;
    // trial 40 T7: one word changed, spans made on that copy): without, that article
    // would be left out of its grade. Any other file keeps its own articles.
    let plain = formats::import(name, &bytes);
    let refused_for_text = matches!(&plain, Err(e) if e.can_reanchor);
    let onto_key = match (&plain, reanchor && !refused_for_text) {
        (Ok(_), true) => exercise::class::import_onto_key(name, &bytes, key)
            .ok()
            .filter(|(_, titles)| !titles.is_empty()),
        _ => None,
    };
    if !reanchor || (!refused_for_text && onto_key.is_none()) {
        let imported = plain.map_err(|e| {
            let advice = format!(
                "{} To grade it on the key's text, each span placed by its quoted text (as \
                 the class view's Re-anchor by quote), run: parallax grade --reanchor \
                 {key_path} {path} (to write the re-anchored file instead: parallax convert \
                 {path} --to parallax --reanchor --onto {key_path} -o FIXED.json)",
                e.reanchor_cause()
            );
            super::in_file(path, e.with_reanchor_advice(&advice))
        })?;
        for w in &imported.warnings {
            tell!("parallax: warning: {path}: {w}");
        }
        // A link to a span the file does not have (trial 43, F): left out, the rest graded.
        if !imported.left_out.is_empty() {
            *left_out += imported.left_out.len();
            tell!(
                "parallax: left out: {}",
                formats::left_out_notice(path, &imported.left_out)
            );
        }
        return Ok(imported.workspace);
    }
    let (imported, titles) = match onto_key {
        Some(x) => x,
        None => exercise::class::import_onto_key(name, &bytes, key)
            .map_err(|e| super::in_file(path, e))?,
    };
    if !titles.is_empty() {
        let see = "each named below";
        let summary = exercise::class::onto_key_summary(
            path,
            &titles,
            imported.warnings.len(),
            imported.left_out.len(),
            see,
        );
        tell!("parallax: note: {summary}");
    }
    for w in &imported.warnings {
        tell!("parallax: warning: {path}: {w}");
    }
    if !imported.left_out.is_empty() {
        *left_out += imported.left_out.len();
        tell!(
            "parallax: left out: {}",
            formats::left_out_notice(path, &imported.left_out)
        );
    }
    Ok(imported.workspace)
}

/// Each file paired with its workspace (the file name names the annotator in results).
fn annotated<'a>(files: &'a [String], ws: &'a [parallax::model::Workspace]) -> Vec<Annotated<'a>> {
    files
        .iter()
        .zip(ws)
        .map(|(f, w)| Annotated::new(f, w))
        .collect()
}

/// `v` as pretty JSON on standard output.
fn print_json(v: &Value) -> Result<(), String> {
    let text = serde_json::to_string_pretty(v).map_err(|e| format!("cannot write JSON: {e}"))?;
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    writeln!(lock, "{text}").map_err(output_error)
}

/// `parallax grade KEY STUDENT...`: grades as JSON or, with `csv`, the class table.
pub(super) fn grade(files: &[String], csv: bool, reanchor: bool) -> Result<(), String> {
    if files.len() < 2 {
        return Err(
            "grade needs the answer key and at least one student file, e.g. \
             parallax grade key.json maria.json"
                .into(),
        );
    }
    // The key must be read; a student file that cannot be read or has no article in common
    // with the key is left out with its reason on standard error, the others are graded (as
    // in the page), and the exit code is then 2. An article only the student or only the
    // key has is left out of that student's grade, with a warning on standard error (and in
    // the JSON).
    let key_ws = read_workspaces(&files[..1])?;
    let key = Annotated::new(&files[0], &key_ws[0]);
    let mut graded_files = vec![files[0].clone()];
    let mut ws = vec![key_ws[0].clone()];
    let mut left_out = 0;
    let mut items_left_out = 0;
    for p in &files[1..] {
        let read =
            read_student(p, &files[0], &key_ws[0], reanchor, &mut items_left_out).and_then(|w| {
                exercise::pair_documents(key, Annotated::new(p, &w))
                    .map(|_| w)
                    .map_err(|e| e.to_string())
            });
        match read {
            Ok(w) => {
                graded_files.push(p.clone());
                ws.push(w);
            }
            Err(e) => {
                left_out += 1;
                tell!("parallax: left out of the grades: {e}");
            }
        }
    }
    if graded_files.len() < 2 {
        return Err("no student file could be graded (see above)".into());
    }
    let all = annotated(&graded_files, &ws);
    let result = grade_all(&all, csv);
    match (result, left_out, items_left_out) {
        (Err(e), _, _) => Err(e),
        (Ok(()), 0, 0) => Ok(()),
        (Ok(()), 0, n) if reanchor => Err(format!(
            "{n} item(s) could not be re-anchored and were left out of the grades (see above); \
             everything else was graded"
        )),
        (Ok(()), 0, n) => Err(format!(
            "{n} item(s) were left out of the grades (see above: each names why); everything \
             else was graded"
        )),
        (Ok(()), n, _) => Err(format!(
            "{n} student file(s) could not be graded and were left out (see above)"
        )),
    }
}

/// Grade `all[1..]` against `all[0]` and print JSON or, with `csv`, the class table.
fn grade_all(all: &[Annotated<'_>], csv: bool) -> Result<(), String> {
    let mut grades = all[1..]
        .iter()
        .map(|s| exercise::grade(all[0], *s))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    // Two files with one annotator name are said, as in the class view (trial 43, F).
    exercise::grade::warn_same_names(&mut grades);
    for w in grades.iter().flat_map(|g| &g.warnings) {
        tell!("parallax: warning: {w}");
    }
    // Two students' files with the very same spans or nearly the same work, as the page's
    // Grades tab says (and its CSV's last two columns).
    let same = exercise::class::Class::with_key(all[0], &all[1..]).same_work();
    let copied: Vec<String> = same.iter().map(|w| w.grades_warning()).collect();
    for w in &copied {
        tell!("parallax: warning: {w}");
    }
    if csv {
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        return lock
            .write_all(exercise::grade::class_csv(&grades, &same).as_bytes())
            .and_then(|_| lock.flush())
            .map_err(output_error);
    }
    print_json(&exercise::grade::grades_json_with_warnings(
        all[0], &grades, &copied,
    ))
}

/// `parallax agree [--key KEY] ANNOTATOR...`: the class agreement as JSON. With the answer
/// key (not counted as an annotator), the articles compared are the key's that every file
/// holds, and nearly the same work is named too (as in the page's class view).
pub(super) fn agree(args: &[String], key: Option<&str>) -> Result<(), String> {
    if args.len() < 2 {
        return Err(
            "agree needs at least two annotators' files, e.g. parallax agree a.json b.json".into(),
        );
    }
    // A file that cannot be read (not a workspace, an invalid relation, ...) is left out
    // with its reason on standard error and the others compared, as `grade` and the page's
    // class view do; the exit code is then 2.
    let mut files = Vec::new();
    let mut ws = Vec::new();
    let mut unread = 0;
    for p in args {
        match read_workspaces_onto(std::slice::from_ref(p), key) {
            Ok(mut w) => {
                files.push(p.clone());
                ws.push(w.remove(0));
            }
            Err(e) => {
                unread += 1;
                tell!("parallax: left out of the agreement: {e}");
            }
        }
    }
    if files.len() < 2 {
        return Err(format!(
            "agree needs at least two files that can be read; {} of {} could not (see above)",
            unread,
            args.len()
        ));
    }
    let files = &files[..];
    let all = annotated(files, &ws);
    // As the page's class view without a key: the files are compared over the articles
    // every one of them holds; a file with no article in common with the first is left
    // out (the exit code is then 2), and each article or file left out is said, first
    // among the warnings.
    let key_ws = match key {
        Some(k) => Some(read_workspaces(&[k.to_string()])?.remove(0)),
        None => None,
    };
    let class = match (key, &key_ws) {
        (Some(k), Some(w)) => exercise::class::Class::with_key(Annotated::new(k, w), &all),
        _ => exercise::class::Class::of_students(&all),
    };
    let class = class.agreement_with_notices();
    let files_left_out = class.left_out_files.len();
    let notes = class.notices();
    let a = match class.with_notices() {
        Some(r) => r?,
        None => {
            for n in &notes {
                tell!("parallax: warning: {n}");
            }
            return Err(
                "agree needs at least two files that share an article with the \
                        first file (see above)"
                    .into(),
            );
        }
    };
    // The warnings are in the JSON too; standard error tells whoever runs it by hand.
    for w in &a.warnings {
        tell!("parallax: warning: {w}");
    }
    let v = serde_json::to_value(&a).map_err(|e| format!("cannot write JSON: {e}"))?;
    print_json(&v)?;
    let unread = (unread > 0).then(|| format!("{unread} file(s) could not be read"));
    let apart = (files_left_out > 0).then(|| {
        format!(
            "{files_left_out} file(s) have no article in common with {}",
            key.unwrap_or(&files[0])
        )
    });
    match (unread, apart) {
        (None, None) => Ok(()),
        (Some(x), Some(y)) => Err(format!("{x} and {y}; they were left out (see above)")),
        (Some(x), None) | (None, Some(x)) => Err(format!("{x} and were left out (see above)")),
    }
}
