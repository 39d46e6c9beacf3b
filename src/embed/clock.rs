//! The browser's clock and random source, for the core, which has neither.

/// Milliseconds since the epoch.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// A nonce naming the person using the device: history entries carry it, so "start
/// over" makes Back unable to bring an earlier person's place back. Not a secret;
/// `Math.random` is enough. Below 2^53, so a JS number holds it exactly.
pub fn new_nonce() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64
}
