//! Yew views, one function component per file. They hold no logic the core could
//! hold: they render core values and turn clicks into events.

pub mod app;
pub mod browser;
pub mod channel_comparison;
pub mod diagnostic_list;
pub mod document_list;
pub mod env;
pub mod external_link;
pub mod load_error;
pub mod localised;
pub mod procedure_list;
pub mod procedure_page;
pub mod prose;
pub mod step_list;
