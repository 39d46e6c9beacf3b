//! How long a channel takes: a span (working days, days or hours), a text, or both.

use crate::diagnostic::{Code, Detail};
use crate::json::Json;

#[cfg(feature = "schema")]
use super::Ty;
use super::{FieldSpec, Shape};
use crate::catalogue::limits::MAX_TEXT_CHARS;
use crate::catalogue::model::*;
use crate::catalogue::read::{Ctx, Scope};
#[cfg(feature = "schema")]
use crate::catalogue::schema::SchemaEntries;
#[cfg(any(test, feature = "to-json"))]
use crate::catalogue::write::{n, put, put_opt, text, Entries};

shape!(TIME_LIMIT "time_limit" rules schema_rules {
    "working_days" opt Ty::Count,
    "days" opt Ty::Count,
    "hours" opt Ty::Count,
    "text" opt Ty::Text,
    "when" opt Ty::Condition,
});

impl<'j> Ctx<'j> {
    pub(crate) fn time_limit(
        &mut self,
        json: &'j Json<'j>,
        scope: &Scope<'j>,
    ) -> Option<TimeLimit> {
        let obj = self.object(json, &TIME_LIMIT)?;
        let mut span = None;
        for (key, make) in [
            ("working_days", Span::WorkingDays as fn(u32) -> Span),
            ("days", Span::Days),
            ("hours", Span::Hours),
        ] {
            let Some(value) = obj.get(key) else { continue };
            self.push(key);
            if span.is_some() {
                self.error(Code::MisplacedField, Detail::Name(key.to_string()));
            } else if let Some(n) = self
                .whole_number(value, 0)
                .and_then(|n| self.fits_u32(n, value))
            {
                span = Some(make(n));
            }
            self.pop();
        }
        let text = self.req_text(obj, "text", MAX_TEXT_CHARS);
        if ["working_days", "days", "hours", "text"]
            .iter()
            .all(|k| obj.get(k).is_none())
        {
            // Reported under the first name; the message lists all four.
            self.missing("working_days");
        }
        let when = self.opt_condition(obj, scope);
        Some(TimeLimit { span, text, when })
    }
}

#[cfg(any(test, feature = "to-json"))]
pub(crate) fn write(t: &TimeLimit) -> Json<'static> {
    let mut e = Entries::new();
    match t.span {
        Some(Span::WorkingDays(d)) => put(&mut e, "working_days", n(d.into())),
        Some(Span::Days(d)) => put(&mut e, "days", n(d.into())),
        Some(Span::Hours(h)) => put(&mut e, "hours", n(h.into())),
        None => {}
    }
    put_opt(&mut e, "text", t.text.as_ref(), text);
    put_opt(&mut e, "when", t.when.as_ref(), super::condition::write);
    Json::Object(e)
}

/// At least one of a span and a text.
#[cfg(feature = "schema")]
fn schema_rules(entries: &mut SchemaEntries) {
    use crate::catalogue::schema::{obj, required};

    entries.push((
        "anyOf",
        Json::Array(
            ["working_days", "days", "hours", "text"]
                .iter()
                .map(|k| obj(vec![("required", required(&[k]))]))
                .collect(),
        ),
    ));
}
