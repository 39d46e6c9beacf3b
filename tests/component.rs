//! Component tests in headless Chromium (wasm-bindgen-test): the Yew app mounted
//! into a real shadow root, as the loader mounts it, fetching a catalogue and
//! answering clicks. Run by `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, ShadowRoot, ShadowRootInit,
    ShadowRootMode,
};

use procedure_guide_widget::embed::{mount, Widget};

wasm_bindgen_test_configure!(run_in_browser);

const CATALOGUE: &str = r#"{
  "format": "procedure-guide/1",
  "catalogue": {"id": "test", "title": {"vi": "Danh mục thử", "en": "Test catalogue"}},
  "agencies": [{"id": "ubnd", "name": "UBND phường", "level": "commune"}],
  "procedures": [
    {"id": "1.001193", "name": {"vi": "Đăng ký khai sinh", "en": "Birth registration"},
     "agencies": ["ubnd"], "channels": [{"kind": "in_person"}],
     "steps": [{"id": "nop", "title": "Nộp hồ sơ"}]},
    {"id": "1.000894", "name": "Đăng ký kết hôn",
     "agencies": ["ubnd"], "channels": [{"kind": "in_person"}],
     "steps": [{"id": "nop", "title": "Nộp hồ sơ"}]}
  ]
}"#;

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A host element with an open shadow root and a container inside it, the way the
/// loader builds them.
fn shadow_container() -> (ShadowRoot, Element) {
    let document = document();
    let host = document.create_element("procedure-guide-test").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    let container = document.create_element("div").unwrap();
    shadow.append_child(&container).unwrap();
    (shadow, container)
}

fn data_url(json: &str) -> String {
    format!(
        "data:application/json,{}",
        String::from(js_sys::encode_uri_component(json))
    )
}

fn attributes(pairs: &[(&str, &str)]) -> JsValue {
    let object = Object::new();
    for (name, value) in pairs {
        Reflect::set(&object, &JsValue::from_str(name), &JsValue::from_str(value)).unwrap();
    }
    object.into()
}

async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Waits until `selector` matches inside `root`, or fails after two seconds.
async fn find(root: &ShadowRoot, selector: &str) -> Element {
    for _ in 0..100 {
        if let Some(found) = root.query_selector(selector).unwrap() {
            return found;
        }
        sleep(20).await;
    }
    panic!(
        "{selector} never appeared; shadow root holds: {}",
        root.inner_html()
    );
}

fn count(root: &ShadowRoot, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

/// Types `text` into `input` the way a person does: the value changes, then an
/// `input` event bubbles up to Yew's listener on the app root.
fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn renders_in_a_shadow_root_searches_and_opens_a_procedure() {
    let (shadow, container) = shadow_container();
    let mut widget: Widget = mount(
        container,
        &attributes(&[("catalogue", &data_url(CATALOGUE)), ("lang", "vi")]),
    );

    let title = find(&shadow, ".pg-catalogue__title").await;
    assert_eq!(title.text_content().unwrap(), "Danh mục thử");
    let shown = find(&shadow, "[data-testid=result-count] strong").await;
    assert_eq!(shown.text_content().unwrap(), "2");
    assert_eq!(count(&shadow, ".pg-result"), 2);

    // Accent-insensitive search, inside the shadow root.
    let input: HtmlInputElement = find(&shadow, "input[type=search]")
        .await
        .dyn_into()
        .unwrap();
    type_into(&input, "dang ky ket hon");
    sleep(30).await;
    assert_eq!(count(&shadow, ".pg-result"), 1);
    assert!(shadow.inner_html().contains("Đăng ký kết hôn"));

    // A click opens the procedure page and moves focus to its heading.
    let result: HtmlElement = find(&shadow, ".pg-result").await.dyn_into().unwrap();
    result.click();
    let heading = find(&shadow, ".pg-procedure__title").await;
    assert_eq!(heading.text_content().unwrap(), "Đăng ký kết hôn");
    sleep(30).await;
    assert_eq!(
        shadow.active_element().map(|e| e.class_name()).as_deref(),
        Some("pg-view__title")
    );

    // Back keeps the query.
    let back: HtmlElement = find(&shadow, ".pg-back").await.dyn_into().unwrap();
    back.click();
    sleep(30).await;
    assert_eq!(count(&shadow, ".pg-result"), 1);

    // The language attribute switches the words without a reload.
    widget.update(&attributes(&[
        ("catalogue", &data_url(CATALOGUE)),
        ("lang", "en"),
    ]));
    sleep(30).await;
    let title = find(&shadow, ".pg-catalogue__title").await;
    assert_eq!(title.text_content().unwrap(), "Test catalogue");
    assert!(shadow.inner_html().contains("Find a procedure"));

    widget.destroy();
    sleep(10).await;
    assert_eq!(count(&shadow, ".pg-catalogue__title"), 0);
}

#[wasm_bindgen_test]
async fn a_file_that_is_not_a_catalogue_gives_a_message_not_a_blank() {
    let (shadow, container) = shadow_container();
    let _widget = mount(
        container,
        &attributes(&[("catalogue", &data_url("<!doctype html><p>Not found</p>"))]),
    );
    let alert = find(&shadow, "[role=alert]").await;
    let text = alert.text_content().unwrap();
    assert!(text.contains("Không tải được danh mục thủ tục"), "{text}");
    assert!(
        text.contains("$"),
        "the message names the JSON path: {text}"
    );
}

#[wasm_bindgen_test]
async fn no_catalogue_attribute_says_so() {
    let (shadow, container) = shadow_container();
    let _widget = mount(container, &attributes(&[("lang", "en")]));
    let alert = find(&shadow, "[role=alert]").await;
    assert!(alert
        .text_content()
        .unwrap()
        .contains("needs a catalogue attribute"));
}
