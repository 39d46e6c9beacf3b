//! The committed `www/catalogue.schema.json` is exactly what `procedure-guide schema`
//! prints. After changing the format: `cargo run -p procedure-guide-cli -- schema >
//! www/catalogue.schema.json`.

use std::path::Path;
use std::process::Command;

use procedure_guide_core::catalogue::limits::JSON;
use procedure_guide_core::json::{self, Json};

#[test]
fn committed_schema_matches_the_generator() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../www/catalogue.schema.json");
    let committed = std::fs::read_to_string(&path).expect("www/catalogue.schema.json exists");
    let generated = procedure_guide_cli::schema::schema_json();
    assert!(
        committed == generated,
        "www/catalogue.schema.json is out of date: run `cargo run -p procedure-guide-cli -- schema > www/catalogue.schema.json`"
    );
}

#[test]
fn schema_command_prints_it() {
    let o = Command::new(env!("CARGO_BIN_EXE_procedure-guide"))
        .arg("schema")
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8(o.stdout).expect("UTF-8");
    let schema = json::parse(text.as_bytes(), &JSON).expect("the schema is JSON");
    assert_eq!(
        schema.get("$schema").and_then(Json::as_str),
        Some("https://json-schema.org/draft/2020-12/schema")
    );
    let procedure = schema
        .get("$defs")
        .and_then(|d| d.get("procedure"))
        .expect("procedure definition");
    let required: Vec<&str> = procedure
        .get("required")
        .and_then(Json::as_array)
        .expect("required")
        .iter()
        .filter_map(Json::as_str)
        .collect();
    assert_eq!(required, ["id", "name", "agencies"]);
}

/// A webmaster who opens the schema finds where the format is explained: the documents
/// shipped beside it in the release folder.
#[test]
fn the_schema_names_the_format_documents() {
    let text = procedure_guide_cli::schema::schema_json();
    let schema = json::parse(text.as_bytes(), &JSON).expect("the schema is JSON");
    let description = schema
        .get("description")
        .and_then(Json::as_str)
        .expect("a description");
    for doc in ["CATALOGUE.md", "CATALOGUE.en.md"] {
        assert!(description.contains(doc), "{description}");
    }
}
