//! Fetching bytes with the browser's `fetch`. A plain web-sys call rather than
//! gloo-net: the research measured gloo-net at ~26 KB gzip more in the wasm.

use procedure_guide_core::catalogue::limits::MAX_FILE_BYTES;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// Why a fetch gave no bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The request never got an answer: offline, DNS, CORS, blocked by CSP.
    Network,
    /// The server answered with an error status.
    Status(u16),
    /// The server says the file is larger than a catalogue may be (bytes).
    TooLarge(u64),
}

/// Fetches `url` (relative URLs resolve against the host page) and returns the body.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| FetchError::Network)?
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
        .map_err(|_| FetchError::Network)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
