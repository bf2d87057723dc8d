//! Notices kept (trial 24, U1) and an import re-anchored in part (U4), through the reducer.

use super::*;

#[test]
fn every_error_is_kept_until_dismissed_while_information_is_limited() {
    // An empty article, then five workspace files that cannot be imported, one after the
    // other (as the trial did): six errors, the first one still there.
    let mut actions = vec![Action::LoadArticles(vec![file("empty.txt", "")])];
    actions.extend((1..=5).map(|i| Action::Import {
        name: format!("bad{i}.json"),
        bytes: Rc::from(format!("{{\"hello{i}\": 1").into_bytes()),
        reanchor: false,
    }));
    let mut s = run(AppState::default(), actions);
    let errors = |s: &AppState| -> Vec<String> {
        s.notices
            .iter()
            .filter(|n| n.kind == NoticeKind::Error)
            .map(|n| n.text.clone())
            .collect()
    };
    let e = errors(&s);
    assert_eq!(e.len(), 6, "{:?}", texts(&s));
    assert!(e[0].contains("empty.txt is empty"), "{e:?}");
    assert!(e[5].contains("bad5.json"), "{e:?}");
    // Many information notices after them: only the last few of those are kept, and the
    // errors stay.
    for i in 0..10 {
        s.notify(NoticeKind::Info, format!("info {i}"));
    }
    let info: Vec<String> = s
        .notices
        .iter()
        .filter(|n| n.kind == NoticeKind::Info)
        .map(|n| n.text.clone())
        .collect();
    assert_eq!(info, ["info 6", "info 7", "info 8", "info 9"]);
    assert_eq!(errors(&s), e);
    // Dismissed, an error goes.
    let first = s.notices[0].id;
    let s = run(s, vec![Action::DismissNotice(first)]);
    assert_eq!(errors(&s), e[1..]);
}

#[test]
fn reanchoring_imports_what_it_can_place_and_names_the_rest_in_an_error() {
    let (mut s, _) = add_span(two_articles(), 0, "was shot five times", Label::Claim);
    let (s2, _) = add_span(s.clone(), 0, "Ümit waited.", Label::Claim);
    s = s2;
    let mut v: serde_json::Value =
        serde_json::from_slice(&formats::export(s.workspace(), Format::Parallax).bytes)
            .expect("json");
    // The article changed: "Officials" -> "Police" (the first span moves) and "Ümit" is
    // gone.
    let text = v["documents"][0]["text"]
        .as_str()
        .expect("text")
        .to_string();
    v["documents"][0]["text"] = text
        .replace("Officials", "Police")
        .replace("Ümit waited.", "Nobody waited.")
        .into();
    let bytes: Rc<[u8]> = Rc::from(v.to_string().into_bytes());
    let mut empty = AppState::default();
    empty.workspace_id = Some("w3".into());
    let import = |reanchor| Action::Import {
        name: "edited.json".into(),
        bytes: bytes.clone(),
        reanchor,
    };
    let refused = run(empty.clone(), vec![import(false)]);
    assert!(refused.workspace().documents.is_empty());
    let offer = refused.notices.last().expect("a notice");
    assert!(matches!(offer.action, Some(NoticeAction::Reanchor { .. })));
    // Re-anchor by quote: the articles and the span that can be placed are imported; the
    // other is named in an error notice.
    let s = run(empty, vec![import(true)]);
    assert_eq!(s.workspace().documents.len(), 2);
    let ws = s.workspace();
    let kept: Vec<&str> = ws.spans.iter().filter_map(|x| ws.span_text(x)).collect();
    assert_eq!(kept, ["was shot five times"]);
    let error = s
        .notices
        .iter()
        .find(|n| n.kind == NoticeKind::Error)
        .expect("an error notice");
    assert!(
        error.text.starts_with(
            "edited.json: 1 item could not be placed in the changed text and was left out; \
             everything else was imported:\n- spans["
        ),
        "{}",
        error.text
    );
    assert!(
        error
            .text
            .contains("“Ümit waited.” does not occur anywhere"),
        "{}",
        error.text
    );
    assert!(
        texts(&s)
            .iter()
            .any(|t| t.starts_with("Imported edited.json (2 articles)")),
        "{:?}",
        texts(&s)
    );
}

#[test]
fn an_export_s_notices_replace_the_previous_export_s_and_leave_the_others() {
    // Trial 33, F15: exporting in several formats piled their notices up.
    let (s, a) = add_span(two_articles(), 0, "was shot five times", Label::Claim);
    let (s, b) = add_span(s, 1, "shot at least four times", Label::Claim);
    let s = run(
        s,
        vec![Action::Linking(LinkAction::Manual {
            a: a.clone(),
            b: b.clone(),
        })],
    );
    let mut s = s;
    s.notify(NoticeKind::Info, "something else");
    let said = |format: Format, s: &AppState| formats::export(s.workspace(), format).warnings;
    let brat = said(Format::Brat, &s);
    let studio = said(Format::LabelStudio, &s);
    assert!(
        !brat.is_empty() && !studio.is_empty(),
        "{brat:?} {studio:?}"
    );
    let s = run(s, vec![Action::NotifyExport(brat.clone())]);
    assert!(
        brat.iter().all(|w| texts(&s).contains(w)),
        "{:?}",
        texts(&s)
    );
    let s = run(s, vec![Action::NotifyExport(studio.clone())]);
    let shown = texts(&s);
    assert!(brat.iter().all(|w| !shown.contains(w)), "{shown:?}");
    assert!(studio.iter().all(|w| shown.contains(w)), "{shown:?}");
    assert!(shown.iter().any(|t| t == "something else"), "{shown:?}");
    // An export with nothing to say clears what the last one said.
    let s = run(s, vec![Action::NotifyExport(Vec::new())]);
    assert_eq!(texts(&s), ["something else"]);
}

/// A file given while the page waits for the user to choose a saved workspace (or while
/// the tab is read-only) is refused, and the notice names it and says to open it again
/// (trial 35 F11: the refusal named no file).
#[test]
fn a_refused_file_is_named_in_the_notice() {
    let mut choosing = AppState::default();
    choosing.chooser = Some(Rc::new(Vec::new()));
    let s = run(
        choosing.clone(),
        vec![Action::Import {
            name: "exercise.json".into(),
            bytes: Rc::from(&b"{}"[..]),
            reanchor: false,
        }],
    );
    assert!(s.workspace().documents.is_empty());
    let last = s.notices.last().map(|n| n.text.clone()).unwrap_or_default();
    assert!(last.contains("Choose a saved workspace"), "{last}");
    assert!(
        last.contains("exercise.json was not opened: open it again"),
        "{last}"
    );

    let mut read_only = AppState::default();
    read_only.read_only = Some("another tab has this workspace".into());
    let s = run(
        read_only,
        vec![Action::LoadArticles(vec![
            file("a.txt", "One."),
            file("b.txt", "Two."),
        ])],
    );
    assert!(s.workspace().documents.is_empty());
    let last = s.notices.last().map(|n| n.text.clone()).unwrap_or_default();
    assert_eq!(
        last,
        "Nothing was changed: another tab has this workspace. a.txt, b.txt were not opened: open them again after that."
    );

    // Other refused actions name no file.
    let s = run(choosing, vec![Action::LoadSample]);
    let last = s.notices.last().map(|n| n.text.clone()).unwrap_or_default();
    assert!(!last.contains("not opened"), "{last}");
}

/// Trial 47: a text pasted in a read-only tab is refused, and the notice says the paste box
/// still holds it (its draft is kept until the workspace holds the text); a pasted text
/// that is added, or a refused file, says nothing of the paste box.
#[test]
fn a_refused_pasted_text_is_said_to_be_kept_in_the_paste_box() {
    let paste = || Action::AddPasted {
        title: "AP".into(),
        text: "Thieves stole three violins from a museum in Cremona.".into(),
    };
    let mut read_only = AppState::default();
    read_only.read_only = Some("another tab has this workspace".into());
    let s = run(read_only.clone(), vec![paste()]);
    assert!(s.workspace().documents.is_empty());
    let last = s.notices.last().map(|n| n.text.clone()).unwrap_or_default();
    assert_eq!(
        last,
        "Nothing was changed: another tab has this workspace. The pasted text is kept in the \
         paste box: add it again after that."
    );
    // Near cases: a file refused names the file, not the paste box; a text added is added.
    let s = run(
        read_only,
        vec![Action::LoadArticles(vec![file("a.txt", "One.")])],
    );
    let last = s.notices.last().map(|n| n.text.clone()).unwrap_or_default();
    assert!(!last.contains("paste box"), "{last}");
    let s = run(AppState::default(), vec![paste()]);
    assert_eq!(s.workspace().documents.len(), 1);
    assert!(s.notices.iter().all(|n| !n.text.contains("paste box")));
}

/// Trial 35, F12: a line added before an article's text, then *Re-anchor by quote*: every
/// moved span is named (five spans moved, the page keeps only the newest four information
/// notices, and one notice per span lost the first two), and each span's text is shown as
/// written, between typographic quotation marks: no Rust escapes (`\"`, `\u{200d}`).
#[test]
fn reanchoring_names_every_moved_span_and_shows_its_text_as_written() {
    let text = "Café «Zürich» report: naïve résumé 👩\u{200d}👩\u{200d}👧 family evacuated.\n\
                Señora Núñez said: \"We lost everything 😢 but we're alive.\"\n\
                Emoji flags 🇲🇽 and 🇺🇸 were flown on the rescue boats.\n";
    let mut s = AppState::default();
    s.workspace_id = Some("w5".into());
    let mut s = run(s, vec![Action::LoadArticles(vec![file("emoji.txt", text)])]);
    let needles = [
        "naïve résumé 👩\u{200d}👩\u{200d}👧 family evacuated.",
        "Señora Núñez said",
        "\"We lost everything 😢 but we're alive.\"",
        "🇲🇽 and 🇺🇸",
        "rescue boats",
    ];
    let mut ids = Vec::new();
    for needle in needles {
        let (next, id) = add_span(s, 0, needle, Label::Claim);
        s = next;
        ids.push(id);
    }
    let mut v: serde_json::Value =
        serde_json::from_slice(&formats::export(s.workspace(), Format::Parallax).bytes)
            .expect("json");
    let moved = format!(
        "EXTRA LINE ADDED\n{}",
        v["documents"][0]["text"].as_str().expect("text")
    );
    v["documents"][0]["text"] = moved.into();
    let mut empty = AppState::default();
    empty.workspace_id = Some("w6".into());
    let s = run(
        empty,
        vec![Action::Import {
            name: "tampered.json".into(),
            bytes: Rc::from(v.to_string().into_bytes()),
            reanchor: true,
        }],
    );
    assert_eq!(s.workspace().spans.len(), 5);
    let all = texts(&s).join("\n");
    for id in &ids {
        assert!(
            all.contains(&format!("span \"{id}\" was re-anchored")),
            "{id}: {all}"
        );
    }
    assert!(
        all.contains("“\"We lost everything 😢 but we're alive.\"”"),
        "{all}"
    );
    assert!(
        all.contains("“naïve résumé 👩\u{200d}👩\u{200d}👧 family evacuated.”"),
        "{all}"
    );
    assert!(!all.contains('\\'), "{all}");
}
