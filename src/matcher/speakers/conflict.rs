//! The speaker flag of a pair: the same statement credited to two different people, not
//! the same person named two ways, nor two sources of one reported fact.

use super::bodies::spokes::spokes_body;
use super::bodies::{body_verdict, credited_bodies, names_body, Verdict};
use super::described::owns_speaker;
use super::find::is_speech;
use super::groups::{group_at, speakers_or_groups, Group};
use super::names::{one_person, two_people};
use super::pronouns::resolved_pronoun;
use super::sources::{
    may_differ, source_at, sources_differ, standing, Source, Standing, Standpoint,
};
use super::{titled, SPEECH};
use crate::matcher::features::Prepared;
use crate::matcher::flags::{fold_diacritics, joins_name, same_name_word, surface, Ranges};
use crate::matcher::text::{Kind, Token};

/// The speaker flag of a pair: the first speaker of each sentence, when the two credit the
/// same statement to different people, each with the title written before its name
/// ([`titled`]). No flag when either names a speaker the other
/// mentions (not as the possessor of its speaker: "Ortega" of "Ortega's campaign chief
/// Marco Silva"), one is an acronym of the other ("THR" / "The Hollywood Reporter"), the
/// sentences are not the same statement, or no two speakers differ by kind
/// ([`sources_differ`]: a generic source, or a bare role against a name).
pub(crate) fn speaker_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    // Two known bodies (`bodies.rs`) first: their names hold places and common words.
    let found = match body_verdict(a, b) {
        Verdict::Two(ranges) => Some(ranges),
        Verdict::One(ra, rb) => person_conflict(a, b, &ra, &rb),
        Verdict::Unknown => person_conflict(a, b, &[], &[]).or_else(|| body_against_speaker(a, b)),
    };
    found.map(|(ra, rb)| (with_body(a, ra), with_body(b, rb)))
}

/// The speaker of `spoken` (`p`'s speakers) that is a bare role its article tells the
/// person of ([`Prepared::role_speaker`]), its stem made that person's surname stem; its
/// range and the person's stem, `None` when no speaker is such a role.
fn resolve_role(
    p: &Prepared,
    spoken: &mut [((usize, usize), u64)],
) -> Option<((usize, usize), u64)> {
    let (role, person) = p.role_speaker?;
    let found = spoken.iter_mut().find(|x| x.1 == role)?;
    found.1 = person;
    Some((found.0, person))
}

/// The range `r` of a speaker of `p` as the flag shows it: a spokesperson's word
/// (`spokes.rs`) with the name of the body written right before it after an article ("a
/// *Lufthansa* spokeswoman said": trial 40 T6 showed "spokeswoman≠police spokesman");
/// any other range as it is.
fn with_body(p: &Prepared, r: (usize, usize)) -> (usize, usize) {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let Some(k) = toks.iter().position(|t| t.start == r.0) else {
        return r;
    };
    if super::bodies::spokes::spokes_at(toks, k).is_none() {
        return r;
    }
    let joined = |j: usize| joins_name(chars.get(toks[j - 1].end..toks[j].start).unwrap_or(&[]));
    let mut s = k;
    while s > 0 && k - s < 3 && toks[s - 1].proper && toks[s - 1].kind == Kind::Word && joined(s) {
        s -= 1;
    }
    let det = s > 0 && s < k && super::roles::is_det(&toks[s - 1].norm);
    match det {
        true => (toks[s].start, r.1),
        false => r,
    }
}

/// The speaker flag of a pair read from the speakers [`speakers_or_groups`] finds, as
/// [`speaker_conflict`] tells, but for the speakers within the code point ranges `ka` of
/// `a` and `kb` of `b`: the names of one known body each credits (`bodies.rs`), written
/// two ways ("Médecins Sans Frontières" / "Doctors Without Borders").
fn person_conflict(
    a: &Prepared,
    b: &Prepared,
    ka: &[(usize, usize)],
    kb: &[(usize, usize)],
) -> Option<Ranges> {
    // "according to police" is read too (`groups.rs`).
    let outside = |known: &[(usize, usize)], r: &((usize, usize), u64)| {
        !known.iter().any(|k| r.0 .0 < k.1 && k.0 < r.0 .1)
    };
    let mut sa = speakers_or_groups(a);
    let mut sb = speakers_or_groups(b);
    sa.retain(|r| outside(ka, r));
    sb.retain(|r| outside(kb, r));
    if sa.is_empty() || sb.is_empty() {
        return None;
    }
    // A bare role its article tells the person of ("dijo el murciano", the article's "el
    // murciano Carlos Alcaraz": `role_people.rs`) is read as that person: its stem the
    // surname's, its kind a name's. The same person on both sides is no conflict.
    let (pa, pb) = (resolve_role(a, &mut sa), resolve_role(b, &mut sb));
    let stems = |v: &[((usize, usize), u64)]| v.iter().map(|x| x.1).collect::<Vec<u64>>();
    if pa.is_some_and(|r| stems(&sb).contains(&r.1))
        || pb.is_some_and(|r| stems(&sa).contains(&r.1))
    {
        return None;
    }
    // The other sentence names the speaker: the surname, as written or with other
    // diacritics ("Müller" / "Muller").
    // Not when it is a word of another person the other sentence names as a speaker: the
    // surname ("Piet Bakker" / "Dirk Bakker"), or a word in another place ("Kim Yo Jong" /
    // "Kim Jong Un": [`two_people`]).
    let plain = |x: &str| fold_diacritics(x).into_owned();
    let mentions = |own: &Prepared,
                    (r, stem): &((usize, usize), u64),
                    other: &Prepared,
                    theirs: &[((usize, usize), u64)]| {
        let surname = own.tokens.iter().find(|t| t.end == r.1 && t.stem == *stem);
        let name = plain(&surface(own, r.0, r.1));
        let someone_else = |t: &Token| {
            theirs.iter().any(|(o, _)| {
                t.start >= o.0
                    && t.end <= o.1
                    && two_people(&name, &plain(&surface(other, o.0, o.1)))
            })
        };
        // "Ortega" of "said Ortega's campaign chief Marco Silva" names whose chief
        // speaks, not who speaks (`described.rs`).
        other.tokens.iter().enumerate().any(|(k, t)| {
            (t.stem == *stem || surname.is_some_and(|w| same_name_word(w, t)))
                && !someone_else(t)
                && !owns_speaker(other, k, theirs)
        })
    };
    // Speaker and subject swapped ("Ana Ruiz said Tom Kerr was wrong." / "Tom Kerr said
    // Ana Ruiz was wrong."): each sentence names its own speaker, and names the other's
    // speaker elsewhere, never as its speaker, a speech verb between the two (not the
    // apposition of "said Vincent Weafer, director with Symantec Security Response").
    // Two people, each told as saying it.
    let only_elsewhere =
        |(_, stem): &((usize, usize), u64), other: &Prepared, theirs: &[((usize, usize), u64)]| {
            let inside = |t: &Token| theirs.iter().any(|(o, _)| t.start >= o.0 && t.end <= o.1);
            let verb_between = |k: usize| {
                theirs.iter().all(|(o, _)| {
                    (0..other.tokens.len()).any(|v| {
                        let t = &other.tokens[v];
                        let between = (t.start >= o.1 && v < k) || (t.end <= o.0 && v > k);
                        between && is_speech(other, v)
                    })
                })
            };
            other
                .tokens
                .iter()
                .enumerate()
                .filter(|(_, t)| t.stem == *stem)
                .all(|(k, t)| !inside(t) && verb_between(k))
        };
    let swapped = sa
        .iter()
        .all(|s| mentions(a, s, b, &sb) && only_elsewhere(s, b, &sb))
        && sb
            .iter()
            .all(|s| mentions(b, s, a, &sa) && only_elsewhere(s, a, &sa));
    if !swapped
        && (sa.iter().any(|s| mentions(a, s, b, &sb)) || sb.iter().any(|s| mentions(b, s, a, &sa)))
    {
        return None;
    }
    // "THR" / "The Hollywood Reporter": an acronym of the other name is the same speaker.
    let names = |p: &Prepared, v: &[((usize, usize), u64)]| -> Vec<String> {
        v.iter()
            .map(|(r, _)| surface(p, r.0, r.1).into_owned())
            .collect()
    };
    let (na, nb) = (names(a, &sa), names(b, &sb));
    // Two spellings of one name ("Sundwell" / "Sundwall", "José Núñez" / "Jose Nunez":
    // compared without diacritics; "Kim Jong-un" / "Kim Jong Un"): the same speaker.
    // Not a role held for the other's person ("advogado de Almeida" / "Almeida", [`held_for`]).
    let held = |i: usize, j: usize| {
        held_for(b, sb[j].0, a, sa[i]).is_some() || held_for(a, sa[i].0, b, sb[j]).is_some()
    };
    if na.iter().enumerate().any(|(i, x)| {
        nb.iter().enumerate().any(|(j, y)| {
            (acronym_of(x, y) || acronym_of(y, x) || one_person(&plain(x), &plain(y)))
                && !held(i, j)
        })
    }) {
        return None;
    }
    // Only the same statement can be credited to the wrong person: both sentences quote
    // (quotation marks), or they share at least two thirds of the shorter one's content
    // words, the speakers' own words left out ([`statement`]).
    // Two sources for one reported fact ("Cooley said ..." / "..., according to the
    // sheriff's department") are not a discrepancy.
    // "he" of "..., he said" stands for the person an earlier sentence named: its range,
    // read once for each side.
    let (ha, hb) = (resolved_pronoun(a), resolved_pronoun(b));
    let kinds = |p: &Prepared,
                 v: &[((usize, usize), u64)],
                 he: Option<(usize, usize)>,
                 role: Option<((usize, usize), u64)>| {
        v.iter()
            .map(
                |(r, _)| match he == Some(*r) || role.is_some_and(|x| x.0 == *r) {
                    true => (*r, Source::Name(None)),
                    false => (*r, with_role(p, *r, source_at(p, *r))),
                },
            )
            .collect::<Vec<((usize, usize), Source)>>()
    };
    // Two bare roles ("dijo el murciano" / "dijo el italiano") are compared as roles, the
    // one resolved or not: two demonyms name two people.
    let bare = |p: &Prepared, v: &[((usize, usize), u64)]| {
        v.iter().any(|(r, _)| {
            matches!(
                with_role(p, *r, source_at(p, *r)),
                Source::Role(_) | Source::Held(_) | Source::Group(_)
            )
        })
    };
    let (pa, pb) = match (bare(a, &sa), bare(b, &sb)) {
        (true, true) => (None, None),
        _ => (pa, pb),
    };
    let (ka, kb) = (kinds(a, &sa, ha, pa), kinds(b, &sb, hb, pb));
    // "he" against "he": who each is was read, not written; "he ≠ he" would say nothing.
    if ha.is_some() && hb.is_some() {
        return None;
    }
    let quotes = quoted;
    // The statements without their speakers: a long title ("Foreign Minister Sergei
    // Lavrov" / "Kremlin spokesman Dmitry Peskov") is no part of what was said.
    // In a swap the other's speaker, named in the statement, is left out too: "Kerr was
    // wrong" / "Ruiz was wrong" are one statement about two people.
    let (ta, tb) = match swapped {
        true => (
            drop_names(statement(a, &sa), b, &sb),
            drop_names(statement(b, &sb), a, &sa),
        ),
        false => (statement(a, &sa), statement(b, &sb)),
    };
    let shared = crate::matcher::features::weighted_shared(&ta, &tb).2;
    let shorter = ta.len().min(tb.len());
    // "..., he said", "he" an earlier sentence's named person, against another person
    // named: the same judgement credited to each ("They \"demonstrated appropriate
    // self-discipline\" ..., he said" after "Carroll commended their restraint" / "Brooks
    // said security forces acted appropriately"), when both tell it with two shared
    // content words that are no name, number or date. (A name alone may be an outlet or
    // an institution, "Bloomberg reported", whose report is another statement; "he" is a
    // person.)
    let person = |k: &[((usize, usize), Source)]| k.iter().all(|x| matches!(x.1, Source::Name(_)));
    let said_alike =
        (ha.is_some() || hb.is_some()) && person(&ka) && person(&kb) && shared_words(a, b) >= 2;
    if !(said_alike || quotes(a) && quotes(b)) && (shared == 0 || 3 * shared < 2 * shorter) {
        return None;
    }
    // Two institutions, one named by a shortening of the other's name ("the Fed" / "the
    // Federal Open Market Committee"), or by the same words in another order ("the
    // Justice Department" / "the Department of Justice"): one body, or a body and its part.
    let text = |p: &Prepared, r: (usize, usize)| surface(p, r.0, r.1).into_owned();
    let one_body = |x: &((usize, usize), Source), y: &((usize, usize), Source)| {
        let (tx, ty) = (text(a, x.0), text(b, y.0));
        x.1 == Source::Institution
            && y.1 == Source::Institution
            && (shortening_of(&tx, &ty) || shortening_of(&ty, &tx) || same_words(&tx, &ty))
    };
    // Two unnamed sources of different groups ("Police said" / "Witnesses said",
    // "according to police" / "according to his lawyer", "sagte ein Polizeisprecher" /
    // "sagte ein Zeuge", `groups.rs`); a name against any group stays no conflict. Two
    // sources told only by a group's words ([`Source::Group`]) are compared so alone.
    let groups_differ = |x: &((usize, usize), Source), y: &((usize, usize), Source)| {
        let unnamed = |s: Source| !matches!(s, Source::Name(_));
        unnamed(x.1)
            && unnamed(y.1)
            && matches!((group_at(a, x.0), group_at(b, y.0)), (Some(g), Some(h)) if g != h)
    };
    // A bystander ("a resident said", "said a witness", "neighbours said", "ha detto un
    // testimone": the witnesses' group, `groups.rs`, unnamed) against an office or a body
    // ("the mayor said", "Mayor John Smith said", "the FBI said"): a bystander is no
    // office, whatever kind of source each is read as (English "resident" is a generic
    // source, "residente" a role). Not against a person named without an office ("John
    // Smith said"), who may be that resident.
    let bystander_office = |x: &((usize, usize), Source), y: &((usize, usize), Source)| {
        let witness = |p: &Prepared, s: &((usize, usize), Source)| {
            !matches!(s.1, Source::Name(_)) && group_at(p, s.0) == Some(Group::Witnesses)
        };
        let office = |p: &Prepared, s: &((usize, usize), Source)| {
            matches!(
                s.1,
                Source::Role(_)
                    | Source::Held(_)
                    | Source::Group(_)
                    | Source::Institution
                    | Source::Name(Some(_))
            ) && group_at(p, s.0) != Some(Group::Witnesses)
        };
        (witness(a, x) && office(b, y)) || (witness(b, y) && office(a, x))
    };
    // A company told without a name ("the company said", "selon l'entreprise", "a company
    // spokesman said": the company's group, `groups.rs`) against a public office
    // ("consul Javier Morales said", "the mayor said": `titles::is_office`): a company
    // speaks through no public office (trial 57: the coach operator's quote / the
    // consul's, 88 % "same fact" with no flag). Not against a person named without an
    // office ("John Smith said"), who may speak for it.
    let company_office = |x: &((usize, usize), Source), y: &((usize, usize), Source)| {
        let company = |p: &Prepared, s: &((usize, usize), Source)| {
            !matches!(s.1, Source::Name(_)) && group_at(p, s.0) == Some(Group::Company)
        };
        let office = |s: &((usize, usize), Source)| {
            standing(s.1).is_some_and(|s| s.kind == Standing::Office)
        };
        (company(a, x) && office(y)) || (company(b, y) && office(x))
    };
    // A role held at a body against that body told by its group's words alone ("selon
    // l'hôpital" / "selon la direction de l'hôpital", "the hospital" / "the hospital's
    // management": trial 44): one source, the body speaking through its management.
    let own_body = |x: &((usize, usize), Source), y: &((usize, usize), Source)| {
        let bare = |s: Source| matches!(s, Source::Group(_) | Source::Generic);
        let held = |s: Source| matches!(s, Source::Held(_));
        let (gx, gy) = (group_at(a, x.0), group_at(b, y.0));
        ((held(x.1) && bare(y.1)) || (bare(x.1) && held(y.1))) && gx.is_some() && gx == gy
    };
    let found = ka
        .iter()
        .flat_map(|x| kb.iter().map(move |y| (x, y)))
        .filter(|(x, y)| !own_body(x, y))
        .find(|(x, y)| {
            // Two spokespeople, each with the body written it speaks for: the bodies tell
            // ("eine Lufthansa-Sprecherin" / "ein Polizeisprecher": two; / "ein
            // Lufthansa-Sprecher": one; `spokes.rs`).
            if let (Some(bx), Some(by)) = (spokes_body(a, x.0), spokes_body(b, y.0)) {
                return bx != by;
            }
            (sources_differ(x.1, y.1) && !one_body(x, y))
                || groups_differ(x, y)
                || bystander_office(x, y)
                || company_office(x, y)
        })
        .map(|(x, y)| (titled(a, x.0), titled(b, y.0)));
    // "Ferreira said" / "Ferreira's lawyer said", "disse Almeida" / "disse o advogado de
    // Almeida": a role of the other sentence's named person speaks, not that person.
    found.or_else(|| {
        let named = |k: &[((usize, usize), Source)], i: usize| matches!(k[i].1, Source::Name(_));
        (0..sa.len())
            .flat_map(|i| (0..sb.len()).map(move |j| (i, j)))
            .find_map(|(i, j)| {
                if named(&ka, i) {
                    if let Some(rb) = held_for(b, sb[j].0, a, sa[i]) {
                        return Some((titled(a, sa[i].0), rb));
                    }
                }
                if named(&kb, j) {
                    if let Some(ra) = held_for(a, sa[i].0, b, sb[j]) {
                        return Some((ra, titled(b, sb[j].0)));
                    }
                }
                None
            })
    })
}

/// Whether a sentence has quotation marks of any style: "…", “…”, « … », „…“ (the
/// sentence's cue counts the first two).
fn quoted(p: &Prepared) -> bool {
    p.cues & 2 != 0
        || p.text
            .contains(|c: char| super::foreign::QUOTE_MARKS.contains(&c))
}

/// The speaker flag of a known body that one sentence credits (`bodies.rs`: "la
/// Protezione civile", "the Red Cross", "Hamas", "l'ARS"; [`Standpoint::known_body`])
/// against a speaker the other credits with the same statement that may differ from it by
/// kind ([`may_differ`]), the other naming no known body: a mayor or a minister speaks for
/// no rescue service, aid agency or armed group (trial 43 D: "il sindaco di Catania",
/// "Health Minister Catherine Vautrin"), and a hospital's management for no health agency
/// (trial 44, y81: "selon l'ARS" / "selon la direction de l'hôpital"). A body of the state
/// may speak through a minister or a mayor ("the police" / "the mayor"), and a person named
/// without an office may be the body's own: no flag. The same statement: both quote, or they share
/// two thirds of the shorter one's content words, the body's and the speakers' words left
/// out.
fn body_against_speaker(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let side = |body: &Prepared, other: &Prepared| {
        let credited = credited_bodies(body);
        if credited.is_empty() || names_body(other) {
            return None;
        }
        let spoken = speakers_or_groups(other);
        let (at, differs) = credited.iter().find_map(|&(outside, at)| {
            let known = Standpoint::known_body(!outside);
            let differs = spoken.iter().find(|(r, _)| {
                standing(with_role(other, *r, source_at(other, *r)))
                    .is_some_and(|s| may_differ(known, s))
            })?;
            Some((at, differs))
        })?;
        let same = quoted(body) && quoted(other) || {
            let (tx, ty) = (statement(body, &[(at, 0)]), statement(other, &spoken));
            let shared = crate::matcher::features::weighted_shared(&tx, &ty).2;
            shared > 0 && 3 * shared >= 2 * tx.len().min(ty.len())
        };
        same.then(|| (at, titled(other, differs.0)))
    };
    side(a, b).or_else(|| side(b, a).map(|(x, y)| (y, x)))
}

/// The code points of `p`'s speaker at `role`, with its possessor, when that speaker is a
/// role held for the person `other` names as its speaker `person` (the stem of its last
/// word): "Ferreira's lawyer" (the possessor right before the role) for "Ferreira", "o
/// advogado de Almeida" (a genitive within the role, `described::owns_speaker`) for
/// "Almeida". `None` when the role's words are no role (a name: "Ferreira's coach Ana
/// Lima" is read as Lima, another name, compared as names are) or a spokesperson's, who
/// speaks for the person (`spokes.rs`).
fn held_for(
    p: &Prepared,
    role: (usize, usize),
    other: &Prepared,
    (person, stem): ((usize, usize), u64),
) -> Option<(usize, usize)> {
    let last = other
        .tokens
        .iter()
        .find(|t| t.end == person.1 && t.stem == stem)?;
    let within = |t: &Token| t.start >= role.0 && t.end <= role.1;
    let role_words = p.tokens.iter().filter(|t| within(t)).any(|t| !t.proper);
    // A spokesperson speaks for the person ("Ortega's spokesman said" / "Ortega said"):
    // one source, unlike a lawyer or a coach.
    let spokes = (0..p.tokens.len())
        .any(|k| within(&p.tokens[k]) && super::bodies::spokes::spokes_at(&p.tokens, k).is_some());
    if !role_words || spokes {
        return None;
    }
    p.tokens
        .iter()
        .enumerate()
        .find(|&(k, t)| {
            (t.stem == stem || same_name_word(last, t)) && owns_speaker(p, k, &[(role, 0)])
        })
        .map(|(_, t)| (t.start.min(role.0), role.1))
}

/// A name without a title in its own words, with the role written right before it
/// ([`titled`]: "le maire Jean Dupont", "police spokesman John Miller", "Polizeisprecher
/// Jan Müller"; `titles::role_title`): a name of that role, so that "the mayor" /
/// "police spokesman John Miller" are two people and "le maire" / "le maire Jean Dupont"
/// may be one. Any other source as it is.
fn with_role(p: &Prepared, r: (usize, usize), source: Source) -> Source {
    if source != Source::Name(None) {
        return source;
    }
    // The name's own words too: "Polizeisprecher Jan Müller" is read as one name.
    let (start, _) = titled(p, r);
    let role = p
        .tokens
        .iter()
        .filter(|t| t.start >= start && t.end <= r.1)
        .find_map(|t| super::titles::role_title(&t.norm));
    Source::Name(role)
}

/// Whether two names of organisations are written with the same words in any order,
/// "the", "of", "for" and "and" left out ("Justice Department" / "Department of
/// Justice"), compared in lower case.
fn same_words(x: &str, y: &str) -> bool {
    let words = |s: &str| {
        let mut w: Vec<String> = s
            .split(|c: char| !c.is_alphabetic())
            .map(str::to_lowercase)
            .filter(|w| !w.is_empty() && !matches!(w.as_str(), "the" | "of" | "for" | "and"))
            .collect();
        w.sort();
        w
    };
    let (wx, wy) = (words(x), words(y));
    !wx.is_empty() && wx == wy
}

/// Whether `short` is one word of three letters or more that begins a longer word of
/// `long` ("Fed" / "Federal Open Market Committee", "Met" / "Metropolitan Police").
fn shortening_of(short: &str, long: &str) -> bool {
    let word = short.trim().to_lowercase();
    if word.chars().count() < 3 || !word.chars().all(char::is_alphabetic) {
        return false;
    }
    long.split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .any(|w| w.len() > word.len() && w.starts_with(&word))
}

/// The content stems (with their IDF) of what `p` says: its content words but the words
/// of its speakers (`spoken`, [`super::speakers`]) and of the description right before a name
/// ("Kremlin spokesman Dmitry Peskov", "White House press secretary Karine Jean-Pierre":
/// up to four words joined as a name's are, no comma between).
fn statement(p: &Prepared, spoken: &[((usize, usize), u64)]) -> Vec<(u64, f32)> {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let mut own: Vec<u64> = Vec::new();
    for &((start, end), _) in spoken {
        let Some(first) = toks.iter().position(|t| t.start >= start) else {
            continue;
        };
        let mut k = first;
        while k > 0 && first - k < 4 {
            let (t, next) = (&toks[k - 1], &toks[k]);
            let gap = chars.get(t.end..next.start).unwrap_or(&[]);
            if t.kind != Kind::Word || t.stop || !joins_name(gap) {
                break;
            }
            k -= 1;
        }
        own.extend(
            toks[k..]
                .iter()
                .take_while(|t| t.end <= end)
                .map(|t| t.stem),
        );
    }
    p.content
        .iter()
        .filter(|(stem, _)| !own.contains(stem))
        .copied()
        .collect()
}

/// `statement` without the stems of the words of `p`'s speakers `spoken` ("Tom Kerr").
fn drop_names(
    statement: Vec<(u64, f32)>,
    p: &Prepared,
    spoken: &[((usize, usize), u64)],
) -> Vec<(u64, f32)> {
    let names: Vec<u64> = p
        .tokens
        .iter()
        .filter(|t| spoken.iter().any(|(r, _)| t.start >= r.0 && t.end <= r.1))
        .map(|t| t.stem)
        .collect();
    statement
        .into_iter()
        .filter(|(stem, _)| !names.contains(stem))
        .collect()
}

/// How many content stems `a` and `b` share that are no name, number or date
/// (`Prepared::content_flags` bits 0 and 2) nor a speech verb.
fn shared_words(a: &Prepared, b: &Prepared) -> usize {
    let plain = |p: &Prepared| -> Vec<u64> {
        let speech: Vec<u64> = p
            .tokens
            .iter()
            .filter(|t| SPEECH.contains(&t.norm.as_str()))
            .map(|t| t.stem)
            .collect();
        p.content
            .iter()
            .zip(&p.content_flags)
            .filter(|&(&(stem, _), &f)| f & 0b101 == 0 && !speech.contains(&stem))
            .map(|(&(stem, _), _)| stem)
            .collect()
    };
    let (x, y) = (plain(a), plain(b));
    x.iter().filter(|s| y.contains(s)).count()
}

/// Whether `short` is an acronym of `long`: two or more capitals (full stops allowed),
/// the initials of `long`'s capitalised words, or ends with them, "The" counted or not
/// ("THR" / "Hollywood Reporter", "NWS" / "National Weather Service", "U.N." / "United
/// Nations", "SEC" / "Exchange Commission").
fn acronym_of(short: &str, long: &str) -> bool {
    let letters: String = short.chars().filter(|c| *c != '.').collect();
    if letters.chars().count() < 2 || !letters.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    let initials: String = long
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    // The name may be cut at "and" or "of" ("Securities and Exchange Commission" read as
    // "Exchange Commission"): the acronym then ends with its initials.
    initials.chars().count() >= 2 && (letters == initials || letters.ends_with(&initials))
}
