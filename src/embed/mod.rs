//! Browser glue: what the JS loader calls, and the I/O the views ask for.
//!
//! **API boundary**: `mount` and [`Widget`] are the whole surface the loader sees.
//! The loader passes the element's attributes as plain strings; parsing them into a
//! typed [`Config`] happens here, once, so the views never see raw attributes.

mod config;
pub mod fetch;
pub mod storage;
pub mod url;

pub use config::Config;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

use crate::ui::app::{App, AppProps};

/// One mounted widget. The loader keeps it on the element and calls `update`
/// when an attribute changes and `destroy` when the element leaves the page.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<AppHandle<App>>,
}

/// Mounts a widget on `container` (an element inside the custom element's shadow
/// root). `attributes` is a plain object of the element's attributes.
#[wasm_bindgen]
pub fn mount(container: Element, attributes: &JsValue) -> Widget {
    let props = AppProps {
        config: Config::from_js(attributes),
    };
    let handle = yew::Renderer::<App>::with_root_and_props(container, props).render();
    Widget {
        handle: Some(handle),
    }
}

#[wasm_bindgen]
impl Widget {
    /// Re-reads the attributes after one of them changed.
    pub fn update(&mut self, attributes: &JsValue) {
        if let Some(handle) = self.handle.as_mut() {
            handle.update(AppProps {
                config: Config::from_js(attributes),
            });
        }
    }

    /// Unmounts the Yew app; the container is left empty.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}
