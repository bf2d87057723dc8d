//! The built-in guide: what to do and every shortcut, so the tool teaches itself.

use super::modal::Modal;
use crate::app::state::Action;
use crate::app::Dispatch;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub dispatch: Dispatch,
}

#[function_component(Help)]
pub fn help(props: &HelpProps) -> Html {
    let close = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::SetHelp(false)))
    };
    let on_outside = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::SetHelp(false)))
    };
    let rows: &[(&str, &str)] = &[
        ("1 2 3 4", "Label the selected text: claim, quote, attribution, context (or relabel the selected span)"),
        ("Arrows", "In a focused article (Tab to it, or the skip link): move the reading caret; Ctrl moves by words"),
        ("Shift + arrows", "Select from the caret"),
        ("Click a span", "Select it; the panel on the right shows its text and attributions"),
        ("[  ]", "Select the previous / next span"),
        ("Delete / Backspace", "Delete the selected span"),
        (
            "A",
            "With an attribution selected: then click the quote or claim it attributes (or select it with [ ] and press Enter)",
        ),
        (
            "L",
            "With a span selected: then click a span in another article to link them (or select it with [ ] and press Enter)",
        ),
        ("Esc", "Cancel, deselect, close this guide or any dialog (keys go to an open dialog only)"),
        ("Ctrl+Z", "Undo (every change made since this page opened the workspace, including loading, removing and importing; a reload starts the history empty, the work itself is saved); in the class view's Curation tab, the last change of curation choices"),
        ("Ctrl+Shift+Z / Ctrl+Y", "Redo (in the Curation tab: of curation choices)"),
        ("M", "Open or close the matrix of facts by outlet"),
        (",  .", "Move the side-by-side window one article left / right along the article list (the columns shown become the previous / next ones)"),
        ("?", "Open this guide"),
        ("Up / Down, Home / End", "In the side panel's list of all claims and quotes: move between rows; Enter shows that span's suggestions"),
        ("Drop files", "Drop article files or a workspace .json anywhere on the page"),
    ];
    html! {
        <Modal label="How to use Parallax" on_outside={Some(on_outside)}>
                <h2 tabindex="-1" data-autofocus="">{ "How to use Parallax" }</h2>
                <ol>
                    <li>{ "Load two or more articles about the same event (sample, files, paste)." }</li>
                    <li>{ "Select words with the mouse; with \u{201c}Snap to words\u{201d} on, partial words are widened to whole words." }</li>
                    <li>{ "Press a number key or a label button. Spans may nest: a quote inside a claim." }</li>
                    <li>{ "Connect each attribution (\u{201c}officials said\u{201d}) to what it attributes; \u{201c}Unattributed quotes\u{201d} finds the rest." }</li>
                    <li>{ "Click a claim or quote: the side panel suggests the sentences of the other articles that may report the same fact. \u{201c}Unlabelled matches\u{201d}, below them, gathers the best such sentences for all your claims and quotes that nobody has labelled yet, besides the cards shown above it; \u{201c}Label as claim + link\u{201d} labels one and links it." }</li>
                    <li>{ "Export JSON to keep or share your work; offsets count Unicode code points (Python text[start:end])." }</li>
                </ol>
                <table class="shortcuts">
                    { for rows.iter().map(|(k, v)| html! { <tr><th><kbd>{ *k }</kbd></th><td>{ *v }</td></tr> }) }
                </table>
                <h3>{ "Suggested links: what the percentage means" }</h3>
                <p>{ "The percentage next to a suggestion is a calibrated probability: of all the sentence pairs the matcher scores about 60%, about 6 in 10 report the same fact (measured on hand-labelled article pairs). The words say the same in bands:" }</p>
                <ul class="bands">
                    <li><b>{ "same fact" }</b>{ " (70% and up): most such pairs report the same fact; still read them." }</li>
                    <li><b>{ "probably the same fact" }</b>{ " (50-70%): more often the same fact than not." }</li>
                    <li><b>{ "related" }</b>{ " (20-50%): worth reading; often the same story but another fact." }</li>
                    <li><b>{ "unlikely" }</b>{ " (below 20%): shown only so you can see the closest sentences." }</li>
                </ul>
                <p>{ format!(
                    "{}{}%{}",
                    "The probability also weighs how alike the two articles are as wholes: two reports of one event share their names and places, two different stories only common words, so two sentences sharing only \u{201c}at least\u{201d} and \u{201c}the scene\u{201d} across different stories score lower than they would in two reports of one story (\u{201c}related\u{201d} at most, not \u{201c}same fact\u{201d}); a very short article says little about what it is about, so this check is weaker for it. Two articles that place their stories in places known apart (an earthquake in Santiago and one in Sendai, a strike in Leeds and one in Glasgow: no place named anywhere in one lies in or around a place of the other) are read as two events of one kind, which are often told in the same words, and so are two articles that each name a storm, neither the other\u{2019}s (\u{201c}Hurricane Odalys\u{201d} / \u{201c}Hurricane Bertr\u{e1}n\u{201d}; one storm known by two names, \u{201c}Typhoon Fung-wong\u{201d} and its Philippine name \u{201c}Typhoon Uwan\u{201d}, neither article writing the other\u{2019}s, is one event when their leads share a place, a weekday and two figures; with less in common it is read as two storms, as the names alone cannot tell: judge those cards yourself): their percentages are scaled to ",
                    (crate::matcher::align::APART_FACTOR * 100.0).round(),
                    " of what they would be, so none reaches \u{201c}probably the same fact\u{201d}, their cards come after those of the articles that may report the span\u{2019}s event (a sentence about another time, \u{201c}Last year, five people were killed \u{2026}\u{201d}, is read whole against them, as it may tell their event), and the panel says which places it read. Word weights and article likeness are counted over the two articles of the pair alone, as the model was fitted, so loading or removing another article leaves a pair\u{2019}s percentage as it was. The matcher compares words: two articles in different languages share few, so it finds few links between them, and the panel says so when it sees the articles\u{2019} languages differ; link such sentences by hand. A card between two languages says so too, and shows \u{201c}across languages\u{201d} instead of a band: its percentage rests only on the names, numbers and common news words the two sentences share, so it ranks the cards but is no probability (a true parallel can show 1%). A page\u{2019}s \u{201c}Last updated: \u{2026}\u{201d} line, a bare date line, a byline, page furniture (\u{201c}Advertisement\u{201d}, \u{201c}Read more:\u{201d}, and in French, German and Spanish \u{201c}Publicit\u{e9}\u{201d}, \u{201c}Lesen Sie auch\u{201d}, \u{201c}Lee tambi\u{e9}n\u{201d}) and a lead-in that only announces a quotation (\u{201c}Hugh Hefner said:\u{201d}) report no fact and are never suggested.",
                ) }</p>
                <h3 id="guide-flags">{ "Flags: details told differently" }</h3>
                <p>{ "A flag on a suggestion marks a detail the two sentences tell differently (\u{201c}41 \u{2260} 38\u{201d}). It does not lower the score: \u{201c}at least four times\u{201d} and \u{201c}several times\u{201d} can be the same fact told with a different figure." }</p>
                <p id="guide-dashed"><b>{ "Solid and dashed flags." }</b>{ " A solid flag: the two tell the detail differently. A dashed flag is the softer kind, not necessarily a contradiction but worth checking: one outlet tells the detail vaguely (\u{201c}several times\u{201d}, \u{201c}earlier in December\u{201d}) or as only expected or possible (\u{201c}expected to be charged\u{201d}, \u{201c}allegedly\u{201d}) and the other exactly or as done; or one gives a bound or a range the other\u{2019}s figure meets (\u{201c}at least 10\u{201d} and \u{201c}twelve\u{201d}, \u{201c}between 10 and 20\u{201d} and \u{201c}15\u{201d}); or a figure told to fewer digits the other\u{2019}s rounds to (\u{201c}0.8 per cent\u{201d} and \u{201c}0.81 percent\u{201d}, \u{201c}one in five\u{201d} and \u{201c}22 percent\u{201d}). Two lower bounds are dashed too (\u{201c}at least 23\u{201d} and \u{201c}at least 31\u{201d}: a toll counted twice). A bound the other figure breaks is solid: \u{201c}at least 10\u{201d} and \u{201c}eight\u{201d}, \u{201c}more than 30\u{201d} and \u{201c}30\u{201d}; so are two different maxima (\u{201c}up to 6 metres\u{201d} and \u{201c}up to 12 metres\u{201d})." }</p>
                <p>{ "The kinds of flag:" }</p>
                <ul id="guide-flag-kinds">
                    <li><b>{ "number" }</b>{ ": the counted thing is the last noun before the verb (\u{201c}Eight fire engines \u{2260} Six engines\u{201d}); figures and times also as European papers write them: \u{201c}1,5 million\u{201d}, \u{201c}1 500 000\u{201d}, \u{201c}2\u{bd}\u{201d}, \u{201c}14h30\u{201d}, \u{201c}2.30pm\u{201d}, \u{201c}7pm\u{201d}, \u{201c}1900 GMT\u{201d}." }</li>
                    <li><b>{ "date" }</b>{ ", " }<b>{ "place" }</b>{ " (also \u{201c}in suburban Detroit\u{201d}, \u{201c}Vancouver police\u{201d}, \u{201c}a quake hit France\u{201d}), " }<b>{ "vehicle" }</b>{ ", " }<b>{ "weapon" }</b>{ " (\u{201c}knife \u{2260} gun\u{201d})." }</li>
                    <li><b>{ "speaker" }</b>{ ": the name after \u{201c}said\u{201d} speaks only when it ends the clause; \u{201c}said Page died\u{201d} does not credit Page. " }<b>{ "person" }</b>{ ": \u{201c}woman \u{2260} man\u{201d}, or another named person in the same slot, \u{201c}Peter Walsh \u{2260} Gareth Price\u{201d}." }</li>
                    <li><b>{ "outcome" }</b>{ ": \u{201c}arrested \u{2260} released\u{201d}, \u{201c}rose \u{2260} fell\u{201d}, \u{201c}not safe \u{2260} safe\u{201d}, \u{201c}seriously \u{2260} slightly injured\u{201d} (not two possibilities: \u{201c}could die\u{201d} / \u{201c}could survive\u{201d}); who won: \u{201c}Arsenal beat Chelsea \u{2260} Chelsea beat Arsenal\u{201d}." }</li>
                    <li><b>{ "quote" }</b>{ ": one quotation in other words, \u{201c}terrible \u{2260} loud\u{201d}. " }<b>{ "cause" }</b>{ ": \u{201c}heart attack \u{2260} pneumonia\u{201d} for one death, \u{201c}electrical \u{2260} arson\u{201d} for one fire." }</li>
                </ul>
                <p>{ "Accepting a flagged suggestion makes a link of kind \u{201c}told differently\u{201d} (\u{2260} in the links list); the others make \u{201c}same fact\u{201d} (=), and so does a card for a clause whose flags all lie \u{201c}in the rest of the sentence\u{201d}, outside the clause (the link keeps them). A link drawn by hand (L) gets the flags the card for its two spans shows, and its kind from them, the same way. The kind is yours: \u{201c}Mark as same fact\u{201d} or \u{201c}Mark as told differently\u{201d} in the links list changes it (the flags stay; Ctrl+Z undoes). On a card, the underlined words are what accepting covers (your span that Link joins, or the part a new span will label, without \u{201c}he said\u{201d}); the grey rest of the sentence is context." }</p>
                <h3>{ "Exercises for a class" }</h3>
                <ol id="guide-exercise">
                    <li>{ "Trainer: load the articles, give the exercise a title and its instructions (the bar under the toolbar), then annotate the answers, with a note on a span, attribution or link saying why. This workspace is the answer key: keep it with Export JSON." }</li>
                    <li>{ "Class\u{2026} \u{2192} Export exercise: the articles and instructions without your answers. Hand this file out." }</li>
                    <li>{ "Each student opens Parallax, Import\u{2026}s the exercise, gives their name in the bar, annotates, and hands back their Export JSON file." }</li>
                    <li>{ "Class\u{2026}: load the answer key and the students' files (or drop them on the dialog). The files stay loaded until the page is closed; nothing is changed in the open workspace. Click a student for their feedback; Export feedback gives it as one HTML file to hand to that student." }</li>
                </ol>
                <p>{ "Grades: each student against the key, as F1 from 0 to 1 (the balance of precision, how many of the student's spans are right, and recall, how many of the key's spans the student found), under the four SemEval-2013 schemes as the nervaluate package computes them:" }</p>
                <ul id="guide-schemes">
                    <li><b>{ "Strict" }</b>{ ": the same words and the same label." }</li>
                    <li><b>{ "Exact" }</b>{ ": the same words, whatever the label." }</li>
                    <li><b>{ "Partial" }</b>{ ": the same words count whole, overlapping words half; the label is not checked." }</li>
                    <li><b>{ "Label F1" }</b>{ " (nervaluate's ent_type, its name in the CSV): the same label on overlapping words." }</li>
                    <li><b>{ "Relations / Links" }</b>{ ": an attribution or a cross-source link whose two ends overlap those of one in the key." }</li>
                </ul>
                <p>{ "Click a student for feedback: every span missed, extra, with another label or other boundaries, with the key's note. Agreement: Krippendorff's alpha_U between the students' files (1 = the same words given the same labels, 0 = what chance gives, below 0 worse; Krippendorff advises relying on 0.800 or more and only tentative conclusions from 0.667 to 0.800, and each figure is read in words beside it; the answer key is not counted), each pair's F1, and where the class disagrees. Curation: every place someone put a span, as all agree / majority / disputed / single; accept one version per place (or all agreed or majority ones at once; Undo or Ctrl+Z takes back a change) and export the curated workspace, a new key recording who had each span. Choices are saved in this browser as you make them: load the same files again (after a reload or a crash) and they come back; Start over withdraws them and deletes what was saved, and Saved curations (below the items) lists every class saved, with Forget (it asks first: what it deletes cannot be undone). If the browser cannot save them (storage full, a private window), the tab says so: export the curated workspace." }</p>
                <h3>{ "Coverage, saving and files" }</h3>
                <p>{ "Matrix (M): each fact by outlet, stated, stated differently (with the flag) or not linked, and who is credited. More\u{2026} \u{2192} Coverage report: one HTML file to read or print; Parallax cannot read it back. Work is saved in this browser after every change; Workspaces\u{2026} lists every saved workspace. Export JSON is the one file that keeps everything; the other exports (JSONL, W3C Web Annotation, brat, Label Studio, training pairs) say what they leave out when you export. Offsets in every file count Unicode code points, as Python's text[start:end]." }</p>
                <p class="hint">{ "Nothing leaves this computer: the work is saved in this browser (its local storage and IndexedDB)." }</p>
                <button class="primary" id="help-close" data-close="" onclick={close}>{ "Close" }</button>
        </Modal>
    }
}
