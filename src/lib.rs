//! The procedure-guide widget: Yew views over the pure core, mounted by the
//! hand-written loader `www/procedure-guide.js` into each `<procedure-guide>`
//! element's shadow root.
//!
//! - `embed`: the only module that touches the browser (wasm-bindgen exports,
//!   fetch). **Architecture invariant**: `ui` never calls web-sys directly for I/O.
//! - `ui`: one Yew function component per file; state lives in the core.

pub mod embed;
pub mod hooks;
pub mod state;
pub mod ui;
