//! What a channel costs: a fee or charge, its amount and currency, and when it applies.

use crate::diagnostic::{Code, Expected};
use crate::json::Json;

#[cfg(feature = "schema")]
use super::Ty;
use super::{FieldSpec, Shape};
use crate::catalogue::model::*;
use crate::catalogue::read::{Ctx, Scope};
#[cfg(feature = "schema")]
use crate::catalogue::schema::SchemaEntries;
#[cfg(any(test, feature = "to-json"))]
use crate::catalogue::write::{n, put, put_opt, s, text, Entries};

shape!(FEE "fee" rules schema_rules {
    "kind" req Ty::Word(FeeKind::WORDS),
    "amount" opt Ty::Count,
    "currency" opt Ty::Currency,
    "per" opt Ty::Text,
    "note" opt Ty::Text,
    "when" opt Ty::Condition,
});

impl<'j> Ctx<'j> {
    pub(crate) fn fee(&mut self, json: &'j Json<'j>, scope: &Scope<'j>) -> Option<Fee> {
        let obj = self.object(json, &FEE)?;
        let kind = match obj.get("kind") {
            None => None,
            Some(_) => self
                .opt_word(obj, "kind", FeeKind::WORDS)
                .and_then(|i| FeeKind::ALL.get(i).copied()),
        };
        let amount = obj.get("amount").and_then(|value| {
            self.push("amount");
            let n = self.whole_number(value, 0);
            self.pop();
            n
        });
        let currency = obj.get("currency").and_then(|value| {
            self.push("currency");
            let c = self.string(value).filter(|c| {
                let ok = c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase());
                if !ok {
                    self.expected(Code::InvalidValue, Expected::Currency, value);
                }
                ok
            });
            self.pop();
            c.map(str::to_string)
        });
        if obj.get("amount").is_some() && obj.get("currency").is_none() {
            self.missing("currency");
        }
        Some(Fee {
            kind: kind?,
            amount,
            currency,
            per: self.opt_text(obj, "per"),
            note: self.opt_text(obj, "note"),
            when: self.opt_condition(obj, scope),
        })
    }
}

#[cfg(any(test, feature = "to-json"))]
pub(crate) fn write(f: &Fee) -> Json<'static> {
    let mut e = Entries::new();
    put(&mut e, "kind", s(f.kind.as_str()));
    put_opt(&mut e, "amount", f.amount.as_ref(), |a| n(*a));
    put_opt(&mut e, "currency", f.currency.as_deref(), s);
    put_opt(&mut e, "per", f.per.as_ref(), text);
    put_opt(&mut e, "note", f.note.as_ref(), text);
    put_opt(&mut e, "when", f.when.as_ref(), super::condition::write);
    Json::Object(e)
}

/// An amount needs its currency.
#[cfg(feature = "schema")]
fn schema_rules(entries: &mut SchemaEntries) {
    use crate::catalogue::schema::{obj, required};

    entries.push((
        "dependentRequired",
        obj(vec![("amount", required(&["currency"]))]),
    ));
}
