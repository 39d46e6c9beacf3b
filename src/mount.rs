//! What the JS loader calls: mounting a widget on an element and the handle it keeps.
//!
//! **API boundary**: [`mount`], [`mount_with_services`] and [`Widget`] are the whole
//! surface the loader sees. The loader passes the element's attributes as plain strings;
//! parsing them into a typed [`Config`] happens here, once, so the views never see raw
//! attributes.

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

use crate::embed::{panic, Config, ShareSettings};
use crate::ui::app::{App, AppProps};

/// One mounted widget. The loader keeps it on the element and calls `update`
/// when an attribute changes and `destroy` when the element leaves the page.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<AppHandle<App>>,
    /// The loader's services, kept for `update` (attributes change, services do not).
    services: JsValue,
}

fn props_of(attributes: &JsValue, services: &JsValue) -> AppProps {
    let config = Config::from_js(attributes);
    let share = ShareSettings {
        id: config.id.as_ref().map(|s| s.to_string()),
        share_page: config.share_page.as_ref().map(|s| s.to_string()),
        procedure: config.procedure.as_ref().map(|s| s.to_string()),
        services: services.clone(),
    };
    AppProps { config, share }
}

/// Mounts a widget on `container` (an element inside the custom element's shadow
/// root). `attributes` is a plain object of the element's attributes. Without the
/// loader's services there is no QR code; everything else works.
#[wasm_bindgen]
pub fn mount(container: Element, attributes: &JsValue) -> Widget {
    mount_with_services(container, attributes, JsValue::UNDEFINED)
}

/// [`mount`] with the loader's `services` object: `qr(text) -> Promise<string>` (the
/// QR module, imported only when a person asks for a code).
#[wasm_bindgen]
pub fn mount_with_services(container: Element, attributes: &JsValue, services: JsValue) -> Widget {
    panic::on_mount(&container, attributes, &services);
    let props = props_of(attributes, &services);
    let handle = yew::Renderer::<App>::with_root_and_props(container, props).render();
    Widget {
        handle: Some(handle),
        services,
    }
}

#[wasm_bindgen]
impl Widget {
    /// Re-reads the attributes after one of them changed.
    pub fn update(&mut self, attributes: &JsValue) {
        if let Some(handle) = self.handle.as_mut() {
            handle.update(props_of(attributes, &self.services));
        }
    }

    /// Unmounts the Yew app; the container is left empty.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}
