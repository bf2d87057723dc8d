//! brat exports checked against the rules of brat's own reader (nlplab/brat
//! `server/src/annotation.py`), and brat imports (case `brat-span-across-lines`), on fixed
//! and generated texts with every kind of line break and awkward character (the same
//! generated texts also go through the Label Studio and JSONL round trips).

mod formats_util;

use formats_util::peers::*;
use formats_util::sample_workspace;
use parallax::formats::{export, import, zip, Format};
use parallax::model::{Label, Workspace};

// ---------------------------------------------------------------- brat

#[test]
fn brat_case_a_claim_across_a_blank_line_is_written_as_fragments_and_read_back() {
    let ws = import(
        "two-paragraphs.jsonl",
        &case("brat-span-across-lines/two-paragraphs.jsonl"),
    )
    .unwrap()
    .workspace;
    let (files, warnings) = brat_entries(&ws);
    let ann = String::from_utf8(
        files
            .iter()
            .find(|(n, _)| n.ends_with(".ann"))
            .unwrap()
            .1
            .clone(),
    )
    .unwrap();
    let claim = ann.lines().find(|l| l.contains("Claim")).unwrap();
    assert!(
        claim.contains("\tClaim 18 35;37 62\tthe talks failed. Officials later denied it"),
        "{claim}"
    );
    assert!(
        warnings.iter().any(|w| w.contains("fragments")),
        "{warnings:?}"
    );
    check_brat_export(&ws);
    let back = import("b.zip", &export(&ws, Format::Brat).bytes).unwrap();
    assert_eq!(spans_of(&back.workspace), spans_of(&ws));
    assert!(
        !back.warnings.iter().any(|w| w.contains("discontinuous")),
        "fragments split only at line breaks are one span again: {:?}",
        back.warnings
    );
}

#[test]
fn brat_export_obeys_brats_reader_for_every_awkward_character() {
    // CRLF, a lone CR, tabs, Unicode line/paragraph separators, form feed, NEL, emoji,
    // CJK and combining marks inside and around spans.
    let text = "Un\u{301} 😀 said\r\nthe\ttalks 失败了.\rNext\u{2028}line\u{2029}para\u{0c}ff\u{85}nel 👍🏽 end";
    let n = text.chars().count();
    let ws = one_doc(
        text,
        &[
            (0, 9, Label::Attribution),
            (5, 25, Label::Claim),
            (14, n, Label::Quote),
            (3, 4, Label::Context),
            (9, 12, Label::Context),
        ],
    );
    check_brat_export(&ws);
    let back = import("b.zip", &export(&ws, Format::Brat).bytes).unwrap();
    assert_eq!(
        back.workspace.documents[0].text.as_ref(),
        text,
        "text restored exactly"
    );
    assert_eq!(spans_of(&back.workspace), spans_of(&ws));
}

#[test]
fn brat_export_of_the_sample_workspace_is_read_by_brat_and_round_trips() {
    let ws = sample_workspace();
    check_brat_export(&ws);
    let out = export(&ws, Format::Brat);
    assert!(
        out.warnings.iter().any(|w| w.contains("links.json")),
        "{:?}",
        out.warnings
    );
    let back = import("b.zip", &out.bytes).unwrap().workspace;
    assert_eq!(spans_of(&back), spans_of(&ws));
    assert_eq!(back.links.len(), ws.links.len());
}

#[test]
fn brat_import_maps_offsets_of_a_crlf_text_the_way_brat_counts_them() {
    // A collection annotated in brat: its offsets skip the CR of each CRLF.
    let txt = "Line one.\r\nThe mayor said it.\r\n";
    let ann = "T1\tAttribution 10 24\tThe mayor said\nT2\tClaim 0 4;10 13\tLine The\n";
    let bytes = zip::write(&[
        zip::Entry {
            name: "a.txt".into(),
            data: txt.as_bytes().to_vec(),
        },
        zip::Entry {
            name: "a.ann".into(),
            data: ann.as_bytes().to_vec(),
        },
    ]);
    let r = import("c.zip", &bytes).unwrap();
    let ws = &r.workspace;
    assert_eq!(
        ws.documents[0].text.as_ref(),
        txt,
        "the text is kept as it was"
    );
    let s = spans_of(ws);
    assert_eq!(s[1], (11, 25, Label::Attribution, "The mayor said".into()));
    assert_eq!(s[0].0, 0);
    assert_eq!(
        s[0].1, 14,
        "a real discontinuous annotation covers its fragments"
    );
    assert!(
        r.warnings.iter().any(|w| w.contains("discontinuous")),
        "{:?}",
        r.warnings
    );
}

#[test]
fn brat_bionlp_partial_files_are_read_like_an_ann() {
    // The BioNLP shared-task layout: entities in .a1, relations in .a2, no .ann.
    let bytes = zip::write(&[
        zip::Entry {
            name: "PMID-1.txt".into(),
            data: b"He said it rains.".to_vec(),
        },
        zip::Entry {
            name: "PMID-1.a1".into(),
            data: b"T1\tAttribution 0 7\tHe said\nT2\tClaim 8 16\tit rains".to_vec(),
        },
        zip::Entry {
            name: "PMID-1.a2".into(),
            data: b"R1\tAttributes Arg1:T1 Arg2:T2\n".to_vec(),
        },
    ]);
    let ws = import("bionlp.zip", &bytes).unwrap().workspace;
    assert_eq!(ws.spans.len(), 2);
    assert_eq!(ws.relations.len(), 1);
}

mod generated {
    //! The same reader rules on generated texts: any characters inside spans.
    use super::*;
    use proptest::prelude::*;

    /// Characters that trouble exporters: line breaks of every kind, tabs, astral
    /// characters, modifiers, combining marks, CJK, RTL, NBSP, zero-width joiners.
    const AWKWARD: &[&str] = &[
        "a", "b", " ", "\n", "\r\n", "\r", "\t", "\u{2028}", "\u{2029}", "\u{0b}", "\u{0c}", "😀",
        "👍🏽", "e\u{301}", "失败", "שלום", "\u{a0}", "\u{200d}", "𝔘", ".",
    ];

    fn awkward(extra: &'static [&'static str]) -> impl Strategy<Value = String> {
        let pieces = prop::sample::select([AWKWARD, extra].concat());
        prop::collection::vec(pieces, 1..40).prop_map(|v| v.concat())
    }

    /// `extra`: more pieces. The C1 control NEL (U+0085) is only in the brat test:
    /// JSON files whose first 4096 characters are over 1% control characters are refused
    /// as binary by `decode` (a zip is not decoded as text).
    fn workspace(extra: &'static [&'static str]) -> impl Strategy<Value = Workspace> {
        (
            awkward(extra),
            prop::collection::vec((0usize..200, 1usize..30, 0usize..4), 0..8),
        )
            .prop_map(|(text, spans)| {
                let n = text.chars().count();
                let mut ws = Workspace::new();
                let d = ws.add_document("t", "t.txt", &text);
                for (s, len, l) in spans {
                    let s = s % n;
                    let e = (s + len).min(n);
                    if s < e {
                        let _ = ws.add_span(&d, s, e, Label::ALL[l]);
                    }
                }
                ws
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn brat_reader_accepts_every_span_and_import_restores_it(ws in workspace(&["\u{85}", "\r\n\r\n"])) {
            check_brat_export(&ws);
            let back = import("b.zip", &export(&ws, Format::Brat).bytes).unwrap().workspace;
            prop_assert_eq!(&back.documents[0].text, &ws.documents[0].text);
            prop_assert_eq!(spans_of(&back), spans_of(&ws));
        }

        #[test]
        fn label_studio_and_jsonl_exports_slice_by_code_points(ws in workspace(&[])) {
            for f in [Format::LabelStudio, Format::Jsonl] {
                let out = export(&ws, f);
                let back = import(&out.file_name, &out.bytes);
                let back = back.unwrap_or_else(|e| panic!("{f:?}: {e}")).workspace;
                prop_assert_eq!(spans_of(&back), spans_of(&ws));
            }
        }
    }
}
