#![no_main]
//! `cargo fuzz run catalogue --sanitizer none`: see TESTING.md and scripts/fuzz.sh.

include!("../exercise.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| catalogue(data));
