//! Editors' notes (`editor_note`, format 1.1): remarks for the people who keep the
//! catalogue (where a value came from, what to check), never shown to citizens. The
//! model does not hold them, so no view can show one by mistake; this walk over the raw
//! JSON is how the command line lists them.

use crate::diagnostic::Diagnostic;
use crate::json::{self, Json, PathSeg};

use super::limits;
use super::load::parse_diagnostic;
use super::read::EDITOR_NOTE;

/// One note and where it is (`procedures[3].channels[1].editor_note`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditorNote {
    pub path: String,
    pub text: String,
}

/// Every editor's note in a catalogue or detail file, in file order. An array of notes
/// gives one entry per string (`…editor_note[1]`).
pub fn editor_notes(bytes: &[u8]) -> Result<Vec<EditorNote>, Diagnostic> {
    let json = json::parse(bytes, &limits::JSON).map_err(parse_diagnostic)?;
    let mut out = Vec::new();
    walk(&json, &mut String::new(), &mut out);
    Ok(out)
}

fn walk(json: &Json<'_>, path: &mut String, out: &mut Vec<EditorNote>) {
    let len = path.len();
    match json {
        Json::Object(entries) => {
            for (key, value) in entries {
                json::push_path_key(path, key);
                if key == EDITOR_NOTE {
                    match value {
                        Json::String(text) => out.push(EditorNote {
                            path: path.clone(),
                            text: text.to_string(),
                        }),
                        Json::Array(items) => {
                            let at = path.len();
                            for (i, item) in items.iter().enumerate() {
                                if let Json::String(text) = item {
                                    json::push_path_seg(path, &PathSeg::Index(i));
                                    out.push(EditorNote {
                                        path: path.clone(),
                                        text: text.to_string(),
                                    });
                                    path.truncate(at);
                                }
                            }
                        }
                        _ => {}
                    }
                } else {
                    walk(value, path, out);
                }
                path.truncate(len);
            }
        }
        Json::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                json::push_path_seg(path, &PathSeg::Index(i));
                walk(item, path, out);
                path.truncate(len);
            }
        }
        _ => {}
    }
}
