//! The procedure-guide widget: Yew views over the pure core, mounted by the
//! hand-written loader `www/procedure-guide.js` into each `<procedure-guide>`
//! element's shadow root.
//!
//! Layers, each importing only from the ones before it (ARCHITECTURE.md):
//! - `embed`: the only module that touches the browser (fetch, storage, history, …).
//! - `context`: what the views share (the one context, `Env`).
//! - `hooks`: where state lives and I/O happens: the catalogue load, the navigation
//!   (the only writer of history) and the journey session (the only writer of storage).
//! - `ui`: one Yew function component per file; logic lives in the core.
//! - `mount`: what the JS loader calls.

pub mod context;
pub mod embed;
pub mod hooks;
pub mod mount;
pub mod ui;
