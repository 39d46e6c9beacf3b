//! A procedure that the offices no longer take on paper (format 1.1): since when, under
//! which rule, and whether the centre's staff help people file online at the desk.

use crate::json::Json;

#[cfg(feature = "schema")]
use super::Ty;
use super::{FieldSpec, Shape};
use crate::catalogue::model::*;
use crate::catalogue::read::Ctx;
#[cfg(any(test, feature = "to-json"))]
use crate::catalogue::write::{date, put, put_opt, text, Entries};

shape!(ONLINE_ONLY "online_only" {
    "since" req Ty::Date,
    "legal_basis" opt Ty::Text,
    "assisted" opt Ty::Bool,
});

impl<'j> Ctx<'j> {
    /// A broken `online_only` is dropped alone: the procedure then reads as 1.0 did.
    pub(crate) fn online_only(&mut self, json: &'j Json<'j>) -> Option<OnlineOnly> {
        self.soft += 1;
        let online_only = self.object(json, &ONLINE_ONLY).and_then(|obj| {
            let since = self.opt_date(obj, "since");
            let legal_basis = self.opt_text(obj, "legal_basis");
            let assisted = self.opt_bool(obj, "assisted").unwrap_or(true);
            Some(OnlineOnly {
                since: since?,
                legal_basis,
                assisted,
            })
        });
        self.soft -= 1;
        online_only
    }
}

#[cfg(any(test, feature = "to-json"))]
pub(crate) fn write(o: &OnlineOnly) -> Json<'static> {
    let mut e = Entries::new();
    put(&mut e, "since", date(&o.since));
    put_opt(&mut e, "legal_basis", o.legal_basis.as_ref(), text);
    if !o.assisted {
        put(&mut e, "assisted", Json::Bool(false));
    }
    Json::Object(e)
}
