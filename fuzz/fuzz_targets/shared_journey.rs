#![no_main]
//! `cargo fuzz run shared_journey --sanitizer none`: see TESTING.md and scripts/fuzz.sh.

include!("../exercise.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| shared_journey(data));
