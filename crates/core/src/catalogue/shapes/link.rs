//! A link with an optional label (a step's `links`, a stop's `see`).

use crate::json::Json;

#[cfg(feature = "schema")]
use super::Ty;
use super::{FieldSpec, Shape};
use crate::catalogue::model::*;
use crate::catalogue::read::Ctx;
#[cfg(any(test, feature = "to-json"))]
use crate::catalogue::write::{put, put_opt, s, text, Entries};

shape!(LINK "link" {
    "label" opt Ty::Text,
    "url" req Ty::Url,
});

impl<'j> Ctx<'j> {
    pub(crate) fn link(&mut self, json: &'j Json<'j>) -> Option<Link> {
        let obj = self.object(json, &LINK)?;
        let label = self.opt_text(obj, "label");
        let url = obj.get("url")?;
        self.push("url");
        let url = self.url(url);
        self.pop();
        Some(Link { label, url: url? })
    }
}

#[cfg(any(test, feature = "to-json"))]
pub(crate) fn write(l: &Link) -> Json<'static> {
    let mut e = Entries::new();
    put_opt(&mut e, "label", l.label.as_ref(), text);
    put(&mut e, "url", s(&l.url));
    Json::Object(e)
}
