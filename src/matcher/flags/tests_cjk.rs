//! Tests of the number and date flags on Chinese and Japanese sentences (`cjk.rs`).

use super::test_util::{flags, has_flag, no_flag, pair};
use super::*;

#[test]
fn chinese_counts_differ_like_english_ones() {
    // "shot at least four times" / "shot several times": the softer, vague kind.
    let d = pair(
        "这名叛逃士兵在逃跑时至少被击中四枪，目前正在医院康复。",
        "该士兵被击中数枪，接受了手术治疗。",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!((d[0].kind, d[0].vague), (DiscrepancyKind::Number, true));
    assert_eq!((d[0].a.as_str(), d[0].b.as_str()), ("四枪", "数枪"));
    // Three dead / five dead: an exact number flag.
    let d = pair("事故造成三人死亡。", "事故造成五人死亡。");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!((d[0].kind, d[0].vague), (DiscrepancyKind::Number, false));
    assert_eq!((d[0].a.as_str(), d[0].b.as_str()), ("三人", "五人"));
    // Arabic digits and Chinese numerals of one value agree; so do 数 and 几.
    assert!(flags("事故造成3人死亡。", "事故造成三人死亡。").is_empty());
    assert!(flags("他被击中数枪。", "他被击中几枪。").is_empty());
    // Classifiers count the noun after them.
    has_flag(
        DiscrepancyKind::Number,
        "警方逮捕了两名男子。",
        "警方逮捕了三名男子。",
        "两名",
        "三名",
    );
    no_flag(
        DiscrepancyKind::Number,
        "警方逮捕了两名男子。",
        "三名警察受伤。",
    );
    // Two facts, two counts: each count is compared with the one of its fact.
    let f = flags(
        "事故造成三人死亡，五人受伤。",
        "事故造成四人死亡，五人受伤。",
    );
    assert_eq!(
        f,
        vec![(DiscrepancyKind::Number, "三人".into(), "四人".into())]
    );
    // Japanese: counters after Arabic digits.
    has_flag(
        DiscrepancyKind::Number,
        "事故で3人が死亡した。",
        "事故で5人が死亡した。",
        "3人",
        "5人",
    );
}

#[test]
fn chinese_dates_differ_like_english_ones() {
    has_flag(
        DiscrepancyKind::Date,
        "该士兵于11月13日越境。",
        "该士兵于11月14日越境。",
        "11月13日",
        "11月14日",
    );
    assert!(flags("该士兵于11月13日越境。", "该士兵于十一月十三日越境。").is_empty());
    has_flag(
        DiscrepancyKind::Date,
        "该工厂于2017年关闭。",
        "该工厂于2018年关闭。",
        "2017年",
        "2018年",
    );
    has_flag(
        DiscrepancyKind::Date,
        "该士兵星期二恢复了意识。",
        "该士兵周三恢复了意识。",
        "星期二",
        "周三",
    );
    // A month against a day of it: the vague kind, as in English.
    let d = pair("她于12月2日心脏病发作。", "她在12月早些时候心脏病发作。");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!((d[0].kind, d[0].vague), (DiscrepancyKind::Date, true));
    // Japanese weekdays and dates.
    has_flag(
        DiscrepancyKind::Date,
        "兵士は11月13日に越境した。",
        "兵士は11月14日に越境した。",
        "11月13日",
        "11月14日",
    );
    has_flag(
        DiscrepancyKind::Date,
        "兵士は月曜日に越境した。",
        "兵士は火曜日に越境した。",
        "月曜日",
        "火曜日",
    );
    // A day without its month, as Chinese reports often date a fact: it agrees with that
    // day of any month, and differs from another day.
    has_flag(
        DiscrepancyKind::Date,
        "一名朝鲜士兵13日在板门店越境。",
        "一名朝鲜士兵14日在板门店越境。",
        "13日",
        "14日",
    );
    no_flag(
        DiscrepancyKind::Date,
        "一名朝鲜士兵13日在板门店越境。",
        "一名朝鲜士兵于11月13日在板门店越境。",
    );
    has_flag(
        DiscrepancyKind::Date,
        "一名朝鲜士兵13日在板门店越境。",
        "一名朝鲜士兵于11月14日在板门店越境。",
        "13日",
        "11月14日",
    );
    no_flag(
        DiscrepancyKind::Date,
        "彼は3日間入院した。",
        "彼は5日間入院した。",
    );
    // The date of a report is not the date of the fact.
    no_flag(
        DiscrepancyKind::Date,
        "医生周三表示他已恢复意识。",
        "该士兵周二恢复意识。",
    );
    has_flag(
        DiscrepancyKind::Date,
        "韩国军方周三表示，该士兵周一恢复了意识。",
        "该士兵周二恢复了意识。",
        "周一",
        "周二",
    );
    // A date and a count are not read in an English sentence's digits.
    assert!(flags("It happened on Nov. 13.", "It happened on November 13.").is_empty());
}

#[test]
fn chinese_ranges_and_bounds_are_read_as_english_ones() {
    use super::test_util::{no_number_flag, one_flag};
    let died = |n: &str| format!("事故造成{n}死亡。");
    // 10至20人 "10 to 20 people" and its other ways of writing.
    for range in [
        "10至20人",
        "10到20人",
        "十至二十人",
        "10~20人",
        "10～20人",
        "10-20人",
    ] {
        one_flag(&died(range), &died("15人"), range, "15人", true);
        one_flag(&died(range), &died("20人"), range, "20人", true);
        one_flag(&died(range), &died("25人"), range, "25人", false);
        one_flag(&died(range), &died("八人"), range, "八人", false);
        no_number_flag(&died(range), &died("10至20人"));
    }
    // 两三人 "two or three people", 二三十人 "twenty or thirty people".
    one_flag(&died("两三人"), &died("三人"), "两三人", "三人", true);
    one_flag(&died("两三人"), &died("五人"), "两三人", "五人", false);
    one_flag(&died("二三十人"), &died("25人"), "二三十人", "25人", true);
    // A bound a verb stands between: 至少被击中四枪 "was hit by at least four shots".
    let shot = |s: &str| format!("这名士兵{s}。");
    one_flag(
        &shot("至少被击中四枪"),
        &shot("被击中五枪"),
        "四枪",
        "五枪",
        true,
    );
    one_flag(
        &shot("至少被击中四枪"),
        &shot("被击中三枪"),
        "四枪",
        "三枪",
        false,
    );
    no_number_flag(&shot("至少被击中四枪"), &shot("被击中四枪"));
    // Bounds after the count: 以上 (or more), 以下 (or fewer), 左右 (about).
    one_flag(&died("30人以上"), &died("35人"), "30人以上", "35人", true);
    one_flag(&died("30人以上"), &died("25人"), "30人以上", "25人", false);
    one_flag(&died("30人以下"), &died("35人"), "30人以下", "35人", false);
    one_flag(&died("30人左右"), &died("29人"), "30人左右", "29人", true);
    // A year's range stays dates.
    no_number_flag("该工厂于2010至2012年关闭。", "该工厂于2010至2013年关闭。");
}
