//! A step of the way through a procedure.

use crate::json::Json;

#[cfg(feature = "schema")]
use super::Ty;
use super::{FieldSpec, Shape};
use crate::catalogue::limits::MAX_NAME_CHARS;
use crate::catalogue::model::*;
use crate::catalogue::read::{Ctx, Need, Scope};
#[cfg(any(test, feature = "to-json"))]
use crate::catalogue::write::{put, put_list, put_opt, s, text, Entries};

shape!(STEP "step" {
    "id" req Ty::Id,
    "title" req Ty::Name,
    "detail" opt Ty::Text,
    "actor" opt Ty::Word(Actor::WORDS),
    "channels" opt Ty::ChannelRefs,
    "when" opt Ty::Condition,
    "duration" opt Ty::Text,
    "links" opt Ty::List(&super::LINK),
});

impl<'j> Ctx<'j> {
    pub(crate) fn step(&mut self, json: &'j Json<'j>, scope: &Scope<'j>) -> Option<Step> {
        let obj = self.object(json, &STEP)?;
        let id = self.req_id(obj);
        let title = self.req_text(obj, "title", MAX_NAME_CHARS);
        let actor = self
            .opt_word(obj, "actor", Actor::WORDS)
            .and_then(|i| Actor::ALL.get(i).copied());
        let channels = self.channel_refs(obj, scope);
        let when = self.opt_condition(obj, scope);
        self.soft += 1;
        let links = self.list(obj, "links", Need::Optional, Self::link);
        self.soft -= 1;
        Some(Step {
            id: id?,
            title: title?,
            detail: self.opt_text(obj, "detail"),
            actor,
            channels,
            when,
            duration: self.opt_text(obj, "duration"),
            links,
        })
    }
}

#[cfg(any(test, feature = "to-json"))]
pub(crate) fn write(st: &Step) -> Json<'static> {
    let mut e = Entries::new();
    put(&mut e, "id", s(&st.id));
    put(&mut e, "title", text(&st.title));
    put_opt(&mut e, "detail", st.detail.as_ref(), text);
    put_opt(&mut e, "actor", st.actor.as_ref(), |a| s(a.as_str()));
    put_list(&mut e, "channels", &st.channels, super::channel::write_ref);
    put_opt(&mut e, "when", st.when.as_ref(), super::condition::write);
    put_opt(&mut e, "duration", st.duration.as_ref(), text);
    put_list(&mut e, "links", &st.links, super::link::write);
    Json::Object(e)
}
