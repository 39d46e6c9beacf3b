//! Pure logic of the procedure guide.
//!
//! **Architecture invariant**: this crate never does I/O and never names a browser
//! type. It takes bytes and events and returns values, so every rule is tested
//! natively with `cargo test`. The widget (root crate) and the CLI (`crates/cli`)
//! are thin callers; nothing here knows which one is calling.

pub mod attributes;
pub mod catalogue;
pub mod diagnostic;
pub mod feedback;
pub mod i18n;
pub mod journey;
pub mod json;
pub mod nav;
pub mod prose;
pub mod search;
pub mod text;
pub mod vec_map;
