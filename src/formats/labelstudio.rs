//! Label Studio tasks JSON, both ways.
//!
//! Export ([`export`]): one task per document,
//! `{"id", "data": {"text", "title", "source", "px_doc"}, "annotations": [{"result": [...]}]}`;
//! a span is a `labels` region `{"id", "from_name": "label", "to_name": "text",
//! "type": "labels", "value": {"start", "end", "text", "labels": ["Claim"]}}` and an
//! attribution relation a `relation` result `{"from_id", "to_id", "type": "relation",
//! "direction": "right", "labels": ["attributes"]}`. Offsets are **code points**: Label
//! Studio's frontend stores code points since label-studio-frontend PR #308 (2022; before
//! it counted JavaScript UTF-16 units, issue HumanSignal/label-studio#1347). The labeling
//! config the project needs is [`LABEL_CONFIG`].
//!
//! Import ([`import`]) reads every JSON shape Label Studio writes for text: a list of
//! tasks or one task, `annotations` (or the old `completions`), `predictions`, and the
//! flat JSON-MIN export (`[{"text", "label": [{"start","end","labels"}]}]`).
//! - Predictions are kept apart from human annotations: a task's predicted regions become
//!   a second document titled `… (predictions, model …)` when the task also has human
//!   annotations, or the document itself is marked so in its title and source when it has
//!   only predictions. Either way a warning counts them.
//! - Relations honour `direction` (`right`: from → to, `left`: to → from, `bi`: whichever
//!   way runs from an attribution); labels other than `attributes` are left out by name.
//!   An arrow drawn the other way, from a claim or quote to its attribution (clicking the
//!   claim first), is read as the attribution attributing it, and counted: Parallax's one
//!   relation runs from the attribution, and such a relation was left out before.
//! - Everything left out is counted by kind: choices, text areas and other results;
//!   regions without character offsets; cancelled annotations.
//! - Offsets are read as code points; a region whose `text` matches only when its offsets
//!   are read as UTF-16 units (older Label Studio) is converted, with a warning.

use super::build::{read, Draft, DraftDoc, DraftRelation, DraftSpan, Labels, Problem};
use super::jsonl::{first_line, id_of, Ids};
use super::{ErrorKind, FormatError, ImportOptions, Imported};
use crate::model::offsets::OffsetIndex;
use crate::model::{Label, Workspace};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap, HashSet};

/// The Label Studio labeling config matching [`export`]: paste it under Settings →
/// Labeling Interface before importing the tasks.
pub const LABEL_CONFIG: &str = r#"<View>
  <Relations>
    <Relation value="attributes"/>
  </Relations>
  <Labels name="label" toName="text">
    <Label value="Claim"/>
    <Label value="Quote"/>
    <Label value="Attribution"/>
    <Label value="Context"/>
  </Labels>
  <Text name="text" value="$text"/>
</View>"#;

fn ls_label(l: Label) -> &'static str {
    match l {
        Label::Claim => "Claim",
        Label::Quote => "Quote",
        Label::Attribution => "Attribution",
        Label::Context => "Context",
    }
}

/// Serialise as Label Studio tasks JSON, with warnings for what Label Studio cannot hold
/// (cross-source links and rejected suggestions: a task is one document).
pub fn export(ws: &Workspace) -> (String, Vec<String>) {
    let tasks: Vec<Value> = ws
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let mut result: Vec<Value> = ws
                .spans_of(&d.id)
                .map(|s| {
                    json!({
                        "id": s.id, "from_name": "label", "to_name": "text", "type": "labels",
                        "origin": "manual",
                        "value": {"start": s.start, "end": s.end,
                                  "text": d.slice(s.start, s.end).unwrap_or_default(),
                                  "labels": [ls_label(s.label)]},
                    })
                })
                .collect();
            for r in &ws.relations {
                if ws.span(&r.from).is_some_and(|s| s.doc == d.id) {
                    result.push(json!({
                        "from_id": r.from, "to_id": r.to, "type": "relation",
                        "direction": "right", "labels": ["attributes"],
                    }));
                }
            }
            json!({
                "id": i + 1,
                "data": {"text": &*d.text, "title": d.title, "source": d.source, "px_doc": d.id},
                "annotations": [{"result": result}],
                "predictions": [],
            })
        })
        .collect();
    let mut warnings = Vec::new();
    if !ws.links.is_empty() || !ws.rejections.is_empty() {
        warnings.push(format!(
            "Label Studio: each task is one document, so {} cross-source link(s) and {} rejected \
             suggestion(s) are not in this file (export Parallax JSON, or training pairs, to keep \
             them)",
            ws.links.len(),
            ws.rejections.len()
        ));
    }
    (
        serde_json::to_string_pretty(&Value::Array(tasks)).unwrap_or_default(),
        warnings,
    )
}

/// True if `v` looks like Label Studio JSON: a task (`data`) or a list with one.
pub fn looks_like(v: &Value) -> bool {
    match v {
        Value::Object(o) => o.contains_key("data") && o.get("data").is_some_and(Value::is_object),
        Value::Array(a) => a
            .iter()
            .any(|t| t.get("data").is_some_and(Value::is_object)),
        _ => false,
    }
}

/// True if `v` is Label Studio's JSON-MIN export: a list of flat records with a text and
/// a list of regions (`{"start", "end", "labels"}`).
pub fn looks_like_min(v: &Value) -> bool {
    v.as_array().is_some_and(|items| {
        items.iter().any(|t| {
            t.as_object().is_some_and(|o| {
                o.values().any(|x| {
                    x.as_array().is_some_and(|l| {
                        l.iter()
                            .any(|r| r.get("labels").is_some() && r.get("start").is_some())
                    })
                })
            })
        })
    })
}

/// What the import left out or changed, counted by kind.
#[derive(Default)]
struct Report {
    utf16_fixed: usize,
    /// Regions without a `text` to check, after a character outside the BMP (where code
    /// points and UTF-16 units differ).
    unchecked_astral: usize,
    multi: usize,
    cancelled: usize,
    /// Result type -> count (choices, textarea, ...).
    other: BTreeMap<String, usize>,
    /// The classes chosen in `choices` results, to name them in the report.
    choices: std::collections::BTreeSet<String>,
    /// Regions whose offsets are not characters (HTML xpaths, ...).
    no_offsets: usize,
    /// Relation label -> count.
    relation_labels: BTreeMap<String, usize>,
    /// Relations whose ends were not imported.
    dangling: usize,
    /// Relations drawn from a claim or quote to an attribution, read the other way round.
    reversed: usize,
    /// (model version, regions) of predictions imported.
    predicted: BTreeMap<String, usize>,
}

/// Import Label Studio JSON: a list of tasks, one task, or a JSON-MIN list.
pub fn import(
    file_name: &str,
    value: &Value,
    options: &ImportOptions,
) -> Result<Imported, FormatError> {
    let tasks: Vec<&Value> = match value {
        Value::Array(a) => a.iter().collect(),
        v @ Value::Object(_) => vec![v],
        _ => vec![],
    };
    if tasks.is_empty() {
        return Err(FormatError::of(
            ErrorKind::Empty,
            format!(
                "{file_name} has no Label Studio tasks; export the project again from Label \
                 Studio (Export, JSON) with its tasks, or choose another file."
            ),
        ));
    }
    // Ids the file uses (region ids, our `px_doc`), so fresh ones never take them and a
    // round trip keeps span and document ids.
    let mut used = HashSet::new();
    for t in &tasks {
        if let Some(d) = t.pointer("/data/px_doc").and_then(id_of) {
            used.insert(d);
        }
        for key in ["annotations", "completions", "predictions"] {
            for set in t.get(key).and_then(Value::as_array).into_iter().flatten() {
                for r in set
                    .get("result")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    if let Some(id) = r.get("id").and_then(id_of) {
                        used.insert(id);
                    }
                }
            }
        }
    }
    let mut ids = Ids { used, next: 0 };
    let mut taken: HashSet<String> = HashSet::new();
    let mut draft = Draft::default();
    let mut rep = Report::default();
    for (i, task) in tasks.iter().enumerate() {
        let at = format!("task {}", i + 1);
        let mut ctx = Ctx {
            ids: &mut ids,
            taken: &mut taken,
            draft: &mut draft,
            rep: &mut rep,
        };
        if let Err(m) = read_task(task, &at, file_name, &mut ctx) {
            draft.problems.push(Problem::new(m));
        }
    }
    report(&rep, &mut draft.warnings);
    draft.finish(options, Labels::SkipUnknown)
}

fn report(rep: &Report, w: &mut Vec<String>) {
    for (model, n) in &rep.predicted {
        w.push(format!(
            "{n} predicted region(s) from model {model} were imported as pre-annotations to \
             review, kept apart from human annotations (their documents are marked \
             \"predictions\")"
        ));
    }
    if rep.utf16_fixed > 0 {
        w.push(format!(
            "{} region(s) had offsets counted in UTF-16 units (as JavaScript counts); they were \
             converted to characters",
            rep.utf16_fixed
        ));
    }
    if rep.unchecked_astral > 0 {
        w.push(format!(
            "{} region(s) carry no text to check their offsets against and come after an emoji \
             or another character outside the Basic Multilingual Plane; their offsets were read \
             as code points (Label Studio since 2022). If the file comes from an older Label \
             Studio, which counted UTF-16 units, these spans are shifted: check them",
            rep.unchecked_astral
        ));
    }
    if rep.multi > 0 {
        w.push(format!(
            "{} task(s) had several annotators' results; they were merged",
            rep.multi
        ));
    }
    if rep.cancelled > 0 {
        w.push(format!(
            "{} cancelled (skipped) annotation(s) were left out",
            rep.cancelled
        ));
    }
    for (ty, n) in &rep.other {
        let named = if ty == "choices" && !rep.choices.is_empty() {
            let list: Vec<&str> = rep.choices.iter().map(String::as_str).collect();
            format!(" ({})", list.join(", "))
        } else {
            String::new()
        };
        w.push(format!(
            "{n} result(s) of type {ty:?}{named} were not imported: Parallax keeps labelled \
             spans and attribution relations only"
        ));
    }
    if rep.no_offsets > 0 {
        w.push(format!(
            "{} region(s) without character offsets (e.g. on HTML) were not imported",
            rep.no_offsets
        ));
    }
    for (label, n) in &rep.relation_labels {
        w.push(format!(
            "{n} relation(s) labelled {label:?} were left out (Parallax knows \"attributes\")"
        ));
    }
    if rep.reversed > 0 {
        w.push(format!(
            "{} relation(s) were drawn from a claim or quote to its attribution; they were read \
             the other way round, as the attribution attributing the claim or quote (Parallax's \
             one relation runs from the attribution)",
            rep.reversed
        ));
    }
    if rep.dangling > 0 {
        w.push(format!(
            "{} relation(s) refer to a region that was not imported; they were left out",
            rep.dangling
        ));
    }
}

/// What reading a task adds to.
struct Ctx<'a> {
    ids: &'a mut Ids,
    /// File ids already given to a span or document (the first use keeps its id).
    taken: &'a mut HashSet<String>,
    draft: &'a mut Draft,
    rep: &'a mut Report,
}

impl Ctx<'_> {
    /// The file's own id if it is text and not yet taken, else a fresh one.
    fn keep_or_fresh(&mut self, own: Option<&Value>, prefix: &str) -> String {
        match own {
            Some(Value::String(id)) if !id.is_empty() && self.taken.insert(id.clone()) => {
                id.clone()
            }
            _ => self.ids.fresh(prefix),
        }
    }
}

fn read_task(task: &Value, at: &str, file_name: &str, cx: &mut Ctx) -> Result<(), String> {
    if !task.is_object() {
        return Err(format!(
            "{at} should be an object but is {}",
            read::kind(task)
        ));
    }
    // JSON-MIN: the data fields and the results are flattened into the task.
    let flat = task.get("data").is_none();
    let data = task.get("data").unwrap_or(task);
    let text = match data.get("text") {
        Some(Value::String(t)) => t.clone(),
        _ => text_field(data, task).ok_or_else(|| format!("{at}: \"data\" has no text"))?,
    };
    let title = data
        .get("title")
        .and_then(Value::as_str)
        .map(String::from)
        .unwrap_or_else(|| first_line(&text));
    let source = data
        .get("source")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .unwrap_or_else(|| file_name.to_string());
    let human = if flat {
        let results: Vec<Value> = task
            .as_object()
            .into_iter()
            .flatten()
            .filter_map(|(k, v)| Some((k, v.as_array()?)))
            .flat_map(|(k, list)| {
                list.iter()
                    .filter(|r| r.get("start").is_some() || r.get("labels").is_some())
                    .map(move |r| json!({"from_name": k, "type": "labels", "value": r}))
            })
            .collect();
        Some(json!({ "result": results }))
    } else {
        None
    };
    // The human result sets: (where, {"result": [...]}).
    let mut sets: Vec<(String, &Value)> = vec![];
    if let Some(h) = &human {
        sets.push((at.to_string(), h));
    }
    let list = |k: &str| task.get(k).and_then(Value::as_array).map(Vec::as_slice);
    let annotations = list("annotations")
        .or_else(|| list("completions"))
        .unwrap_or(&[]);
    for (a, set) in annotations.iter().enumerate() {
        if set.get("was_cancelled").and_then(Value::as_bool) == Some(true) {
            cx.rep.cancelled += 1;
            continue;
        }
        sets.push((format!("{at}: annotations[{a}]"), set));
    }
    if sets.len() > 1 {
        cx.rep.multi += 1;
    }
    let predictions = list("predictions").unwrap_or(&[]);
    let has_human = !sets.is_empty();
    let doc_id = cx.keep_or_fresh(data.get("px_doc"), "d");
    let predicted_doc = if has_human && !predictions.is_empty() {
        Some(cx.ids.fresh("d"))
    } else {
        None
    };
    read_sets(&sets, &text, &doc_id, cx)?;
    let mut models = Vec::new();
    let mut psets = Vec::new();
    for (p, set) in predictions.iter().enumerate() {
        let model = set
            .get("model_version")
            .and_then(|m| m.as_str().map(String::from).or_else(|| id_of(m)))
            .unwrap_or_else(|| "(unnamed)".into());
        let n = set
            .get("result")
            .and_then(Value::as_array)
            .map_or(0, |r| r.iter().filter(|x| x.get("value").is_some()).count());
        *cx.rep.predicted.entry(model.clone()).or_default() += n;
        if !models.contains(&model) {
            models.push(model);
        }
        psets.push((format!("{at}: predictions[{p}]"), set));
    }
    let marked = |t: &str| format!("{t} (predictions, model {})", models.join(", "));
    let pdoc = predicted_doc.clone().unwrap_or_else(|| doc_id.clone());
    read_sets(&psets, &text, &pdoc, cx)?;
    let only_predicted = !has_human && !predictions.is_empty();
    cx.draft.docs.push(DraftDoc {
        at: at.to_string(),
        id: doc_id,
        title: if only_predicted {
            marked(&title)
        } else {
            title.clone()
        },
        source: if only_predicted {
            marked(&source)
        } else {
            source.clone()
        },
        text: text.clone(),
        sha256: None,
    });
    if let Some(id) = predicted_doc {
        cx.draft.docs.push(DraftDoc {
            at: format!("{at} (predictions)"),
            id,
            title: marked(&title),
            source: marked(&source),
            text,
            sha256: None,
        });
    }
    Ok(())
}

/// Read the regions and relations of several result sets into one document.
fn read_sets(
    sets: &[(String, &Value)],
    text: &str,
    doc_id: &str,
    cx: &mut Ctx,
) -> Result<(), String> {
    let oi = OffsetIndex::new(text);
    // Where code points and UTF-16 units first part ways (a character outside the BMP),
    // found once per task.
    let first_astral = text.chars().position(|c| c as u32 > 0xFFFF);
    // Region id -> (our span id, label), per result set (ids repeat across annotators).
    let mut relations = Vec::new();
    for (set_at, set) in sets {
        let mut local: HashMap<String, (String, String)> = HashMap::new();
        let results = set
            .get("result")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        for (j, res) in results.iter().enumerate() {
            let rat = format!("{set_at}.result[{j}]");
            let ty = res.get("type").and_then(Value::as_str).unwrap_or("");
            if ty == "relation" {
                relations.push((rat, res, local.len()));
                continue;
            }
            let val = res.get("value").unwrap_or(&Value::Null);
            let label = val
                .get("labels")
                .or_else(|| val.get(ty))
                .and_then(Value::as_array)
                .and_then(|l| l.first())
                .and_then(Value::as_str);
            let (Some(label), true) = (label, val.get("start").is_some()) else {
                let kind = if ty.is_empty() { "unknown" } else { ty };
                *cx.rep.other.entry(kind.to_string()).or_default() += 1;
                let chosen = val.get("choices").and_then(Value::as_array);
                for c in chosen.into_iter().flatten().filter_map(Value::as_str) {
                    cx.rep.choices.insert(c.to_string());
                }
                continue;
            };
            if !(val.get("start").is_some_and(Value::is_u64)
                && val.get("end").is_some_and(Value::is_u64))
                && (val.get("start").is_some_and(Value::is_string)
                    || val.get("startOffset").is_some())
            {
                cx.rep.no_offsets += 1;
                continue;
            }
            let mut start = read::offset(val, "start", &rat)?;
            let mut end = read::offset(val, "end", &rat)?;
            let quote = read::opt_string(val, "text", &rat)?;
            if quote.is_none() && first_astral.is_some_and(|a| a < end as usize) {
                cx.rep.unchecked_astral += 1;
            }
            if let Some(q) = &quote {
                if oi.slice(text, start as usize, end as usize) != Some(q.as_str()) {
                    let s16 = oi.utf16_to_cp(start as usize);
                    let e16 = oi.utf16_to_cp(end as usize);
                    if let (Some(s), Some(e)) = (s16, e16) {
                        if oi.slice(text, s, e) == Some(q.as_str()) {
                            (start, end) = (s as u64, e as u64);
                            cx.rep.utf16_fixed += 1;
                        }
                    }
                }
            }
            let id = cx.keep_or_fresh(res.get("id"), "s");
            if let Some(rid) = res.get("id").and_then(id_of) {
                local.insert(rid, (id.clone(), label.to_string()));
            }
            cx.draft.spans.push(DraftSpan {
                at: rat,
                id,
                doc: doc_id.to_string(),
                start,
                end,
                label: label.to_string(),
                quote,
            });
        }
        for (rat, res, _) in relations.drain(..) {
            let labels: Vec<&str> = res
                .get("labels")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            if !labels.is_empty() && !labels.iter().any(|l| l.eq_ignore_ascii_case("attributes")) {
                *cx.rep.relation_labels.entry(labels.join(", ")).or_default() += 1;
                continue;
            }
            let end = |k: &str| {
                res.get(k)
                    .and_then(id_of)
                    .and_then(|f| local.get(&f).cloned())
            };
            let (Some(a), Some(b)) = (end("from_id"), end("to_id")) else {
                cx.rep.dangling += 1;
                continue;
            };
            let is_attr = |l: &str| l.eq_ignore_ascii_case("attribution");
            let (from, to) = match res.get("direction").and_then(Value::as_str) {
                Some("left") => (b, a),
                Some("bi") if is_attr(&b.1) && !is_attr(&a.1) => (b, a),
                _ => (a, b),
            };
            // Drawn from the claim or quote to its attribution: the attribution attributes it.
            let (from, to) = if is_attr(&to.1) && !is_attr(&from.1) {
                cx.rep.reversed += 1;
                (to, from)
            } else {
                (from, to)
            };
            cx.draft.relations.push(DraftRelation {
                at: rat,
                id: cx.ids.fresh("r"),
                from: from.0,
                to: to.0,
            });
        }
    }
    Ok(())
}

/// The text of a task whose `data` has no `text` field (the labeling config names the
/// field, `<Text value="$body"/>`, and the file does not say which): the string field in
/// which most regions' `value.text` is found at their offsets, else the longest.
fn text_field(data: &Value, task: &Value) -> Option<String> {
    let fields: Vec<&str> = data
        .as_object()?
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "title" | "source" | "px_doc"))
        .filter_map(|(_, v)| v.as_str())
        .collect();
    let regions: Vec<&Value> = ["annotations", "completions", "predictions"]
        .iter()
        .filter_map(|k| task.get(*k).and_then(Value::as_array))
        .flatten()
        .filter_map(|set| set.get("result").and_then(Value::as_array))
        .flatten()
        .filter_map(|r| r.get("value"))
        .collect();
    let found = |text: &str| {
        let oi = OffsetIndex::new(text);
        regions
            .iter()
            .filter(|v| {
                let n = |k: &str| v.get(k).and_then(Value::as_u64).map(|x| x as usize);
                match (n("start"), n("end"), v.get("text").and_then(Value::as_str)) {
                    (Some(a), Some(b), Some(q)) => oi.slice(text, a, b) == Some(q),
                    _ => false,
                }
            })
            .count()
    };
    fields
        .into_iter()
        .max_by_key(|t| (found(t), t.chars().count()))
        .map(String::from)
}
