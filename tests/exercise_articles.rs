//! Exercises whose files do not hold exactly the key's articles (trial 16, fault 3): a
//! student who lacks an article of the key is graded on the articles they share with it,
//! the CSV says on which articles each row was graded, and the class view's agreement and
//! curation compare the students over the articles every compared file holds, saying what
//! they left out, instead of leaving out a student with one more article.

use parallax::exercise::agreement::Agreement;
use parallax::exercise::class::{Class, ClassFile};
use parallax::exercise::{self, Annotated};
use parallax::model::{Label, Origin, Workspace};
use std::rc::Rc;

const A: &str = "Carroll said the soldier was shot 4 times. Officials denied it.";
const B: &str = "The soldier, shot several times, survived, a surgeon said.";
const C: &str = "Le soldat a été touché au moins quatre fois, selon un chirurgien.";
const X: &str = "Nordkoreanischer Soldat flieht unter Beschuss über die Grenze.";

/// A workspace of the articles `docs` (title, text), with a claim and an attribution in
/// each, the attribution related to the claim, and the claims linked from the first
/// article to every other. `shift` moves every claim's end back by that many code points.
fn annotated(annotator: &str, docs: &[(&str, &str)], shift: usize) -> Workspace {
    let mut ws = Workspace::new();
    let mut claims = Vec::new();
    for (title, text) in docs {
        let d = ws.add_document(title, &format!("{title}.txt"), text);
        let claim = ws.add_span(&d, 13, 40 - shift, Label::Claim).unwrap();
        let at = ws.add_span(&d, 0, 12, Label::Attribution).unwrap();
        ws.add_relation(&at, &claim).unwrap();
        claims.push(claim);
    }
    for c in &claims[1..] {
        ws.add_link(&claims[0], c, Origin::Manual, None, vec![])
            .unwrap();
    }
    ws.identity.annotator = annotator.into();
    ws
}

const KEY_DOCS: [(&str, &str); 3] = [("AFP", A), ("Reuters", B), ("Le Monde", C)];

/// `ws` without its article `title`.
fn without(ws: &Workspace, title: &str) -> Workspace {
    let mut ws = ws.clone();
    let id = ws
        .documents
        .iter()
        .find(|d| d.title == title)
        .unwrap()
        .id
        .clone();
    ws.remove_document(&id).unwrap();
    ws
}

/// The id of `ws`'s article `title`.
fn doc_id(ws: &Workspace, title: &str) -> String {
    ws.documents
        .iter()
        .find(|d| d.title == title)
        .unwrap()
        .id
        .clone()
}

/// `parallax agree` on `files` (name, workspace).
fn agree(files: &[(&str, &Workspace)]) -> Agreement {
    let files: Vec<Annotated> = files.iter().map(|(n, w)| Annotated::new(n, w)).collect();
    exercise::agree(&files).unwrap()
}

/// The titles of the articles an agreement lists, in its order.
fn titles(a: &Agreement) -> Vec<&str> {
    a.disagreement.iter().map(|d| d.title.as_str()).collect()
}

fn file(name: &str, ws: Workspace) -> ClassFile {
    ClassFile {
        name: name.into(),
        workspace: Rc::new(ws),
    }
}

#[test]
fn a_student_lacking_an_article_of_the_key_is_graded_on_the_articles_they_share() {
    let key = annotated("trainer", &KEY_DOCS, 0);
    // eve lost Le Monde; she has the other two right but for one boundary in Reuters.
    let mut eve = annotated("eve", &[("AFP", A), ("Reuters", B)], 0);
    let reuters = doc_id(&eve, "Reuters");
    let reuters_claim = eve
        .spans
        .iter()
        .position(|s| s.doc == reuters && s.label == Label::Claim)
        .unwrap();
    eve.spans[reuters_claim].end -= 2;
    let (k, e) = (
        Annotated::new("key.json", &key),
        Annotated::new("eve.json", &eve),
    );
    let g = exercise::grade(k, e).expect("graded on the shared articles");
    // The key's spans, relations and links in Le Monde are not missed: she had no
    // chance to annotate them.
    let strict = &g.spans.overall.strict;
    assert_eq!((strict.correct, strict.incorrect, strict.missed), (3, 1, 0));
    assert_eq!((g.relations.possible, g.relations.correct), (2, 2));
    assert_eq!((g.links.possible, g.links.correct), (1, 1));
    assert!(
        g.feedback.iter().all(|f| f.doc_title != "Le Monde"
            && f.other_end
                .as_ref()
                .is_none_or(|o| o.doc_title != "Le Monde")),
        "{:?}",
        g.feedback
    );
    // The same figures as against the key without that article.
    let cut_key = without(&key, "Le Monde");
    let same = exercise::grade(Annotated::new("key.json", &cut_key), e).unwrap();
    assert_eq!(
        (&g.spans, g.relations, g.links, &g.feedback),
        (&same.spans, same.relations, same.links, &same.feedback)
    );
    // Said, in the grade and its JSON.
    assert_eq!((g.graded_articles, g.key_articles), (2, 3));
    assert_eq!(g.missing_articles.len(), 1);
    assert_eq!(g.missing_articles[0].title, "Le Monde");
    assert_eq!(g.missing_articles[0].doc, doc_id(&key, "Le Monde"));
    assert!(g.left_out_articles.is_empty());
    assert_eq!(g.warnings.len(), 1);
    let w = &g.warnings[0];
    assert!(
        w.contains("eve.json does not have the article \"Le Monde\" of key.json")
            && w.contains("left out of the grade")
            && w.contains("not counted as missed")
            && w.contains("2 of the key's 3 articles are graded")
            && w.contains("loads that article into their workspace"),
        "{w}"
    );
    let v = exercise::grade_json(k, &[e]).unwrap();
    let s = &v["students"][0];
    assert_eq!(s["missing_articles"][0]["title"], "Le Monde");
    assert_eq!(s["graded_articles"], 2);
    assert_eq!(s["key_articles"], 3);
    assert!(s.get("left_out_articles").is_none());
    assert!(s["warnings"][0]
        .as_str()
        .unwrap()
        .contains("not counted as missed"));
}

#[test]
fn a_student_with_one_article_more_and_one_less_is_graded_on_the_shared_ones() {
    let key = annotated("trainer", &KEY_DOCS, 0);
    let cleo = annotated("cleo", &[("Spiegel", X), ("Reuters", B), ("AFP", A)], 0);
    let g = exercise::grade(
        Annotated::new("key.json", &key),
        Annotated::new("cleo.json", &cleo),
    )
    .unwrap();
    assert_eq!((g.graded_articles, g.key_articles), (2, 3));
    assert_eq!(g.left_out_articles[0].title, "Spiegel");
    assert_eq!(g.missing_articles[0].title, "Le Monde");
    assert_eq!(g.warnings.len(), 2);
    // Her link from Spiegel to the others is not counted, nor the key's to Le Monde.
    assert_eq!((g.links.possible, g.links.actual), (1, 0));
    assert_eq!(g.spans.overall.strict.f1, 1.0);
    assert!(g.warnings.iter().all(|w| !w.contains("add the article")));
}

#[test]
fn a_student_with_no_article_of_the_key_is_not_graded_and_told_why() {
    let key = annotated("trainer", &KEY_DOCS, 0);
    let other = annotated("x", &[("Spiegel", X)], 0);
    let e = exercise::grade(
        Annotated::new("key.json", &key),
        Annotated::new("x.json", &other),
    )
    .unwrap_err()
    .to_string();
    assert!(
        e.starts_with("x.json does not have any of the articles of key.json (\"AFP\", \"Reuters\", \"Le Monde\")")
            && e.contains("no article in common")
            && e.contains("start again from the exercise file"),
        "{e}"
    );
    let empty = Workspace::new();
    let e = exercise::grade(
        Annotated::new("key.json", &empty),
        Annotated::new("x.json", &other),
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("key.json has no articles"), "{e}");
}

#[test]
fn the_csv_says_on_which_articles_each_row_was_graded() {
    let key = annotated("trainer", &KEY_DOCS, 0);
    let k = Annotated::new("key.json", &key);
    let ana = annotated("ana", &KEY_DOCS, 0);
    let eve = annotated("eve", &[("AFP", A), ("Reuters", B)], 0);
    let cleo = annotated(
        "cleo",
        &[("AFP", A), ("Reuters", B), ("Spiegel, Bild", X)],
        0,
    );
    let grades: Vec<_> = [("ana.json", &ana), ("eve.json", &eve), ("cleo.json", &cleo)]
        .iter()
        .map(|(n, w)| exercise::grade(k, Annotated::new(n, w)).unwrap())
        .collect();
    let csv = exercise::grade_csv(&grades);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("file,annotator,strict_precision"));
    assert!(
        lines[0]
            .ends_with(",links_f1,graded_articles,key_articles,missing_articles,left_out_articles,link_kinds_right,link_kinds_found"),
        "{}",
        lines[0]
    );
    let columns = lines[0].split(',').count();
    // Each row without its last two columns, the link kinds (ana found both key links,
    // with the key's kinds).
    let before_kinds = |l: &str| l.rsplitn(3, ',').nth(2).unwrap_or_default().to_string();
    assert!(lines[1].ends_with(",3,3,,,2,2"), "{}", lines[1]);
    assert!(
        before_kinds(lines[2]).ends_with(",2,3,Le Monde,"),
        "{}",
        lines[2]
    );
    // A title with a comma is quoted; both lists are given.
    assert!(
        before_kinds(lines[3]).ends_with(",2,3,Le Monde,\"Spiegel, Bild\""),
        "{}",
        lines[3]
    );
    assert_eq!(lines[2].split(',').count(), columns);
}

#[test]
fn the_class_compares_a_student_with_an_extra_article_over_the_shared_ones() {
    // Trial 16: cleo has one article more than the key. She is graded; agreement and
    // curation left her out entirely, and advised adding the article to the key.
    let key = annotated("trainer", &KEY_DOCS, 0);
    let ana = annotated("ana", &KEY_DOCS, 0);
    let ben = annotated("ben", &KEY_DOCS, 3);
    let cleo = annotated(
        "cleo",
        &[("Spiegel", X), ("AFP", A), ("Reuters", B), ("Le Monde", C)],
        0,
    );
    let mut class = Class::default();
    class.set_key(file("key.json", key));
    class.add_students(vec![
        file("ana.json", ana.clone()),
        file("ben.json", ben.clone()),
        file("cleo.json", cleo.clone()),
    ]);
    assert!(class.grades().iter().all(Result::is_ok));
    let c = class.compared();
    let names: Vec<&str> = c.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["ana.json", "ben.json", "cleo.json"]);
    assert!(c.left_out_files.is_empty());
    assert_eq!(c.articles.len(), 3);
    assert_eq!(c.left_out_articles.len(), 1);
    let note = &c.left_out_articles[0];
    assert!(
        note.contains("leave out the article \"Spiegel\" of cleo.json")
            && note.contains("the answer key (key.json) does not have it")
            && note.contains("remove it from their workspace"),
        "{note}"
    );
    assert!(
        !note.contains("add it") && !note.contains("add the article"),
        "never advise adding it to the key: {note}"
    );
    // The figures are those of the three files without the extra article.
    let cleo_cut = without(&cleo, "Spiegel");
    let alone = agree(&[
        ("ana.json", &ana),
        ("ben.json", &ben),
        ("cleo.json", &cleo_cut),
    ]);
    let a = class.agreement().unwrap().unwrap();
    assert_eq!(a.pairwise.annotators, ["ana", "ben", "cleo"]);
    assert_eq!(a.alpha_u, alone.alpha_u);
    assert_eq!(a.pairwise, alone.pairwise);
    assert_eq!(titles(&a), ["AFP", "Reuters", "Le Monde"]);
    // Curation: cleo is one of the annotators; the extra article is not curated.
    let mut cur = class.curation().unwrap().unwrap();
    assert_eq!(&cur.annotators[..], ["ana", "ben", "cleo"]);
    assert_eq!(cur.article_title(0), Some("AFP"));
    assert_eq!(cur.article_title(3), None);
    assert!(cur.accept_majority() > 0);
    let built = cur.build("curated");
    let curated: Vec<&str> = built.documents.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(curated, ["AFP", "Reuters", "Le Monde"]);
    assert!(built.spans.iter().all(|s| s.annotators.len() >= 2));
    assert!(class
        .compared_note()
        .starts_with("Between the 3 students' files; the answer key is not counted."));
}

#[test]
fn the_class_compares_over_the_articles_every_file_holds_and_names_who_lacks_one() {
    let key = annotated("trainer", &KEY_DOCS, 0);
    let ana = annotated("ana", &KEY_DOCS, 0);
    let ben = annotated("ben", &KEY_DOCS, 3);
    let eve = annotated("eve", &[("Reuters", B), ("AFP", A)], 1);
    let mut class = Class::default();
    class.set_key(file("key.json", key));
    class.add_students(vec![
        file("ana.json", ana.clone()),
        file("eve.json", eve.clone()),
        file("ben.json", ben.clone()),
    ]);
    let c = class.compared();
    assert_eq!(c.files.len(), 3);
    assert_eq!((c.articles.len(), c.reference_articles), (2, 3));
    let note = &c.left_out_articles[0];
    assert!(
        note.contains("leave out the article \"Le Monde\": eve.json does not have it")
            && note.contains("every student's file holds")
            && note.contains("remove that file from the class"),
        "{note}"
    );
    assert!(class.compared_note().starts_with(
        "Between the 3 students' files, over 2 of the key's 3 articles (see above); the \
         answer key is not counted."
    ));
    let (ana_cut, ben_cut) = (without(&ana, "Le Monde"), without(&ben, "Le Monde"));
    let alone = agree(&[
        ("ana.json", &ana_cut),
        ("eve.json", &eve),
        ("ben.json", &ben_cut),
    ]);
    let a = class.agreement().unwrap().unwrap();
    assert_eq!(a.alpha_u, alone.alpha_u);
    assert_eq!(titles(&a), ["AFP", "Reuters"], "in the key's order");
    let cur = class.curation().unwrap().unwrap();
    assert_eq!(cur.article_title(1), Some("Reuters"));
    assert_eq!(cur.build("c").documents.len(), 2);
    // Without eve, all three articles again.
    class.remove_student(1);
    let c = class.compared();
    assert_eq!(c.articles.len(), 3);
    assert!(c.left_out_articles.is_empty());
    // Without a key: an article only one student has is left out, whoever comes first.
    let mut no_key = Class::default();
    let cleo = annotated(
        "cleo",
        &[("Spiegel", X), ("AFP", A), ("Reuters", B), ("Le Monde", C)],
        0,
    );
    no_key.add_students(vec![file("cleo.json", cleo), file("ana.json", ana)]);
    let c = no_key.compared();
    assert_eq!((c.files.len(), c.articles.len()), (2, 3));
    assert!(
        c.left_out_articles[0].contains("the article \"Spiegel\": only cleo.json has it"),
        "{:?}",
        c.left_out_articles
    );
    let a = no_key.agreement().unwrap().unwrap();
    assert_eq!(titles(&a), ["AFP", "Reuters", "Le Monde"]);
}

#[test]
fn with_no_article_in_every_file_the_class_says_who_lacks_which_not_that_one_has_none() {
    // Trial 17: eve lacks "Le Monde", fay lacks "AFP", gus has "AFP" only; the page said
    // "eve.json has no articles".
    let key = annotated("trainer", &KEY_DOCS, 0);
    let eve = without(&annotated("eve", &KEY_DOCS, 1), "Le Monde");
    let fay = without(&annotated("fay", &KEY_DOCS, 0), "AFP");
    let gus = annotated("gus", &[("AFP", A)], 2);
    let mut class = Class::default();
    class.set_key(file("key.json", key));
    class.add_students(vec![
        file("eve.json", eve),
        file("fay.json", fay),
        file("gus.json", gus),
    ]);
    assert_eq!(class.compared().files.len(), 3);
    let agreement = class.agreement().unwrap().unwrap_err();
    let curation = class.curation().unwrap().map(|_| ()).unwrap_err();
    for e in [&agreement, &curation] {
        assert!(!e.contains("has no articles"), "{e}");
        assert!(
            e.starts_with("No article is held by every one of the 3 students' files compared")
                && e.contains("eve.json does not have \"Le Monde\"")
                && e.contains("fay.json does not have \"AFP\"")
                && e.contains("gus.json does not have \"Reuters\", \"Le Monde\"")
                && e.contains("remove from the class"),
            "{e}"
        );
    }
}
