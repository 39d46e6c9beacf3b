//! Yew views, one function component per file. They hold no logic the core could
//! hold: they render core values and turn clicks into events.

pub mod app;
pub mod channel_comparison;
pub mod detail_gate;
pub mod diagnostic_list;
pub mod diagnostics_gate;
pub mod document_text;
pub mod external_link;
pub mod glossary;
pub mod guide;
pub mod in_progress;
pub mod in_progress_gate;
pub mod journey;
pub mod journey_gate;
pub mod journey_module;
pub mod list_filters;
pub mod load_error;
pub mod localised;
pub mod online_only_notice;
pub mod procedure_list;
pub mod prose;
pub mod shared_link_gate;
