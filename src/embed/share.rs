//! Share links, the phone's share sheet, the clipboard and the QR code: the browser
//! side of the hand-off (DESIGN.md, step 8 and "share link").
//!
//! A share link is the page's URL without its fragment plus `#pg-<key>=<payload>`; the
//! payload comes from the core (`journey::share`). The key names the widget (its
//! element `id`, or its catalogue and procedure), so two widgets on one page, or the
//! host's own router, never read each other's fragment. The widget reads its part once
//! on load and removes only that part with `replaceState`, keeping `history.state` and
//! the host's own fragment (`#noi-dung&pg-…` becomes `#noi-dung`).
//!
//! Browser APIs that in-app browsers (Zalo, Facebook) or older phones lack are looked up
//! with `Reflect` and feature-detected, so a missing one hides a button instead of
//! throwing.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomParser, Element, SupportedType};

/// What the share box needs from the element and the loader; made by `mount` and given to
/// the views in `Env`.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareSettings {
    /// The element's `id`, if it has one.
    pub id: Option<String>,
    /// The `share-page` attribute: where share links open on hosts whose router owns
    /// the hash.
    pub share_page: Option<String>,
    /// The `procedure` attribute, when the embed names one (part of the key when there
    /// is no `id`).
    pub procedure: Option<String>,
    /// The loader's `services` object (`qr(text) -> Promise<svg string>`).
    pub services: JsValue,
}

impl Default for ShareSettings {
    fn default() -> Self {
        ShareSettings {
            id: None,
            share_page: None,
            procedure: None,
            services: JsValue::UNDEFINED,
        }
    }
}

impl ShareSettings {
    /// The fragment key of this widget on `catalogue_id`.
    pub fn key(&self, catalogue_id: &str) -> String {
        if let Some(id) = self.id.as_deref().map(slug).filter(|s| !s.is_empty()) {
            return id;
        }
        let mut source = catalogue_id.to_owned();
        if let Some(p) = &self.procedure {
            source.push('-');
            source.push_str(p);
        }
        let key = slug(&source);
        if key.is_empty() {
            "guide".to_owned()
        } else {
            key
        }
    }
}

/// Lower-case ASCII letters and digits, anything else one `-`, at most 40 characters:
/// safe in a fragment without escaping and stable whatever the id holds.
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(40));
    for c in s.chars() {
        if out.len() >= 40 {
            break;
        }
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The fragment, its `pg-<key>=` part removed: `(payload, rest of the fragment)`.
/// Parts are separated by `&`, so a host fragment before or after ours survives.
pub fn split_fragment(fragment: &str, key: &str) -> Option<(String, String)> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut prefix = String::from("pg-");
    prefix.push_str(key);
    prefix.push('=');
    let mut payload = None;
    let mut rest: Vec<&str> = Vec::new();
    for part in fragment.split('&') {
        match part.strip_prefix(prefix.as_str()) {
            Some(p) if payload.is_none() => payload = Some(p.to_owned()),
            _ if part.is_empty() => {}
            _ => rest.push(part),
        }
    }
    Some((payload?, rest.join("&")))
}

/// This widget's share payload in the address bar, if any; the address is left as it
/// is (see [`remove_shared`]).
pub fn read_shared(key: &str) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    split_fragment(&hash, key).map(|(payload, _)| payload)
}

/// Removes this widget's `pg-<key>=` part from the address with `replaceState` (keeping
/// `history.state` and the host's own fragment), so a reload or a copied address does
/// not carry the answers on. Called once the payload was read, except when it was made
/// by a newer widget: then the link stays for the reload the notice asks for.
pub fn remove_shared(key: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let Some((_, rest)) = location.hash().ok().and_then(|h| split_fragment(&h, key)) else {
        return;
    };
    let Ok(mut url) = location.pathname() else {
        return;
    };
    url.push_str(&location.search().unwrap_or_default());
    if !rest.is_empty() {
        url.push('#');
        url.push_str(&rest);
    }
    if let Ok(history) = window.history() {
        let state = history.state().unwrap_or(JsValue::NULL);
        // If this fails (a sandboxed frame), the fragment stays; the journey still opens.
        let _ = history.replace_state_with_url(&state, "", Some(&url));
    }
}

/// The share link: `share_page` (resolved against the page) or the current page,
/// without its fragment, plus `#pg-<key>=<payload>`.
pub fn share_url(key: &str, payload: &str, share_page: Option<&str>) -> Option<String> {
    let window = web_sys::window()?;
    let here = window.location().href().ok()?;
    let base = match share_page.map(str::trim).filter(|s| !s.is_empty()) {
        Some(page) => web_sys::Url::new_with_base(page, &here).ok()?.href(),
        None => here,
    };
    let mut url = match base.split_once('#') {
        Some((before, _)) => before.to_owned(),
        None => base,
    };
    url.push_str("#pg-");
    url.push_str(key);
    url.push('=');
    url.push_str(payload);
    Some(url)
}

fn navigator() -> Option<JsValue> {
    let window = web_sys::window()?;
    Reflect::get(&window, &JsValue::from_str("navigator")).ok()
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

/// Whether the phone's own share sheet (Web Share API) is there.
pub fn can_share() -> bool {
    navigator().is_some_and(|n| method(&n, "share").is_some())
}

/// Opens the share sheet. `Err` when it is missing, refused or cancelled.
pub async fn share_sheet(title: &str, text: &str, url: &str) -> Result<(), JsValue> {
    let navigator = navigator().ok_or(JsValue::NULL)?;
    let share = method(&navigator, "share").ok_or(JsValue::NULL)?;
    let data = Object::new();
    Reflect::set(&data, &"title".into(), &title.into())?;
    Reflect::set(&data, &"text".into(), &text.into())?;
    Reflect::set(&data, &"url".into(), &url.into())?;
    let promise: Promise = share.call1(&navigator, &data)?.dyn_into()?;
    JsFuture::from(promise).await.map(|_| ())
}

/// Writes `text` to the clipboard. `Err` when the API is missing (plain http, old
/// in-app browsers) or the browser refuses.
pub async fn copy_text(text: &str) -> Result<(), JsValue> {
    let navigator = navigator().ok_or(JsValue::NULL)?;
    let clipboard = Reflect::get(&navigator, &"clipboard".into())?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return Err(JsValue::NULL);
    }
    let write = method(&clipboard, "writeText").ok_or(JsValue::NULL)?;
    let promise: Promise = write.call1(&clipboard, &text.into())?.dyn_into()?;
    JsFuture::from(promise).await.map(|_| ())
}

/// In-app browsers where `window.print()` does nothing (Zalo, Facebook, Messenger,
/// Instagram, TikTok): recognised by their user-agent marks, the only sign they give.
pub fn in_app_browser() -> bool {
    let Some(agent) = web_sys::window().and_then(|w| w.navigator().user_agent().ok()) else {
        return false;
    };
    [
        "Zalo",
        "FBAN",
        "FBAV",
        "FB_IAB",
        "Instagram",
        "musical_ly",
        "Line/",
    ]
    .iter()
    .any(|mark| agent.contains(mark))
}

/// The QR code of `text` as SVG markup, from the loader's lazily imported module.
pub async fn qr_svg(services: &JsValue, text: &str) -> Option<String> {
    let qr = method(services, "qr")?;
    let promise: Promise = qr.call1(services, &text.into()).ok()?.dyn_into().ok()?;
    JsFuture::from(promise).await.ok()?.as_string()
}

/// SVG markup as an element of `document`, ready to insert: parsed as XML (never as
/// HTML, never through `innerHTML`), with scripts, event handlers and `style`
/// attributes removed (the strict CSP would report a `style` attribute).
pub fn svg_element(markup: &str, label: &str) -> Option<Element> {
    let parsed = DomParser::new()
        .ok()?
        .parse_from_string(markup, SupportedType::ImageSvgXml)
        .ok()?;
    let root = parsed.document_element()?;
    if root.local_name() != "svg" {
        return None; // a `<parsererror>` document
    }
    let document = web_sys::window()?.document()?;
    let svg: Element = document
        .import_node_with_deep(&root, true)
        .ok()?
        .dyn_into()
        .ok()?;
    if let Ok(scripts) = svg.query_selector_all("script, foreignObject") {
        for i in 0..scripts.length() {
            if let Some(node) = scripts.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    if let Ok(all) = svg.query_selector_all("*") {
        for i in 0..all.length() {
            if let Some(el) = all.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                strip_attributes(&el);
            }
        }
    }
    strip_attributes(&svg);
    let _ = svg.set_attribute("role", "img");
    let _ = svg.set_attribute("aria-label", label);
    let _ = svg.set_attribute("class", "pg-share__qr-image");
    Some(svg)
}

fn strip_attributes(el: &Element) {
    let names = el.get_attribute_names();
    for name in names.iter().filter_map(|n| n.as_string()) {
        let lower = name.to_ascii_lowercase();
        if lower == "style" || lower.starts_with("on") || lower.ends_with("href") {
            let _ = el.remove_attribute(&name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Hướng dẫn #1"), "h-ng-d-n-1");
        assert_eq!(slug("huong-dan"), "huong-dan");
        assert_eq!(slug("--"), "");
        assert_eq!(slug(&"a".repeat(80)).len(), 40);
    }

    #[test]
    fn fragments() {
        assert_eq!(
            split_fragment("#pg-x=abc", "x"),
            Some(("abc".into(), String::new()))
        );
        assert_eq!(
            split_fragment("#noi-dung&pg-x=abc", "x"),
            Some(("abc".into(), "noi-dung".into()))
        );
        assert_eq!(
            split_fragment("#pg-y=1&pg-x=abc&top", "x"),
            Some(("abc".into(), "pg-y=1&top".into()))
        );
        assert_eq!(split_fragment("#pg-xy=abc", "x"), None);
        assert_eq!(split_fragment("", "x"), None);
    }
}
