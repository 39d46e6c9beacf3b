//! Yew views, one function component per file. They hold no logic the core could
//! hold: they render core values and turn clicks into events.

pub mod app;
pub mod catalogue_overview;
pub mod diagnostic_list;
pub mod load_error;
