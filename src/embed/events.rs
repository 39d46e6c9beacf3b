//! DOM events for the host page (DESIGN.md, "Embedding contract"): bubbling, composed
//! `CustomEvent`s named `procedure-guide:<what>`, dispatched from inside the shadow root
//! so they reach the `<procedure-guide>` element and `document`. Their `detail` holds
//! ids and counts only, never a person's answers to the procedure's questions; the one
//! answer given to the host is `feedback`'s, which the person chose to send. The widget
//! itself sends nothing anywhere. The names and details are documented in EMBEDDING.md.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::NodeRef;

/// A value of an event's `detail`.
pub enum Value<'a> {
    Str(&'a str),
    Num(f64),
    Bool(bool),
    Null,
    List(&'a [&'a str]),
}

impl From<&Value<'_>> for JsValue {
    fn from(value: &Value<'_>) -> JsValue {
        match value {
            Value::Str(s) => JsValue::from_str(s),
            Value::Num(n) => JsValue::from_f64(*n),
            Value::Bool(b) => JsValue::from_bool(*b),
            Value::Null => JsValue::NULL,
            Value::List(items) => items
                .iter()
                .map(|s| JsValue::from_str(s))
                .collect::<js_sys::Array>()
                .into(),
        }
    }
}

/// Where a widget's events start: its root element inside the shadow root. Given to
/// the views through a context; comparing two is comparing their roots.
#[derive(Clone, PartialEq, Default)]
pub struct HostEvents(pub NodeRef);

impl HostEvents {
    /// Dispatches `procedure-guide:<name>` with `detail`. Before the root is rendered
    /// there is nowhere to dispatch from, and nothing is sent.
    pub fn emit(&self, name: &str, detail: &[(&str, Value<'_>)]) {
        let Some(root) = self.0.cast::<Element>() else {
            return;
        };
        dispatch(&root, name, detail);
    }
}

fn dispatch(from: &Element, name: &str, detail: &[(&str, Value<'_>)]) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &JsValue::from(value));
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    let mut full = String::from("procedure-guide:");
    full.push_str(name);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(&full, &init) {
        let _ = from.dispatch_event(&event);
    }
}
