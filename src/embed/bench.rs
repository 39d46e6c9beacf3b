//! Exports for the benchmark (`scripts/bench.sh`, issue 6) only: the core's loader and
//! search called directly, so the harness times them apart from rendering. Not part of
//! the loader's surface; nothing in the widget calls them.

use procedure_guide_core::catalogue::{load_catalogue, Catalogue};
use procedure_guide_core::search::{Filters, SearchIndex};
use wasm_bindgen::prelude::*;

/// Parses and validates catalogue bytes as the widget does; the number of diagnostics.
#[wasm_bindgen]
pub fn bench_parse(bytes: &[u8]) -> u32 {
    load_catalogue(bytes).diagnostics.len() as u32
}

/// Bytes of wasm linear memory now.
#[wasm_bindgen]
pub fn bench_memory_bytes() -> u32 {
    #[cfg(target_arch = "wasm32")]
    let pages = core::arch::wasm32::memory_size(0);
    #[cfg(not(target_arch = "wasm32"))]
    let pages = 0;
    (pages * 65536) as u32
}

/// A loaded catalogue and its search index, as the widget holds them.
#[wasm_bindgen]
pub struct BenchIndex {
    catalogue: Catalogue,
    index: SearchIndex,
    filters: Filters,
}

#[wasm_bindgen]
impl BenchIndex {
    /// Loads `bytes` and builds the index; `None` when nothing usable loads. As the
    /// widget does: the bytes (handed over, not borrowed) are let go before the index
    /// is built.
    pub fn load(bytes: Vec<u8>) -> Option<BenchIndex> {
        let catalogue = load_catalogue(&bytes).catalogue?;
        drop(bytes);
        let index = SearchIndex::new(&catalogue);
        Some(BenchIndex {
            catalogue,
            index,
            filters: Filters::default(),
        })
    }

    /// One keystroke's search: the number of matches.
    pub fn search(&self, query: &str) -> u32 {
        self.index.find(&self.catalogue, query, &self.filters).len() as u32
    }

    /// The ids of the first `n` matches, one per line (for top-3 accuracy).
    pub fn top(&self, query: &str, n: u32) -> String {
        let mut out = String::new();
        let found = self.index.find(&self.catalogue, query, &self.filters);
        for &i in found.iter().take(n as usize) {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&self.catalogue.procedures[i].id);
        }
        out
    }
}
