//! The summary's print button: marks this widget's element as the one printing (the
//! loader's `beforeprint` handler then hides the rest of the host page, see
//! www/procedure-guide.js) and opens the browser's print dialog.

use wasm_bindgen::JsCast;
use web_sys::{EventTarget, Node, ShadowRoot};

/// The attribute the loader's page-level print sheet keeps visible.
pub const PRINTING: &str = "data-pg-printing";

/// Prints from the button that is `target`, inside a widget's shadow root.
pub fn print_from(target: Option<EventTarget>) {
    if let Some(root) = target
        .and_then(|t| t.dyn_into::<Node>().ok())
        .map(|n| n.get_root_node())
        .and_then(|r| r.dyn_into::<ShadowRoot>().ok())
    {
        let _ = root.host().set_attribute(PRINTING, "");
    }
    if let Some(w) = web_sys::window() {
        // Refused in some in-app browsers; the summary stays on screen either way.
        let _ = w.print();
    }
}
