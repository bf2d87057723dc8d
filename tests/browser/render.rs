//! Issue 11 in the browser: articles rendered in steps (one step a frame for the whole
//! page); the overview from the keyboard.

use super::*;

#[wasm_bindgen_test]
fn an_article_renders_in_steps_and_never_splits_a_long_paragraph() {
    use parallax::app::components::article_column::units_to_render;
    // 30 short paragraphs, then one long paragraph (several chunks), then 5 more.
    let mut text = String::new();
    for i in 0..30 {
        text.push_str(&format!("Paragraph {i} is short.\n\n"));
    }
    text.push_str(&"word ".repeat(view::CHUNK_CPS));
    text.push_str("\n\n");
    for i in 0..5 {
        text.push_str(&format!("Tail {i}.\n\n"));
    }
    let paras = view::layout(&text);
    let chunks = paras.iter().filter(|p| p.chunk).count();
    assert!(
        chunks >= 2,
        "the long paragraph is cut into chunks ({chunks})"
    );
    assert_eq!(paras.len(), 30 + chunks + 5);
    assert_eq!(units_to_render(&paras, 0), 0);
    assert_eq!(
        units_to_render(&paras, 24),
        24,
        "short paragraphs: as many as asked"
    );
    // Asking for the first chunk brings every chunk of that paragraph.
    assert_eq!(units_to_render(&paras, 31), 30 + chunks);
    assert_eq!(units_to_render(&paras, 30 + chunks), 30 + chunks);
    assert_eq!(units_to_render(&paras, 30 + chunks + 1), 30 + chunks + 1);
    // Never more than there are.
    assert_eq!(units_to_render(&paras, 10_000), paras.len());
}

#[wasm_bindgen_test]
fn overview_keys_move_within_the_rows() {
    use parallax::app::components::overview::row_after_key;
    assert_eq!(row_after_key("ArrowDown", None, 40), Some(0));
    assert_eq!(row_after_key("ArrowDown", Some(3), 40), Some(4));
    assert_eq!(row_after_key("ArrowDown", Some(39), 40), Some(39));
    assert_eq!(row_after_key("ArrowUp", Some(0), 40), Some(0));
    assert_eq!(row_after_key("ArrowUp", Some(5), 40), Some(4));
    assert_eq!(row_after_key("PageDown", Some(35), 40), Some(39));
    assert_eq!(row_after_key("PageUp", Some(15), 40), Some(5));
    assert_eq!(row_after_key("Home", Some(20), 40), Some(0));
    assert_eq!(row_after_key("End", None, 40), Some(39));
    // A row past the end (the list shrank) counts from the last row.
    assert_eq!(row_after_key("ArrowUp", Some(50), 40), Some(38));
    assert_eq!(row_after_key("Enter", Some(3), 40), None, "not a move");
    assert_eq!(row_after_key("ArrowDown", None, 0), None, "no rows");
}

/// Resolves in the task after the next frame (as `browser::after_frame` runs its work).
async fn after_next_frame() {
    let slot = std::rc::Rc::new(std::cell::RefCell::new(None));
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let frame = parallax::app::browser::after_frame(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        *slot.borrow_mut() = Some(frame);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    drop(slot);
}

#[wasm_bindgen_test]
async fn steps_run_one_a_frame_first_in_first_out_and_a_dropped_step_never_runs() {
    use parallax::app::steps::{queue_step, waiting};
    use std::cell::RefCell;
    use std::rc::Rc;
    let log: Rc<RefCell<Vec<&str>>> = Rc::default();
    let push = |name: &'static str| {
        let log = log.clone();
        move || log.borrow_mut().push(name)
    };
    let before = waiting();
    let a = queue_step(push("a"));
    let b = queue_step(push("b"));
    let c = queue_step(push("c"));
    assert_eq!(waiting(), before + 3);
    drop(b);
    assert_eq!(waiting(), before + 2, "a dropped step leaves the queue");
    assert!(
        log.borrow().is_empty(),
        "nothing runs in the task that queued it"
    );
    after_next_frame().await;
    assert_eq!(*log.borrow(), ["a"], "one step after the first frame");
    // A step queued now waits behind the one queued before it.
    let d = queue_step(push("d"));
    after_next_frame().await;
    assert_eq!(
        *log.borrow(),
        ["a", "c"],
        "one step a frame, first in first out"
    );
    after_next_frame().await;
    assert_eq!(*log.borrow(), ["a", "c", "d"]);
    after_next_frame().await;
    assert_eq!(
        *log.borrow(),
        ["a", "c", "d"],
        "the dropped step never runs"
    );
    assert_eq!(waiting(), before);
    // Dropping a step that has run changes nothing.
    drop((a, c, d));
    assert_eq!(waiting(), before);
}

#[wasm_bindgen_test]
fn a_large_matcher_answer_is_put_back_together_from_its_parts() {
    use parallax::app::worker::{assemble, Reply, WorkerEvent};
    use parallax::linking::{ApartArticles, SpanGroup, Suggestions};
    let group = |i: usize| SpanGroup {
        span: format!("s{i}"),
        suggestions: Vec::new(),
    };
    let rest = || Suggestions {
        groups: Vec::new(),
        unlabelled: Vec::new(),
        sentences: 42,
        apart: vec![ApartArticles {
            a_doc: "d1".into(),
            a_place: "leeds".into(),
            b_doc: "d2".into(),
            b_place: "glasgow".into(),
            a_when: String::new(),
            b_when: String::new(),
        }],
    };
    let held = |id, parts, n| Some((id, parts, (0..n).map(group).collect::<Vec<_>>()));
    // All parts of request 7 arrived: one answer, groups in order, the rest kept.
    let whole = assemble(
        held(7, 2, 30),
        7,
        Reply::DoneInParts {
            rest: rest(),
            parts: 2,
        },
    );
    match whole {
        WorkerEvent::Reply {
            id: 7,
            reply: Reply::Done(s),
        } => {
            assert_eq!(s.groups.len(), 30);
            assert_eq!(s.groups[0].span, "s0");
            assert_eq!(s.groups[29].span, "s29");
            assert_eq!(s.sentences, 42);
            assert_eq!(s.apart, rest().apart, "the articles placed apart are kept");
        }
        other => panic!("expected the whole answer, got {other:?}"),
    }
    // A part missing, or parts of another request: a failure, never a partial answer.
    for (h, id) in [(held(7, 1, 25), 7), (held(6, 2, 30), 7), (None, 7)] {
        let ev = assemble(
            h,
            id,
            Reply::DoneInParts {
                rest: rest(),
                parts: 2,
            },
        );
        assert!(
            matches!(ev, WorkerEvent::Failed(ref m) if m.contains("incomplete")),
            "{ev:?}"
        );
    }
    // A small answer in one message passes through as it is.
    let small = assemble(None, 3, Reply::Done(rest()));
    assert!(matches!(
        small,
        WorkerEvent::Reply {
            id: 3,
            reply: Reply::Done(_)
        }
    ));
}

/// A span of `label` claim for the block tests.
fn claim(id: &str, start: usize, end: usize) -> SpanInfo {
    SpanInfo {
        id: id.to_string().into(),
        start,
        end,
        label: parallax::model::Label::Claim,
        note: None,
        unattributed: false,
        links: None,
        link_differs: false,
    }
}

#[wasm_bindgen_test]
#[allow(clippy::single_range_in_vec_init)] // one block of a range, as `plan` gives it
async fn an_article_is_rendered_in_stable_blocks_and_a_block_compares_equal_when_its_units_do() {
    use parallax::app::components::para_block::{plan, ParaBlock, ParaBlockProps, BLOCK_UNITS};
    use parallax::app::view::Focus;
    use std::rc::Rc;
    // 70 short paragraphs, one long paragraph (more chunks than a block holds), 3 more.
    let mut text = String::new();
    for i in 0..70 {
        text.push_str(&format!("Paragraph {i} is short.\n\n"));
    }
    let long_start = text.chars().count();
    text.push_str(&"word ".repeat(view::CHUNK_CPS * BLOCK_UNITS / 4));
    text.push_str("\n\n");
    for i in 0..3 {
        text.push_str(&format!("Tail {i}.\n\n"));
    }
    let paras = Rc::new(view::layout(&text));
    let chunks = paras.iter().filter(|p| p.chunk).count();
    assert!(chunks > BLOCK_UNITS, "{chunks} chunks");
    let b = BLOCK_UNITS;
    let all = paras.len();
    // The long paragraph's chunks in runs of at most `RUN_CPS` code points (trial 30: the
    // chunks of a run flow inline in one block), each run fewer units than a block holds
    // here, so one block a run.
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    for i in 70..70 + chunks {
        match runs.last_mut() {
            Some(r) if paras[r.start].run == paras[i].run => r.end = i + 1,
            _ => runs.push(i..i + 1),
        }
    }
    assert!(runs.len() > 1, "{runs:?}");
    for r in &runs {
        assert!(r.len() <= b, "{r:?}");
        assert!(
            paras[r.end - 1].end - paras[r.start].start <= view::RUN_CPS,
            "{r:?}"
        );
    }
    assert_eq!(
        plan(&paras, all),
        vec![
            (None, vec![0..b, b..70]),
            (Some(long_start), runs),
            (None, vec![70 + chunks..all]),
        ],
        "short runs and each long paragraph cut into blocks, one a run; a long paragraph is one item"
    );
    // Rendering more units only extends the last block: the others keep their ranges.
    assert_eq!(plan(&paras, 66), vec![(None, vec![0..b, b..66])]);
    assert_eq!(plan(&paras, 68), vec![(None, vec![0..b, b..68])]);
    assert_eq!(plan(&paras, 0), vec![]);
    assert_eq!(
        plan(&paras, all + 5),
        plan(&paras, all),
        "never past the end"
    );

    // Equality: a change to a unit outside the block, or a highlight of a span outside
    // it, leaves it equal; a change or a highlight inside it does not.
    let shared = SharedText(Arc::from(text.as_str()));
    let outside = claim("s1", paras[100].start, paras[100].end);
    let inside = claim("s2", paras[3].start, paras[3].end);
    let buckets = |spans: &[SpanInfo]| Rc::new(view::buckets(&paras, spans));
    let none = Rc::new(Focus::default());
    let selecting = |id: &str| Rc::new(Focus::new(Some(id), None, &Default::default()));
    let props = |buckets: Rc<Vec<Rc<[SpanInfo]>>>, focus: Rc<Focus>| ParaBlockProps {
        text: shared.clone(),
        paras: paras.clone(),
        buckets,
        range: 0..b,
        focus,
    };
    let base = props(buckets(&[]), none.clone());
    assert!(
        base == props(buckets(&[]), none.clone()),
        "same units, new buckets"
    );
    assert!(
        base == props(buckets(std::slice::from_ref(&outside)), none.clone()),
        "an edit elsewhere"
    );
    assert!(
        base != props(buckets(std::slice::from_ref(&inside)), none.clone()),
        "an edit inside"
    );
    let with = props(buckets(&[outside.clone(), inside.clone()]), none.clone());
    assert!(
        with == props(buckets(&[outside.clone(), inside.clone()]), selecting("s1")),
        "a span selected elsewhere"
    );
    assert!(
        with != props(buckets(&[outside, inside]), selecting("s2")),
        "a span of the block selected"
    );
    let mut shorter = base.clone();
    shorter.range = 0..b - 1;
    assert!(base != shorter, "another range");

    // A block adds no element: its paragraphs sit directly in the container.
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let mut block = base.clone();
    block.range = 2..9;
    yew::Renderer::<ParaBlock>::with_root_and_props(root.clone(), block).render();
    tick().await;
    let kids = root.children();
    assert_eq!(kids.length(), 7);
    for i in 0..7 {
        let p = kids.item(i).unwrap();
        assert_eq!(p.tag_name(), "P");
        assert_eq!(
            p.get_attribute("data-para-start").as_deref(),
            Some(paras[2 + i as usize].start.to_string().as_str())
        );
    }
}

#[wasm_bindgen_test]
fn the_outlet_line_shows_the_day_of_a_published_date_and_time() {
    // Trial 20: a saved web page's date showed raw, "Evil News · 2026-11-30T10:00:00Z".
    use parallax::app::components::outlet_meta::shown_date;
    assert_eq!(shown_date("2026-11-30T10:00:00Z"), "2026-11-30");
    assert_eq!(shown_date("2017-11-22 08:15"), "2017-11-22");
    assert_eq!(shown_date("2017-11-22"), "2017-11-22");
    assert_eq!(shown_date("22 November 2017"), "22 November 2017");
    assert_eq!(shown_date("Nov. 22"), "Nov. 22");
}

#[wasm_bindgen_test]
fn a_card_sharing_no_word_says_why_it_is_suggested() {
    use parallax::app::components::suggestion_group::no_shared_words;
    // Trial 36 F11.4: a card "Related" (27 %) sharing no word with the span said nothing
    // more; now it says why it is suggested.
    let card = parallax::linking::SpanSuggestion {
        source: "s1".into(),
        source_doc: "d1".into(),
        label: Label::Claim,
        target_doc: "d2".into(),
        sentence: (0, 60),
        target_span: None,
        start: 0,
        end: 60,
        score: 0.27,
        summary: "Related (27%): no terms in common".into(),
        shared: Vec::new(),
        flags: Vec::new(),
    };
    let why = no_shared_words(&card, false).unwrap_or_default();
    assert!(why.contains("no words in common"), "{why:?}");
    assert!(why.contains("like words"), "{why:?}");
    // Across languages the head of the card says why; with words shared, they are the reason.
    assert_eq!(no_shared_words(&card, true), None);
    let mut sharing = card.clone();
    sharing.shared = vec![matcher::SharedTerm {
        term: "fire".into(),
        weight: 1.0,
        a: vec![(0, 4)],
        b: vec![(0, 4)],
    }];
    assert_eq!(no_shared_words(&sharing, false), None);
}
