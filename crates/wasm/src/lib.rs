//! The widget's wasm entry: everything the loader calls is defined in the root
//! package (`procedure_guide_widget::mount`); this re-export links it into the cdylib.

pub use procedure_guide_widget::mount::{mount, Widget};
