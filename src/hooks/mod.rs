//! Hooks: where the views' I/O happens, through the `embed` glue, after state changes.

pub mod use_catalogue;
