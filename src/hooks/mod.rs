//! Hooks: where state lives and I/O happens, through the `embed` glue, after state
//! changes. The views only render what they return and call their callbacks.

pub mod use_catalogue;
pub mod use_idle;
pub mod use_journey;
pub mod use_navigation;
pub mod use_volunteer;
