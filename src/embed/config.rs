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
}

impl Config {
    /// Reads `{catalogue, lang}` from the loader's attribute object. Missing or
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
        }
    }
}
