//! A way to carry out a procedure (in person, online, by post …), and the references to
//! channels that documents and steps make.

use crate::diagnostic::{excerpt, Code, Detail, Expected};
use crate::json::Json;

#[cfg(feature = "schema")]
use super::Ty;
use super::{FieldSpec, Shape};
use crate::catalogue::limits::MAX_NAME_CHARS;
use crate::catalogue::model::*;
use crate::catalogue::read::{Ctx, Need, Obj, Scope};
#[cfg(feature = "schema")]
use crate::catalogue::schema::SchemaEntries;
#[cfg(any(test, feature = "to-json"))]
use crate::catalogue::write::{n, put, put_list, put_opt, s, text, Entries};

/// How many different channel labels a load shares (the first met); a catalogue has a
/// handful, and the lookup is a walk of this list per labelled channel.
const MAX_SHARED_LABELS: usize = 32;

shape!(CHANNEL "channel" rules schema_rules {
    "id" opt Ty::Id,
    "kind" req Ty::Word(ChannelKind::WORDS),
    "online_level" opt Ty::OnlineLevel,
    "url" opt Ty::Url,
    "online_payment" opt Ty::Bool,
    "result_delivery" opt Ty::Words(Delivery::WORDS),
    "time_limit" opt Ty::OneOrList(&super::TIME_LIMIT),
    "fee" opt Ty::List(&super::FEE),
    "where" opt Ty::Text,
    "agencies" opt Ty::Ids,
    "notes" opt Ty::Text,
    "when" opt Ty::Condition,
    "label" opt Ty::Name,
    "account" opt Ty::Word(Account::WORDS),
});

impl<'j> Ctx<'j> {
    pub(crate) fn channel(
        &mut self,
        json: &'j Json<'j>,
        scope: &Scope<'j>,
        index_entry: bool,
    ) -> Option<Channel> {
        let obj = self.object(json, &CHANNEL)?;
        let id = obj.get("id").and_then(|value| {
            self.push("id");
            let id = self.id(value);
            self.pop();
            id.map(str::to_string)
        });
        let kind = match obj.get("kind") {
            None => None,
            Some(value) => {
                self.push("kind");
                let kind = self
                    .word(value, ChannelKind::WORDS)
                    .and_then(|i| ChannelKind::ALL.get(i).copied());
                self.pop();
                kind
            }
        };
        let online = kind == Some(ChannelKind::Online);
        let online_level = match obj.get("online_level") {
            None => {
                if online {
                    self.missing("online_level");
                }
                None
            }
            Some(value) => {
                self.push("online_level");
                let level = if !online && kind.is_some() {
                    self.soft += 1;
                    self.error(Code::OnlineLevelNotOnline, Detail::None);
                    self.soft -= 1;
                    None
                } else {
                    match value {
                        Json::Number(n) if n.as_u64() == Some(3) => Some(OnlineLevel::Partial),
                        Json::Number(n) if n.as_u64() == Some(4) => Some(OnlineLevel::Full),
                        Json::Number(_) => {
                            self.expected(Code::InvalidValue, Expected::OnlineLevel, value);
                            None
                        }
                        other => {
                            self.wrong_type(Expected::OnlineLevel, other);
                            None
                        }
                    }
                };
                self.pop();
                level
            }
        };
        let url = self.opt_url(obj, "url");
        if online && !index_entry && obj.get("url").is_none() {
            self.missing("url");
        }
        let online_payment = self.opt_bool(obj, "online_payment");
        let result_delivery = self
            .word_list(obj, "result_delivery", Delivery::WORDS)
            .into_iter()
            .filter_map(|i| Delivery::ALL.get(i).copied())
            .collect();
        let time_limit = match obj.get("time_limit") {
            None => Vec::new(),
            Some(value @ Json::Object(_)) => {
                self.push("time_limit");
                let limit = self.time_limit(value, scope);
                self.pop();
                limit.into_iter().collect()
            }
            Some(_) => self.list(obj, "time_limit", Need::Optional, |ctx, json| {
                ctx.time_limit(json, scope)
            }),
        };
        let fee = self.list(obj, "fee", Need::Optional, |ctx, json| ctx.fee(json, scope));
        let agencies = self.list(obj, "agencies", Need::Optional, |ctx, json| {
            let id = ctx.id(json)?;
            if ctx.agencies.binary_search(&id).is_err() {
                ctx.error(Code::UnknownAgency, Detail::Name(id.to_string()));
                return None;
            }
            Some(id.to_string())
        });
        let label = obj.get("label").and_then(|value| {
            self.soft += 1;
            self.push("label");
            let label = self.text(value, MAX_NAME_CHARS, true);
            self.pop();
            self.soft -= 1;
            let label = label?;
            // Shared with the channels before that have the same label; a catalogue
            // with many different ones shares only its first few.
            if let Some(known) = self.labels.iter().find(|l| ***l == label) {
                return Some(known.clone());
            }
            let label = std::sync::Arc::new(label);
            if self.labels.len() < MAX_SHARED_LABELS {
                self.labels.push(label.clone());
            }
            Some(label)
        });
        // A wrong or newer account word leaves the channel usable, as an unknown field
        // would: only the account check is lost.
        self.soft += 1;
        let account = match obj.get("account") {
            Some(_) if kind.is_some() && !online => {
                self.report(
                    Code::MisplacedField,
                    Some("account"),
                    Detail::Name("account".into()),
                );
                None
            }
            Some(_) => self
                .opt_word(obj, "account", Account::WORDS)
                .and_then(|i| Account::ALL.get(i).copied()),
            None => None,
        };
        self.soft -= 1;
        Some(Channel {
            id,
            kind: kind?,
            online_level,
            url,
            online_payment,
            result_delivery,
            time_limit,
            fee,
            where_: self.opt_text(obj, "where"),
            agencies,
            notes: self.opt_text(obj, "notes"),
            when: self.opt_condition(obj, scope),
            label,
            account,
        })
    }

    pub(crate) fn channel_refs(&mut self, obj: Obj<'j>, scope: &Scope<'j>) -> Vec<ChannelRef> {
        self.list(obj, "channels", Need::Optional, |ctx, json| {
            let s = ctx.string(json)?;
            if scope.channel_ids.contains(&s) {
                return Some(ChannelRef::Id(s.to_string()));
            }
            match ChannelKind::from_word(s) {
                Some(kind) if scope.channel_kinds.contains(&kind) => Some(ChannelRef::Kind(kind)),
                _ => {
                    ctx.error(Code::UnknownChannel, Detail::Name(excerpt(s)));
                    None
                }
            }
        })
    }
}

#[cfg(any(test, feature = "to-json"))]
pub(crate) fn write(c: &Channel) -> Json<'static> {
    let mut e = Entries::new();
    put_opt(&mut e, "id", c.id.as_deref(), s);
    put(&mut e, "kind", s(c.kind.as_str()));
    put_opt(&mut e, "online_level", c.online_level.as_ref(), |l| {
        n(l.number().into())
    });
    put_opt(&mut e, "url", c.url.as_deref(), s);
    put_opt(&mut e, "online_payment", c.online_payment.as_ref(), |b| {
        Json::Bool(*b)
    });
    put_list(&mut e, "result_delivery", &c.result_delivery, |d| {
        s(d.as_str())
    });
    put_list(
        &mut e,
        "time_limit",
        &c.time_limit,
        super::time_limit::write,
    );
    put_list(&mut e, "fee", &c.fee, super::fee::write);
    put_opt(&mut e, "where", c.where_.as_ref(), text);
    put_list(&mut e, "agencies", &c.agencies, |a| s(a));
    put_opt(&mut e, "notes", c.notes.as_ref(), text);
    put_opt(&mut e, "when", c.when.as_ref(), super::condition::write);
    put_opt(&mut e, "label", c.label.as_deref(), text);
    put_opt(&mut e, "account", c.account.as_ref(), |a| s(a.as_str()));
    Json::Object(e)
}

#[cfg(any(test, feature = "to-json"))]
pub(crate) fn write_ref(r: &ChannelRef) -> Json<'static> {
    match r {
        ChannelRef::Kind(k) => s(k.as_str()),
        ChannelRef::Id(id) => s(id),
    }
}

/// An online channel has a level (3 or 4); other channels have none.
#[cfg(feature = "schema")]
fn schema_rules(entries: &mut SchemaEntries) {
    use crate::catalogue::schema::{kind_is, obj, required};

    entries.push(("if", kind_is("kind", "online")));
    entries.push(("then", obj(vec![("required", required(&["online_level"]))])));
    entries.push((
        "else",
        obj(vec![(
            "not",
            obj(vec![("required", required(&["online_level"]))]),
        )]),
    ));
}
