//! The ward and commune public administrative service centres of Ho Chi Minh City that the
//! agencies editor offers to add instead of typing them (issue 15). The list ships in the
//! release folder as `procedure-guide-studio-wards.json` (written by `tools/release.mjs`
//! from the sample catalogue's agencies of level `commune`, in catalogue format), fetched
//! only when the picker opens, so neither the widget nor the studio's first load carries
//! its bytes. Pure, so reading, searching and merging are tested natively; the fetched
//! text is untrusted (a server may answer with an error page or a truncated file), so
//! every step reports a typed error instead of panicking.

use std::collections::BTreeSet;

use procedure_guide_core::catalogue::limits;
use procedure_guide_core::catalogue::shapes::CATALOGUE;
use procedure_guide_core::json::{self, Json};
use procedure_guide_core::text::fold;

use crate::doc::{text_parts, Doc, Edit, Node};
use crate::locate::Step;

/// The file's name in the release folder, beside the studio page (same origin, so the
/// studio's `connect-src 'self'` allows it).
pub const FILE: &str = "procedure-guide-studio-wards.json";

/// One centre of the list: what the picker shows and searches, and the agency object to
/// add as it is in the file (every key kept, `editor_note` included: it says what still
/// needs checking against the official notice).
#[derive(Clone, Debug, PartialEq)]
pub struct Ward {
    pub id: String,
    /// Vietnamese, English (English may be empty).
    pub name: [String; 2],
    pub address: String,
    pub node: Node,
    /// The folded words of the name and the address, looked up on every keystroke.
    words: Vec<String>,
}

/// Why the shipped list cannot be used. Shown with a retry, never a blank panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WardsError {
    /// Not JSON at all (an HTML error page served with status 200, a cut-off copy).
    NotJson { line: usize, column: usize },
    /// JSON, but not a list of agencies.
    NotAList,
    /// A list without a single usable centre (each needs an id and a Vietnamese name).
    NoCentre,
}

/// Reads the shipped list. Items without an id or a Vietnamese name are left out (the
/// others stay usable); a second item with an id already read is left out too, so an id
/// is offered once.
pub fn parse(text: &str) -> Result<Vec<Ward>, WardsError> {
    let root = json::parse(text.as_bytes(), &limits::JSON).map_err(|e| WardsError::NotJson {
        line: e.line,
        column: e.column,
    })?;
    let items = root.as_array().ok_or(WardsError::NotAList)?;
    let mut seen = BTreeSet::new();
    let wards: Vec<Ward> = items
        .iter()
        .filter_map(|item| {
            let Json::Object(_) = item else { return None };
            let id = item.get("id").and_then(Json::as_str)?.trim().to_owned();
            let node = item.clone().into_owned();
            let (vi, en) = text_parts(node.get("name"));
            if id.is_empty() || vi.trim().is_empty() || !seen.insert(id.clone()) {
                return None;
            }
            let address = node
                .get("address")
                .and_then(Json::as_str)
                .unwrap_or_default()
                .to_owned();
            let code = node.get("code").and_then(Json::as_str).unwrap_or_default();
            let words = words_of(&format!("{vi} {address} {code}"));
            Some(Ward {
                id,
                name: [vi, en],
                address,
                node,
                words,
            })
        })
        .collect();
    if wards.is_empty() {
        return Err(WardsError::NoCentre);
    }
    Ok(wards)
}

/// Folded words (`core::text::fold`: lower case, tones and marks gone, `đ` → `d`), so
/// "thu duc" finds "Thủ Đức" and "THỦ ĐỨC" alike.
fn words_of(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The positions of the centres matching `query`, in the list's order: every word typed
/// begins a word of the name, address or code ("thu duc", "Thủ Đ", "25747"). Nothing
/// typed matches them all.
pub fn matching(wards: &[Ward], query: &str) -> Vec<usize> {
    let typed = words_of(query);
    wards
        .iter()
        .enumerate()
        .filter(|(_, w)| {
            typed
                .iter()
                .all(|t| w.words.iter().any(|word| word.starts_with(t.as_str())))
        })
        .map(|(i, _)| i)
        .collect()
}

/// The ids of the agencies the draft already has.
pub fn present_ids(doc: &Doc) -> BTreeSet<String> {
    doc.get(&[Step::Key("agencies".into())])
        .and_then(Json::as_array)
        .unwrap_or_default()
        .iter()
        .filter_map(|a| a.get("id").and_then(Json::as_str))
        .map(|id| id.trim().to_owned())
        .collect()
}

/// The agencies to add for the `chosen` ids, in the list's order, leaving out those the
/// draft already has (adding one twice would be an E-level duplicate id).
pub fn additions(
    wards: &[Ward],
    chosen: &BTreeSet<String>,
    present: &BTreeSet<String>,
) -> Vec<Node> {
    wards
        .iter()
        .filter(|w| chosen.contains(&w.id) && !present.contains(&w.id))
        .map(|w| w.node.clone())
        .collect()
}

/// The one edit that appends them to the draft's agencies (the list is made, in the
/// format's place, when the draft has none), so checking, the kept draft and the preview
/// see it like any other edit.
pub fn edit(nodes: Vec<Node>) -> Edit {
    Edit::Extend(vec![Step::Key("agencies".into())], nodes, Some(&CATALOGUE))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::Draft;

    /// The list as `tools/release.mjs` writes it: the sample's agencies of level commune.
    fn shipped() -> Vec<Ward> {
        let sample = Doc::parse(include_str!("../../../www/catalogue.json")).expect("sample");
        let communes: Vec<Node> = sample
            .get(&[Step::Key("agencies".into())])
            .and_then(Json::as_array)
            .unwrap_or_default()
            .iter()
            .filter(|a| a.get("level").and_then(Json::as_str) == Some("commune"))
            .cloned()
            .collect();
        let text = json::to_string(&Json::Array(communes));
        parse(&text).expect("the shipped list reads")
    }

    #[test]
    fn the_sample_gives_the_168_centres() {
        let wards = shipped();
        assert_eq!(wards.len(), 168);
        assert!(wards
            .iter()
            .all(|w| !w.name[0].is_empty() && !w.address.is_empty()));
    }

    #[test]
    fn search_ignores_accents_and_case() {
        let wards = shipped();
        for query in ["thu duc", "THỦ ĐỨC", "  Thủ   Đức ", "thu-duc"] {
            let found: Vec<&str> = matching(&wards, query)
                .into_iter()
                .map(|i| wards[i].name[0].as_str())
                .collect();
            assert!(
                found.contains(&"Trung tâm Phục vụ hành chính công phường Thủ Đức"),
                "{query}: {found:?}"
            );
            assert!(found.iter().all(|n| !n.contains("Thủ Dầu Một")), "{query}");
        }
        assert_eq!(matching(&wards, "").len(), 168);
        assert!(matching(&wards, "khong co phuong nao ten nay").is_empty());
        // By the code too.
        let one = matching(&wards, "25747");
        assert_eq!(one.len(), 1);
        assert_eq!(wards[one[0]].id, "phuong-thu-dau-mot");
    }

    #[test]
    fn adding_skips_what_the_draft_has_and_checks_clean() {
        let wards = shipped();
        let template = Draft::template();
        let doc = template.doc.as_ref().expect("the template is JSON");
        let mut present = present_ids(doc);
        assert_eq!(present, BTreeSet::from(["trung-tam-phuong-mau".to_owned()]));
        let chosen: BTreeSet<String> = ["phuong-thu-duc", "phuong-thu-dau-mot"]
            .map(str::to_owned)
            .into();
        let nodes = additions(&wards, &chosen, &present);
        assert_eq!(nodes.len(), 2);
        let added = template.edit(&edit(nodes)).expect("added");
        assert!(added.edited);
        assert_eq!(added.problems, template.problems, "{:#?}", added.problems);
        let ids = present_ids(added.doc.as_ref().expect("JSON"));
        assert_eq!(ids.len(), 3);
        assert!(ids.contains("phuong-thu-duc"));
        // Chosen again: the two are there already, nothing more to add.
        present = ids;
        assert!(additions(&wards, &chosen, &present).is_empty());
        // A draft without agencies gets the list, in the format's place.
        let bare = Draft::open(
            crate::draft::Source::Template,
            r#"{"format":"procedure-guide/1.1","catalogue":{"id":"x"},"procedures":[]}"#.into(),
        );
        let chosen = BTreeSet::from(["phuong-thu-duc".to_owned()]);
        let added = bare
            .edit(&edit(additions(&wards, &chosen, &BTreeSet::new())))
            .expect("added");
        let text = &added.text;
        assert!(
            text.find("\"agencies\"") < text.find("\"procedures\""),
            "{text}"
        );
    }

    #[test]
    fn a_broken_list_is_a_typed_error() {
        assert!(matches!(parse(""), Err(WardsError::NotJson { .. })));
        assert!(matches!(
            parse("<!doctype html><p>404</p>"),
            Err(WardsError::NotJson { line: 1, .. })
        ));
        assert!(matches!(
            parse("[{\"id\": \"a\""),
            Err(WardsError::NotJson { .. })
        ));
        assert_eq!(parse(r#"{"agencies":[]}"#), Err(WardsError::NotAList));
        assert_eq!(parse("[]"), Err(WardsError::NoCentre));
        assert_eq!(
            parse(r#"[1, "x", {"id": ""}, {"name": "Tên"}]"#),
            Err(WardsError::NoCentre)
        );
        // The usable items of a partly broken list stay; a repeated id is offered once.
        let wards = parse(
            r#"[{"id": "a", "name": {"vi": "Phường A"}}, {"id": 7, "name": "B"},
                {"id": "a", "name": "Phường A lần hai"}, {"id": "c", "name": "Xã C"}]"#,
        )
        .expect("two usable");
        let ids: Vec<&str> = wards.iter().map(|w| w.id.as_str()).collect();
        assert_eq!(ids, ["a", "c"]);
        assert_eq!(wards[0].name, ["Phường A".to_owned(), String::new()]);
    }
}
