//! The element's attributes, read once into a typed value by the core
//! (`procedure_guide_core::attributes`), with the values it could not use.

use std::rc::Rc;

use procedure_guide_core::attributes::{AttributeProblem, Settings};
pub use procedure_guide_core::attributes::{Mode, Theme};
use procedure_guide_core::i18n::Lang;

use crate::embed::storage::StorageMode;
use wasm_bindgen::JsValue;
use yew::AttrValue;

/// What the embedding page asked for, as the views use it.
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
    pub mode: Mode,
    /// The colours come from the stylesheet's `:host([theme="dark" i])`, which reads the
    /// element's attribute itself; the root is marked `pg--dark`, and a bad value reported.
    pub theme: Theme,
    /// `agency` / `field`: restrict the list; `procedure`: open one directly.
    pub agency: Option<AttrValue>,
    pub field: Option<AttrValue>,
    pub procedure: Option<AttrValue>,
    /// `office`: the host's own office, listed first in the office picker.
    pub office: Option<AttrValue>,
    /// Milliseconds without activity before the volunteer-mode warning.
    pub idle_ms: u32,
    /// `forget-after-days`: a journey untouched this long is forgotten.
    pub forget_after_days: u32,
    /// `timeout`, in milliseconds: how long a catalogue or detail file may take.
    pub timeout_ms: u32,
    /// Values that could not be used (shown to the webmaster in the widget). Shared:
    /// props are compared on every render.
    pub problems: Rc<Vec<AttributeProblem>>,
}

impl Config {
    /// Reads the attributes from the loader's attribute object.
    pub fn from_js(attributes: &JsValue) -> Config {
        let (settings, problems) = Settings::parse(|name| {
            js_sys::Reflect::get(attributes, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
        });
        Config::from_settings(settings, problems)
    }

    pub fn from_settings(settings: Settings, problems: Vec<AttributeProblem>) -> Config {
        let attr = |s: Option<String>| s.map(AttrValue::from);
        Config {
            catalogue: settings.catalogue.into(),
            lang: settings.lang,
            storage: settings.storage,
            id: attr(settings.id),
            share_page: attr(settings.share_page),
            mode: settings.mode,
            theme: settings.theme,
            agency: attr(settings.agency),
            field: attr(settings.field),
            procedure: attr(settings.procedure),
            office: attr(settings.office),
            idle_ms: settings.idle_ms,
            forget_after_days: settings.forget_after_days,
            timeout_ms: settings.timeout_seconds.saturating_mul(1000),
            problems: Rc::new(problems),
        }
    }
}
