//! Panics: tell the loader, which shows an error panel in every widget and can start a
//! fresh instance (DESIGN.md: "a panic must not leave dead areas").
//!
//! Release builds use `panic = "abort"`: after the hook the instance traps and is dead
//! for every widget on the page, so the hook's only job is to report the message,
//! synchronously, to the loader's `services.panic(message)` before the trap. The loader
//! then never calls into that instance again.
//!
//! The hook (`std::panic::set_hook` through `yew::set_custom_panic_hook`: Yew's first
//! render would otherwise put its own console hook in its place) is installed once per instance, by the first mount whose services carry a
//! `panic` function (the loader's). `mount` without services (the component tests)
//! leaves the test harness's own hook alone.
//!
//! For the end-to-end tests only (undocumented): the attribute `test-panic="click"` makes
//! a click inside that widget panic, `test-panic="mount"` makes its mount panic. Any
//! other value, or none, does nothing.

use std::cell::RefCell;
use std::sync::Once;

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

thread_local! {
    /// The loader's `services.panic`, kept from the mount that installed the hook.
    static REPORT: RefCell<Option<Function>> = const { RefCell::new(None) };
}

static HOOK: Once = Once::new();

/// Called at the start of every mount: installs the hook (once) when the loader gave a
/// `panic` service, and arms the test-only forced panic.
pub fn on_mount(container: &Element, attributes: &JsValue, services: &JsValue) {
    let report = Reflect::get(services, &JsValue::from_str("panic"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    if let Some(report) = report {
        REPORT.with(|r| *r.borrow_mut() = Some(report));
        // Through Yew, so that its first render does not replace the hook by its own.
        HOOK.call_once(|| yew::set_custom_panic_hook(Box::new(hook)));
    }
    arm_test_panic(container, attributes);
}

fn hook(info: &std::panic::PanicHookInfo<'_>) {
    let message = info.to_string();
    // `try_` everywhere: a panic while the cell is borrowed must still say something.
    let reported = REPORT
        .try_with(|r| {
            r.try_borrow().ok().and_then(|f| {
                f.as_ref().map(|f| {
                    f.call1(&JsValue::NULL, &JsValue::from_str(&message))
                        .is_ok()
                })
            })
        })
        .ok()
        .flatten()
        .unwrap_or(false);
    if !reported {
        console_error(&message);
    }
}

/// The test-only forced panic (see the module comment).
fn arm_test_panic(container: &Element, attributes: &JsValue) {
    let mode = Reflect::get(attributes, &JsValue::from_str("test-panic"))
        .ok()
        .and_then(|v| v.as_string());
    match mode.as_deref() {
        Some("mount") => panic!("test-panic: a panic forced on mount by the test-panic attribute"),
        Some("click") => {
            let on_click = Closure::<dyn FnMut()>::new(|| {
                panic!("test-panic: a panic forced on click by the test-panic attribute")
            });
            // If this fails the test sees no panic; nothing else depends on it.
            let _ = container
                .add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
            on_click.forget();
        }
        _ => {}
    }
}
