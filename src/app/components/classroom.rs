//! The class view (a full-page panel): the trainer loads an answer key and the students'
//! files (pickers or drop), then sees the class table with each student's feedback, the
//! agreement between the students, and the curation of their spans. Also where the
//! trainer exports the exercise handed out to students. The files stay in this panel;
//! the open workspace is not changed.
//!
//! Once opened, the panel stays mounted for the life of the page and is only hidden when
//! closed, so the files, the grades, the tab shown and the curation in progress (the
//! state of every child) survive closing and reopening it. The curation is held here
//! ([`use_curation`]), not by its tab's view, and its choices are saved in the browser. Agreement and curation are
//! between the students' files only: the key is the reference, not one more annotator
//! (see [`Class::comparable`]). A file left out of the grades or the comparison whose
//! notice above the tabs already says why, with *Re-anchor by quote*, is said there in
//! full; the tabs point to it ([`left_out_sentence`]).

use super::agreement_view::AgreementView;
use super::class_notices::ClassNotices;
use super::class_table::ClassTable;
use super::curation_state::use_curation;
use super::curation_view::CurationView;
use super::feedback_list::FeedbackList;
use super::modal::use_dialog_focus;
use crate::app::browser;
use crate::app::view::WsRef;
use crate::exercise::class::{
    left_out_sentence, own_copy_notice, read_class_file, Class, ClassFile, FileNotice, LeftOutOf,
};
use crate::exercise::copies::SameWork;
use crate::exercise::{self, grade::StudentGrade};
use crate::formats::{self, SizeLimit};
use crate::model::Workspace;
use std::rc::Rc;
use yew::prelude::*;

/// A change to the loaded class.
pub enum ClassAction {
    Key(ClassFile),
    Students(Vec<ClassFile>),
    RemoveStudent(usize),
    /// The names of files read and what to tell about them (a refused file, what
    /// re-anchoring moved or left out), `true` for the key's picker.
    Notices(Vec<String>, Vec<FileNotice>, bool),
    /// Dismiss the file notice at this index.
    DismissNotice(usize),
    /// Load the refused file of the notice at this index again, re-anchoring its spans
    /// by quote; its notice is replaced by what re-anchoring did.
    Reanchor(usize),
}

/// The class in a reducer, so files read asynchronously are added to the latest state;
/// with the notices about the files read (each with whether it came as the key).
#[derive(Default, PartialEq)]
pub struct ClassState(pub Class, pub Vec<(FileNotice, bool)>);

impl Reducible for ClassState {
    type Action = ClassAction;
    fn reduce(self: Rc<Self>, action: ClassAction) -> Rc<Self> {
        let mut c = self.0.clone();
        let mut notices = self.1.clone();
        let add = |c: &mut Class, f: ClassFile, key: bool| {
            if key {
                c.set_key(f)
            } else {
                c.add_students(vec![f])
            }
        };
        // A student's own changed copy of a key article is left out of its grade: offer
        // Re-anchor by quote onto the key's text (trial 40 T7), once per file.
        let own_copies = |key: &Option<ClassFile>,
                          files: &[ClassFile],
                          notices: &mut Vec<(FileNotice, bool)>| {
            let Some(k) = key else { return };
            for n in files
                .iter()
                .filter_map(|f| own_copy_notice(f, &k.workspace))
            {
                notices.retain(|(m, _)| !(m.file == n.file && m.summary == n.summary));
                notices.push((n, false));
            }
        };
        match action {
            ClassAction::Key(f) => {
                c.set_key(f);
                own_copies(&c.key, &c.students, &mut notices);
            }
            ClassAction::Students(v) => {
                own_copies(&c.key, &v, &mut notices);
                c.add_students(v);
            }
            ClassAction::RemoveStudent(i) => c.remove_student(i),
            ClassAction::Notices(read, v, key) => {
                // A file read again replaces what was said about it.
                notices.retain(|(n, _)| !read.contains(&n.file));
                notices.extend(v.into_iter().map(|n| (n, key)));
            }
            ClassAction::DismissNotice(i) => {
                if i < notices.len() {
                    notices.remove(i);
                }
            }
            ClassAction::Reanchor(i) => {
                let Some((n, key)) = notices.get(i).cloned() else {
                    return self;
                };
                let Some(bytes) = n.reanchor else {
                    return self;
                };
                // A student's spans onto the key's text of the articles their file changed.
                let onto = c.key.as_ref().filter(|_| !key).map(|k| k.workspace.clone());
                let (file, said) = read_class_file(&n.file, bytes, true, onto.as_deref());
                if let Some(f) = file {
                    add(&mut c, f, key);
                }
                notices.splice(i..=i, said.into_iter().map(|n| (n, key)));
            }
        }
        Rc::new(ClassState(c, notices))
    }
}

/// Why students' files are not graded: (file name, reason), in the order loaded.
type FileErrors = Vec<(String, String)>;

#[derive(Properties, PartialEq)]
pub struct ClassroomProps {
    /// Shown (the dialog is open); when false the panel is hidden but keeps its state.
    pub open: bool,
    /// The open workspace (the exercise is exported from it).
    pub workspace: WsRef,
    /// Close the dialog (Esc or its Close button).
    pub on_close: Callback<()>,
    /// Report a problem (a file that could not be read) as a notice.
    pub on_error: Callback<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Grades,
    Agreement,
    Curation,
}

/// Read workspace files; each good one becomes a [`ClassFile`], each bad one a short
/// [`FileNotice`] (with *Re-anchor by quote* when that can load it).
fn read_files(
    files: Vec<web_sys::File>,
    done: Callback<Vec<ClassFile>>,
    on_notices: Callback<(Vec<String>, Vec<FileNotice>)>,
) {
    if files.is_empty() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let (mut out, mut said, mut read) = (Vec::new(), Vec::new(), Vec::new());
        for f in files {
            let name = f.name();
            read.push(name.clone());
            match browser::read_file(&f, SizeLimit::Import).await {
                Ok(bytes) => {
                    let (file, notices) = read_class_file(&name, Rc::from(bytes), false, None);
                    out.extend(file);
                    said.extend(notices);
                }
                Err(e) => said.push(FileNotice {
                    file: name.clone(),
                    error: true,
                    summary: format!("Could not read {name}: {e}"),
                    details: String::new(),
                    reanchor: None,
                }),
            }
        }
        on_notices.emit((read, said));
        if !out.is_empty() {
            done.emit(out);
        }
    });
}

/// Why the exercise cannot be exported from `ws`, if it cannot: it has no articles.
fn exercise_refusal(ws: &Workspace) -> Option<String> {
    ws.documents.is_empty().then(|| {
        "No exercise exported: the open workspace has no articles. Close the Class view, \
         load or paste the articles the students are to annotate (and give the exercise a \
         title and instructions in the bar above them), then Export exercise again."
            .to_string()
    })
}

#[function_component(Classroom)]
pub fn classroom(props: &ClassroomProps) -> Html {
    let class = use_reducer(ClassState::default);
    let tab = use_state(|| Tab::Grades);
    let chosen = use_state(|| None::<usize>);
    let node = use_node_ref();
    use_dialog_focus(node.clone(), props.open);
    // Mounted from the first render, drawn from the first opening on; the curation (the
    // costliest tab) from the first time its tab is shown, then kept while hidden.
    let opened = use_mut_ref(|| false);
    let generation = class.0.generation;
    // Computed once per change of the files, and shared (`Rc`) with the views, so the
    // panel, kept mounted while hidden, costs little when the page redraws.
    let grades = {
        let class = class.clone();
        use_memo(generation, move |_| {
            // Each error with its file's name (`grades` follows the students' order).
            let (mut good, mut errors) = (Vec::new(), Vec::new());
            for (g, f) in class.0.grades().into_iter().zip(&class.0.students) {
                match g {
                    Ok(g) => good.push(g),
                    Err(e) => errors.push((f.name.clone(), e)),
                }
            }
            // Two students' files with the very same spans (trial 24, U3) or nearly the
            // same work (trial 25, E3): said above the table and in the CSV.
            let same = Rc::new(class.0.same_work());
            (Rc::new(good), errors, same)
        })
    };
    // The agreement with the files with no article in common, and the articles not every
    // file holds, that it left out (as `parallax agree` has them): said in the Agreement
    // and Curation tabs.
    let agreement = {
        let class = class.clone();
        use_memo(generation, move |_| {
            let a = class.0.agreement_with_notices();
            let left_out = (a.left_out_files, a.left_out_articles);
            (a.agreement.map(|r| r.map(Rc::new)), left_out)
        })
    };
    // Who is compared (the key is not), or what to load.
    let compared = {
        let class = class.clone();
        use_memo(generation, move |_| {
            let c = class.0.compared();
            let texts = c.files.first().map(|f| WsRef(f.workspace.clone()));
            (c.files.len(), class.0.compared_note(), texts)
        })
    };
    let class_rc = {
        let class = class.clone();
        use_memo(generation, move |_| class.0.clone())
    };
    // The curation lives here, so it outlives its tab's view (fewer than two files).
    let curation = use_curation(&class_rc, *tab == Tab::Curation && props.open);
    if props.open {
        *opened.borrow_mut() = true;
    }
    if !*opened.borrow() {
        // An element even before the first opening: a component that draws no node is a
        // moving place among its siblings for yew (it panicked inserting the next one).
        return html! { <div class="classroom-backdrop" hidden=true /> };
    }

    let on_key_files = {
        let class = class.clone();
        Callback::from(move |mut v: Vec<ClassFile>| {
            if let Some(f) = v.pop() {
                class.dispatch(ClassAction::Key(f));
            }
        })
    };
    let on_student_files = {
        let class = class.clone();
        Callback::from(move |v: Vec<ClassFile>| class.dispatch(ClassAction::Students(v)))
    };
    let on_notices = |key: bool| {
        let class = class.clone();
        Callback::from(move |(read, v): (Vec<String>, Vec<FileNotice>)| {
            class.dispatch(ClassAction::Notices(read, v, key))
        })
    };
    let picker = |done: &Callback<Vec<ClassFile>>, key: bool| {
        let (done, said) = (done.clone(), on_notices(key));
        Callback::from(move |e: Event| {
            read_files(browser::take_input_files(&e), done.clone(), said.clone())
        })
    };
    let dropper = |done: &Callback<Vec<ClassFile>>, key: bool| {
        let (done, said) = (done.clone(), on_notices(key));
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            e.stop_propagation();
            let files = browser::file_list(e.data_transfer().and_then(|d| d.files()));
            read_files(files, done.clone(), said.clone());
        })
    };
    // Buttons, not labels, open the hidden file inputs: a button takes the focus (with a
    // visible ring) and Enter works on it inside the modal dialog; the input stays out of
    // the Tab order.
    let open_picker = |input: &'static str| {
        Callback::from(move |_: MouseEvent| crate::app::keys::click_by_id(input))
    };
    let stop_drag = Callback::from(|e: DragEvent| {
        e.prevent_default();
        e.stop_propagation();
    });

    let export_exercise = |keep_spans: bool| {
        let ws = props.workspace.0.clone();
        let on_error = props.on_error.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(why) = exercise_refusal(&ws) {
                on_error.emit(why);
                return;
            }
            let ex = exercise::exercise_from(&ws, keep_spans);
            let bytes = formats::json::export(&ex);
            // Two names, so the copy that carries spans (perhaps a key's answers) is never
            // taken for the plain exercise.
            let suffix = if keep_spans {
                "exercise-with-spans.parallax.json"
            } else {
                "exercise.parallax.json"
            };
            let name = exercise::export_file_name(&ex, suffix);
            if let Err(e) = browser::download(&name, "application/json", bytes.as_bytes()) {
                on_error.emit(e);
            }
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let set_tab = |t: Tab| {
        let tab = tab.clone();
        Callback::from(move |_: MouseEvent| tab.set(t))
    };
    let tab_button = |t: Tab, id: &'static str, panel: &'static str, text: &'static str| {
        html! {
            <button id={id} role="tab" aria-selected={(*tab == t).to_string()} aria-controls={panel}
                    class={classes!((*tab == t).then_some("active"))} onclick={set_tab(t)}>{ text }</button>
        }
    };

    let (good, errors, same): &(Rc<Vec<StudentGrade>>, FileErrors, Rc<Vec<SameWork>>) = &grades;
    // A file's reason said in a notice above the tabs, with Re-anchor by quote, is said
    // there only: the tabs point to it (trial 47), until the notice is dismissed.
    let student_notices = || class.1.iter().filter(|(_, key)| !key).map(|(n, _)| n);
    let left_out_p = |file: &str, reason: &str, of: LeftOutOf, class: &'static str| {
        let (said, brief) = left_out_sentence(file, reason, of, student_notices());
        html! { <p class={classes!("error", "class-error", class, brief.then_some("see-notice"))}>{ said }</p> }
    };
    let on_select = {
        let chosen = chosen.clone();
        Callback::from(move |i: usize| chosen.set(Some(i)))
    };
    let title = class
        .0
        .key
        .as_ref()
        .map(|k| k.workspace.identity.title.clone())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| props.workspace.0.identity.title.clone());
    let on_csv = {
        let (good, same) = (good.clone(), same.clone());
        let on_error = props.on_error.clone();
        let title = title.clone();
        Callback::from(move |_: ()| {
            let csv = exercise::grade::class_csv(&good, &same);
            let stem = exercise::slug(&title);
            let name = if stem.is_empty() {
                "class-grades.csv".to_string()
            } else {
                format!("{stem}.grades.csv")
            };
            if let Err(e) = browser::download(&name, "text/csv", csv.as_bytes()) {
                on_error.emit(e);
            }
        })
    };
    let students = class.0.students.iter().enumerate().map(|(i, f)| {
        let remove = {
            let class = class.clone();
            Callback::from(move |e: MouseEvent| {
                // A keyboard user keeps their place: the next file's remove button, else
                // the list.
                crate::app::keys::focus_neighbour_control(e.target(), "remove", e.detail() > 0);
                class.dispatch(ClassAction::RemoveStudent(i))
            })
        };
        // One key per loaded file (names may repeat), so the others keep their elements.
        html! {
            <li class="class-file" key={Rc::as_ptr(&f.workspace) as usize}>{ f.name.clone() }
                <button class="remove" title="Remove this file"
                        aria-label={format!("Remove student file {}", f.name)} onclick={remove}>{ "\u{00d7}" }</button>
            </li>
        }
    });
    let (compared_count, compared_note, texts) = (*compared).clone();
    let left_out = &agreement.1;
    // Files left out are errors; articles left out (not in every file) are notices.
    let left_out_html = || -> Html {
        let files = left_out.0.iter().map(|f| {
            left_out_p(
                &f.file,
                &f.message,
                LeftOutOf::AgreementAndCuration,
                "left-out",
            )
        });
        let articles = left_out
            .1
            .iter()
            .map(|e| html! { <p class="hint left-out-article" role="note">{ e.clone() }</p> });
        files.chain(articles).collect()
    };
    let note_class = if compared_count >= 2 {
        "hint compared-note"
    } else {
        "hint compared-note need-more"
    };
    let note = html! { <p class={note_class}>{ compared_note.clone() }</p> };
    let grades_body = html! {
        <>
            if class.0.key.is_none() {
                <p class="hint">{ "Load the answer key and the students' files to grade them." }</p>
            }
            { for errors.iter().map(|(file, e)| left_out_p(file, e, LeftOutOf::Grades, "not-graded")) }
            // Articles only the student or only the key has: left out of the grade.
            { for good.iter().flat_map(|g| g.warnings.clone()).map(|w| html! {
                <p class="hint class-warning">{ w }</p>
            }) }
            // Copy warnings folded under one line, so the table stays in view.
            if let Some(summary) = exercise::copies::copied_summary(same) {
                <details class="hint class-warning copied-works" role="note">
                    <summary>{ summary }</summary>
                    <div class="copied-work-list">
                        { for same.iter().map(|w| html! {
                            <p class="copied-work">{ w.grades_warning() }</p>
                        }) }
                    </div>
                </details>
            }
            if !good.is_empty() {
                <ClassTable grades={good.clone()} on_select={on_select} on_csv={on_csv} />
            }
            if let Some(g) = chosen.and_then(|i| good.get(i)).cloned() {
                <FeedbackList grade={Rc::new(g)} key_ws={class.0.key.as_ref().map(|k| WsRef(k.workspace.clone()))}
                    exercise={AttrValue::from(title.clone())} on_error={props.on_error.clone()} />
            }
        </>
    };
    let agreement_body = match agreement.0.as_ref() {
        None => html! {},
        Some(Err(e)) => html! { <p class="error class-error">{ e.clone() }</p> },
        Some(Ok(a)) => html! {
            <AgreementView agreement={a.clone()} texts={texts.clone()} />
        },
    };
    let curation_body = if compared_count < 2 || curation.generation.is_none() {
        html! {}
    } else {
        html! { <CurationView class={class_rc.clone()} state={curation.clone()} on_error={props.on_error.clone()} /> }
    };
    html! {
        <div class="classroom-backdrop" hidden={!props.open}
             ondragover={stop_drag.clone()} ondrop={stop_drag.clone()}>
        <section id="classroom" ref={node} class="classroom" role="dialog"
                 aria-modal={props.open.then_some("true")} aria-label="Class: grading, agreement, curation">
            <header>
                <h2>{ "Class" }</h2>
                <p class="hint class-kept">{ "Closing this view keeps the files, grades and curation: they stay loaded until the page is closed or reloaded." }</p>
                <button id="classroom-close" data-close="" onclick={close} title="Back to the workspace">{ "Close" }</button>
            </header>
            <div class="class-files">
                <div class="drop-zone" id="class-key-zone" ondragover={stop_drag.clone()}
                     ondrop={dropper(&on_key_files, true)}>
                    <button id="class-key-pick" onclick={open_picker("class-key-input")}>{ "Answer key\u{2026}" }</button>
                    <input id="class-key-input" class="visually-hidden" type="file" tabindex="-1" aria-hidden="true"
                           accept=".json,.jsonl,.jsonld,.zip" onchange={picker(&on_key_files, true)} />
                    <span class="file-name">{
                        class.0.key.as_ref().map(|k| k.name.clone()).unwrap_or_else(|| "or drop it here".into())
                    }</span>
                </div>
                <div class="drop-zone" id="class-students-zone" ondragover={stop_drag}
                     ondrop={dropper(&on_student_files, false)}>
                    <button id="class-students-pick" onclick={open_picker("class-students-input")}>{ "Students' files\u{2026}" }</button>
                    <input id="class-students-input" class="visually-hidden" type="file" multiple=true tabindex="-1" aria-hidden="true"
                           accept=".json,.jsonl,.jsonld,.zip" onchange={picker(&on_student_files, false)} />
                    <ul class="class-file-list" tabindex="-1" aria-label="Students' files">{ for students }</ul>
                </div>
                <div class="exercise-export">
                    <button id="export-exercise" onclick={export_exercise(false)}
                            title="The open workspace's articles, title and instructions, without answers">
                        { "Export exercise" }</button>
                    <button id="export-exercise-spans" class="minor" onclick={export_exercise(true)}
                            title="Also with the open workspace's spans, as pre-made spans (no notes, links or relations)">
                        { "\u{2026}with its spans" }</button>
                    if !props.workspace.0.spans.is_empty() {
                        <p class="hint exercise-spans-warning">{ format!(
                            "\u{201c}\u{2026}with its spans\u{201d} gives students this workspace\u{2019}s {} span{} as pre-made spans: never use it on an answer key.",
                            props.workspace.0.spans.len(),
                            if props.workspace.0.spans.len() == 1 { "" } else { "s" }) }</p>
                    }
                </div>
            </div>
            <ClassNotices notices={class.1.clone()} on_dismiss={
                let class = class.clone();
                Callback::from(move |i| class.dispatch(ClassAction::DismissNotice(i)))
            } on_reanchor={
                let class = class.clone();
                Callback::from(move |i| class.dispatch(ClassAction::Reanchor(i)))
            } />
            <nav class="class-tabs" role="tablist">
                { tab_button(Tab::Grades, "tab-grades", "panel-grades", "Grades") }
                { tab_button(Tab::Agreement, "tab-agreement", "panel-agreement", "Agreement") }
                { tab_button(Tab::Curation, "tab-curation", "panel-curation", "Curation") }
            </nav>
            // Every tab's panel stays mounted (hidden when not shown), so a sort order, the
            // feedback shown or a curation in progress survive switching tabs.
            <div class="class-body">
                <div id="panel-grades" role="tabpanel" aria-labelledby="tab-grades" hidden={*tab != Tab::Grades}>
                    { grades_body }
                </div>
                <div id="panel-agreement" role="tabpanel" aria-labelledby="tab-agreement" hidden={*tab != Tab::Agreement}>
                    { left_out_html() }
                    { note.clone() }
                    { agreement_body }
                </div>
                <div id="panel-curation" role="tabpanel" aria-labelledby="tab-curation" hidden={*tab != Tab::Curation}>
                    { left_out_html() }
                    { note }
                    { curation_body }
                </div>
            </div>
        </section>
        </div>
    }
}
