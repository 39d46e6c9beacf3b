//! Fetching bytes with the browser's `fetch`. A plain web-sys call rather than
//! gloo-net: the research measured gloo-net at ~26 KB gzip more in the wasm.
//!
//! Every fetch has a time limit (the `timeout` attribute), so a stalled mobile
//! connection ends in a message with a retry, not an endless "loading".

use procedure_guide_core::catalogue::limits::MAX_FILE_BYTES;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, RequestInit, Response};

/// Why a fetch gave no bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The request never got an answer: offline, DNS, CORS, blocked by CSP.
    Network,
    /// No answer within the time limit.
    Timeout,
    /// The server answered with an error status.
    Status(u16),
    /// The server says the file is larger than a catalogue may be (bytes).
    TooLarge(u64),
}

impl FetchError {
    /// Worth showing the copy saved on the device instead: the network or the server
    /// failed, not the address (a 404 means the file is gone or moved).
    pub fn is_transient(&self) -> bool {
        match self {
            FetchError::Network | FetchError::Timeout => true,
            FetchError::Status(s) => *s >= 500 || *s == 408 || *s == 429,
            FetchError::TooLarge(_) => false,
        }
    }
}

/// `AbortSignal.timeout(ms)` where the browser has it (older ones simply wait).
fn timeout_signal(ms: u32) -> Option<AbortSignal> {
    let ctor = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("AbortSignal")).ok()?;
    let has = js_sys::Reflect::get(&ctor, &JsValue::from_str("timeout"))
        .ok()
        .is_some_and(|f| f.is_function());
    has.then(|| AbortSignal::timeout_with_u32(ms))
}

/// Whether a rejected fetch was our time limit.
fn timed_out(error: &JsValue) -> bool {
    js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .is_some_and(|n| n == "TimeoutError" || n == "AbortError")
}

/// Fetches `url` (relative URLs resolve against the host page) and returns the body,
/// within `timeout_ms` (reading the body included).
pub async fn fetch_bytes(url: &str, timeout_ms: u32) -> Result<Vec<u8>, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let init = RequestInit::new();
    if let Some(signal) = timeout_signal(timeout_ms) {
        init.set_signal(Some(&signal));
    }
    let failed = |e: JsValue| {
        if timed_out(&e) {
            FetchError::Timeout
        } else {
            FetchError::Network
        }
    };
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(failed)?
        .dyn_into()
        .map_err(|_: JsValue| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    // Refused before reading: a huge or hostile answer must not fill a cheap phone's
    // memory. (Without a Content-Length the core's own limit rejects it after reading.)
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|v| v.trim().parse::<u64>().ok());
    if let Some(bytes) = declared.filter(|b| *b > MAX_FILE_BYTES as u64) {
        return Err(FetchError::TooLarge(bytes));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| FetchError::Network)?)
        .await
        .map_err(failed)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
