//! Issue 11 in the browser: articles rendered in steps; the overview from the keyboard.

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
