//! The element's attributes, read once into a typed value.

use procedure_guide_core::i18n::Lang;

use crate::embed::storage::StorageMode;
use wasm_bindgen::JsValue;
use yew::AttrValue;

/// What the embedding page asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// URL of the catalogue, as the webmaster wrote it (relative to the page).
    pub catalogue: AttrValue,
    pub lang: Lang,
    pub storage: StorageMode,
    /// The element's `id` (names its share-link fragment, `#pg-<id>=…`).
    pub id: Option<AttrValue>,
    /// `share-page`: where share links open, for hosts whose router owns the hash.
    pub share_page: Option<AttrValue>,
    /// `citizen` (default) or `volunteer`.
    pub mode: Mode,
    /// Milliseconds without activity before the volunteer-mode warning: the undocumented
    /// `idle-timeout` attribute, so tests take seconds instead of ten minutes.
    pub idle_ms: u32,
    /// `forget-after-days`: a journey untouched this long is forgotten (DESIGN.md: 30).
    pub forget_after_days: u32,
}

/// Who sits in front of the widget (DESIGN.md, "Embedding contract").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Citizen,
    /// A volunteer beside one person after another: large text by default, start over
    /// offered after each summary and after 10 idle minutes.
    Volunteer,
}

/// DESIGN.md: start over is offered after 10 idle minutes in volunteer mode.
pub const DEFAULT_IDLE_MS: u32 = 10 * 60 * 1000;

impl Config {
    /// Reads the attributes from the loader's attribute object. Missing or
    /// unknown values fall back to defaults; the views report a missing catalogue.
    pub fn from_js(attributes: &JsValue) -> Config {
        let get = |name: &str| -> Option<String> {
            js_sys::Reflect::get(attributes, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
        };
        Config {
            catalogue: get("catalogue")
                .unwrap_or_default()
                .trim()
                .to_owned()
                .into(),
            lang: get("lang")
                .and_then(|tag| Lang::from_tag(&tag))
                .unwrap_or_default(),
            storage: get("storage")
                .and_then(|s| StorageMode::from_attribute(&s))
                .unwrap_or_default(),
            id: get("id")
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .map(AttrValue::from),
            share_page: get("share-page")
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .map(AttrValue::from),
            mode: match get("mode").as_deref().map(str::trim) {
                Some(m) if m.eq_ignore_ascii_case("volunteer") => Mode::Volunteer,
                _ => Mode::Citizen,
            },
            // At least 100 ms: a zero or garbage value must not reset the device in a loop.
            idle_ms: get("idle-timeout")
                .and_then(|s| s.trim().parse::<u32>().ok())
                .map_or(DEFAULT_IDLE_MS, |ms| ms.max(100)),
            // 1 to 3650 days; anything else keeps DESIGN.md's 30.
            forget_after_days: get("forget-after-days")
                .and_then(|s| s.trim().parse::<u32>().ok())
                .filter(|d| (1..=3650).contains(d))
                .unwrap_or(30),
        }
    }
}
