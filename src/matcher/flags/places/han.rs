//! Places of Chinese text: Chinese news names the place of a story with no preposition
//! ("上海一工厂发生火灾", a fire at a factory in Shanghai; "四川省成都市一家纺织厂", a textile
//! factory in Chengdu, Sichuan province), and the tokeniser cuts Han characters one by
//! one, so `prepositions.rs` reads none. Read here: a name the gazetteer knows in Chinese
//! ("上海", "成都", "四川"; `gazetteer.txt`), with or without the suffix of its unit
//! ("上海市", "四川省"), and a name it does not know followed by such a suffix ([`UNITS`]:
//! 省 province, 市 city, 县 county, 区 district, 镇 town: "嘉定区", "昆山市") right after a
//! boundary (the start of the sentence, a character that is no Han character, a place
//! just read, or 在 / 于 "in, at"), of two or three characters none of which is a word of
//! grammar ([`NOT_IN_NAMES`]: "这个地区" is "this area", no place). Trial 26, F2: two fires
//! in Shanghai and Suzhou were never told apart in Chinese, while the same articles in
//! English, French, German and Spanish were.

use super::{Breadth, Place};
use crate::matcher::features::Prepared;
use crate::matcher::flags::cjk::{cjk_char, has_cjk};
use crate::matcher::flags::gazetteer::readings;
use crate::matcher::text::{hash_str, Token};

/// The suffix characters of an administrative unit (simplified and traditional), each with
/// the area it names: `None` for a settlement (市 city, 镇 town), which reads as a town;
/// `Some` of an area noun of one level (`places::LEVEL_NOUNS`: two provinces, counties or
/// districts do not nest).
const UNITS: &[(char, Option<&str>)] = &[
    ('省', Some("province")),
    ('市', None),
    ('县', Some("county")),
    ('縣', Some("county")),
    ('区', Some("district")),
    ('區', Some("district")),
    ('镇', None),
    ('鎮', None),
];

/// Characters after which a unit's character starts a word of its own, no suffix:
/// 市场 market, 市民 citizens, 市长 mayor, 市政 municipal, 区域 area, 省份 province (the
/// noun), 县城 county seat is a place and is kept.
const NOT_AFTER_UNIT: &[char] = &['场', '民', '长', '政', '委', '值', '域', '份', '级', '属'];

/// Characters after a known name that make it part of a longer name: a street ("南京路",
/// Nanjing Road in Shanghai), a university ("北京大学"), a person of the place ("上海人").
const NOT_AFTER_NAME: &[char] = &['路', '街', '道', '大', '人', '籍', '队', '话'];

/// Characters of grammar, numerals and determiners: a run holding one is no name ("这个地区"
/// this area, "全市" the whole city, "某县" a certain county, "两区" two districts).
const NOT_IN_NAMES: &[char] = &[
    '这', '那', '个', '该', '全', '本', '各', '此', '我', '你', '他', '的', '了', '是', '有', '和',
    '与', '及', '等', '在', '于', '其', '每', '某', '一', '二', '两', '三', '四', '五', '六', '七',
    '八', '九', '十', '几', '多', '地', '社', '小', '灾', '郊', '市', '省', '县', '区', '镇', '日',
    '月', '年', '时', '分', '后', '前', '中', '内', '外', '上', '下',
];

/// Characters of "in, at" after which a place may start (also inside words: "现在" now,
/// "由于" because; a name after them must still pass the other tests).
const LOCATIVES: &[char] = &['在', '于'];

/// The longest name of the gazetteer read, in characters ("乌鲁木齐", "呼和浩特").
const LONGEST: usize = 4;

/// The unit of a suffix character ([`UNITS`]), `None` when it is none.
fn unit(c: char) -> Option<Option<&'static str>> {
    UNITS.iter().find(|(u, _)| *u == c).map(|(_, area)| *area)
}

/// The places of a sentence written in Chinese ([module doc](self)); none when it has no
/// Han character.
pub(super) fn han_places(p: &Prepared) -> Vec<Place> {
    if !has_cjk(&p.text) {
        return Vec::new();
    }
    let chars = crate::matcher::flags::chars_of(p);
    let han = |i: usize| chars.get(i).is_some_and(|&c| cjk_char(c));
    let mut out = Vec::new();
    // Where the last place read ends: a name may follow it ("四川省成都市").
    let mut last_end = usize::MAX;
    let mut i = 0;
    while i < chars.len() {
        if !han(i) {
            i += 1;
            continue;
        }
        // A name the gazetteer knows, longest first, with its unit's suffix if any.
        let known = (2..=LONGEST).rev().find_map(|n| {
            if i + n > chars.len() || !(i..i + n).all(han) {
                return None;
            }
            let name: String = chars[i..i + n].iter().collect();
            let found = readings(&name);
            (!found.is_empty()).then_some((n, found))
        });
        if let Some((n, found)) = known {
            let mut end = i + n;
            if chars.get(end).is_some_and(|&c| NOT_AFTER_NAME.contains(&c)) {
                i += n;
                continue;
            }
            if chars.get(end).is_some_and(|&c| unit(c).is_some()) && !not_a_suffix(chars, end) {
                end += 1;
            }
            if let Some(place) = place_of(p, (i, end), Breadth::Known, found.to_vec(), None) {
                out.push(place);
            }
            last_end = end;
            i = end;
            continue;
        }
        // A name it does not know, ended by a unit's suffix, after a boundary.
        let boundary = i == 0
            || !han(i - 1)
            || i == last_end
            || chars.get(i - 1).is_some_and(|c| LOCATIVES.contains(c));
        if boundary {
            if let Some((end, area)) = unknown_name(chars, i) {
                let breadth = match area {
                    Some(noun) => Breadth::Area(Some((hash_str(noun), true))),
                    None => Breadth::Local,
                };
                if let Some(place) = place_of(p, (i, end), breadth, Vec::new(), area) {
                    out.push(place);
                }
                last_end = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Whether the unit character at `at` starts a word of its own ([`NOT_AFTER_UNIT`]:
/// "市场").
fn not_a_suffix(chars: &[char], at: usize) -> bool {
    chars
        .get(at + 1)
        .is_some_and(|c| NOT_AFTER_UNIT.contains(c))
}

/// A name of two or three Han characters from `start` ended by a unit's suffix: the end
/// (after the suffix) and the unit's area noun ([`UNITS`]).
fn unknown_name(chars: &[char], start: usize) -> Option<(usize, Option<&'static str>)> {
    (2..=3).find_map(|n| {
        let at = start + n;
        let area = unit(*chars.get(at)?)?;
        let name = &chars[start..at];
        let plain = name
            .iter()
            .all(|&c| cjk_char(c) && !NOT_IN_NAMES.contains(&c));
        (plain && !not_a_suffix(chars, at)).then_some((at + 1, area))
    })
}

/// The [`Place`] of the characters `span` (code points of the sentence, end exclusive):
/// its tokens, the words that tell it, its breadth and readings, the area noun of its
/// unit. `None` when no token lies in the span.
fn place_of(
    p: &Prepared,
    span: (usize, usize),
    breadth: Breadth,
    known: Vec<crate::matcher::flags::gazetteer::Known>,
    area: Option<&str>,
) -> Option<Place> {
    let inside = |t: &Token| t.start >= span.0 && t.end <= span.1;
    let first = p.tokens.iter().position(inside)?;
    let last = p.tokens.iter().rposition(inside)?;
    Some(Place {
        range: (p.tokens[first].start, p.tokens[last].end),
        tokens: (first, last),
        words: (first..=last).collect(),
        breadth,
        known,
        site: false,
        area: area.map(|noun| (hash_str(noun), true)),
        town: false,
        around: Vec::new(),
        settlement: false,
        path: None,
        role: super::Role::Event,
    })
}

/// Whether a place read here ([`han_places`]) is named in `other`: its name without the
/// unit's suffix written there ("上海市" / "上海"). `None` for a place written in no Han
/// character, which the caller compares word by word.
pub(super) fn named_in(own: &Prepared, range: (usize, usize), other: &Prepared) -> Option<bool> {
    let stem = stem_of(own, range)?;
    Some(other.text.contains(&stem))
}

/// The name of the place of `own` at `range` (code points) without its unit's suffix
/// ("上海市" is "上海"); `None` for a place written in no Han character.
pub(super) fn stem_of(own: &Prepared, range: (usize, usize)) -> Option<String> {
    let name: Vec<char> = own
        .text
        .chars()
        .skip(range.0)
        .take(range.1.saturating_sub(range.0))
        .collect();
    if !name.first().is_some_and(|&c| cjk_char(c)) {
        return None;
    }
    let stem = match name.split_last() {
        Some((&c, rest)) if unit(c).is_some() && rest.len() >= 2 => rest,
        _ => &name[..],
    };
    Some(stem.iter().collect())
}
