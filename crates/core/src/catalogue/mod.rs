//! The `procedure-guide/1.1` catalogue (see docs/CATALOGUE.md): its model and the walker that
//! reads and checks it.
//!
//! Data flows one way: bytes → `crate::json` tree → [`load_catalogue`] → [`Catalogue`]
//! plus every [`Diagnostic`](crate::diagnostic::Diagnostic). Each kind of object of the
//! format is defined once, in its file of [`shapes`]: table, reader, writer and schema
//! rules side by side.

mod editor_notes;
pub mod fmt;
pub mod limits;
mod load;
pub mod model;
mod read;
#[cfg(feature = "schema")]
pub mod schema;
pub mod shapes;
mod url;
#[cfg(any(test, feature = "to-json"))]
pub mod write;

#[cfg(test)]
mod tests;

pub use editor_notes::{editor_notes, EditorNote};
pub use load::{load_catalogue, load_detail, parse_diagnostic, Loaded};
pub use model::*;
pub use read::is_valid_id;
pub use url::is_safe_url;
