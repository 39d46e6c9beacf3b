//! A paper to bring or obtain, its alternatives (`one_of`) and their parts (`all_of`),
//! and the form to fill in.

use crate::diagnostic::{Code, Detail};
use crate::json::Json;

#[cfg(feature = "schema")]
use super::Ty;
use super::{FieldSpec, Shape};
use crate::catalogue::limits::MAX_NAME_CHARS;
use crate::catalogue::model::*;
use crate::catalogue::read::{Ctx, Need, Scope, Seg};
#[cfg(any(test, feature = "to-json"))]
use crate::catalogue::write::{n, put, put_list, put_opt, put_true, s, text, Entries};

shape!(DOCUMENT "document" {
    "id" opt Ty::Id,
    "name" req Ty::Name,
    "originals" opt Ty::Count,
    "copies" opt Ty::Count,
    "certified_copy" opt Ty::Bool,
    "original_or_certified_copy" opt Ty::Bool,
    "data_lookup" opt Ty::Text,
    "action" opt Ty::Word(DocumentAction::WORDS),
    "form" opt Ty::Object(&FORM),
    "one_of" opt Ty::Alternatives,
    "all_of" opt Ty::Parts,
    "notes" opt Ty::Text,
    "channels" opt Ty::ChannelRefs,
    "when" opt Ty::Condition,
    "optional" opt Ty::Bool,
    "obtain_via" opt Ty::Ids,
});

shape!(FORM "form" {
    "code" opt Ty::String,
    "url" opt Ty::Url,
    "name" opt Ty::Text,
});

/// How deep a document sits: a paper, an alternative of `one_of`, a part of `all_of`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum DocLevel {
    Paper,
    Alternative,
    Part,
}

impl<'j> Ctx<'j> {
    pub(crate) fn document(
        &mut self,
        json: &'j Json<'j>,
        scope: &Scope<'j>,
        level: DocLevel,
    ) -> Option<Document> {
        let obj = self.object(json, &DOCUMENT)?;
        let id = match (level, obj.get("id")) {
            (DocLevel::Alternative | DocLevel::Part, None) => {
                let position = self.path.last().map_or(0, |seg| match seg {
                    Seg::Index(i) => *i,
                    Seg::Key(_) | Seg::Tag(_) => 0,
                });
                let mut id = String::from("#");
                id.push_str(&(position + 1).to_string());
                Some(id)
            }
            (_, None) => {
                self.missing("id");
                None
            }
            _ => self.req_id(obj),
        };
        let name = self.req_text(obj, "name", MAX_NAME_CHARS);
        let originals = self.opt_count(obj, "originals");
        let copies = self.opt_count(obj, "copies");
        let certified_copy = self.opt_bool(obj, "certified_copy").unwrap_or(false);
        let original_or_certified_copy = self
            .opt_bool(obj, "original_or_certified_copy")
            .unwrap_or(false);
        let data_lookup = self.opt_text(obj, "data_lookup");
        let action = self
            .opt_word(obj, "action", DocumentAction::WORDS)
            .and_then(|i| DocumentAction::ALL.get(i).copied())
            .unwrap_or(DocumentAction::Submit);
        let form = obj.get("form").and_then(|value| {
            self.push("form");
            let form = self.object(value, &FORM).map(|f| Form {
                code: self.opt_string(f, "code"),
                url: self.opt_url(f, "url"),
                name: self.opt_text(f, "name"),
            });
            self.pop();
            form
        });
        for (key, allowed) in [
            ("one_of", level == DocLevel::Paper),
            ("all_of", level == DocLevel::Alternative),
            ("when", level == DocLevel::Paper),
        ] {
            if !allowed && obj.get(key).is_some() {
                self.report(
                    Code::MisplacedField,
                    Some(key),
                    Detail::Name(key.to_string()),
                );
            }
        }
        let mut one_of = Vec::new();
        let mut all_of = Vec::new();
        let mut when = None;
        match level {
            DocLevel::Paper => {
                self.duplicates(obj, "one_of");
                if obj.get("one_of").is_some() {
                    one_of = self.list(obj, "one_of", Need::NonEmpty, |ctx, json| {
                        ctx.document(json, scope, DocLevel::Alternative)
                    });
                }
                when = self.opt_condition(obj, scope);
            }
            DocLevel::Alternative => {
                self.duplicates(obj, "all_of");
                if obj.get("all_of").is_some() {
                    all_of = self.list(obj, "all_of", Need::NonEmpty, |ctx, json| {
                        ctx.document(json, scope, DocLevel::Part)
                    });
                }
            }
            DocLevel::Part => {}
        }
        let channels = self.channel_refs(obj, scope);
        let optional = self.opt_bool(obj, "optional").unwrap_or(false);
        let notes = self.opt_text(obj, "notes");
        let obtain_via = self.procedure_refs(obj, "obtain_via");
        Some(Document {
            id: id?,
            name: name?,
            originals,
            copies,
            certified_copy,
            original_or_certified_copy,
            data_lookup,
            action,
            form,
            one_of,
            all_of,
            notes,
            channels,
            when,
            optional,
            obtain_via,
        })
    }
}

#[cfg(any(test, feature = "to-json"))]
pub(crate) fn write(d: &Document) -> Json<'static> {
    let mut e = Entries::new();
    if d.has_file_id() {
        put(&mut e, "id", s(&d.id));
    }
    put(&mut e, "name", text(&d.name));
    put_opt(
        &mut e,
        "originals",
        d.originals.as_ref(),
        |c| n((*c).into()),
    );
    put_opt(&mut e, "copies", d.copies.as_ref(), |c| n((*c).into()));
    put_true(&mut e, "certified_copy", d.certified_copy);
    put_true(
        &mut e,
        "original_or_certified_copy",
        d.original_or_certified_copy,
    );
    put_opt(&mut e, "data_lookup", d.data_lookup.as_ref(), text);
    if d.action != DocumentAction::Submit {
        put(&mut e, "action", s(d.action.as_str()));
    }
    put_opt(&mut e, "form", d.form.as_ref(), |f| {
        let mut e = Entries::new();
        put_opt(&mut e, "code", f.code.as_deref(), s);
        put_opt(&mut e, "url", f.url.as_deref(), s);
        put_opt(&mut e, "name", f.name.as_ref(), text);
        Json::Object(e)
    });
    put_list(&mut e, "one_of", &d.one_of, write);
    put_list(&mut e, "all_of", &d.all_of, write);
    put_opt(&mut e, "notes", d.notes.as_ref(), text);
    put_list(&mut e, "channels", &d.channels, super::channel::write_ref);
    put_opt(&mut e, "when", d.when.as_ref(), super::condition::write);
    put_true(&mut e, "optional", d.optional);
    put_list(&mut e, "obtain_via", &d.obtain_via, |p| s(p));
    Json::Object(e)
}
