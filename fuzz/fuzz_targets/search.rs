#![no_main]
//! `cargo fuzz run search --sanitizer none`: see TESTING.md and scripts/fuzz.sh.

include!("../exercise.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| search(data));
