//! The widget's wasm entry: everything the loader calls is defined in the root
//! package (`procedure_guide_widget::mount`); this re-export links it into the cdylib.

pub use procedure_guide_widget::mount::{mount, Widget};

/// talc instead of dlmalloc: smaller and faster in this widget (ARCHITECTURE.md,
/// "Two wasm modules"). Single-threaded wasm only, which is all this build is.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
