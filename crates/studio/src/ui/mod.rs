//! The studio's views: one function component per file. State lives in `app`.

pub mod app;
pub mod check_summary;
pub mod editor;
pub mod form;
pub mod import_warnings;
pub mod open_panel;
pub mod preview;
pub mod problem_list;
pub mod ward_picker;
