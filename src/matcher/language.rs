//! Which language an article is written in, guessed from its function words, so that the
//! page and `parallax suggest` can say why two articles in different languages get no
//! suggestions: the matcher compares words (stems, character trigrams), and a French
//! and an English report of one fact share almost none.
//!
//! The guess counts, over the first [`SAMPLE_CHARS`] code points, the words found in
//! each language's list of its most frequent function words (articles, prepositions,
//! conjunctions, auxiliaries; lists in the manner of the Snowball stop lists, cut to
//! words that are rare in the other languages here). Chinese and Japanese are told by
//! their script: kana for Japanese, Han characters without kana for Chinese. It answers
//! only when the text is clear: the best language's words must be at least a tenth of
//! all words and twice the runner-up's.

/// Code points read from the start of a text; enough for a few paragraphs.
pub const SAMPLE_CHARS: usize = 6_000;

/// A language the guess can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// English.
    English,
    /// French.
    French,
    /// German.
    German,
    /// Spanish.
    Spanish,
    /// Italian.
    Italian,
    /// Portuguese.
    Portuguese,
    /// Dutch.
    Dutch,
    /// Chinese.
    Chinese,
    /// Japanese.
    Japanese,
}

impl Language {
    /// The language's English name ("French").
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::French => "French",
            Language::German => "German",
            Language::Spanish => "Spanish",
            Language::Italian => "Italian",
            Language::Portuguese => "Portuguese",
            Language::Dutch => "Dutch",
            Language::Chinese => "Chinese",
            Language::Japanese => "Japanese",
        }
    }
}

/// Frequent function words of each language written with spaces.
const WORDS: &[(Language, &[&str])] = &[
    (
        Language::English,
        &[
            "the", "and", "of", "to", "is", "was", "that", "for", "with", "on", "by", "he", "it",
            "said", "from", "at", "his", "were", "has", "have", "are", "be", "which", "this",
            "who", "they", "after", "had", "been", "not",
        ],
    ),
    (
        Language::French,
        &[
            "le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour", "qui", "que",
            "sur", "pas", "au", "aux", "avec", "il", "ont", "été", "par", "ce", "sont", "selon",
            "lors", "cette", "mais", "ou", "ses", "leur",
        ],
    ),
    (
        Language::German,
        &[
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem", "des", "mit",
            "sich", "auf", "für", "von", "im", "zu", "wurde", "sie", "auch", "es", "nach", "bei",
            "wird", "einer", "hat", "aus", "dass", "werden",
        ],
    ),
    (
        Language::Spanish,
        &[
            "el", "los", "las", "del", "y", "que", "una", "por", "con", "para", "se", "su", "al",
            "es", "fue", "como", "más", "pero", "sus", "este", "esta", "según", "ha", "han", "muy",
            "también", "sobre", "entre", "desde", "hasta",
        ],
    ),
    (
        Language::Italian,
        &[
            "il", "della", "di", "che", "è", "gli", "per", "con", "un", "una", "del", "nel",
            "sono", "alla", "ha", "non", "anche", "più", "dei", "delle", "dal", "nella", "stato",
            "stata", "secondo", "questo", "sul", "ai", "degli", "come",
        ],
    ),
    (
        Language::Portuguese,
        &[
            "o", "os", "do", "da", "dos", "das", "em", "que", "não", "uma", "um", "para", "com",
            "por", "foi", "no", "na", "ao", "à", "mais", "pelo", "pela", "são", "também", "seu",
            "sua", "foram", "disse", "nos", "nas",
        ],
    ),
    (
        Language::Dutch,
        &[
            "de", "het", "een", "en", "van", "niet", "op", "dat", "met", "voor", "zijn", "te",
            "werd", "door", "ook", "bij", "naar", "uit", "maar", "om", "hij", "heeft", "er",
            "wordt", "deze", "aan", "worden", "nog", "als", "tot",
        ],
    ),
];

/// The language `text` is written in, `None` when the text is too short or not clearly
/// one of [`Language`]'s (fewer than 20 words, or no language ahead by the margins above).
pub fn guess(text: &str) -> Option<Language> {
    let sample: String = text.chars().take(SAMPLE_CHARS).collect();
    let (mut kana, mut han, mut letters) = (0usize, 0usize, 0usize);
    for c in sample.chars() {
        match c {
            '\u{3040}'..='\u{30ff}' => kana += 1,
            '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' => han += 1,
            c if c.is_alphabetic() => letters += 1,
            _ => {}
        }
    }
    let cjk = kana + han;
    if cjk >= 20 && cjk * 2 >= letters {
        return Some(if kana * 10 >= cjk {
            Language::Japanese
        } else {
            Language::Chinese
        });
    }
    let mut counts = [0usize; 7];
    let mut words = 0usize;
    for w in sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        let w = w.to_lowercase();
        for (k, (_, list)) in WORDS.iter().enumerate() {
            if list.contains(&w.as_str()) {
                counts[k] += 1;
            }
        }
    }
    if words < 20 {
        return None;
    }
    let mut order: Vec<usize> = (0..counts.len()).collect();
    order.sort_by_key(|&k| std::cmp::Reverse(counts[k]));
    let (best, second) = (counts[order[0]], counts[order[1]]);
    (best * 10 >= words && best >= 2 * second).then(|| WORDS[order[0]].0)
}

/// Whether the guesses `langs` (one per article) name more than one language; articles
/// with no guess are left out of the comparison.
pub fn differ(langs: &[Option<Language>]) -> bool {
    let mut known = langs.iter().flatten();
    known.next().is_some_and(|first| known.any(|l| l != first))
}

/// What to tell the user when the guesses differ ([`differ`]): `names` are the articles'
/// titles or file names, `langs` their guesses ([`guess`]), in the same order. Names
/// longer than 40 code points are cut at a space with "…"; with more than four articles,
/// the count per language instead of each name.
pub fn mixed_note(names: &[&str], langs: &[Option<Language>]) -> String {
    let known: Vec<(&str, Language)> = names
        .iter()
        .zip(langs)
        .filter_map(|(n, l)| Some((*n, (*l)?)))
        .collect();
    let which = if known.len() <= 4 {
        known
            .iter()
            .map(|(n, l)| {
                let short: String = if n.chars().count() > 40 {
                    // Cut at the last space before the 40th code point, if there is one.
                    let cut: String = n.chars().take(40).collect();
                    let cut = cut
                        .rsplit_once(char::is_whitespace)
                        .map_or(&cut[..], |x| x.0);
                    format!("{}\u{2026}", cut.trim_end())
                } else {
                    n.to_string()
                };
                format!("\u{201c}{short}\u{201d} {}", l.name())
            })
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        let mut counts: Vec<(Language, usize)> = Vec::new();
        for (_, l) in &known {
            match counts.iter_mut().find(|c| c.0 == *l) {
                Some(c) => c.1 += 1,
                None => counts.push((*l, 1)),
            }
        }
        counts
            .iter()
            .map(|(l, n)| format!("{n} in {}", l.name()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "These articles are in different languages ({which}). The matcher compares words, so \
         it finds few links between articles in different languages, and its percentages \
         for them are low; link such sentences by hand."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str) -> String {
        let path = format!("{}/samples/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn the_samples_are_english() {
        let (a, b) = (
            sample("afp-defector-footage.txt"),
            sample("latimes-defector-video.txt"),
        );
        assert_eq!(guess(&a), Some(Language::English));
        assert_eq!(guess(&b), Some(Language::English));
        assert!(!differ(&[guess(&a), guess(&b)]));
    }

    #[test]
    fn news_in_other_languages() {
        let fr = "Le soldat nord-coréen qui a fait défection a été touché par au moins cinq balles, \
                  selon les médecins. Il a été opéré dans un hôpital de Suwon, au sud de Séoul, et son \
                  état reste critique. Les images montrent les tirs des soldats du Nord.";
        let de = "Der nordkoreanische Soldat, der in den Süden geflohen ist, wurde von mindestens \
                  fünf Kugeln getroffen. Er wird in einem Krankenhaus in Suwon behandelt und ist \
                  nach Angaben der Ärzte nicht mehr in Lebensgefahr, sagte ein Sprecher.";
        let es =
            "El soldado norcoreano que desertó fue alcanzado por al menos cinco disparos, según \
                  los médicos. Fue operado en un hospital de Suwon, al sur de Seúl, y su estado es \
                  grave pero estable, informó la agencia de noticias.";
        let it = "Il soldato nordcoreano che ha disertato è stato colpito da almeno cinque proiettili, \
                  secondo i medici. È stato operato in un ospedale di Suwon, a sud di Seul, e le sue \
                  condizioni sono ancora gravi, ha detto un portavoce.";
        let nl =
            "De Noord-Koreaanse soldaat die naar het zuiden vluchtte, werd door ten minste vijf \
                  kogels geraakt. Hij wordt behandeld in een ziekenhuis in Suwon en is volgens de \
                  artsen niet meer in levensgevaar, zei een woordvoerder.";
        let pt = "O soldado norte-coreano que desertou foi atingido por pelo menos cinco tiros, \
                  segundo os médicos. Ele foi operado em um hospital de Suwon, ao sul de Seul, e o \
                  seu estado é grave, disse um porta-voz do hospital.";
        let zh = "一名朝鲜士兵周一越过板门店的军事分界线投奔韩国，在逃跑过程中被朝鲜士兵开枪击中至少五次。医生表示他的情况仍然危急。";
        let ja = "北朝鮮の兵士が月曜日、板門店の軍事境界線を越えて韓国に亡命し、逃走中に少なくとも五発の銃弾を受けた。医師によると容体は依然として重い。";
        assert_eq!(guess(fr), Some(Language::French));
        assert_eq!(guess(de), Some(Language::German));
        assert_eq!(guess(es), Some(Language::Spanish));
        assert_eq!(guess(it), Some(Language::Italian));
        assert_eq!(guess(nl), Some(Language::Dutch));
        assert_eq!(guess(pt), Some(Language::Portuguese));
        assert_eq!(guess(zh), Some(Language::Chinese));
        assert_eq!(guess(ja), Some(Language::Japanese));
        let en = sample("afp-defector-footage.txt");
        let langs = [guess(&en), guess(fr)];
        assert!(differ(&langs));
        assert_eq!(
            mixed_note(
                &[
                    "AFP",
                    "Le Monde: le soldat nord-coréen touché par cinq balles"
                ],
                &langs
            ),
            "These articles are in different languages (\u{201c}AFP\u{201d} English, \
             \u{201c}Le Monde: le soldat nord-coréen touché\u{2026}\u{201d} French). The \
             matcher compares words, so it finds few links between articles in different \
             languages, and its percentages for them are low; link such sentences by hand."
        );
        let five = [Some(Language::English); 4]
            .into_iter()
            .chain([Some(Language::German)])
            .collect::<Vec<_>>();
        assert!(mixed_note(&["a", "b", "c", "d", "e"], &five)
            .starts_with("These articles are in different languages (4 in English, 1 in German)."));
    }

    #[test]
    fn no_guess_for_short_or_unclear_text() {
        assert_eq!(guess(""), None);
        assert_eq!(guess("Seoul, Nov. 22"), None);
        assert_eq!(guess("1234 5678 !!! ???"), None);
        // A list of names and figures has no function words to go by.
        let names = "Kim Jong Un Moon Jae-in Panmunjom Suwon Seoul Pyongyang Ajou Lee Cook \
                     Brooks Carroll Trump Xi Abe Putin Macron Merkel May Modi Temer";
        assert_eq!(guess(names), None);
        // One text with no guess and one English: nothing is mixed.
        let en = sample("afp-defector-footage.txt");
        assert!(!differ(&[guess(names), guess(&en)]));
        assert!(!differ(&[]));
    }
}
