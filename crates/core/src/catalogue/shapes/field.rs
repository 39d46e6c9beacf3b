//! A field of administration (`fields` of the file), which procedures name.

use crate::json::Json;

#[cfg(feature = "schema")]
use super::Ty;
use super::{FieldSpec, Shape};
use crate::catalogue::limits::MAX_NAME_CHARS;
use crate::catalogue::model::*;
use crate::catalogue::read::Ctx;
#[cfg(any(test, feature = "to-json"))]
use crate::catalogue::write::{s, text};

shape!(FIELD "field" {
    "id" req Ty::Id,
    "name" req Ty::Name,
});

impl<'j> Ctx<'j> {
    pub(crate) fn field(&mut self, json: &'j Json<'j>) -> Option<Field> {
        let obj = self.object(json, &FIELD)?;
        let id = self.req_id(obj);
        let name = self.req_text(obj, "name", MAX_NAME_CHARS);
        Some(Field {
            id: id?,
            name: name?,
        })
    }
}

#[cfg(any(test, feature = "to-json"))]
pub(crate) fn write(f: &Field) -> Json<'static> {
    Json::Object(vec![
        ("id".into(), s(&f.id)),
        ("name".into(), text(&f.name)),
    ])
}
