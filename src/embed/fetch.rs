//! Fetching bytes with the browser's `fetch`. A plain web-sys call rather than
//! gloo-net: the research measured gloo-net at ~26 KB gzip more in the wasm.
//!
//! Every fetch has a time limit (the `timeout` attribute), so a stalled mobile
//! connection ends in a message with a retry, not an endless "loading".
//!
//! The catalogue may already be on its way: the loader starts its fetch beside the
//! wasm's (issue 14) and hands it over once through `services.catalogue`. That answer
//! goes through the same checks as our own: status, time limit, size limit.

use js_sys::{Array, Function, Promise, Reflect};
use procedure_guide_core::catalogue::limits::MAX_FILE_BYTES;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{AbortSignal, ReadableStreamDefaultReader, RequestInit, Response};

/// Why a fetch gave no bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The request never got an answer: offline, DNS, CORS, blocked by CSP.
    Network,
    /// No answer within the time limit.
    Timeout,
    /// The server answered with an error status.
    Status(u16),
    /// The file is larger than a catalogue may be: the size the server declared, or
    /// `None` when reading passed the limit (a compressed answer declares only its
    /// compressed size, or nothing).
    TooLarge(Option<u64>),
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

/// Why a fetch or a read of the body was rejected.
fn failed(e: JsValue) -> FetchError {
    if timed_out(&e) {
        FetchError::Timeout
    } else {
        FetchError::Network
    }
}

/// The loader's early fetch of `url` for this widget, if it made one and has not handed
/// it over yet (`services.catalogue(url, signal)`; the signal tells it when nobody
/// waits for the answer any more). Anything else than a promise: none.
fn early_response(services: &JsValue, url: &str, signal: Option<&AbortSignal>) -> Option<Promise> {
    let take: Function = Reflect::get(services, &JsValue::from_str("catalogue"))
        .ok()?
        .dyn_into()
        .ok()?;
    let signal = signal.map_or(JsValue::UNDEFINED, JsValue::from);
    take.call2(services, &JsValue::from_str(url), &signal)
        .ok()?
        .dyn_into()
        .ok()
}

/// A promise rejected with a `TimeoutError` after `ms`: the early answer was started
/// without our signal, so the time limit is raced against it, counted like our own
/// fetch's from now. `setTimeout` calls `reject` itself: no closure to keep alive.
fn deadline(ms: u32) -> Option<Promise> {
    let window = web_sys::window()?;
    let error = js_sys::Error::new("the catalogue did not arrive in time");
    error.set_name("TimeoutError");
    let mut armed = true;
    let promise = Promise::new(&mut |_resolve, reject| {
        armed = window
            .set_timeout_with_callback_and_timeout_and_arguments_1(
                &reject,
                i32::try_from(ms).unwrap_or(i32::MAX),
                &error,
            )
            .is_ok();
    });
    armed.then_some(promise)
}

/// `pending`, or the deadline's rejection if that comes first.
async fn within(pending: Promise, deadline: Option<&Promise>) -> Result<JsValue, JsValue> {
    match deadline {
        Some(deadline) => JsFuture::from(Promise::race(&Array::of2(&pending, deadline))).await,
        None => JsFuture::from(pending).await,
    }
}

/// Fetches `url` (relative URLs resolve against the host page) and returns the body,
/// within `timeout_ms` (reading the body included).
pub async fn fetch_bytes(url: &str, timeout_ms: u32) -> Result<Vec<u8>, FetchError> {
    fetch_bytes_with(url, timeout_ms, &JsValue::UNDEFINED).await
}

/// [`fetch_bytes`], taking the loader's early fetch of `url` when `services` offers one
/// (the catalogue, on the first load).
pub async fn fetch_bytes_with(
    url: &str,
    timeout_ms: u32,
    services: &JsValue,
) -> Result<Vec<u8>, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let signal = timeout_signal(timeout_ms);
    // Only where the browser has `AbortSignal.timeout`: older ones simply wait, as for
    // our own fetch.
    let (pending, deadline) = match early_response(services, url, signal.as_ref()) {
        Some(early) => (early, signal.as_ref().and_then(|_| deadline(timeout_ms))),
        None => {
            let init = RequestInit::new();
            if let Some(signal) = &signal {
                init.set_signal(Some(signal));
            }
            (window.fetch_with_str_and_init(url, &init), None)
        }
    };
    let response: Response = within(pending, deadline.as_ref())
        .await
        .map_err(failed)?
        .dyn_into()
        .map_err(|_: JsValue| FetchError::Network)?;
    read_body(response, deadline.as_ref()).await
}

/// The body of `response`, refused past the size limit; a `deadline` (the early answer)
/// bounds each read, since no signal of ours can abort that stream.
async fn read_body(response: Response, deadline: Option<&Promise>) -> Result<Vec<u8>, FetchError> {
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    // Refused before reading when the server declares the size: a huge or hostile answer
    // must not fill a cheap phone's memory. A compressed answer's Content-Length is the
    // compressed size (5 MB of gzip can be 200 MB of JSON), so it only counts without a
    // Content-Encoding; the read below holds the limit on the decoded bytes anyway.
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let encoded =
        header("content-encoding").is_some_and(|e| !e.trim().eq_ignore_ascii_case("identity"));
    let declared = header("content-length")
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|_| !encoded);
    if let Some(bytes) = declared.filter(|b| *b > MAX_FILE_BYTES as u64) {
        return Err(FetchError::TooLarge(Some(bytes)));
    }
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    // The chunks stay in JS until the end, then go into the wasm at once, into exactly
    // their size: a vector grown chunk by chunk (a compressed answer declares no size)
    // doubled its way to up to twice the file, copying it each time, in a memory that
    // never shrinks.
    let chunks = Array::new();
    let mut total = 0usize;
    let (done, value) = (JsValue::from_str("done"), JsValue::from_str("value"));
    loop {
        let chunk = match within(reader.read(), deadline).await {
            Ok(chunk) => chunk,
            Err(e) => {
                // Our own stream is already aborted by the signal; the early one is
                // let go here (only this widget's copy, when widgets share it). The
                // rejection of cancelling an aborted stream is awaited, not reported.
                let cancel = reader.cancel();
                spawn_local(async move {
                    let _ = JsFuture::from(cancel).await;
                });
                return Err(failed(e));
            }
        };
        if js_sys::Reflect::get(&chunk, &done).is_ok_and(|d| d.is_truthy()) {
            let mut bytes = vec![0; total];
            let mut start = 0;
            for chunk in chunks.iter() {
                let chunk: js_sys::Uint8Array = chunk.unchecked_into();
                let end = start + chunk.length() as usize;
                if let Some(slot) = bytes.get_mut(start..end) {
                    chunk.copy_to(slot);
                }
                start = end;
            }
            return Ok(bytes);
        }
        let chunk: js_sys::Uint8Array = js_sys::Reflect::get(&chunk, &value)
            .ok()
            .and_then(|v| v.dyn_into().ok())
            .ok_or(FetchError::Network)?;
        total += chunk.length() as usize;
        // The decoded bytes, whatever the headers said: stop at once past the limit.
        if total > MAX_FILE_BYTES {
            let _ = reader.cancel();
            return Err(FetchError::TooLarge(None));
        }
        chunks.push(&chunk);
    }
}
