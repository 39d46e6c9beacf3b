//! Hooks: where the views' I/O happens, through the `embed` glue, after state changes.

pub mod use_catalogue;
pub mod use_shared_link;
