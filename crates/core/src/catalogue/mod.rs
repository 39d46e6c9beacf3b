//! The `procedure-guide/1` catalogue (see CATALOGUE.md): its model and the walker that
//! reads and checks it.
//!
//! Data flows one way: bytes → `crate::json` tree → [`load_catalogue`] → [`Catalogue`]
//! plus every [`Diagnostic`](crate::diagnostic::Diagnostic).

pub mod format;
pub mod limits;
mod load;
pub mod model;
#[cfg(feature = "schema")]
pub mod schema;
mod url;
#[cfg(any(test, feature = "to-json"))]
pub mod write;

#[cfg(test)]
mod tests;

pub use load::{is_valid_id, load_catalogue, load_detail, parse_diagnostic, Loaded};
pub use model::*;
pub use url::is_safe_url;
