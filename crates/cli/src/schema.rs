//! The JSON Schema (draft 2020-12) of the catalogue format, as `procedure-guide schema`
//! prints it and `www/catalogue.schema.json` holds it. Built in the core from the
//! walker's own tables (`catalogue::format`); this module only lays it out.

use procedure_guide_core::catalogue::schema::catalogue_schema;
use procedure_guide_core::json::{write_string, Json};

/// The schema, pretty-printed with two-space indents and a final newline.
pub fn schema_json() -> String {
    let mut out = String::new();
    pretty(&catalogue_schema(), 0, &mut out);
    out.push('\n');
    out
}

fn indent(depth: usize, out: &mut String) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// Short arrays of plain values stay on one line (`"required": ["id", "name"]`).
fn pretty(value: &Json<'_>, depth: usize, out: &mut String) {
    match value {
        Json::Array(items) if items.is_empty() => out.push_str("[]"),
        Json::Array(items)
            if items
                .iter()
                .all(|i| !matches!(i, Json::Array(_) | Json::Object(_))) =>
        {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                procedure_guide_core::json::write(item, out);
            }
            out.push(']');
        }
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                indent(depth + 1, out);
                pretty(item, depth + 1, out);
            }
            indent(depth, out);
            out.push(']');
        }
        Json::Object(entries) if entries.is_empty() => out.push_str("{}"),
        Json::Object(entries) => {
            out.push('{');
            for (i, (key, item)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                indent(depth + 1, out);
                write_string(key, out);
                out.push_str(": ");
                pretty(item, depth + 1, out);
            }
            indent(depth, out);
            out.push('}');
        }
        other => procedure_guide_core::json::write(other, out),
    }
}
