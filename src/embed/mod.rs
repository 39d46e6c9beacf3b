//! Browser glue: the I/O the views ask for (fetch, storage, history, share, print,
//! events, timers, the clock) and the element's attributes as a typed [`Config`].
//!
//! **Architecture invariant**: only this module calls browser APIs for I/O, and it
//! imports nothing of the widget above it (`context`, `hooks`, `ui`, `mount`).

/// The benchmark's exports (`scripts/bench.sh`).
pub mod bench;
pub mod clock;
pub mod config;
pub mod events;
pub mod fetch;
pub mod history;
pub mod idle;
pub mod listener;
pub mod offline;
pub mod prefs;
pub mod print;
pub mod scroll;
pub mod share;
pub mod storage;
pub mod url;

/// Panics reported to the loader, which shows its error panel (the loader's own part).
pub mod panic;

pub use config::Config;

pub use share::ShareSettings;
