//! The last good copy of each catalogue and detail file, kept on the device (Cache API)
//! so that a person whose connection drops can still read their checklist. Only files
//! that loaded without a fatal problem are kept; each remembers when it was saved.
//!
//! The Cache API needs a secure context (https, or this machine): elsewhere, and when
//! the browser refuses (private mode, quota), there is simply no copy.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, Response, ResponseInit};

/// One cache for every widget of the site, versioned with the storage keys.
const CACHE: &str = "procedure-guide:1";
/// The time the copy was saved (milliseconds since the epoch), as a response header.
const SAVED: &str = "x-procedure-guide-saved";

async fn cache() -> Option<Cache> {
    let global = js_sys::global();
    let caches = js_sys::Reflect::get(&global, &JsValue::from_str("caches")).ok()?;
    if caches.is_undefined() || caches.is_null() {
        return None;
    }
    let caches: web_sys::CacheStorage = caches.dyn_into().ok()?;
    JsFuture::from(caches.open(CACHE))
        .await
        .ok()?
        .dyn_into()
        .ok()
}

/// Keeps `bytes` as the last good copy of `url` (absolute), saved now. A JS array: the
/// caller copies the file out of the wasm before loading what it needs from it, so that
/// the wasm's copy is let go at once (the wasm's memory never shrinks, and a national
/// catalogue is megabytes).
pub async fn keep(url: &str, bytes: &js_sys::Uint8Array, now_ms: f64) {
    let Some(cache) = cache().await else {
        return;
    };
    let init = ResponseInit::new();
    let Ok(headers) = web_sys::Headers::new() else {
        return;
    };
    // Whole milliseconds: f64 formatting and parsing would pull std's float tables
    // (about 20 KB gzip) into the wasm.
    let _ = headers.set(SAVED, &(now_ms as u64).to_string());
    let _ = headers.set("content-type", "application/json");
    init.set_headers(&headers);
    let Ok(response) = Response::new_with_opt_js_u8_array_and_init(Some(bytes), &init) else {
        return;
    };
    // A full or refused cache only costs the offline copy.
    let _ = JsFuture::from(cache.put_with_str(url, &response)).await;
}

/// The last good copy of `url`, with when it was saved.
pub async fn recall(url: &str) -> Option<(Vec<u8>, f64)> {
    let cache = cache().await?;
    let found = JsFuture::from(cache.match_with_str(url)).await.ok()?;
    let response: Response = found.dyn_into().ok()?;
    let saved = response
        .headers()
        .get(SAVED)
        .ok()
        .flatten()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0) as f64;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some((js_sys::Uint8Array::new(&buffer).to_vec(), saved))
}
