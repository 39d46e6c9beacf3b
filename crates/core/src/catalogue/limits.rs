//! The contract's limits: what no real record needs and what would freeze a cheap phone.
//! One place, so the reader, the walker, the messages and the tests agree.

/// Containers nested deeper than this are rejected while parsing.
pub const MAX_DEPTH: usize = 64;
/// A catalogue or detail file larger than this (20 MiB) is rejected before parsing.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// A `name` or `title`, in characters.
pub const MAX_NAME_CHARS: usize = 1_000;
/// Any other text, in characters.
pub const MAX_TEXT_CHARS: usize = 50_000;
/// Procedures in one catalogue.
pub const MAX_PROCEDURES: usize = 100_000;
/// Ids are `[A-Za-z0-9._-]{1,64}`.
pub const MAX_ID_LEN: usize = 64;

/// What the JSON reader refuses in a catalogue or detail file (and in anything else read
/// beside them, such as a saved journey).
pub const JSON: crate::json::Limits = crate::json::Limits {
    max_bytes: MAX_FILE_BYTES,
    max_depth: MAX_DEPTH,
};
