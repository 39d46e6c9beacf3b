//! The person's own legal deadline, counted from an event (format 1.1): "trong 60 ngày
//! kể từ ngày sinh". Not the agency's time limit (`time_limit`), which counts from
//! filing.

use crate::diagnostic::{Code, Detail};
use crate::json::Json;

#[cfg(feature = "schema")]
use super::Ty;
use super::{FieldSpec, Shape};
use crate::catalogue::limits::MAX_NAME_CHARS;
use crate::catalogue::model::*;
use crate::catalogue::read::Ctx;
#[cfg(feature = "schema")]
use crate::catalogue::schema::SchemaEntries;
#[cfg(any(test, feature = "to-json"))]
use crate::catalogue::write::{n, put, put_opt, text, Entries};

shape!(DEADLINE "deadline" rules schema_rules {
    "days" opt Ty::Positive,
    "working_days" opt Ty::Positive,
    "months" opt Ty::Positive,
    "from" req Ty::Name,
    "legal_basis" opt Ty::Text,
    "note" opt Ty::Text,
});

const SPANS: [&str; 3] = ["days", "working_days", "months"];

impl<'j> Ctx<'j> {
    /// A broken deadline is dropped alone; the procedure still shows.
    pub(crate) fn deadline(&mut self, json: &'j Json<'j>) -> Option<Deadline> {
        self.soft += 1;
        let deadline = self.object(json, &DEADLINE).and_then(|obj| {
            let mut span = None;
            for (key, make) in [
                ("days", DeadlineSpan::Days as fn(u32) -> DeadlineSpan),
                ("working_days", DeadlineSpan::WorkingDays),
                ("months", DeadlineSpan::Months),
            ] {
                let Some(value) = obj.get(key) else { continue };
                self.push(key);
                if span.is_some() {
                    self.error(Code::MisplacedField, Detail::Name(key.to_string()));
                } else if let Some(n) = self
                    .whole_number(value, 1)
                    .and_then(|n| self.fits_u32(n, value))
                {
                    span = Some(make(n));
                }
                self.pop();
            }
            if SPANS.iter().all(|k| obj.get(k).is_none()) {
                // Reported under the first name; the message lists all three.
                self.missing("days");
            }
            let from = self.req_text(obj, "from", MAX_NAME_CHARS);
            let legal_basis = self.opt_text(obj, "legal_basis");
            let note = self.opt_text(obj, "note");
            Some(Deadline {
                span: span?,
                from: from?,
                legal_basis,
                note,
            })
        });
        self.soft -= 1;
        deadline
    }
}

#[cfg(any(test, feature = "to-json"))]
pub(crate) fn write(d: &Deadline) -> Json<'static> {
    let mut e = Entries::new();
    match d.span {
        DeadlineSpan::Days(k) => put(&mut e, "days", n(k.into())),
        DeadlineSpan::WorkingDays(k) => put(&mut e, "working_days", n(k.into())),
        DeadlineSpan::Months(k) => put(&mut e, "months", n(k.into())),
    }
    put(&mut e, "from", text(&d.from));
    put_opt(&mut e, "legal_basis", d.legal_basis.as_ref(), text);
    put_opt(&mut e, "note", d.note.as_ref(), text);
    Json::Object(e)
}

/// Exactly one span.
#[cfg(feature = "schema")]
fn schema_rules(entries: &mut SchemaEntries) {
    use crate::catalogue::schema::{obj, required};

    entries.push((
        "oneOf",
        Json::Array(
            SPANS
                .iter()
                .map(|k| obj(vec![("required", required(&[k]))]))
                .collect(),
        ),
    ));
}
