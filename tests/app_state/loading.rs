//! Loading and importing files that are not what the button expects (trial 28): an
//! article picked with Import… is added as an article and said so, a binary file picked
//! with Import… gets the workspace files' advice, and an article with a run of text too
//! long to be a sentence gets one note when it is loaded.

use super::*;

fn import(name: &str, bytes: &[u8]) -> Action {
    Action::Import {
        name: name.into(),
        bytes: Rc::from(bytes),
        reanchor: false,
    }
}

#[test]
fn an_article_picked_with_import_is_added_as_an_article_and_said_so() {
    let s = run(
        two_articles(),
        vec![import(
            "quake.txt",
            b"Quake\n\nA quake struck Elazig on Friday.\n",
        )],
    );
    assert_eq!(s.workspace().documents.len(), 3);
    let notes = texts(&s);
    assert!(
        notes
            .iter()
            .any(|n| n.contains("quake.txt is not a workspace file; added it as an article")),
        "{notes:?}"
    );
    assert!(
        s.notices.iter().all(|n| n.kind == NoticeKind::Info),
        "{notes:?}"
    );
    // The same article again: not added twice, and no claim that it was.
    let again = run(
        s,
        vec![import(
            "quake.txt",
            b"Quake\n\nA quake struck Elazig on Friday.\n",
        )],
    );
    assert_eq!(again.workspace().documents.len(), 3);
    let last = texts(&again).last().cloned().unwrap_or_default();
    assert!(last.contains("already loaded"), "{last}");
}

#[test]
fn a_binary_file_picked_with_import_gets_the_workspace_advice() {
    let bytes: Vec<u8> = (0..2000u32).map(|i| (i * 7 % 256) as u8).collect();
    for name in ["binary.bin", "binary.txt"] {
        let s = run(two_articles(), vec![import(name, &bytes)]);
        assert_eq!(s.workspace().documents.len(), 2);
        let last = texts(&s).last().cloned().unwrap_or_default();
        assert!(
            last.contains("not a workspace file; import a Parallax JSON"),
            "{last}"
        );
        assert!(!last.contains("load a .txt"), "{last}");
    }
}

#[test]
fn a_run_with_no_sentence_stop_is_noted_once_on_loading() {
    let run_of_words = "word ".repeat(2000);
    let text = format!("Long one\n\n{}\n", run_of_words.trim_end());
    let s = run(
        two_articles(),
        vec![Action::LoadArticles(vec![file("long.txt", &text)])],
    );
    assert_eq!(s.workspace().documents.len(), 3);
    let notes: Vec<String> = texts(&s)
        .into_iter()
        .filter(|n| n.contains("no sentence stop"))
        .collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].starts_with("long.txt has a stretch of 9,999 characters"),
        "{}",
        notes[0]
    );
    assert!(
        notes[0].contains("pieces of at most 1,000 characters"),
        "{}",
        notes[0]
    );
    // Articles of ordinary sentences get no such note.
    assert!(!texts(&two_articles())
        .iter()
        .any(|n| n.contains("no sentence stop")));
}

/// Session 45: an article loaded from a file (or pasted) records that it came in as text;
/// an article merged in from a Label Studio file keeps its record (`labelstudio`), and an
/// article the workspace has already keeps its own.
#[test]
fn a_loaded_article_records_text_and_a_merged_one_keeps_its_record() {
    use parallax::model::ImportedFrom;
    let s = two_articles();
    assert!(s
        .workspace()
        .documents
        .iter()
        .all(|d| d.imported_from == ImportedFrom::Text));
    let pasted = run(
        s.clone(),
        vec![Action::AddPasted {
            title: "Gamma".into(),
            text: "Gamma report\n\nA third account of the shooting.\n".into(),
        }],
    );
    assert_eq!(
        pasted.workspace().documents[2].imported_from,
        ImportedFrom::Text
    );
    // A Label Studio file of one article the workspace has and one it has not.
    let mut other = Workspace::new();
    other.add_document("Beta report", "b.txt", &s.workspace().documents[1].text);
    other.add_document("Delta", "d.txt", "Delta report\n\nA fourth account.\n");
    let bytes = formats::export(&other, Format::LabelStudio).bytes;
    let merged = run(
        s,
        vec![
            import("ls.json", &bytes),
            Action::ResolveImport(Some(ImportMode::Merge)),
        ],
    );
    let froms: Vec<ImportedFrom> = merged
        .workspace()
        .documents
        .iter()
        .map(|d| d.imported_from)
        .collect();
    assert_eq!(
        froms,
        [
            ImportedFrom::Text,
            ImportedFrom::Text,
            ImportedFrom::LabelStudio
        ]
    );
}

/// Session 46's last pass: pasting only invisible characters (three zero-width spaces, a
/// byte order mark and a word joiner) added a blank untitled article; it is refused like a
/// paste of spaces, and a visible text after them is still added.
#[test]
fn a_paste_of_invisible_characters_adds_no_article() {
    let s = two_articles();
    let before = s.workspace().documents.len();
    for text in ["\u{200B}\u{200B}\u{200B}", "\u{FEFF}\u{2060}\n"] {
        let pasted = run(
            s.clone(),
            vec![Action::AddPasted {
                title: String::new(),
                text: text.into(),
            }],
        );
        assert_eq!(pasted.workspace().documents.len(), before, "{text:?}");
    }
    let pasted = run(
        s,
        vec![Action::AddPasted {
            title: String::new(),
            text: "\u{200B}Gamma report: a third account.".into(),
        }],
    );
    assert_eq!(pasted.workspace().documents.len(), before + 1);
}

/// Session 49's last pass: a title box of only zero-width characters made a heading no
/// one can see. Such a title is passed over for the text's own; a visible one is kept.
#[test]
fn a_pasted_title_of_invisible_characters_gives_way_to_the_texts_own() {
    let title_of = |title: &str| {
        let s = run(
            two_articles(),
            vec![Action::AddPasted {
                title: title.into(),
                text: "Gamma report\n\nA third account of the shooting.\n".into(),
            }],
        );
        s.workspace().documents[2].title.clone()
    };
    for blank in ["\u{200B}\u{200B}", " \u{FEFF}\u{2060} ", "\u{FE0F}"] {
        assert_eq!(title_of(blank), "Gamma report", "{blank:?}");
    }
    assert_eq!(title_of("Gamma"), "Gamma");
    assert_eq!(
        title_of("\u{200B}Gamma"),
        "\u{200B}Gamma",
        "a visible title is kept as typed"
    );
}

/// Session 47: a paste refused names the pasted text once ("Pasted text: pasted text
/// contains only white space…" named it twice), and a paste of nothing visible says what
/// to do. A file's refusal still names the file once.
#[test]
fn a_refused_paste_is_named_once_and_a_blank_one_says_what_to_do() {
    let paste = |text: &str| {
        texts(&run(
            two_articles(),
            vec![Action::AddPasted {
                title: String::new(),
                text: text.into(),
            }],
        ))
    };
    for text in ["\u{200B}\u{200B}\u{200B}", "\u{FEFF}\u{2060}\n"] {
        assert_eq!(
            paste(text),
            [
                "Pasted text contains only white space or invisible characters (such as \
              zero-width spaces): paste the article's own text."
            ],
            "{text:?}"
        );
    }
    // Another refusal the reader words with the name in lower case: named once.
    let rtf = paste("{\\rtf1\\ansi Gamma report: a third account.}");
    assert_eq!(rtf.len(), 1, "{rtf:?}");
    assert!(
        rtf[0].starts_with("Pasted text is an RTF document") && !rtf[0].contains("pasted text"),
        "{rtf:?}"
    );
    // Near case: a file's refusal names the file once, as before.
    let s = run(
        two_articles(),
        vec![Action::LoadArticles(vec![file("blank.txt", "\u{200B} \n")])],
    );
    let t = texts(&s);
    assert!(
        t.len() == 1
            && t[0].matches("blank.txt").count() == 1
            && t[0].contains("blank.txt contains only white space or invisible characters"),
        "{t:?}"
    );
}
