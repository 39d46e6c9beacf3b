//! A life event (`life_events` of the file): procedures grouped by what happened.

use crate::json::Json;

#[cfg(feature = "schema")]
use super::Ty;
use super::{FieldSpec, Shape};
use crate::catalogue::limits::MAX_NAME_CHARS;
use crate::catalogue::model::*;
use crate::catalogue::read::Ctx;
#[cfg(any(test, feature = "to-json"))]
use crate::catalogue::write::{put, put_list, s, text, Entries};

shape!(LIFE_EVENT "life_event" {
    "id" req Ty::Id,
    "name" req Ty::Name,
    "procedures" opt Ty::Ids,
});

impl<'j> Ctx<'j> {
    pub(crate) fn life_event(&mut self, json: &'j Json<'j>) -> Option<LifeEvent> {
        let obj = self.object(json, &LIFE_EVENT)?;
        let id = self.req_id(obj);
        let name = self.req_text(obj, "name", MAX_NAME_CHARS);
        let procedures = self.procedure_refs(obj, "procedures");
        Some(LifeEvent {
            id: id?,
            name: name?,
            procedures,
        })
    }
}

#[cfg(any(test, feature = "to-json"))]
pub(crate) fn write(l: &LifeEvent) -> Json<'static> {
    let mut e = Entries::new();
    put(&mut e, "id", s(&l.id));
    put(&mut e, "name", text(&l.name));
    put_list(&mut e, "procedures", &l.procedures, |p| s(p));
    Json::Object(e)
}
