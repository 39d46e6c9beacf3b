//! The office picker: finding an office by its current or former ward name, typed the way
//! people write addresses ("P9 Q3", "p.9, q.3", "F9 Q3", "phường 9 quận 3"), and the
//! order it lists offices in (the host's own office first, then by place name, without
//! the prefix every name shares, "Trung tâm Phục vụ hành chính công").

use crate::catalogue::model::{Agency, Text};
use crate::i18n::Lang;
use crate::text::{fold_into, order_by_name};

/// An office found by the office picker, and the former unit that matched, if it was
/// found by an old address ("Phường 9 (Quận 3)" → Phường Nhiêu Lộc).
#[derive(Clone, Debug, PartialEq)]
pub struct OfficeMatch<'a> {
    pub agency: &'a Agency,
    pub via: Option<&'a Text>,
}

/// The kinds of administrative unit as people write them before a number or a name,
/// folded, and spelled out: "P9", "F9" (Saigon's old spelling), "Q.3", "H. Củ Chi",
/// "TP Thủ Đức", "TX", "TT".
const UNITS: &[(&str, &[&str])] = &[
    ("phuong", &["phuong"]),
    ("p", &["phuong"]),
    ("ph", &["phuong"]),
    ("f", &["phuong"]),
    ("quan", &["quan"]),
    ("q", &["quan"]),
    ("huyen", &["huyen"]),
    ("h", &["huyen"]),
    ("xa", &["xa"]),
    ("x", &["xa"]),
    ("tp", &["thanh", "pho"]),
    ("tx", &["thi", "xa"]),
    ("tt", &["thi", "tran"]),
];

/// The kinds a number after them belongs to: "phường 9" is one thing to find.
const NUMBERED: &[&str] = &["phuong", "quan", "huyen", "xa"];

/// The full words of a unit kind written as `word` (`p` → `phuong`, `tp` → `thanh pho`).
fn unit(word: &str) -> Option<&'static [&'static str]> {
    UNITS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, full)| *full)
}

fn is_number(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

/// A number without its leading zeros ("09" is ward 9); any other word as it is.
fn number_or_word(word: &str) -> &str {
    if is_number(word) {
        let trimmed = word.trim_start_matches('0');
        if trimmed.is_empty() {
            "0"
        } else {
            trimmed
        }
    } else {
        word
    }
}

/// Splits a word at each change between letters and digits ("p9q3" → `p`, `9`, `q`,
/// `3`); `None` unless every letter run is a unit kind followed by its number.
fn glued(word: &str) -> Option<Vec<&str>> {
    let bytes = word.as_bytes();
    let mut runs = Vec::new();
    let mut start = 0;
    for i in 1..=bytes.len() {
        if i == bytes.len() || bytes[i].is_ascii_digit() != bytes[i - 1].is_ascii_digit() {
            runs.push(word.get(start..i)?);
            start = i;
        }
    }
    let fits = runs.len() >= 2
        && runs.len().is_multiple_of(2)
        && runs
            .chunks(2)
            .all(|pair| unit(pair[0]).is_some() && is_number(pair[1]));
    fits.then_some(runs)
}

/// The words of folded text as the picker compares them: numbers without leading zeros,
/// and a unit kind written short spelled out ("p.9, q.3" and "P9 Q3" read as `phuong 9
/// quan 3`), so a catalogue that abbreviates is found as one that does not. In a `query`,
/// "p", "q", "h", "x" not followed by a number stay as typed: the start of "phường" as
/// much as of "Phú" (a word being typed).
fn words(folded: &str, query: bool) -> Vec<&str> {
    let tokens: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::with_capacity(tokens.len() + 2);
    for (i, &token) in tokens.iter().enumerate() {
        if let Some(runs) = glued(token) {
            for run in runs {
                match unit(run) {
                    Some(full) => out.extend_from_slice(full),
                    None => out.push(number_or_word(run)),
                }
            }
            continue;
        }
        let numbered = tokens.get(i + 1).is_some_and(|next| is_number(next));
        match unit(token) {
            Some(full) if !query || numbered || !full[0].starts_with(token) => {
                out.extend_from_slice(full)
            }
            _ => out.push(number_or_word(token)),
        }
    }
    out
}

/// Whether `term` stands in `words`: its words in a row, each equal to the name's word
/// but the last, which may be the start of one (being typed). A number is whole ("9" is
/// not the start of "19"), unless it is long enough to be the start of a unit's code.
fn holds_term(words: &[&str], term: &[&str]) -> bool {
    let Some((last, rest)) = term.split_last() else {
        return true;
    };
    words.windows(term.len()).any(|window| {
        window.iter().zip(rest).all(|(w, t)| w == t)
            && window.last().is_some_and(|w| {
                if is_number(last) && last.len() < 3 {
                    w == last
                } else {
                    w.starts_with(last)
                }
            })
    })
}

/// Whether `words` hold every term of `query`: each word, or a unit kind and the number
/// after it as one term ("phuong 9"), so "P3 Q5" does not find "Phường 5 (Quận 3)".
fn holds_all(words: &[&str], query: &[&str]) -> bool {
    let mut i = 0;
    while i < query.len() {
        let pair = NUMBERED.contains(&query[i]) && query.get(i + 1).is_some_and(|n| is_number(n));
        let end = if pair { i + 2 } else { i + 1 };
        if !query
            .get(i..end)
            .is_some_and(|term| holds_term(words, term))
        {
            return false;
        }
        i = end;
    }
    true
}

/// Offices whose name and code, or one former unit, hold every term of `query` (see
/// [`holds_all`]). Matches by name come first, then by former unit; each group keeps the
/// given order. An empty query gives every office.
pub fn find_offices<'a>(offices: &[&'a Agency], query: &str) -> Vec<OfficeMatch<'a>> {
    let mut folded_query = String::with_capacity(query.len());
    fold_into(query, &mut folded_query);
    let query = words(&folded_query, true);
    let mut by_name = Vec::new();
    let mut by_former = Vec::new();
    let mut hay = String::new();
    let mut holds = |texts: &mut dyn Iterator<Item = &str>| {
        hay.clear();
        for text in texts {
            fold_into(text, &mut hay);
            hay.push(' ');
        }
        holds_all(&words(&hay, false), &query)
    };
    for &agency in offices {
        let names = agency.name.entries().map(|(_, s)| s);
        if holds(&mut names.chain(agency.code.as_deref())) {
            by_name.push(OfficeMatch { agency, via: None });
            continue;
        }
        let former = agency
            .formerly
            .iter()
            .find(|f| holds(&mut f.entries().map(|(_, s)| s)));
        if let Some(f) = former {
            by_former.push(OfficeMatch {
                agency,
                via: Some(f),
            });
        }
    }
    by_name.extend(by_former);
    by_name
}

/// How the offices that take files are named before their place, folded ("Trung tâm
/// Phục vụ hành chính công phường Bàn Cờ"): passed over when sorting by place.
const ORGANISATIONS: &[&[&str]] = &[
    &["trung", "tam", "phuc", "vu", "hanh", "chinh", "cong"],
    &["bo", "phan", "tiep", "nhan", "va", "tra", "ket", "qua"],
    &["bo", "phan", "mot", "cua"],
    &["chi", "nhanh", "van", "phong", "dang", "ky", "dat", "dai"],
    &["van", "phong", "dang", "ky", "dat", "dai"],
    &["chi", "nhanh"],
    &["uy", "ban", "nhan", "dan"],
    &["ubnd"],
    &["public", "administrative", "service", "centre"],
    &["public", "administrative", "service", "center"],
];

/// Words joining an organisation to the next ("Bộ phận một cửa của Ủy ban nhân dân …").
const JOINING: &[&str] = &["cua", "tai", "thuoc", "of"];

/// Kinds of unit before a place name, folded: "phường Bàn Cờ" sorts as "Bàn Cờ", among
/// the communes, since people know a place's name better than whether it is a ward.
const KINDS: &[&[&str]] = &[
    &["phuong"],
    &["xa"],
    &["dac", "khu"],
    &["thi", "tran"],
    &["thi", "xa"],
    &["thanh", "pho"],
    &["quan"],
    &["huyen"],
];

/// Each word of `name` (split at white space) with where it starts, folded and without
/// the punctuation around it ("Centre," → `centre`).
fn positioned_words(name: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let base = name.as_ptr() as usize;
    for word in name.split_whitespace() {
        let mut folded = String::new();
        fold_into(word, &mut folded);
        let trimmed = folded.trim_matches(|c: char| !c.is_alphanumeric());
        if !trimmed.is_empty() {
            out.push((word.as_ptr() as usize - base, trimmed.to_owned()));
        }
    }
    out
}

/// How many words from `at` spell `phrase` (0 when they do not).
fn phrase_at(words: &[(usize, String)], at: usize, phrase: &[&str]) -> usize {
    let fits = words.len() >= at + phrase.len()
        && words[at..at + phrase.len()]
            .iter()
            .zip(phrase)
            .all(|((_, w), p)| w == p);
    if fits {
        phrase.len()
    } else {
        0
    }
}

/// The first word past the organisation's own name ("Trung tâm … công", "Bộ phận một
/// cửa của Ủy ban nhân dân"), never past the last word.
fn organisation_end(words: &[(usize, String)]) -> usize {
    let mut at = 0;
    loop {
        let skip = ORGANISATIONS
            .iter()
            .map(|p| phrase_at(words, at, p))
            .max()
            .unwrap_or(0);
        let skip = if skip == 0 && at > 0 {
            JOINING
                .iter()
                .map(|p| phrase_at(words, at, &[p]))
                .max()
                .unwrap_or(0)
        } else {
            skip
        };
        if skip == 0 || at + skip >= words.len() {
            return at;
        }
        at += skip;
    }
}

/// Where the part of an office's name that tells it from the others starts: past the
/// organisation ("Trung tâm Phục vụ hành chính công "), at "phường Bàn Cờ". The picker
/// sets this part in bold, so twelve names that begin alike can be told apart at a glance.
pub fn office_place_start(name: &str) -> usize {
    let words = positioned_words(name);
    words
        .get(organisation_end(&words))
        .map_or(0, |(start, _)| *start)
}

/// `s` with each run of digits left-padded to eight, so "Phường 9" sorts before
/// "Phường 10" in a comparison that reads digits one by one.
fn padded_numbers(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String| {
        for _ in digits.len()..8 {
            out.push('0');
        }
        out.push_str(digits);
        digits.clear();
    };
    for c in s.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            flush(&mut digits, &mut out);
        }
        out.push(c);
    }
    if !digits.is_empty() {
        flush(&mut digits, &mut out);
    }
    out
}

/// The offices in the picker's order: `first` (the host's own office, when it is one of
/// them) ahead, then in Vietnamese alphabetical order of their place: the name without
/// the organisation every office is named after (a known list, and then whatever words
/// all the names still share) and without the kind of unit ("phường", "xã").
pub fn order_offices<'a>(
    offices: &[&'a Agency],
    lang: Lang,
    first: Option<&str>,
) -> Vec<&'a Agency> {
    let names: Vec<&str> = offices.iter().map(|a| a.name.get(lang).0).collect();
    let words: Vec<Vec<(usize, String)>> = names.iter().map(|n| positioned_words(n)).collect();
    let starts: Vec<usize> = words.iter().map(|w| organisation_end(w)).collect();
    // The words every name still shares, leaving each at least one of its own.
    let mut shared = 0;
    if let (Some(w0), Some(&s0), true) = (words.first(), starts.first(), offices.len() > 1) {
        while let Some((_, word)) = w0.get(s0 + shared) {
            let all = words.iter().zip(&starts).all(|(w, &s)| {
                w.len() > s + shared + 1 && w.get(s + shared).is_some_and(|(_, x)| x == word)
            });
            if !all {
                break;
            }
            shared += 1;
        }
    }
    let keys: Vec<String> = names
        .iter()
        .zip(&words)
        .zip(&starts)
        .map(|((name, w), &s)| {
            let mut at = s + shared;
            let kind = KINDS.iter().map(|k| phrase_at(w, at, k)).max().unwrap_or(0);
            if at + kind < w.len() {
                at += kind;
            }
            let start = w.get(at).map_or(0, |(start, _)| *start);
            padded_numbers(name.get(start..).unwrap_or(name))
        })
        .collect();
    let order = order_by_name(keys.len(), &|i| keys[i].as_str());
    let mut out: Vec<&Agency> = Vec::with_capacity(offices.len());
    let host = first.and_then(|id| offices.iter().position(|a| a.id == id));
    if let Some(h) = host {
        out.push(offices[h]);
    }
    out.extend(
        order
            .iter()
            .filter(|&&i| Some(i as usize) != host)
            .map(|&i| offices[i as usize]),
    );
    out
}

#[cfg(test)]
mod office_tests {
    use super::*;
    use crate::catalogue::load_catalogue;
    use crate::catalogue::model::{Catalogue, Level};
    use crate::i18n::Lang;

    fn wards(c: &Catalogue) -> Vec<&Agency> {
        c.agencies
            .iter()
            .filter(|a| a.level == Some(Level::Commune))
            .collect()
    }

    fn first_id(found: &[OfficeMatch]) -> Option<String> {
        found.first().map(|m| m.agency.id.clone())
    }

    #[test]
    fn finds_an_office_by_the_old_address_people_know() {
        let c = load_catalogue(include_bytes!("../../../../www/catalogue.json"))
            .catalogue
            .unwrap();
        let all = wards(&c);
        assert_eq!(all.len(), 168);
        let found = find_offices(&all, "Phường 9, Quận 3");
        assert_eq!(first_id(&found).as_deref(), Some("phuong-nhieu-loc"));
        assert!(found[0].via.is_some(), "found through its former unit");
        let found = find_offices(&all, "phuong 9 quan 3");
        assert_eq!(first_id(&found).as_deref(), Some("phuong-nhieu-loc"));
        // "9" is a word start, not any digit run: no ward formed from a Phường 19 only.
        assert!(found.iter().all(|m| m
            .via
            .is_none_or(|v| v.get(crate::i18n::Lang::Vi).0.contains("Phường 9 "))));
    }

    #[test]
    fn finds_by_name_without_accents_and_by_code() {
        let c = load_catalogue(include_bytes!("../../../../www/catalogue.json"))
            .catalogue
            .unwrap();
        let all = wards(&c);
        assert_eq!(
            first_id(&find_offices(&all, "nhieu loc")).as_deref(),
            Some("phuong-nhieu-loc")
        );
        let code = c
            .agency("phuong-nhieu-loc")
            .and_then(|a| a.code.clone())
            .unwrap();
        assert_eq!(
            first_id(&find_offices(&all, &code)).as_deref(),
            Some("phuong-nhieu-loc")
        );
        assert_eq!(find_offices(&all, "").len(), 168);
        assert!(find_offices(&all, "khong co phuong nay").is_empty());
        // A name match ranks ahead of a match through a former unit.
        let found = find_offices(&all, "thu duc");
        assert!(found[0].via.is_none(), "{:?}", found[0].agency.id);
    }

    fn office(id: &str, name: &str, formerly: &[&str]) -> Agency {
        Agency {
            id: id.to_owned(),
            name: Text::new(crate::i18n::Lang::Vi, name),
            level: Some(Level::Commune),
            address: None,
            phone: None,
            hotline: None,
            email: None,
            url: None,
            opening_hours: None,
            map_url: None,
            code: None,
            formerly: formerly
                .iter()
                .map(|f| Text::new(crate::i18n::Lang::Vi, *f))
                .collect(),
        }
    }

    const CENTRE: &str = "Trung tâm Phục vụ hành chính công ";

    fn made_up() -> Vec<Agency> {
        let named = |place: &str| format!("{CENTRE}{place}");
        vec![
            office(
                "ban-co",
                &named("phường Bàn Cờ"),
                &["Phường 1 (Quận 3)", "Phường 2 (Quận 3)"],
            ),
            office(
                "nhieu-loc",
                &named("phường Nhiêu Lộc"),
                &["Phường 9 (Quận 3)", "Phường 11 (Quận 3)"],
            ),
            office(
                "cho-quan",
                &named("phường Chợ Quán"),
                &["Phường 1 (Quận 5)", "Phường 3 (Quận 5)"],
            ),
            office(
                "muoi-chin",
                &named("phường Thạnh Mỹ Tây"),
                &["Phường 19 (Quận Bình Thạnh)"],
            ),
            office(
                "muoi",
                &named("phường Vườn Lài"),
                &["Phường 10 (Quận 10)", "Phường 5 (Quận 3)"],
            ),
            // A catalogue that writes former units the short way.
            office("viet-tat", &named("phường Tân Định"), &["P.12, Q.1"]),
            office(
                "cu-chi",
                &named("xã Củ Chi"),
                &["Thị trấn Củ Chi (Huyện Củ Chi)"],
            ),
            office(
                "thu-duc",
                &named("phường Thủ Đức"),
                &["Phường Linh Chiểu (Thành phố Thủ Đức)"],
            ),
        ]
    }

    #[test]
    fn the_shorthand_people_type_finds_the_ward_and_nothing_near_it() {
        let all = made_up();
        let refs: Vec<&Agency> = all.iter().collect();
        let table: &[(&str, &[&str])] = &[
            ("P9 Q3", &["nhieu-loc"]),
            ("p9 q3", &["nhieu-loc"]),
            ("p.9 q.3", &["nhieu-loc"]),
            ("P.9, Q.3", &["nhieu-loc"]),
            ("P. 9, Q. 3", &["nhieu-loc"]),
            ("P 9 Q 3", &["nhieu-loc"]),
            ("F9 Q3", &["nhieu-loc"]),
            ("f.9 q.3", &["nhieu-loc"]),
            ("F9, Q3", &["nhieu-loc"]),
            ("phường 9 quận 3", &["nhieu-loc"]),
            ("Phường 9, Quận 3", &["nhieu-loc"]),
            ("phuong 9 quan 3", &["nhieu-loc"]),
            ("PHUONG 9 QUAN 3", &["nhieu-loc"]),
            ("phường9 quận3", &["nhieu-loc"]),
            ("p9q3", &["nhieu-loc"]),
            ("P09 Q03", &["nhieu-loc"]),
            ("Q3 P9", &["nhieu-loc"]),
            ("quận 3, phường 9", &["nhieu-loc"]),
            ("ph9 q3", &["nhieu-loc"]),
            ("P9", &["nhieu-loc"]),
            ("P19", &["muoi-chin"]),
            ("P1 Q3", &["ban-co"]),
            ("P1", &["ban-co", "cho-quan"]),
            ("P3 Q5", &["cho-quan"]),
            ("P5 Q3", &["muoi"]),
            ("Q10", &["muoi"]),
            ("Q1", &["viet-tat"]),
            ("P12 Q1", &["viet-tat"]),
            ("phường 12 quận 1", &["viet-tat"]),
            ("TP Thủ Đức", &["thu-duc"]),
            ("tp.thu duc", &["thu-duc"]),
            ("TT Củ Chi", &["cu-chi"]),
            ("H. Củ Chi", &["cu-chi"]),
            ("Bàn Cờ", &["ban-co"]),
            ("ban co", &["ban-co"]),
            ("nhieu l", &["nhieu-loc"]),
            ("Linh Chiểu", &["thu-duc"]),
            // Must not match: a different number, or the numbers swapped between the
            // ward and the district.
            ("P9 Q1", &[]),
            ("P2 Q5", &[]),
            ("F19 Q3", &[]),
            ("P1 Q10", &[]),
            ("P10 Q3", &[]),
            ("P11 Q10", &[]),
            ("Q 30", &[]),
            ("P.99", &[]),
        ];
        for (query, expected) in table {
            let mut found: Vec<&str> = find_offices(&refs, query)
                .iter()
                .map(|m| m.agency.id.as_str())
                .collect();
            found.sort_unstable();
            let mut expected = expected.to_vec();
            expected.sort_unstable();
            assert_eq!(found, expected, "{query:?}");
        }
        assert!(words(" , . ", true).is_empty());
        assert_eq!(find_offices(&refs, "").len(), all.len());
    }

    #[test]
    fn the_shorthand_finds_the_sample_wards_by_their_former_names() {
        let c = load_catalogue(include_bytes!("../../../../www/catalogue.json"))
            .catalogue
            .unwrap();
        let all = wards(&c);
        for query in ["P9 Q3", "p.9 q.3", "F9 Q3", "phường 9 quận 3", "P.9, Q.3"] {
            let found = find_offices(&all, query);
            let ids: Vec<&str> = found.iter().map(|m| m.agency.id.as_str()).collect();
            assert_eq!(ids, ["phuong-nhieu-loc"], "{query:?}");
        }
        // Phường 1 of Quận 3, not Phường 1 of Quận 10, nor Phường 11, 12, 14 of Quận 3.
        let ids = |q: &str| -> Vec<String> {
            find_offices(&all, q)
                .iter()
                .map(|m| m.agency.id.clone())
                .collect()
        };
        assert_eq!(ids("P1 Q3"), ["phuong-ban-co"]);
        assert_eq!(ids("P1 Q10"), ["phuong-vuon-lai"]);
        // A ward split between two new ones finds both.
        let mut split = ids("P4 Q3");
        split.sort();
        assert_eq!(split, ["phuong-ban-co", "phuong-xuan-hoa"]);
        assert_eq!(ids("P19 Bình Thạnh"), ["phuong-thanh-my-tay"]);
        assert!(
            ids("P9").iter().all(|id| id != "phuong-thanh-my-tay"),
            "P9 is not Phường 19"
        );
    }

    fn ids(list: &[&Agency]) -> Vec<String> {
        list.iter().map(|a| a.id.clone()).collect()
    }

    #[test]
    fn offices_are_listed_by_place_without_the_shared_prefix() {
        let named = |id: &str, place: &str| office(id, &format!("{CENTRE}{place}"), &[]);
        let all = vec![
            named("thu-duc", "phường Thủ Đức"),
            named("con-dao", "đặc khu Côn Đảo"),
            named("an-nhon-tay", "xã An Nhơn Tây"),
            named("an-dong", "phường An Đông"),
            named("an-khanh", "phường An Khánh"),
            named("ba-diem", "xã Bà Điểm"),
            named("ban-co", "phường Bàn Cờ"),
            named("binh-chanh", "xã Bình Chánh"),
            // Named another way: sorted by its place all the same.
            office(
                "mot-cua",
                "Bộ phận một cửa của Ủy ban nhân dân phường Bến Thành",
                &[],
            ),
            office("chi-nhanh", "Chi nhánh phường Đa Kao", &[]),
        ];
        let refs: Vec<&Agency> = all.iter().collect();
        assert_eq!(
            ids(&order_offices(&refs, Lang::Vi, None)),
            [
                "an-dong",
                "an-khanh",
                "an-nhon-tay",
                "ba-diem",
                "ban-co",
                "mot-cua",
                "binh-chanh",
                "con-dao",
                "chi-nhanh",
                "thu-duc",
            ]
        );
        // The host's own office first, the rest in the same order.
        let hosted = ids(&order_offices(&refs, Lang::Vi, Some("thu-duc")));
        assert_eq!(hosted[0], "thu-duc");
        assert_eq!(hosted[1..], ids(&order_offices(&refs, Lang::Vi, None))[..9]);
        // An id that is not one of them changes nothing.
        assert_eq!(
            ids(&order_offices(&refs, Lang::Vi, Some("khong-co"))),
            ids(&order_offices(&refs, Lang::Vi, None))
        );
    }

    #[test]
    fn numbers_sort_as_numbers_and_any_shared_prefix_is_passed_over() {
        let all = [
            office("p10", "Công an Phường 10", &[]),
            office("p9", "Công an Phường 9", &[]),
            office("p1", "Công an Phường 1", &[]),
            office("p2", "Công an Phường 2", &[]),
            office("tan-dinh", "Công an Phường Tân Định", &[]),
            office("ben-nghe", "Công an Phường Bến Nghé", &[]),
        ];
        let refs: Vec<&Agency> = all.iter().collect();
        assert_eq!(
            ids(&order_offices(&refs, Lang::Vi, None)),
            ["p1", "p2", "p9", "p10", "ben-nghe", "tan-dinh"]
        );
        // Names that are nothing but the shared words keep a word to sort by.
        let same = [
            office("a", "Công an", &[]),
            office("b", "Công an Quận", &[]),
        ];
        let refs: Vec<&Agency> = same.iter().collect();
        assert_eq!(ids(&order_offices(&refs, Lang::Vi, None)), ["a", "b"]);
        assert!(order_offices(&[], Lang::Vi, Some("a")).is_empty());
    }

    #[test]
    fn the_sample_wards_are_in_place_order_in_both_languages() {
        let c = load_catalogue(include_bytes!("../../../../www/catalogue.json"))
            .catalogue
            .unwrap();
        let all = wards(&c);
        for lang in [Lang::Vi, Lang::En] {
            let ordered = order_offices(&all, lang, None);
            assert_eq!(ordered.len(), 168);
            let first: Vec<&str> = ordered[..3].iter().map(|a| a.id.as_str()).collect();
            assert_eq!(
                first,
                ["phuong-an-dong", "phuong-an-hoi-dong", "phuong-an-hoi-tay"],
                "{lang:?}"
            );
        }
    }

    #[test]
    fn the_place_in_an_office_name_starts_past_its_organisation() {
        let name = "Trung tâm Phục vụ hành chính công phường Bàn Cờ";
        assert_eq!(&name[office_place_start(name)..], "phường Bàn Cờ");
        // Decomposed text, other case, punctuation.
        let nfd = "TRUNG TA\u{302}M Phu\u{323}c vu\u{323} ha\u{300}nh chi\u{301}nh co\u{302}ng, xã Củ Chi";
        assert_eq!(&nfd[office_place_start(nfd)..], "xã Củ Chi");
        let en = "Public Administrative Service Centre, Bàn Cờ Ward";
        assert_eq!(&en[office_place_start(en)..], "Bàn Cờ Ward");
        // Nothing but the organisation, or nothing known: the whole name.
        assert_eq!(office_place_start("Trung tâm Phục vụ hành chính công"), 0);
        assert_eq!(office_place_start("Công an Thành phố Hồ Chí Minh"), 0);
        assert_eq!(office_place_start(""), 0);
    }
}
