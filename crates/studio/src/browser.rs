//! The studio's browser I/O: reading a chosen or dropped file, fetching a same-site
//! address, the draft kept on this device, and the download. Nothing is ever sent.

use crate::draft::{Draft, Source};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The one `localStorage` key of the studio's draft.
const DRAFT_KEY: &str = "procedure-guide-studio:draft";
/// What a spreadsheet import left to finish, kept for that draft (`Draft::kept_warnings`).
const WARNINGS_KEY: &str = "procedure-guide-studio:import-warnings";

#[derive(Debug)]
pub enum OpenError {
    NotSameSite,
    /// The status, or 0 when the request itself failed.
    Fetch(u16),
    Unreadable,
}

/// A file's text (`File.text()` decodes UTF-8; a BOM or bad bytes are the validator's
/// to report, so the raw bytes are read and decoded lossily only when they are not UTF-8).
pub async fn file_text(file: &web_sys::File) -> Result<String, OpenError> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| OpenError::Unreadable)?;
    Ok(bytes_to_text(Uint8Array::new(&buffer).to_vec()))
}

/// A file's bytes (a spreadsheet).
pub async fn file_bytes(file: &web_sys::File) -> Result<Vec<u8>, OpenError> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| OpenError::Unreadable)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

fn bytes_to_text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The text at `address`, resolved against the page; refused when it is another site's.
pub async fn fetch_text(address: &str) -> Result<(String, String), OpenError> {
    let window = web_sys::window().ok_or(OpenError::Fetch(0))?;
    let base = window.location().href().map_err(|_| OpenError::Fetch(0))?;
    let url =
        web_sys::Url::new_with_base(address.trim(), &base).map_err(|_| OpenError::NotSameSite)?;
    let here = window
        .location()
        .origin()
        .map_err(|_| OpenError::Fetch(0))?;
    if url.origin() != here {
        return Err(OpenError::NotSameSite);
    }
    let href = url.href();
    let response = JsFuture::from(window.fetch_with_str(&href))
        .await
        .map_err(|_| OpenError::Fetch(0))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| OpenError::Fetch(0))?;
    if !response.ok() {
        return Err(OpenError::Fetch(response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| OpenError::Fetch(0))?)
        .await
        .map_err(|_| OpenError::Fetch(0))?;
    Ok((
        bytes_to_text(Uint8Array::new(&buffer).to_vec()),
        url.pathname(),
    ))
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft kept on this device (the source's key and the text, one line each way),
/// with its import warnings when they were kept for it.
pub fn load_draft() -> Option<Draft> {
    let storage = storage()?;
    let saved = storage.get_item(DRAFT_KEY).ok().flatten()?;
    let (key, text) = saved.split_once('\n')?;
    let draft = Draft::open(Source::from_key(key), text.to_owned());
    Some(match storage.get_item(WARNINGS_KEY).ok().flatten() {
        Some(kept) => draft.with_kept_warnings(&kept),
        None => draft,
    })
}

/// Keeps the draft and its import warnings; a full or refused storage only loses the
/// copy, never the open text.
pub fn keep_draft(draft: &Draft) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(
            DRAFT_KEY,
            &format!("{}\n{}", draft.source.key(), draft.text),
        );
        let _ = if draft.import_warnings.is_empty() {
            storage.remove_item(WARNINGS_KEY)
        } else {
            storage.set_item(WARNINGS_KEY, &draft.kept_warnings())
        };
    }
}

/// Offers `text` as a download named `name`.
pub fn download(name: &str, text: &str) -> Result<(), JsValue> {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Revoked a moment later: at once, some browsers cancel the download just started.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    web_sys::window()
        .ok_or(JsValue::NULL)?
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000)?;
    Ok(())
}

/// The preview's service worker (`procedure-guide-studio-sw.js`, scope `studio-preview/`)
/// registered and active. Its scope holds only the preview frame; the studio page itself
/// is not controlled, so `navigator.serviceWorker.ready` (which waits for a worker of
/// *this* page's scope) would never settle: the registration's own worker is watched.
pub async fn preview_worker() -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))? {
        return Err(JsValue::from_str("no service worker"));
    }
    let options = web_sys::RegistrationOptions::new();
    options.set_scope("studio-preview/");
    let registration: web_sys::ServiceWorkerRegistration = JsFuture::from(
        navigator
            .service_worker()
            .register_with_options("procedure-guide-studio-sw.js", &options),
    )
    .await?
    .dyn_into()?;
    // Activated, or wait for the worker being installed to get there.
    for _ in 0..200 {
        if registration.active().is_some() {
            return Ok(());
        }
        sleep(50).await;
    }
    Err(JsValue::from_str(
        "the preview's service worker did not start",
    ))
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Writes the draft where the preview's service worker answers `studio-preview/draft.json`.
pub async fn publish_draft(text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let base = window.location().href()?;
    let url = web_sys::Url::new_with_base("studio-preview/draft.json", &base)?;
    let caches = window.caches()?;
    let cache: web_sys::Cache = JsFuture::from(caches.open("procedure-guide-studio:draft"))
        .await?
        .dyn_into()?;
    let init = web_sys::ResponseInit::new();
    let headers = js_sys::Object::new();
    js_sys::Reflect::set(
        &headers,
        &JsValue::from_str("Content-Type"),
        &JsValue::from_str("application/json; charset=utf-8"),
    )?;
    init.set_headers(&headers);
    let response = web_sys::Response::new_with_opt_str_and_init(Some(text), &init)?;
    JsFuture::from(cache.put_with_str(&url.pathname(), &response)).await?;
    Ok(())
}

/// Tells the preview frame what to show.
pub fn post_to_preview(frame: &web_sys::HtmlIFrameElement, message: &JsValue) {
    let Some(window) = frame.content_window() else {
        return;
    };
    let Some(origin) = web_sys::window().and_then(|w| w.location().origin().ok()) else {
        return;
    };
    let _ = window.post_message(message, &origin);
}

/// Brings the input of a problem into view and focuses it: the first of `ids` (deepest
/// path first) that is on the page, with every folded part around it opened.
pub fn focus_field(ids: &[String]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(element) = ids.iter().find_map(|id| document.get_element_by_id(id)) else {
        return;
    };
    let mut parent = element.parent_element();
    while let Some(p) = parent {
        if p.tag_name().eq_ignore_ascii_case("details") {
            let _ = p.set_attribute("open", "");
        }
        parent = p.parent_element();
    }
    // A group (a fieldset) is focused through its first input.
    let target = if element.tag_name().eq_ignore_ascii_case("fieldset") {
        element
            .query_selector("input, textarea, select, button")
            .ok()
            .flatten()
            .unwrap_or(element)
    } else {
        element
    };
    target.scroll_into_view();
    if let Ok(html) = target.dyn_into::<web_sys::HtmlElement>() {
        let _ = html.focus();
    }
}

type Listener = wasm_bindgen::closure::Closure<dyn Fn(web_sys::Event)>;

thread_local! {
    static LEAVE_WARNING: std::cell::RefCell<Option<Listener>> = const { std::cell::RefCell::new(None) };
}

/// While `on`, leaving the page (closing the tab, reloading) asks first: the draft is
/// kept on this device, but a download not yet made is the webmaster's real file.
pub fn warn_before_leaving(on: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    LEAVE_WARNING.with(|slot| {
        let mut slot = slot.borrow_mut();
        if on && slot.is_none() {
            let listener = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(
                |e: web_sys::Event| {
                    e.prevent_default();
                    // Older browsers ask only when `returnValue` is set.
                    let _ = js_sys::Reflect::set(
                        &e,
                        &JsValue::from_str("returnValue"),
                        &JsValue::from_str(""),
                    );
                },
            );
            let _ = window.add_event_listener_with_callback(
                "beforeunload",
                listener.as_ref().unchecked_ref(),
            );
            *slot = Some(listener);
        } else if !on {
            if let Some(listener) = slot.take() {
                let _ = window.remove_event_listener_with_callback(
                    "beforeunload",
                    listener.as_ref().unchecked_ref(),
                );
            }
        }
    });
}
