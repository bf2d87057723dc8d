//! Tests of the places of Chinese text (`places/han.rs`): names the gazetteer knows in
//! Chinese ("上海", "四川省成都市"), names it does not know with the suffix of their unit
//! ("嘉定区", "昆山市"), words that only look like one ("市场" market, "这个地区" this
//! area), and two Chinese articles of two events told apart (trial 26, F2).

use super::test_util::{flags_of, no_flag_either, one_flag_of};
use super::*;
use crate::matcher::features::{Idf, Prepared};

/// The lead of trial 26's Shanghai fire (art/zh_fire_a.txt).
const SHANGHAI: &str = "12月1日凌晨2时许，上海市嘉定区一家纺织厂发生火灾，造成5人死亡、12人受伤。";
/// The lead of trial 26's Suzhou fire, another event (art/zh_fire_other.txt).
const SUZHOU: &str = "3月15日晚9时许，江苏省苏州市一家纺织厂发生火灾，造成3人死亡、8人受伤。";

#[test]
fn chinese_places_the_gazetteer_knows_differ_solidly() {
    one_flag_of(
        DiscrepancyKind::Place,
        SHANGHAI,
        SUZHOU,
        "上海市",
        "江苏省",
        false,
    );
    one_flag_of(
        DiscrepancyKind::Place,
        "成都一工厂发生火灾 造成5人死亡",
        "武汉一工厂发生火灾 造成3人死亡",
        "成都",
        "武汉",
        false,
    );
}

#[test]
fn towns_the_gazetteer_does_not_know_are_read_by_their_unit() {
    // Two cities it does not know: the softer kind, as "in Millbrook" / "in Ashcombe".
    one_flag_of(
        DiscrepancyKind::Place,
        "昆山市一家工厂发生爆炸。",
        "嘉兴市一家工厂发生爆炸。",
        "昆山市",
        "嘉兴市",
        true,
    );
    // Two districts do not nest.
    assert_eq!(
        flags_of(
            DiscrepancyKind::Place,
            "火灾发生在嘉定区一家工厂。",
            "火灾发生在浦东新区一家工厂。"
        ),
        vec![("嘉定区".to_string(), "浦东新区".to_string(), false)]
    );
}

#[test]
fn one_place_named_with_and_without_its_unit_and_words_that_are_no_place_give_no_flag() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            // 上海市 / 上海: one place; a district and its city.
            (SHANGHAI, "上海一工厂发生火灾，造成5人死亡。"),
            // A market, the whole city, this area, a county seat's residents.
            ("市场上的商品价格上涨。", "市民对价格表示不满。"),
            ("全市共有五人死亡。", "这个地区共有三人死亡。"),
            // A street named after a city is no city ("南京路" is in Shanghai).
            ("事故发生在南京路。", "事故发生在上海。"),
        ],
    );
}

/// The places of a Chinese article of the sentences `texts`.
fn article(texts: &[&str]) -> ArticlePlaces {
    let prepared: Vec<Prepared> = texts
        .iter()
        .map(|t| Prepared::new(t, Idf::builtin()))
        .collect();
    ArticlePlaces::of(&prepared)
}

#[test]
fn two_chinese_articles_in_two_cities_are_placed_apart_and_one_city_is_not() {
    let shanghai = article(&["上海一工厂发生火灾 造成5人死亡", SHANGHAI]);
    let suzhou = article(&["苏州一工厂发生火灾 造成3人死亡", SUZHOU]);
    assert_eq!(
        places_apart(&shanghai, &suzhou),
        Some(("上海".to_string(), "苏州".to_string()))
    );
    // The same fire told again (a paraphrase): one place.
    let again = article(&[
        "上海纺织厂大火致5死12伤",
        "12月1日凌晨，位于上海市嘉定区的一家纺织厂起火，5人遇难，12人受伤。",
    ]);
    assert_eq!(places_apart(&shanghai, &again), None);
}
