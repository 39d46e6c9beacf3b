//! Back and Forward between the widget's screens through the page's own history
//! (DESIGN.md, "Back and Forward"), without a router. What to write and when is the
//! core's navigation model (`procedure_guide_core::nav`); the navigation hook is the
//! only caller.
//!
//! Each widget keeps one key in `history.state`, `pg-<key>`, holding
//! `{p: procedure id or null, v: view word or null, n: journey nonce or null}`. Writing
//! copies the host's state object and sets only our key, so the host's keys (and other
//! widgets' keys) survive; the URL and its fragment are never touched (host sites have
//! their own routers and skip links). Entries hold ids and the per-journey nonce, never
//! answers: "start over" changes the nonce, and an entry with another nonce restores
//! nothing.

use js_sys::{Object, Reflect};
use procedure_guide_core::journey::View;
pub use procedure_guide_core::nav::Entry;
use wasm_bindgen::JsValue;

use crate::embed::listener::WindowListener;
use crate::embed::share::slug;

/// The name of this widget's key in `history.state`: `pg-` + the slug of the element's
/// `id`, else of the catalogue's id.
pub fn state_key(element_id: Option<&str>, catalogue_id: &str) -> String {
    let base = element_id
        .map(slug)
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| slug(catalogue_id));
    let mut key = String::from("pg-");
    key.push_str(if base.is_empty() { "guide" } else { &base });
    key
}

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

/// Our entry in the current `history.state`; `None` when the entry has no key of ours
/// (the host's own entries, a hash link) or holds something we cannot read.
pub fn current(key: &str) -> Option<Entry> {
    let state = history()?.state().ok()?;
    if !state.is_object() {
        return None;
    }
    let ours = Reflect::get(&state, &JsValue::from_str(key)).ok()?;
    if !ours.is_object() {
        return None;
    }
    let field = |name: &str| Reflect::get(&ours, &JsValue::from_str(name)).ok();
    Some(Entry {
        procedure: field("p").and_then(|v| v.as_string()),
        view: field("v")
            .and_then(|v| v.as_string())
            .and_then(|w| View::from_word(&w)),
        // Nonces are below 2^53, so a JS number holds them exactly; anything else
        // (negative, fractional, edited by hand) reads as "no nonce".
        nonce: field("n").and_then(|v| v.as_f64()).and_then(|f| {
            (f >= 0.0 && f.fract() == 0.0 && f < 9_007_199_254_740_992.0).then_some(f as u64)
        }),
    })
}

/// A copy of the host's state with our key set to `entry`.
fn merged(key: &str, entry: &Entry) -> Option<JsValue> {
    let state = history()?.state().ok()?;
    let copy = Object::new();
    if state.is_object() {
        // A shallow copy: the host's keys keep their values (and their identity).
        let _ = Object::assign(&copy, &Object::from(state));
    }
    let ours = Object::new();
    let null_or = |v: Option<JsValue>| v.unwrap_or(JsValue::NULL);
    let _ = Reflect::set(
        &ours,
        &JsValue::from_str("p"),
        &null_or(entry.procedure.as_deref().map(JsValue::from_str)),
    );
    let _ = Reflect::set(
        &ours,
        &JsValue::from_str("v"),
        &null_or(entry.view.map(|v| JsValue::from_str(v.as_str()))),
    );
    let _ = Reflect::set(
        &ours,
        &JsValue::from_str("n"),
        &null_or(entry.nonce.map(|n| JsValue::from_f64(n as f64))),
    );
    let _ = Reflect::set(&copy, &JsValue::from_str(key), &ours);
    Some(copy.into())
}

/// A new history entry (the person moved). The URL stays as it is.
pub fn push(key: &str, entry: &Entry) {
    if current(key).as_ref() == Some(entry) {
        return;
    }
    if let (Some(h), Some(state)) = (history(), merged(key, entry)) {
        // A refusal (too many pushes, a sandboxed frame) only costs Back/Forward.
        let _ = h.push_state(&state, "");
    }
}

/// Rewrites the current entry (first render, a new nonce). The URL stays as it is.
pub fn replace(key: &str, entry: &Entry) {
    if current(key).as_ref() == Some(entry) {
        return;
    }
    if let (Some(h), Some(state)) = (history(), merged(key, entry)) {
        let _ = h.replace_state(&state, "");
    }
}

/// A `popstate` listener on the window, removed when dropped (keep it in an effect and
/// drop it in the effect's cleanup).
pub struct PopStateListener {
    _listener: WindowListener,
}

impl PopStateListener {
    pub fn new(mut on_pop: impl FnMut() + 'static) -> PopStateListener {
        PopStateListener {
            _listener: WindowListener::new("popstate", move |_| on_pop()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        assert_eq!(state_key(Some("huong-dan"), "hcm"), "pg-huong-dan");
        assert_eq!(state_key(Some("  "), "HCM Nhiêu Lộc"), "pg-hcm-nhi-u-l-c");
        assert_eq!(state_key(None, ""), "pg-guide");
    }
}
