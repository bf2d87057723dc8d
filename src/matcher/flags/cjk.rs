//! Counts and dates of Chinese and Japanese text for the number and date flags, read
//! from the characters (the tokeniser cuts these scripts character by character, so
//! "四枪" is two tokens and no number).
//!
//! A count is a numeral and a counter: Arabic digits (ASCII or full-width, with a
//! decimal point and an optional 万, 亿, 千 or 百 after them: "1.5万人") or Chinese
//! numerals (零〇一二两三四五六七八九十百千万亿: "十五", "两千", "三万五千"), then a counter
//! ("四枪" four shots, "三人" three people, "两名男子" two men, "6.1级" magnitude 6.1,
//! "4発" four shots in Japanese). A vague count is 数, 几 or 若干 ("several": "数枪"), 多
//! ("many": "多人") or those with a power of ten ("数十人", "几百人", "十几人"), then a
//! counter. Modifiers before the numeral ("至少" at least, "约" about) and after it ("多",
//! "余" more than: "三十多人"; "以上" or more, "左右" about: "30人以上") belong to the count,
//! which keeps its value, as "at least four" does in English; "至少" and the like may stand a
//! verb before it ("至少被击中四枪", hit at least four shots). A range is two numerals with
//! 至, 到, ~ or a dash between ("10至20人", "十到二十人", "10-20人") or two digits in a row
//! ("两三人" two or three, "二三十人" twenty or thirty). An ordinal ("第一次") is no count; a numeral without a counter
//! ("一些", "统一") is none either.
//!
//! A date is a month and a day ("11月13日", "十一月十三号"), a month ("11月") or a year of
//! four digits ("2017年", "二〇一七年"), a weekday ("星期一", "周三", Japanese "月曜日"); a
//! date followed by a speech word ("周三表示": said on Wednesday) dates the report and is
//! left out. A day without its month ("13日") is a day of month 0, which agrees with that
//! day of any month.
//! Ranges are code points of the sentence.

use super::bounds::{han_bound, vague_size, Bound};
use super::dates::DateItem;
use crate::matcher::features::Prepared;
use crate::matcher::text::hash_str;

/// Counters that count what they name ("三人" three people, "四枪" four shots, "五次"
/// five times), compared by themselves; Japanese ones too (発, 回, 台).
const COUNTERS: &[&str] = &[
    "公里", "千米", "英里", "小时", "分钟", "公斤", "美元", "人", "次", "枪", "岁", "天", "发",
    "颗", "枚", "级", "户", "处", "元", "吨", "米", "年", "周", "回", "発", "台",
];

/// Classifiers that count the noun after them ("两名男子" two men, "三辆车" three cars):
/// compared with the noun's first character ("名男" / "名警" count different people).
const CLASSIFIERS: &[&str] = &[
    "名", "位", "个", "辆", "架", "艘", "座", "具", "头", "只", "条", "间", "栋", "家", "所", "起",
    "件", "匹", "把", "份",
];

/// Modifiers right before a numeral: at least, at most, about, nearly, over, only, in all.
const BEFORE: &[&str] = &[
    "至少", "最少", "最多", "大约", "约", "将近", "近", "接近", "超过", "逾", "多达", "仅", "共",
    "约有", "不到",
];

/// Marks between the two figures of a range: "10至20人", "10到20人", "10~20人", "10-20人".
const RANGE_MARKS: &[char] = &['至', '到', '~', '～', '-', '－', '—', '–', '〜'];

/// Bounds after a count: "10人以上" (10 or more), "10人以下" and "10人以内" (10 or fewer),
/// "10人左右" (about 10).
const AFTER: &[(&str, Bound)] = &[
    ("以上", Bound::AtLeast),
    ("以下", Bound::AtMost),
    ("以内", Bound::AtMost),
    ("左右", Bound::About),
];

/// Bounds that may stand a few characters before their count, a verb between: "至少被击中
/// 四枪" (was hit at least four shots), "最多可容纳100人" (can hold at most 100 people).
const BEFORE_VERB: &[&str] = &["至少", "最少", "最多", "大约", "将近"];

/// The bound of a word of [`BEFORE_VERB`] one to four characters before the numeral at
/// `i`, with only Chinese characters between (no punctuation, figure or other count).
fn bound_across(chars: &[char], i: usize) -> Option<Bound> {
    (1..=4)
        .take_while(|&gap| {
            i > gap && {
                let c = chars[i - gap];
                has_cjk(&c.to_string()) && arabic(c).is_none() && han_digit(c).is_none()
            }
        })
        .find_map(|gap| {
            let word = BEFORE_VERB.iter().find(|w| {
                let n = w.chars().count();
                i >= gap + n && at(chars, i - gap - n, w)
            })?;
            han_bound(word)
        })
}

/// Two Chinese digits in a row that say "this or that many" before a counter: "两三" (two
/// or three), "三五" (three to five), "二三十" (twenty or thirty), as `(low, high, end)`.
/// Digits in a row are otherwise positional ("二〇一七" is a year), so a digit after the two,
/// or a zero, makes none.
fn digit_pair(chars: &[char], i: usize) -> Option<(f64, f64, usize)> {
    let (lo, hi) = (han_digit(chars[i])?, han_digit(*chars.get(i + 1)?)?);
    if lo == 0.0 || hi <= lo || chars.get(i + 2).and_then(|&c| han_digit(c)).is_some() {
        return None;
    }
    let unit = chars.get(i + 2).and_then(|&c| han_unit(c));
    let (m, end) = unit.map_or((1.0, i + 2), |u| (u, i + 3));
    counter(chars, end).map(|_| (lo * m, hi * m, end))
}

/// A count: its value (an `f64`'s bits, or the key of a vague word), whether it is vague,
/// its bound ("至少", "三十多"), the key of what it counts, and its range (code points).
pub(super) struct HanCount {
    pub value: u64,
    /// The size a vague count stands for ("数十": twenty to ninety-nine).
    pub size: (f64, f64),
    pub vague: bool,
    pub bound: Bound,
    pub counted: u64,
    pub range: (usize, usize),
}

/// Whether a sentence has any Chinese or Japanese character: the fast way out. The
/// characters of [`cjk_char`] are three bytes in UTF-8, led by a byte from `0xE3` to
/// `0xE9`: a text with no such byte (most sentences, asked for every pair whose flags
/// are read) is passed over a byte at a time, without decoding its characters.
pub(super) fn has_cjk(text: &str) -> bool {
    text.bytes().any(|b| (0xE3..=0xE9).contains(&b)) && text.chars().any(cjk_char)
}

/// Whether a character is Chinese or Japanese (kana or a Han character).
pub(super) fn cjk_char(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
}

/// The value of a Chinese digit character.
fn han_digit(c: char) -> Option<f64> {
    let d = match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    };
    Some(f64::from(d))
}

/// The power of ten of a Chinese unit character (十 百 千 万 亿).
fn han_unit(c: char) -> Option<f64> {
    match c {
        '十' => Some(10.0),
        '百' => Some(100.0),
        '千' => Some(1e3),
        '万' => Some(1e4),
        '亿' => Some(1e8),
        _ => None,
    }
}

/// An ASCII or full-width digit.
fn arabic(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// A numeral starting at `i`: `(value, end, digits)` with `end` the index after it and
/// `digits` the number of digit characters (a year has four), or `None`.
fn numeral(chars: &[char], i: usize) -> Option<(f64, usize, usize)> {
    if arabic(*chars.get(i)?).is_some() {
        let mut j = i;
        let mut s = String::new();
        while j < chars.len() {
            match (arabic(chars[j]), chars[j]) {
                (Some(d), _) => s.push(char::from_digit(d, 10).unwrap_or('0')),
                (None, '.' | '．') if chars.get(j + 1).and_then(|&c| arabic(c)).is_some() => {
                    s.push('.')
                }
                (None, ',' | '，') if chars.get(j + 1).and_then(|&c| arabic(c)).is_some() => {}
                _ => break,
            }
            j += 1;
        }
        let digits = s.chars().filter(char::is_ascii_digit).count();
        let mut v: f64 = s.parse().ok()?;
        // "1.5万", "1.5万亿".
        while let Some(m) = chars.get(j).and_then(|&c| han_unit(c)) {
            v *= m;
            j += 1;
        }
        return Some((v, j, digits));
    }
    // Chinese numerals: digit-unit pairs, with 万 and 亿 closing a section ("三万五千",
    // "一亿两千万"); digits in a row are positional ("二〇一七").
    let (mut high, mut mid, mut section, mut digit) = (0.0, 0.0, 0.0, None::<f64>);
    let (mut j, mut digits) = (i, 0);
    while j < chars.len() {
        let c = chars[j];
        if let Some(d) = han_digit(c) {
            let after_digit = j > i && han_digit(chars[j - 1]).is_some();
            digit = Some(match digit {
                Some(p) if after_digit => p * 10.0 + d,
                _ => d,
            });
            digits += 1;
        } else if let Some(u) = han_unit(c) {
            let head = section + digit.unwrap_or(0.0);
            if u == 1e8 {
                (high, mid, section) = ((high + mid + head).max(1.0) * u, 0.0, 0.0);
            } else if u == 1e4 {
                (mid, section) = (head.max(1.0) * u, 0.0);
            } else {
                section += digit.unwrap_or(1.0) * u;
            }
            digit = None;
        } else {
            break;
        }
        j += 1;
    }
    (j > i).then(|| (high + mid + section + digit.unwrap_or(0.0), j, digits))
}

/// Whether `word` is written at `chars[i..]`.
fn at(chars: &[char], i: usize, word: &str) -> bool {
    let n = word.chars().count();
    chars
        .get(i..i + n)
        .is_some_and(|w| w.iter().copied().eq(word.chars()))
}

/// What a counter at `i` counts (its key) and the index after it: a counter of
/// [`COUNTERS`] by itself, a classifier of [`CLASSIFIERS`] with the next character.
fn counter(chars: &[char], i: usize) -> Option<(u64, usize)> {
    if let Some(c) = COUNTERS.iter().find(|c| at(chars, i, c)) {
        let end = i + c.chars().count();
        return Some((hash_str(&format!("han counter {c}")), end));
    }
    let c = CLASSIFIERS.iter().find(|c| at(chars, i, c))?;
    let noun = chars.get(i + 1).copied().unwrap_or(' ');
    Some((hash_str(&format!("han counter {c}{noun}")), i + 1))
}

/// A vague numeral at `i` ("数", "几", "若干", "多", "数十", "几百", "十几"): the key of what
/// it says, the index after it, and the size it stands for ([`vague_size`]: 数十 twenty to
/// ninety-nine).
fn vague(chars: &[char], i: usize) -> Option<(u64, usize, (f64, f64))> {
    let (word, len) = if at(chars, i, "若干") {
        ("several", 2)
    } else {
        match chars[i] {
            // Not the 数 of 多数 (most), 人数 (the number of people), 总数 (total).
            '数' if i == 0 || !"多少人总半无指分次岁".contains(chars[i - 1]) => {
                ("several", 1)
            }
            '几' => ("several", 1),
            '多' if i == 0 || !"许很更最".contains(chars[i - 1]) => ("many", 1),
            '十' if chars.get(i + 1) == Some(&'几') => ("ten-odd", 2),
            _ => return None,
        }
    };
    let mut end = i + len;
    let mut key = word.to_string();
    let (lo, hi) = vague_size(word).unwrap_or((2.0, f64::INFINITY));
    let mut size = (lo, hi);
    // A power of ten after it: "数十" (tens), "几百" (hundreds).
    if let Some(u) = chars.get(end).and_then(|&c| han_unit(c)) {
        key = format!("{key} {u}");
        size = (
            lo * u,
            if word == "ten-odd" {
                hi * u
            } else {
                (hi + 1.0) * u - 1.0
            },
        );
        end += 1;
    }
    Some((hash_str(&format!("han vague {key}")), end, size))
}

/// The counts of a Chinese or Japanese sentence (see the module's comment).
pub(super) fn han_counts(p: &Prepared) -> Vec<HanCount> {
    if !has_cjk(&p.text) {
        return Vec::new();
    }
    let chars = crate::matcher::flags::chars_of(p);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // A numeral starts with a digit, or with 十 ("十五人"); not with 百, 千, 万 or 亿
        // ("千万", "万一"), and 十几 is vague.
        let starts = arabic(chars[i]).is_some()
            || han_digit(chars[i]).is_some()
            || (chars[i] == '十' && chars.get(i + 1) != Some(&'几'));
        // "两三人", "二三十人": two or three, twenty or thirty.
        let pair = if starts { digit_pair(chars, i) } else { None };
        let number = match pair {
            Some((_, hi, e)) => Some((hi, e, 2)),
            None if starts => numeral(chars, i),
            None => None,
        };
        let mut size = (0.0, 0.0);
        let (value, is_vague, mut end) = match number {
            // Not the tail of a longer number, nor an ordinal ("第一次").
            Some((v, e, _))
                if i == 0 || (chars[i - 1] != '第' && arabic(chars[i - 1]).is_none()) =>
            {
                (v.to_bits(), false, e)
            }
            Some((_, e, _)) => {
                i = e;
                continue;
            }
            None => match vague(chars, i) {
                Some((k, e, z)) => {
                    size = z;
                    (k, true, e)
                }
                None => {
                    i += 1;
                    continue;
                }
            },
        };
        // "10至20人", "10到20人", "十至二十人", "10~20人", "10-20人": a range.
        let mut bound = pair.map_or(Bound::Exact, |(lo, _, _)| Bound::From(lo.to_bits()));
        let mut value = value;
        if let Some((lo, (hi, e, _))) = number
            .filter(|_| !is_vague && RANGE_MARKS.contains(chars.get(end).unwrap_or(&' ')))
            .and_then(|(lo, _, _)| Some((lo, numeral(chars, end + 1)?)))
            .filter(|&(lo, (hi, _, _))| lo < hi)
        {
            (value, bound, end) = (hi.to_bits(), Bound::From(lo.to_bits()), e);
        }
        if !is_vague
            && matches!(chars.get(end), Some('多' | '余' | '来'))
            && counter(chars, end + 1).is_some()
        {
            bound = if chars[end] == '来' {
                Bound::About
            } else {
                Bound::MoreThan
            };
            end += 1;
        }
        let Some((counted, after)) = counter(chars, end) else {
            i = end.max(i + 1);
            continue;
        };
        // A year ("2017年", "二〇一七年") is a date, not a count of years.
        if !is_vague && chars[end] == '年' && matches!(number, Some((_, _, 4))) {
            i = after;
            continue;
        }
        let before = BEFORE
            .iter()
            .filter(|m| {
                let n = m.chars().count();
                i >= n && at(chars, i - n, m)
            })
            .max_by_key(|m| m.chars().count());
        let start = before.map_or(i, |m| i - m.chars().count());
        if let Some(b) = before
            .and_then(|m| han_bound(m))
            .or_else(|| bound_across(chars, i))
        {
            bound = b;
        }
        // "10人以上" (or more), "10人以下" (or fewer), "10人左右" (about).
        let after_bound = AFTER.iter().find(|(w, _)| at(chars, after, w));
        if let Some((_, b)) = after_bound.filter(|_| bound == Bound::Exact && !is_vague) {
            bound = *b;
        }
        let after = after + after_bound.map_or(0, |(w, _)| w.chars().count());
        out.push(HanCount {
            value,
            size,
            vague: is_vague,
            bound,
            counted,
            range: (start, after),
        });
        i = after;
    }
    out
}

/// The weekday (0 = Monday) a character names after 星期, 周 or 礼拜 (一 to 六, 日 or 天
/// for Sunday), or before Japanese 曜 (月 Monday to 日 Sunday).
fn weekday(c: char, japanese: bool) -> Option<u8> {
    let names = if japanese {
        "月火水木金土日"
    } else {
        "一二三四五六日"
    };
    if !japanese && c == '天' {
        return Some(6);
    }
    names.chars().position(|n| n == c).map(|d| d as u8)
}

/// The dates of a Chinese or Japanese sentence (see the module's comment), with their
/// ranges (code points).
pub(super) fn han_dates(p: &Prepared) -> Vec<(DateItem, (usize, usize))> {
    if !has_cjk(&p.text) {
        return Vec::new();
    }
    let chars = crate::matcher::flags::chars_of(p);
    let mut out = han_date_items(chars);
    // The date of a report is not the date of the fact: a date a speech word follows
    // within two characters ("周三表示", "13日晚间称").
    out.retain(|&(_, (_, end))| {
        (end..=end + 2).all(|k| !REPORT_WORDS.iter().any(|w| at(chars, k, w)))
    });
    out
}

/// Words of speaking after the date of a report: said, stated, announced, pointed out,
/// reported (Chinese), announced (Japanese 発表).
const REPORT_WORDS: &[&str] = &[
    "表示", "说", "称", "宣布", "指出", "透露", "报道", "声明", "发表", "発表",
];

/// The dates of `chars`, the dates of reports included.
fn han_date_items(chars: &[char]) -> Vec<(DateItem, (usize, usize))> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // 星期一, 周三, 礼拜天; 月曜日, 月曜.
        let lead = ["星期", "礼拜", "周"].iter().find(|w| at(chars, i, w));
        if let Some(w) = lead {
            let k = i + w.chars().count();
            if let Some(d) = chars.get(k).and_then(|&c| weekday(c, false)) {
                out.push((DateItem::Weekday(d), (i, k + 1)));
                i = k + 1;
                continue;
            }
        }
        if chars.get(i + 1) == Some(&'曜') {
            if let Some(d) = weekday(chars[i], true) {
                let end = if chars.get(i + 2) == Some(&'日') {
                    i + 3
                } else {
                    i + 2
                };
                out.push((DateItem::Weekday(d), (i, end)));
                i = end;
                continue;
            }
        }
        let starts =
            arabic(chars[i]).is_some() || han_digit(chars[i]).is_some() || chars[i] == '十';
        let after_number =
            i > 0 && (arabic(chars[i - 1]).is_some() || han_digit(chars[i - 1]).is_some());
        let Some((v, e, digits)) = (starts && !after_number)
            .then(|| numeral(chars, i))
            .flatten()
        else {
            i += 1;
            continue;
        };
        match chars.get(e) {
            Some('年') if digits == 4 => {
                out.push((DateItem::Year(v as u32), (i, e + 1)));
                i = e + 1;
                continue;
            }
            Some('月') if (1.0..=12.0).contains(&v) && v.fract() == 0.0 => {
                // A day after the month: "11月13日", "十一月十三号".
                let day = numeral(chars, e + 1).filter(|&(d, de, _)| {
                    (1.0..=31.0).contains(&d) && matches!(chars.get(de), Some('日' | '号'))
                });
                let (d, end) = day.map_or((0, e + 1), |(d, de, _)| (d as u32, de + 1));
                out.push((DateItem::Day(v as u8, d), (i, end)));
                i = end;
                continue;
            }
            // A day without its month ("13日", "14号"), month 0; not a length of days
            // ("3日間").
            Some('日' | '号')
                if (1.0..=31.0).contains(&v)
                    && v.fract() == 0.0
                    && !matches!(chars.get(e + 1), Some('间' | '間')) =>
            {
                out.push((DateItem::Day(0, v as u32), (i, e + 1)));
                i = e + 1;
                continue;
            }
            _ => {}
        }
        i = e;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<f64> {
        let chars: Vec<char> = s.chars().collect();
        numeral(&chars, 0).map(|(v, _, _)| v)
    }

    /// The byte test of [`has_cjk`] passes every Chinese or Japanese character, alone and
    /// in a text, and a text with none has none.
    #[test]
    fn has_cjk_finds_every_cjk_character() {
        let mut cjk = 0;
        for c in (0..0x11000u32).filter_map(char::from_u32) {
            let text = format!("Ab {c} é");
            assert_eq!(has_cjk(&text), cjk_char(c), "{c:?}");
            cjk += usize::from(cjk_char(c));
        }
        assert!(cjk > 20_000, "{cjk}");
        assert!(!has_cjk("Les secours ont évacué 14 patients à Zürich"));
        assert!(has_cjk("四川省成都市发生地震"));
    }

    #[test]
    fn numerals_are_read() {
        for (s, v) in [
            ("四", 4.0),
            ("十", 10.0),
            ("十五", 15.0),
            ("二十", 20.0),
            ("二十三", 23.0),
            ("一百零五", 105.0),
            ("两千", 2000.0),
            ("三万五千", 35000.0),
            ("一亿两千万", 1.2e8),
            ("二〇一七", 2017.0),
            ("1.5万", 15000.0),
            ("1.5万亿", 1.5e12),
            ("２０１７", 2017.0),
            ("3,000", 3000.0),
            ("6.1", 6.1),
        ] {
            assert_eq!(value(s), Some(v), "{s}");
        }
        assert_eq!(value("人"), None);
    }

    #[test]
    fn counts_need_a_counter() {
        let counts = |s: &str| -> Vec<String> {
            let p = Prepared::new(s, crate::matcher::features::Idf::builtin());
            let chars = crate::matcher::flags::chars_of(&p);
            han_counts(&p)
                .iter()
                .map(|c| chars[c.range.0..c.range.1].iter().collect())
                .collect()
        };
        assert_eq!(counts("该士兵至少被击中四枪。"), ["四枪"]);
        assert_eq!(
            counts("至少四人死亡，三十多人受伤。"),
            ["至少四人", "三十多人"]
        );
        assert_eq!(counts("两名男子被捕。"), ["两名"]);
        // No counter, an ordinal, a year, a word with a numeral in it: no count.
        assert!(counts("一些居民统一撤离。").is_empty());
        assert!(counts("这是他第一次出国。").is_empty());
        assert!(counts("2017年他去了四川。").is_empty());
        assert!(counts("多数人支持。").is_empty());
    }
}
