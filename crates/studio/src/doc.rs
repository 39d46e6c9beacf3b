//! The catalogue being edited as a JSON document: every key kept in its order, unknown
//! keys and `editor_note`s included (a studio must never drop what it does not know), and
//! the edits the forms make, each addressed by a path. Written back in the layout of
//! `procedure-guide fmt`, so a file saved unchanged differs from the opened one at most in
//! white space and key order (none at all for a file `fmt` wrote). Pure, tested natively.

use std::borrow::Cow;

use procedure_guide_core::catalogue::shapes::Shape;
use procedure_guide_core::catalogue::{fmt, limits};
use procedure_guide_core::json::{self, Json, ParseError};

use crate::locate::Step;

pub type Node = Json<'static>;

#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    pub root: Node,
}

impl Doc {
    pub fn parse(text: &str) -> Result<Doc, ParseError> {
        json::parse(text.as_bytes(), &limits::JSON).map(|root| Doc {
            root: root.into_owned(),
        })
    }

    pub fn get(&self, path: &[Step]) -> Option<&Node> {
        path.iter()
            .try_fold(&self.root, |node, step| child(node, step))
    }

    fn get_mut(&mut self, path: &[Step]) -> Option<&mut Node> {
        path.iter()
            .try_fold(&mut self.root, |node, step| match (node, step) {
                (Json::Object(entries), Step::Key(key)) => entries
                    .iter_mut()
                    .rev()
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| v),
                (Json::Array(items), Step::Index(i)) => items.get_mut(*i),
                _ => None,
            })
    }

    /// Sets the value at `path`. A key the object lacks is added before the first key that
    /// comes after it in `order` (the shape's table), else at the end, so the file keeps
    /// the format's order. `false` when the path's parent is not there.
    pub fn set(&mut self, path: &[Step], value: Node, order: &[&str]) -> bool {
        let Some((last, parent)) = path.split_last() else {
            self.root = value;
            return true;
        };
        match (self.get_mut(parent), last) {
            (Some(Json::Object(entries)), Step::Key(key)) => {
                if let Some((_, v)) = entries.iter_mut().rev().find(|(k, _)| k == key) {
                    *v = value;
                } else {
                    let rank = |k: &str| order.iter().position(|o| *o == k);
                    let at = rank(key).and_then(|mine| {
                        entries
                            .iter()
                            .position(|(k, _)| rank(k).is_some_and(|theirs| theirs > mine))
                    });
                    entries.insert(
                        at.unwrap_or(entries.len()),
                        (Cow::Owned(key.clone()), value),
                    );
                }
                true
            }
            (Some(Json::Array(items)), Step::Index(i)) => match items.get_mut(*i) {
                Some(slot) => {
                    *slot = value;
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    /// Removes the value at `path` (a key, every copy of it, or an item).
    pub fn remove(&mut self, path: &[Step]) -> bool {
        let Some((last, parent)) = path.split_last() else {
            return false;
        };
        match (self.get_mut(parent), last) {
            (Some(Json::Object(entries)), Step::Key(key)) => {
                let before = entries.len();
                entries.retain(|(k, _)| k != key);
                entries.len() != before
            }
            (Some(Json::Array(items)), Step::Index(i)) if *i < items.len() => {
                items.remove(*i);
                true
            }
            _ => false,
        }
    }

    /// Adds `value` at the end of the list at `path`, creating the list if the key is
    /// missing. The new item's index, or `None` when `path` is not a list.
    pub fn push(&mut self, path: &[Step], value: Node, order: &[&str]) -> Option<usize> {
        if self.get(path).is_none() && !self.set(path, Json::Array(Vec::new()), order) {
            return None;
        }
        match self.get_mut(path)? {
            Json::Array(items) => {
                items.push(value);
                Some(items.len() - 1)
            }
            _ => None,
        }
    }

    /// Adds `values` at the end of the list at `path`, creating the list if the key is
    /// missing; `false` (and nothing changed) when `path` holds something else.
    pub fn extend(&mut self, path: &[Step], values: &[Node], order: &[&str]) -> bool {
        match self.get(path) {
            None | Some(Json::Array(_)) => {}
            Some(_) => return false,
        }
        if self.get(path).is_none() && !self.set(path, Json::Array(Vec::new()), order) {
            return false;
        }
        match self.get_mut(path) {
            Some(Json::Array(items)) => {
                items.extend(values.iter().cloned());
                true
            }
            _ => false,
        }
    }

    /// Moves the item `from` of the list at `path` to position `to`.
    pub fn move_item(&mut self, path: &[Step], from: usize, to: usize) -> bool {
        match self.get_mut(path) {
            Some(Json::Array(items)) if from < items.len() && to < items.len() => {
                let item = items.remove(from);
                items.insert(to, item);
                true
            }
            _ => false,
        }
    }

    /// The document in the layout `procedure-guide fmt` writes (`core::catalogue::fmt`):
    /// the format's key order, two spaces, short lists on one line, a final newline.
    pub fn to_pretty(&self) -> String {
        fmt::format(&self.root)
    }
}

/// One change a form makes.
#[derive(Clone)]
pub enum Edit {
    /// Sets the value at the path, or removes it (`None`); a new key goes where `shape`'s
    /// table puts it.
    Set(Vec<Step>, Option<Node>, Option<&'static Shape>),
    /// Adds an item at the end of the list at the path (made when missing).
    Push(Vec<Step>, Node, Option<&'static Shape>),
    /// Moves an item of the list at the path.
    Move(Vec<Step>, usize, usize),
    /// Adds several items at the end of the list at the path (made when missing), as one
    /// change: the ward centres picked from the shipped list are checked and kept once,
    /// not once per centre.
    Extend(Vec<Step>, Vec<Node>, Option<&'static Shape>),
}

impl Doc {
    /// Applies `edit`; `false` when its path does not fit the document.
    pub fn apply(&mut self, edit: &Edit) -> bool {
        let order = |shape: &Option<&'static Shape>| -> Vec<&'static str> {
            shape
                .map(|s| s.fields.iter().map(|f| f.key).collect())
                .unwrap_or_default()
        };
        match edit {
            Edit::Set(path, Some(value), shape) => self.set(path, value.clone(), &order(shape)),
            Edit::Set(path, None, _) => self.remove(path) || self.get(path).is_none(),
            Edit::Push(path, value, shape) => {
                self.push(path, value.clone(), &order(shape)).is_some()
            }
            Edit::Move(path, from, to) => self.move_item(path, *from, *to),
            Edit::Extend(path, values, shape) => self.extend(path, values, &order(shape)),
        }
    }
}

fn child<'n>(node: &'n Node, step: &Step) -> Option<&'n Node> {
    match (node, step) {
        (Json::Object(_), Step::Key(key)) => node.get(key),
        (Json::Array(items), Step::Index(i)) => items.get(*i),
        _ => None,
    }
}

/// Localised text as the format writes it: one string when only Vietnamese is given,
/// else `{ "vi": …, "en": … }` without the empty ones. `None` when both are empty.
pub fn text_node(vi: &str, en: &str) -> Option<Node> {
    match (vi.is_empty(), en.is_empty()) {
        (true, true) => None,
        (false, true) => Some(Json::string(vi)),
        _ => {
            let mut entries = Vec::new();
            if !vi.is_empty() {
                entries.push((Cow::Borrowed("vi"), Json::string(vi)));
            }
            if !en.is_empty() {
                entries.push((Cow::Borrowed("en"), Json::string(en)));
            }
            Some(Json::Object(entries))
        }
    }
}

/// The Vietnamese and English of localised text (a string is Vietnamese).
pub fn text_parts(node: Option<&Node>) -> (String, String) {
    match node {
        Some(Json::String(s)) => (s.to_string(), String::new()),
        Some(obj @ Json::Object(_)) => {
            let part = |k| {
                obj.get(k)
                    .and_then(Json::as_str)
                    .unwrap_or_default()
                    .to_owned()
            };
            (part("vi"), part("en"))
        }
        _ => (String::new(), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locate::parse_path;

    fn path(p: &str) -> Vec<Step> {
        parse_path(p).expect("a path")
    }

    const SAMPLE: &str = include_str!("../../../www/catalogue.json");

    #[test]
    fn the_sample_written_back_is_the_same_text() {
        // The sample is kept in `procedure-guide fmt`'s layout: byte for byte.
        let doc = Doc::parse(SAMPLE).expect("the sample parses");
        assert_eq!(doc.to_pretty(), SAMPLE);
        let template = crate::draft::TEMPLATE;
        let doc = Doc::parse(template).expect("the template parses");
        let again = Doc::parse(&doc.to_pretty()).expect("written back parses");
        assert_eq!(again, doc);
    }

    #[test]
    fn unknown_keys_notes_and_duplicates_survive() {
        let text = r#"{"a":1,"editor_note":"x","zz":{"q":[1,2.50,"\u0001é"]},"a":2}"#;
        let doc = Doc::parse(text).expect("parses");
        let written = doc.to_pretty();
        assert!(written.contains("\"editor_note\": \"x\""));
        assert!(written.contains("2.50"), "numbers as written");
        assert!(written.contains("\\u0001é"));
        // The same JSON value (keys may move into the format's order).
        assert!(fmt::same_json(
            &Doc::parse(&written).expect("parses").root,
            &doc.root
        ));
    }

    #[test]
    fn edits_by_path() {
        let mut doc = Doc::parse(r#"{"id":"x","steps":[{"id":"a"},{"id":"b"}]}"#).expect("parses");
        let order = ["id", "name", "steps"];
        assert!(doc.set(&path("name"), Json::string("Tên"), &order));
        let keys: Vec<String> = doc
            .root
            .as_object()
            .unwrap_or_default()
            .iter()
            .map(|(k, _)| k.to_string())
            .collect();
        assert_eq!(
            keys,
            ["id", "name", "steps"],
            "a new key goes where the table puts it"
        );
        assert!(doc.move_item(&path("steps"), 1, 0));
        assert_eq!(
            doc.get(&path("steps[0].id")).and_then(Json::as_str),
            Some("b")
        );
        assert_eq!(
            doc.push(&path("steps"), Json::Object(vec![]), &order),
            Some(2)
        );
        assert_eq!(doc.push(&path("documents"), Json::Null, &order), Some(0));
        assert!(doc.remove(&path("steps[2]")));
        assert!(doc.remove(&path("name")));
        assert!(!doc.remove(&path("name")));
        assert!(!doc.set(&path("nope[3].x"), Json::Null, &order));
        assert!(!doc.move_item(&path("steps"), 0, 9));
        assert_eq!(doc.push(&path("id"), Json::Null, &order), None);
    }

    #[test]
    fn extend_adds_several_items_at_once_and_makes_the_list() {
        let mut doc = Doc::parse(r#"{"format":"x","agencies":[{"id":"a"}]}"#).expect("parses");
        let order = ["format", "catalogue", "agencies", "fields"];
        let items = [
            Json::Object(vec![(Cow::Borrowed("id"), Json::string("b"))]),
            Json::Object(vec![(Cow::Borrowed("id"), Json::string("c"))]),
        ];
        assert!(doc.apply(&Edit::Extend(path("agencies"), items.to_vec(), None)));
        let ids: Vec<&str> = (0..3)
            .filter_map(|i| {
                doc.get(&path(&format!("agencies[{i}].id")))
                    .and_then(Json::as_str)
            })
            .collect();
        assert_eq!(ids, ["a", "b", "c"]);
        // A missing list is made where the table puts it.
        let mut bare = Doc::parse(r#"{"format":"x","fields":[]}"#).expect("parses");
        assert!(bare.extend(&path("agencies"), &items, &order));
        assert!(bare.to_pretty().find("agencies") < bare.to_pretty().find("fields"));
        // Not a list: refused, nothing changed.
        let mut odd = Doc::parse(r#"{"agencies":{"id":"a"}}"#).expect("parses");
        let before = odd.clone();
        assert!(!odd.extend(&path("agencies"), &items, &order));
        assert_eq!(odd, before);
    }

    #[test]
    fn localised_text_both_ways() {
        assert_eq!(text_node("", ""), None);
        assert_eq!(text_node("Tên", ""), Some(Json::string("Tên")));
        let both = text_node("Tên", "Name").expect("text");
        assert_eq!(text_parts(Some(&both)), ("Tên".into(), "Name".into()));
        assert_eq!(
            text_parts(Some(&Json::string("Tên"))),
            ("Tên".into(), String::new())
        );
        assert_eq!(text_parts(None), (String::new(), String::new()));
    }
}
