//! Where loading a catalogue spends time and memory, natively (issue 14, item 5):
//! `cargo run --release -p procedure-guide-core --example load_profile -- FILE…`.
//! Prints, per file: the median of 15 loads and of the tree's parse alone, the
//! allocator's peak and what stays live (the model), the search index's size, peak,
//! allocations and build time, and the peak of the whole as the widget loads (the bytes,
//! the load, the bytes let go, the index), counted by a wrapping allocator.
//! The release profile builds the core at opt-level "z", as the wasm does.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

use procedure_guide_core::catalogue::load_catalogue;
use procedure_guide_core::search::SearchIndex;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static COUNT: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        COUNT.fetch_add(1, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new: usize) -> *mut u8 {
        let live = if new > layout.size() {
            LIVE.fetch_add(new - layout.size(), Relaxed) + new - layout.size()
        } else {
            LIVE.fetch_sub(layout.size() - new, Relaxed) - (layout.size() - new)
        };
        PEAK.fetch_max(live, Relaxed);
        COUNT.fetch_add(1, Relaxed);
        unsafe { System.realloc(ptr, layout, new) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Loads per file: the minimum is what a busy machine disturbs least.
const RUNS: usize = 15;

fn mb(n: usize) -> String {
    format!("{:.1} MB", n as f64 / 1_048_576.0)
}

fn main() {
    // `PG_LOADS=n`: only load each file n times (for `perf stat -e instructions`, which a
    // busy machine does not disturb as it does a clock).
    if let Some(n) = std::env::var("PG_LOADS").ok().and_then(|n| n.parse().ok()) {
        for path in std::env::args().skip(1) {
            let bytes = std::fs::read(&path).unwrap_or_default();
            for _ in 0..n {
                drop(load_catalogue(&bytes));
            }
        }
        return;
    }
    for path in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("{path}: cannot read");
            continue;
        };
        let mut load = Vec::new();
        for _ in 0..RUNS {
            let t = Instant::now();
            let loaded = load_catalogue(&bytes);
            load.push(t.elapsed().as_secs_f64() * 1000.0);
            drop(loaded);
        }
        load.sort_by(f64::total_cmp);
        let mut parse = Vec::new();
        for _ in 0..RUNS {
            let t = Instant::now();
            let tree = procedure_guide_core::json::parse(
                &bytes,
                &procedure_guide_core::catalogue::limits::JSON,
            );
            parse.push(t.elapsed().as_secs_f64() * 1000.0);
            drop(tree);
        }
        parse.sort_by(f64::total_cmp);
        println!(
            "{path}: json::parse alone median {:.1} ms (min {:.1})",
            parse[RUNS / 2],
            parse[0]
        );
        let base = LIVE.load(Relaxed);
        PEAK.store(base, Relaxed);
        COUNT.store(0, Relaxed);
        let loaded = load_catalogue(&bytes);
        let peak = PEAK.load(Relaxed) - base;
        let allocs = COUNT.load(Relaxed);
        let model = LIVE.load(Relaxed) - base;
        PEAK.store(LIVE.load(Relaxed), Relaxed);
        COUNT.store(0, Relaxed);
        let before_index = LIVE.load(Relaxed);
        let index = loaded.catalogue.as_ref().map(SearchIndex::new);
        let index_peak = PEAK.load(Relaxed) - before_index;
        let index_live = LIVE.load(Relaxed) - before_index;
        let index_allocs = COUNT.load(Relaxed);
        println!(
            "{path}: {} bytes, load median {:.1} ms (min {:.1}); peak above the bytes {}, \
             {allocs} allocations, model {} ({} diagnostics); search index {} (peak {}, \
             {index_allocs} allocations)",
            bytes.len(),
            load[RUNS / 2],
            load[0],
            mb(peak),
            mb(model),
            loaded.diagnostics.len(),
            mb(index_live),
            mb(index_peak),
        );
        drop(index);
        let mut build = Vec::new();
        if let Some(c) = loaded.catalogue.as_ref() {
            for _ in 0..RUNS {
                let t = Instant::now();
                let index = SearchIndex::new(c);
                build.push(t.elapsed().as_secs_f64() * 1000.0);
                drop(index);
            }
        }
        build.sort_by(f64::total_cmp);
        drop(loaded);
        // As the widget and the benchmark do it: the bytes, the load, the bytes let go,
        // then the index; the peak of the whole, the bytes included.
        let base = LIVE.load(Relaxed);
        PEAK.store(base, Relaxed);
        let copy = bytes.clone();
        let loaded = load_catalogue(&copy);
        drop(copy);
        let index = loaded.catalogue.as_ref().map(SearchIndex::new);
        println!(
            "{path}: index build median {:.1} ms (min {:.1}); bytes + load + index: peak {}, \
             then {} live",
            build.get(RUNS / 2).copied().unwrap_or(0.0),
            build.first().copied().unwrap_or(0.0),
            mb(PEAK.load(Relaxed) - base),
            mb(LIVE.load(Relaxed) - base),
        );
        drop((index, loaded));
    }
}
