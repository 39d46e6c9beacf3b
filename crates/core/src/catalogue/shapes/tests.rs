//! The tables and the readers agree: a key added to a table and never read would load as
//! nothing, silently.

use super::ALL;
use crate::catalogue::load_catalogue;
use crate::catalogue::read::keys_read;
use crate::catalogue::write::catalogue_to_json;

/// Every key of every table, each present somewhere in it, and no problem to report.
const EVERY_FIELD: &[u8] = include_bytes!("every-field.json");

#[test]
fn every_key_of_every_table_is_read() {
    keys_read::take();
    let loaded = load_catalogue(EVERY_FIELD);
    let read = keys_read::take();
    assert_eq!(loaded.diagnostics, Vec::new(), "every-field.json is clean");
    assert!(loaded.catalogue.is_some());
    let mut unread = Vec::new();
    for shape in ALL {
        for field in shape.fields {
            if !read.contains(&(shape.name, field.key)) {
                unread.push(format!("{}.{}", shape.name, field.key));
            }
        }
    }
    // The schema and this test walk `ALL`: a table read but missing there escapes both.
    for (name, _) in &read {
        assert!(ALL.iter().any(|s| s.name == *name), "{name} is not in ALL");
    }
    assert!(
        unread.is_empty(),
        "never read from shapes/every-field.json: {unread:?}; read each in its shape's \
         reader, and give it a value in the fixture"
    );
}

/// No table is in `ALL` twice, and no table lists a key twice.
#[test]
fn every_table_is_listed_once_with_distinct_keys() {
    let mut names: Vec<&str> = ALL.iter().map(|s| s.name).collect();
    names.sort_unstable();
    let count = names.len();
    names.dedup();
    assert_eq!(names.len(), count, "a shape listed twice in ALL");
    for shape in ALL {
        for (i, field) in shape.fields.iter().enumerate() {
            assert!(
                !shape.fields.iter().take(i).any(|f| f.key == field.key),
                "{} lists {} twice",
                shape.name,
                field.key
            );
        }
    }
}

/// A reader asking for a key its table does not list is a bug the walk would hide (the
/// key is warned about as unknown, and read all the same).
#[test]
#[cfg(debug_assertions)]
#[should_panic(expected = "which its table does not list")]
fn a_reader_asking_for_a_key_outside_its_table_panics() {
    use crate::catalogue::read::Ctx;
    use crate::i18n::Lang;
    use crate::json;

    let tree = json::parse(
        br#"{"id": "x", "name": "y"}"#,
        &crate::catalogue::limits::JSON,
    )
    .expect("JSON");
    let mut ctx = Ctx::new(Lang::Vi);
    if let Some(obj) = ctx.object(&tree, &super::FIELD) {
        let _ = obj.get("title");
    }
}

/// The writers write what the readers read: every value of the fixture survives a trip
/// through JSON (a key a writer forgot would come back empty).
#[test]
fn every_field_survives_writing_and_reading_back() {
    let first = load_catalogue(EVERY_FIELD).catalogue.expect("loads");
    let again = load_catalogue(catalogue_to_json(&first).as_bytes());
    assert_eq!(again.diagnostics, Vec::new());
    assert_eq!(again.catalogue, Some(first));
}
