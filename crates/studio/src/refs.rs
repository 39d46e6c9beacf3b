//! References chosen instead of typed: a procedure's `agencies` (an agency of the
//! catalogue, or "any office at a level") and a stop's `see` (a procedure of the
//! catalogue, or a link). The choices are read from the document being edited, and what
//! is chosen is written back exactly as the format writes it (a string id,
//! `{"level": …}`, `{"label": …, "url": …}`). Pure, tested natively; the forms only
//! show these.

use std::borrow::Cow;

use procedure_guide_core::catalogue::Level;
use procedure_guide_core::i18n::fields::word_label;
use procedure_guide_core::i18n::studio::{st, StudioMsg};
use procedure_guide_core::i18n::Lang;
use procedure_guide_core::json::Json;
use procedure_guide_core::text::fold;

use crate::doc::{text_node, text_parts, Node};

/// One option of a choice: the value the select holds, and the words shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub label: String,
    /// The label folded (`core::text::fold`), for the filter.
    pub folded: String,
}

impl Choice {
    fn new(value: String, label: String) -> Choice {
        let folded = fold(&label);
        Choice {
            value,
            label,
            folded,
        }
    }
}

/// A localised text in `lang` (Vietnamese when there is no English).
fn in_lang(node: Option<&Node>, lang: Lang) -> String {
    let (vi, en) = text_parts(node);
    if lang == Lang::En && !en.is_empty() {
        en
    } else {
        vi
    }
}

/// The objects with a string `id` in the top-level list `key`: (id, name in `lang`, or
/// the id when it has none).
fn named(root: &Node, key: &str, name_key: &str, lang: Lang) -> Vec<(String, String)> {
    root.get(key)
        .and_then(Json::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|item| {
                    let id = item.get("id")?.as_str()?.to_owned();
                    let name = in_lang(item.get(name_key), lang);
                    Some(if name.trim().is_empty() {
                        (id.clone(), id)
                    } else {
                        (id, name)
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The words for "any office at this level".
pub fn level_label(level: &str, lang: Lang) -> String {
    let words = word_label(level, lang).map_or_else(|| level.to_owned(), str::to_owned);
    st(lang, StudioMsg::RefAnyAtLevel).replace("{level}", &words)
}

/// The agency select's value for an item: `a:<id>` for an agency, `l:<level>` for a
/// group, `""` for an item not chosen yet (`""`); `None` for anything else (kept raw).
pub fn agency_value(node: &Node) -> Option<String> {
    match node {
        Json::String(s) if s.is_empty() => Some(String::new()),
        Json::String(s) => Some(format!("a:{s}")),
        Json::Object(entries) => match entries.as_slice() {
            [(k, Json::String(level))] if k == "level" => Some(format!("l:{level}")),
            _ => None,
        },
        _ => None,
    }
}

/// The item an agency select's value writes: the id, or `{"level": …}`.
pub fn agency_node(value: &str) -> Node {
    if let Some(level) = value.strip_prefix("l:") {
        Json::Object(vec![(Cow::Borrowed("level"), Json::string(level))])
    } else {
        Json::string(value.strip_prefix("a:").unwrap_or(value))
    }
}

/// The levels ("any office at level …"), in the format's order.
pub fn level_choices(lang: Lang) -> Vec<Choice> {
    Level::WORDS
        .iter()
        .map(|w| Choice::new(format!("l:{w}"), level_label(w, lang)))
        .collect()
}

/// The catalogue's agencies by name, in the file's order.
pub fn agency_choices(root: &Node, lang: Lang) -> Vec<Choice> {
    named(root, "agencies", "name", lang)
        .into_iter()
        .map(|(id, name)| Choice::new(format!("a:{id}"), name))
        .collect()
}

/// The catalogue's procedures by name, in the file's order (value: the id).
pub fn procedure_choices(root: &Node, lang: Lang) -> Vec<Choice> {
    named(root, "procedures", "name", lang)
        .into_iter()
        .map(|(id, name)| Choice::new(id, name))
        .collect()
}

/// The choices where every word of `filter` begins a word of the name, accents or not
/// (`"uy ban"` finds "Ủy ban", `"an"` finds "Công an" but not "hành"); all of them for
/// an empty filter. `keep` (what is chosen now) is never filtered out.
pub fn filter<'c>(choices: &'c [Choice], filter: &str, keep: &str) -> Vec<&'c Choice> {
    let folded = fold(filter);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    choices
        .iter()
        .filter(|c| {
            c.value == keep
                || words.iter().all(|w| {
                    c.folded
                        .split(|ch: char| !ch.is_alphanumeric())
                        .any(|name| name.starts_with(w))
                })
        })
        .collect()
}

/// What a list of ids (`Ty::Ids`) names, where the format says: procedures (a life
/// event's, `related`, `obtain_via`) or agencies (a channel's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdsOf {
    Procedures,
    Agencies,
}

/// What the key `key` of the table `shape` (its schema name) lists, if it is a list of ids
/// the studio can offer by name.
pub fn ids_of(shape: &str, key: &str) -> Option<IdsOf> {
    match (shape, key) {
        ("life_event", "procedures") | ("procedure", "related") | ("document", "obtain_via") => {
            Some(IdsOf::Procedures)
        }
        ("channel", "agencies") => Some(IdsOf::Agencies),
        _ => None,
    }
}

/// A list of ids the forms can show item by item: absent, or an array (its odd items
/// are shown raw, one by one); a single string or anything else is not.
pub fn is_list(node: Option<&Node>) -> bool {
    matches!(node, None | Some(Json::Array(_)))
}

/// The channels a document or a step may belong to (`Ty::ChannelRefs`): the kinds of the
/// procedure's channels, and the ids of those that have one, each once, in the
/// procedure's order (value: what the format writes; label: the channel's own name,
/// else its kind's words, with the id).
pub fn channel_choices(procedure: &Node, lang: Lang) -> Vec<Choice> {
    let mut out: Vec<Choice> = Vec::new();
    for channel in procedure
        .get("channels")
        .and_then(Json::as_array)
        .map(<[Node]>::to_vec)
        .unwrap_or_default()
    {
        let Some(kind) = channel.get("kind").and_then(Json::as_str) else {
            continue;
        };
        let words = word_label(kind, lang).map_or_else(|| kind.to_owned(), str::to_owned);
        let (value, label) = match channel.get("id").and_then(Json::as_str) {
            Some(id) => {
                let own = in_lang(channel.get("label"), lang);
                let name = if own.is_empty() { words } else { own };
                (id.to_owned(), format!("{name} ({id})"))
            }
            None => (kind.to_owned(), words),
        };
        if !out.iter().any(|c| c.value == value) {
            out.push(Choice::new(value, label));
        }
    }
    out
}

/// The words of a list of words or ids (`None` when it is not one: kept raw).
pub fn words(node: Option<&Node>) -> Option<Vec<String>> {
    match node {
        None => Some(Vec::new()),
        Some(Json::Array(items)) => items
            .iter()
            .map(|i| i.as_str().map(str::to_owned))
            .collect(),
        Some(_) => None,
    }
}

/// `current` with `value` ticked on or off: the order kept, a new one at the end; an
/// empty list removes the key.
pub fn toggle(current: &[String], value: &str, on: bool) -> Option<Node> {
    let mut next: Vec<&str> = current
        .iter()
        .map(String::as_str)
        .filter(|v| *v != value)
        .collect();
    if on {
        match current.iter().position(|v| v == value) {
            Some(at) => next.insert(at.min(next.len()), value),
            None => next.push(value),
        }
    }
    (!next.is_empty()).then(|| Json::Array(next.into_iter().map(Json::string).collect()))
}

/// A `see` item as the form shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum See {
    /// A procedure id (`""`: not chosen yet).
    Procedure(String),
    /// A link: its label (Vietnamese, English) and address.
    Link { vi: String, en: String, url: String },
}

/// What a `see` item is (the core's rule: a string with `:` or `/` is a link); `None` for
/// anything else (kept raw).
pub fn see_of(node: &Node) -> Option<See> {
    match node {
        Json::String(s) if s.contains([':', '/']) => Some(See::Link {
            vi: String::new(),
            en: String::new(),
            url: s.to_string(),
        }),
        Json::String(s) => Some(See::Procedure(s.to_string())),
        Json::Object(entries) => {
            if entries.iter().any(|(k, _)| k != "label" && k != "url") {
                return None;
            }
            let label = node.get("label");
            if !matches!(label, None | Some(Json::String(_) | Json::Object(_))) {
                return None;
            }
            let (vi, en) = text_parts(label);
            let url = match node.get("url") {
                None => String::new(),
                Some(Json::String(u)) => u.to_string(),
                Some(_) => return None,
            };
            Some(See::Link { vi, en, url })
        }
        _ => None,
    }
}

/// A `see` item as the format writes it: a procedure id; a link without a label as its
/// address alone, else `{"label": …, "url": …}`.
pub fn see_node(see: &See) -> Node {
    match see {
        See::Procedure(id) => Json::string(id.as_str()),
        See::Link { vi, en, url } => match text_node(vi, en) {
            None if url.contains([':', '/']) => Json::string(url.as_str()),
            label => {
                let mut entries = Vec::new();
                if let Some(label) = label {
                    entries.push((Cow::Borrowed("label"), label));
                }
                entries.push((Cow::Borrowed("url"), Json::string(url.as_str())));
                Json::Object(entries)
            }
        },
    }
}

/// The folded line of an agency item: the agency's name, the level's words, else the
/// item as written.
pub fn agency_title(root: &Node, node: &Node, lang: Lang) -> Option<String> {
    let value = agency_value(node)?;
    if let Some(level) = value.strip_prefix("l:") {
        return Some(level_label(level, lang));
    }
    let id = value.strip_prefix("a:")?;
    Some(
        named(root, "agencies", "name", lang)
            .into_iter()
            .find(|(i, _)| i == id)
            .map_or_else(|| id.to_owned(), |(_, name)| name),
    )
}

/// The folded line of a `see` item: the procedure's name, the link's label or address.
pub fn see_title(root: &Node, node: &Node, lang: Lang) -> Option<String> {
    match see_of(node)? {
        See::Procedure(id) if id.is_empty() => None,
        See::Procedure(id) => Some(
            named(root, "procedures", "name", lang)
                .into_iter()
                .find(|(i, _)| *i == id)
                .map_or(id, |(_, name)| name),
        ),
        See::Link { vi, en, url } => {
            let label = if lang == Lang::En && !en.is_empty() {
                en
            } else {
                vi
            };
            Some(if label.is_empty() { url } else { label })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use procedure_guide_core::json::to_string;

    fn root() -> Node {
        crate::doc::Doc::parse(
            r#"{"agencies": [
                {"id": "ubnd-p1", "name": {"vi": "Ủy ban nhân dân Phường 1", "en": "Ward 1 People's Committee"}},
                {"id": "cong-an", "name": "Công an Quận"},
                {"id": "no-name"}, {"name": "no id"}, 7
            ],
            "procedures": [{"id": "2.000986", "name": "Đăng ký khai sinh"}, {"id": 3}]}"#,
        )
        .map(|d| d.root)
        .unwrap_or(Json::Null)
    }

    #[test]
    fn agencies_by_name_and_levels_from_the_format() {
        let root = root();
        let vi: Vec<(String, String)> = agency_choices(&root, Lang::Vi)
            .into_iter()
            .map(|c| (c.value, c.label))
            .collect();
        assert_eq!(
            vi,
            [
                ("a:ubnd-p1".into(), "Ủy ban nhân dân Phường 1".into()),
                ("a:cong-an".into(), "Công an Quận".into()),
                ("a:no-name".into(), "no-name".into()),
            ]
        );
        assert_eq!(
            agency_choices(&root, Lang::En)[0].label,
            "Ward 1 People's Committee"
        );
        let levels = level_choices(Lang::Vi);
        assert_eq!(levels.len(), Level::WORDS.len());
        assert_eq!(levels[3].value, "l:commune");
        assert!(
            levels[3].label.contains("Xã, phường, đặc khu"),
            "{levels:?}"
        );
        assert!(level_label("commune", Lang::En).contains("Commune"));
        // Neither a list nor objects: nothing to choose, no panic.
        assert!(agency_choices(&Json::Null, Lang::Vi).is_empty());
        assert!(agency_choices(&Json::string("x"), Lang::Vi).is_empty());
    }

    #[test]
    fn agency_items_both_ways() {
        for text in [r#""ubnd-p1""#, r#"{"level": "commune"}"#, r#""""#] {
            let node = crate::doc::Doc::parse(text)
                .map(|d| d.root)
                .unwrap_or(Json::Null);
            let value = agency_value(&node).unwrap_or_default();
            assert_eq!(to_string(&agency_node(&value)), text.replace(' ', ""));
        }
        assert_eq!(to_string(&agency_node("a:x")), r#""x""#);
        assert_eq!(to_string(&agency_node("l:other")), r#"{"level":"other"}"#);
        // Anything else is kept raw.
        for text in [
            r#"{"level": "commune", "x": 1}"#,
            "7",
            r#"{"level": 1}"#,
            "[]",
        ] {
            let node = crate::doc::Doc::parse(text)
                .map(|d| d.root)
                .unwrap_or(Json::Null);
            assert_eq!(agency_value(&node), None, "{text}");
        }
        let root = root();
        let group = agency_node("l:commune");
        assert!(agency_title(&root, &group, Lang::Vi).is_some_and(|t| t.contains("Xã")));
        assert_eq!(
            agency_title(&root, &Json::string("cong-an"), Lang::Vi).as_deref(),
            Some("Công an Quận")
        );
        assert_eq!(
            agency_title(&root, &Json::string("gone"), Lang::Vi).as_deref(),
            Some("gone")
        );
    }

    #[test]
    fn filter_without_accents_keeps_the_chosen_one() {
        let choices = agency_choices(&root(), Lang::Vi);
        let names = |f: &str, keep: &str| -> Vec<String> {
            filter(&choices, f, keep)
                .into_iter()
                .map(|c| c.label.clone())
                .collect()
        };
        assert_eq!(names("uy ban", ""), ["Ủy ban nhân dân Phường 1"]);
        assert_eq!(names("  CÔNG an ", ""), ["Công an Quận"]);
        // Words begin names: "an" is not the end of "nhân" or "dân".
        assert_eq!(names("an", ""), ["Công an Quận"]);
        assert_eq!(names("phuong 1", ""), ["Ủy ban nhân dân Phường 1"]);
        assert_eq!(names("", "").len(), 3);
        assert_eq!(names("zzz", "a:cong-an"), ["Công an Quận"]);
    }

    #[test]
    fn lists_of_ids_named_by_the_format() {
        assert_eq!(ids_of("life_event", "procedures"), Some(IdsOf::Procedures));
        assert_eq!(ids_of("procedure", "related"), Some(IdsOf::Procedures));
        assert_eq!(ids_of("document", "obtain_via"), Some(IdsOf::Procedures));
        assert_eq!(ids_of("channel", "agencies"), Some(IdsOf::Agencies));
        assert_eq!(ids_of("procedure", "agencies"), None);
        assert_eq!(ids_of("document", "channels"), None);
        assert!(is_list(None));
        assert!(is_list(Some(&Json::Array(Vec::new()))));
        assert!(!is_list(Some(&Json::string("2.000815"))));
    }

    #[test]
    fn channels_of_the_procedure_ticked() {
        let procedure = crate::doc::Doc::parse(
            r#"{"channels": [
                {"kind": "in_person"}, {"kind": "online", "id": "vneid", "label": "VNeID"},
                {"kind": "online", "id": "portal"}, {"kind": "in_person"}, {"id": "x"}, 3
            ]}"#,
        )
        .map(|d| d.root)
        .unwrap_or(Json::Null);
        let choices: Vec<(String, String)> = channel_choices(&procedure, Lang::Vi)
            .into_iter()
            .map(|c| (c.value, c.label))
            .collect();
        assert_eq!(
            choices,
            [
                ("in_person".into(), "Trực tiếp".into()),
                ("vneid".into(), "VNeID (vneid)".into()),
                ("portal".into(), "Trực tuyến (portal)".into()),
            ]
        );
        assert!(channel_choices(&Json::Null, Lang::Vi).is_empty());
        let now = vec!["online".to_owned(), "post".to_owned()];
        assert_eq!(
            toggle(&now, "in_person", true)
                .map(|n| to_string(&n))
                .as_deref(),
            Some(r#"["online","post","in_person"]"#)
        );
        assert_eq!(
            toggle(&now, "online", false)
                .map(|n| to_string(&n))
                .as_deref(),
            Some(r#"["post"]"#)
        );
        assert_eq!(toggle(&["post".to_owned()], "post", false), None);
        assert_eq!(
            toggle(&now, "post", true).map(|n| to_string(&n)).as_deref(),
            Some(r#"["online","post"]"#)
        );
        assert_eq!(words(None), Some(Vec::new()));
        assert_eq!(words(Some(&Json::string("online"))), None);
        assert_eq!(words(Some(&Json::Array(vec![Json::Null]))), None);
    }

    #[test]
    fn see_items_both_ways() {
        let parse = |t: &str| {
            crate::doc::Doc::parse(t)
                .map(|d| d.root)
                .unwrap_or(Json::Null)
        };
        for text in [
            r#""2.000986""#,
            r#""https://dichvucong.gov.vn""#,
            r#"{"label":"Cổng","url":"https://a.vn"}"#,
            r#"{"label":{"vi":"Cổng","en":"Portal"},"url":"https://a.vn"}"#,
            r#""""#,
        ] {
            let see = see_of(&parse(text));
            assert!(see.is_some(), "{text}");
            assert_eq!(see.map(|s| to_string(&see_node(&s))).as_deref(), Some(text));
        }
        for text in [
            "7",
            r#"{"url": 7}"#,
            r#"{"url": "x", "note": 1}"#,
            r#"{"label": 1, "url": "x"}"#,
        ] {
            assert_eq!(see_of(&parse(text)), None, "{text}");
        }
        // A link being typed: no address yet still writes an object the check names.
        let typing = See::Link {
            vi: String::new(),
            en: String::new(),
            url: String::new(),
        };
        assert_eq!(to_string(&see_node(&typing)), r#"{"url":""}"#);
        let root = root();
        let names: Vec<String> = procedure_choices(&root, Lang::Vi)
            .into_iter()
            .map(|c| format!("{}={}", c.value, c.label))
            .collect();
        assert_eq!(names, ["2.000986=Đăng ký khai sinh"]);
        assert_eq!(
            see_title(&root, &parse(r#""2.000986""#), Lang::Vi).as_deref(),
            Some("Đăng ký khai sinh")
        );
        assert_eq!(
            see_title(
                &root,
                &parse(r#"{"label":{"vi":"Cổng","en":"Portal"},"url":"u:"}"#),
                Lang::En
            )
            .as_deref(),
            Some("Portal")
        );
    }
}
