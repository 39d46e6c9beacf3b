//! A procedure, its agencies (`{"level": …}` groups) and its legal basis; the scope its
//! parts may refer to.

use crate::diagnostic::{excerpt, Code, Detail, Expected};
use crate::json::Json;

#[cfg(feature = "schema")]
use super::Ty;
use super::{FieldSpec, Shape};
use crate::catalogue::limits::MAX_NAME_CHARS;
use crate::catalogue::model::*;
use crate::catalogue::read::{Ctx, Need, Obj, QuestionScope, Scope};
#[cfg(feature = "schema")]
use crate::catalogue::schema::SchemaEntries;
use crate::catalogue::url::is_safe_url;
#[cfg(any(test, feature = "to-json"))]
use crate::catalogue::write::{date, n, put, put_list, put_opt, s, text, Entries};

shape!(PROCEDURE "procedure" rules schema_rules {
    "id" req Ty::Id,
    "name" req Ty::Name,
    "field" opt Ty::Id,
    "level" opt Ty::WordOrWords(Level::WORDS),
    "agencies" req Ty::AgencyRefs,
    "audience" opt Ty::Words(Audience::WORDS),
    "summary" opt Ty::Text,
    "keywords" opt Ty::TextList,
    "requirements" opt Ty::TextList,
    "result" opt Ty::Text,
    "related" opt Ty::Ids,
    "legal_basis" opt Ty::List(&LEGAL_BASIS),
    "channels" opt Ty::List(&super::CHANNEL),
    "questions" opt Ty::List(&super::QUESTION),
    "documents" opt Ty::Documents,
    "steps" opt Ty::List(&super::STEP),
    "updated" opt Ty::Date,
    "status" opt Ty::Word(Status::WORDS),
    "replaced_by" opt Ty::Id,
    "sets" opt Ty::Positive,
    "href" opt Ty::Url,
    "online_only" opt Ty::Object(&super::ONLINE_ONLY),
    "deadline" opt Ty::Object(&super::DEADLINE),
});

shape!(AGENCY_GROUP "agency_group" {
    "level" req Ty::Word(Level::WORDS),
});

shape!(LEGAL_BASIS "legal_basis" {
    "code" opt Ty::String,
    "title" req Ty::Name,
    "issued" opt Ty::Date,
    "issuer" opt Ty::Text,
});

impl<'j> Ctx<'j> {
    /// A procedure; `in_catalogue` is false for a detail file, whose entries are never
    /// index entries.
    pub(crate) fn procedure(
        &mut self,
        json: &'j Json<'j>,
        in_catalogue: bool,
    ) -> Option<Procedure> {
        self.item(|ctx| ctx.procedure_inner(json, in_catalogue))
    }

    pub(crate) fn procedure_inner(
        &mut self,
        json: &'j Json<'j>,
        in_catalogue: bool,
    ) -> Option<Procedure> {
        let obj = self.object(json, &PROCEDURE)?;
        let id = self.req_id(obj);
        let name = self.req_text(obj, "name", MAX_NAME_CHARS);
        let href = match obj.get("href") {
            Some(value) if in_catalogue => {
                self.push("href");
                let href = self.string(value).and_then(|s| {
                    if is_safe_url(s) {
                        Some(s.to_string())
                    } else {
                        self.error(Code::UnsafeLink, Detail::Name(excerpt(s)));
                        None
                    }
                });
                self.pop();
                href
            }
            Some(_) => {
                self.soft += 1;
                self.report(
                    Code::MisplacedField,
                    Some("href"),
                    Detail::Name("href".into()),
                );
                self.soft -= 1;
                None
            }
            None => None,
        };
        let index_entry = href.is_some();

        self.soft += 1;
        let field = obj.get("field").and_then(|value| {
            self.push("field");
            let id = self.id(value).filter(|id| {
                let known = self.fields.binary_search(id).is_ok();
                if !known {
                    self.error(Code::UnknownFieldId, Detail::Name(id.to_string()));
                }
                known
            });
            self.pop();
            id.map(str::to_string)
        });
        let level = match obj.get("level") {
            Some(value @ Json::String(_)) => {
                self.push("level");
                let level = self.word(value, Level::WORDS);
                self.pop();
                level.into_iter().collect()
            }
            _ => self.word_list(obj, "level", Level::WORDS),
        };
        let level = level
            .into_iter()
            .filter_map(|i| Level::ALL.get(i).copied())
            .collect();
        let audience = self
            .word_list(obj, "audience", Audience::WORDS)
            .into_iter()
            .filter_map(|i| Audience::ALL.get(i).copied())
            .collect();
        let summary = self.opt_text(obj, "summary");
        let keywords = self.text_list(obj, "keywords");
        let requirements = self.text_list(obj, "requirements");
        let result = self.opt_text(obj, "result");
        let related = self.procedure_refs(obj, "related");
        let legal_basis = self.list(obj, "legal_basis", Need::Optional, Self::legal_basis);
        let updated = self.opt_date(obj, "updated");
        let status = self
            .opt_word(obj, "status", Status::WORDS)
            .and_then(|i| Status::ALL.get(i).copied())
            .unwrap_or(Status::Active);
        let replaced_by = obj.get("replaced_by").and_then(|value| {
            self.push("replaced_by");
            let id = self.procedure_ref(value);
            if id.is_some() && status == Status::Active {
                self.error(Code::ReplacedButActive, Detail::None);
            }
            self.pop();
            id
        });
        self.soft -= 1;

        // `"agencies": {"level": "commune"}` is the group on its own, without a list.
        let agencies = match obj.get("agencies") {
            Some(group @ Json::Object(_)) => {
                self.push("agencies");
                let group = self.agency_ref(group);
                self.pop();
                group.into_iter().collect()
            }
            _ => self.list(obj, "agencies", Need::NonEmpty, Self::agency_ref),
        };
        let sets = match obj.get("sets") {
            Some(value) => {
                self.push("sets");
                let n = self
                    .whole_number(value, 1)
                    .and_then(|n| self.fits_u32(n, value));
                self.pop();
                n.unwrap_or(1)
            }
            None => 1,
        };

        let scope = self.scope(obj);
        for key in ["channels", "questions", "documents", "steps"] {
            self.duplicates(obj, key);
        }
        // An index entry carries a summary; its detail file has the rest.
        let detail_need = if index_entry {
            Need::Optional
        } else {
            for key in ["channels", "steps"] {
                if obj.get(key).is_none() {
                    self.missing(key);
                }
            }
            Need::NonEmpty
        };
        let channels = self.list(obj, "channels", detail_need, |ctx, json| {
            ctx.channel(json, &scope, index_entry)
        });
        let questions = self.list(obj, "questions", Need::Optional, |ctx, json| {
            ctx.question(json, &scope)
        });
        let documents = self.list(obj, "documents", Need::Optional, |ctx, json| {
            ctx.document(json, &scope, super::document::DocLevel::Paper)
        });
        let steps = self.list(obj, "steps", detail_need, |ctx, json| {
            ctx.step(json, &scope)
        });
        let online_only = obj.get("online_only").and_then(|value| {
            self.push("online_only");
            let o = self.online_only(value);
            self.pop();
            o
        });
        if online_only.is_some() {
            self.paper_channels(&channels);
        }
        let deadline = obj.get("deadline").and_then(|value| {
            self.push("deadline");
            let d = self.deadline(value);
            self.pop();
            d
        });

        Some(Procedure {
            id: id?,
            name: name?,
            field,
            level,
            agencies,
            audience,
            summary,
            keywords,
            requirements,
            result,
            related,
            legal_basis,
            channels,
            questions,
            documents,
            steps,
            updated,
            status,
            replaced_by,
            sets,
            href,
            online_only,
            deadline,
        })
    }

    /// A channel that takes paper by post in a procedure the offices take online only
    /// is not offered; its author hears so at its path.
    fn paper_channels(&mut self, channels: &[Channel]) {
        for (i, channel) in channels.iter().enumerate() {
            if channel.kind == ChannelKind::Post {
                self.push("channels");
                self.path.push(crate::catalogue::read::Seg::Index(i));
                self.error(Code::PaperChannelOnlineOnly, Detail::None);
                self.pop();
                self.pop();
            }
        }
    }

    pub(crate) fn agency_ref(&mut self, json: &'j Json<'j>) -> Option<AgencyRef> {
        match json {
            Json::String(_) => {
                let id = self.id(json)?;
                if self.agencies.binary_search(&id).is_err() {
                    self.error(Code::UnknownAgency, Detail::Name(id.to_string()));
                    return None;
                }
                Some(AgencyRef::Id(id.to_string()))
            }
            Json::Object(_) => {
                let obj = self.object(json, &AGENCY_GROUP)?;
                let value = obj.get("level")?;
                self.push("level");
                let level = self
                    .word(value, Level::WORDS)
                    .and_then(|i| Level::ALL.get(i).copied());
                if let Some(level) = level {
                    if !self.agency_levels.contains(&level) {
                        self.error(
                            Code::UnknownAgency,
                            Detail::Name(level.as_str().to_string()),
                        );
                    }
                }
                self.pop();
                level.map(AgencyRef::Level)
            }
            other => {
                self.wrong_type(Expected::AgencyRef, other);
                None
            }
        }
    }

    pub(crate) fn legal_basis(&mut self, json: &'j Json<'j>) -> Option<LegalBasis> {
        self.soft += 1;
        let basis = self.object(json, &LEGAL_BASIS).and_then(|obj| {
            let code = self.opt_string(obj, "code");
            let title = self.req_text(obj, "title", MAX_NAME_CHARS)?;
            Some(LegalBasis {
                code,
                title,
                issued: self.opt_date(obj, "issued"),
                issuer: self.opt_text(obj, "issuer"),
            })
        });
        self.soft -= 1;
        basis
    }

    /// Gathers the question, option and channel ids a procedure's parts may name.
    pub(crate) fn scope(&self, obj: Obj<'j>) -> Scope<'j> {
        let items = |key: &str| obj.get(key).and_then(Json::as_array).unwrap_or_default();
        let str_at = |json: &'j Json<'j>, key: &str| json.get(key).and_then(Json::as_str);
        let mut scope = Scope::default();
        for q in items("questions") {
            let Some(id) = str_at(q, "id") else { continue };
            let options = q
                .get("options")
                .and_then(Json::as_array)
                .unwrap_or_default()
                .iter()
                .filter_map(|o| str_at(o, "id"))
                .collect();
            scope.questions.push(QuestionScope {
                id,
                yes_no: str_at(q, "kind") == Some("yes_no"),
                options,
            });
        }
        for c in items("channels") {
            if let Some(id) = str_at(c, "id") {
                scope.channel_ids.push(id);
            }
            if let Some(kind) = str_at(c, "kind").and_then(ChannelKind::from_word) {
                scope.channel_kinds.push(kind);
            }
        }
        scope
    }
}

/// A procedure (a detail file's whole content); the inverse of [`Ctx::procedure`].
#[cfg(any(test, feature = "to-json"))]
pub(crate) fn write(p: &Procedure) -> Json<'static> {
    let mut e = Entries::new();
    put(&mut e, "id", s(&p.id));
    put(&mut e, "name", text(&p.name));
    put_opt(&mut e, "field", p.field.as_deref(), s);
    put_list(&mut e, "level", &p.level, |l| s(l.as_str()));
    put(
        &mut e,
        "agencies",
        Json::Array(
            p.agencies
                .iter()
                .map(|a| match a {
                    AgencyRef::Id(id) => s(id),
                    AgencyRef::Level(l) => Json::Object(vec![("level".into(), s(l.as_str()))]),
                })
                .collect(),
        ),
    );
    put_list(&mut e, "audience", &p.audience, |a| s(a.as_str()));
    put_opt(&mut e, "summary", p.summary.as_ref(), text);
    put_list(&mut e, "keywords", &p.keywords, text);
    put_list(&mut e, "requirements", &p.requirements, text);
    put_opt(&mut e, "result", p.result.as_ref(), text);
    put_list(&mut e, "related", &p.related, |r| s(r));
    put_list(&mut e, "legal_basis", &p.legal_basis, |l| {
        let mut e = Entries::new();
        put_opt(&mut e, "code", l.code.as_deref(), s);
        put(&mut e, "title", text(&l.title));
        put_opt(&mut e, "issued", l.issued.as_ref(), date);
        put_opt(&mut e, "issuer", l.issuer.as_ref(), text);
        Json::Object(e)
    });
    put_list(&mut e, "channels", &p.channels, super::channel::write);
    put_list(&mut e, "questions", &p.questions, super::question::write);
    put_list(&mut e, "documents", &p.documents, super::document::write);
    put_list(&mut e, "steps", &p.steps, super::step::write);
    put_opt(&mut e, "updated", p.updated.as_ref(), date);
    put(&mut e, "status", s(p.status.as_str()));
    put_opt(&mut e, "replaced_by", p.replaced_by.as_deref(), s);
    put(&mut e, "sets", n(p.sets.into()));
    put_opt(&mut e, "href", p.href.as_deref(), s);
    put_opt(
        &mut e,
        "online_only",
        p.online_only.as_ref(),
        super::online_only::write,
    );
    put_opt(
        &mut e,
        "deadline",
        p.deadline.as_ref(),
        super::deadline::write,
    );
    Json::Object(e)
}

/// An inline procedure (no `href`) has at least one channel and one step, and its online
/// channels name where the service starts.
#[cfg(feature = "schema")]
fn schema_rules(entries: &mut SchemaEntries) {
    use crate::catalogue::schema::{array_of, kind_is, n, obj, required};

    let non_empty = obj(vec![("minItems", n(1))]);
    let online_with_url = array_of(obj(vec![
        ("if", kind_is("kind", "online")),
        ("then", obj(vec![("required", required(&["url"]))])),
    ]));
    let mut channels = online_with_url;
    if let Json::Object(e) = &mut channels {
        e.push(("minItems".into(), n(1)));
    }
    entries.push((
        "if",
        obj(vec![("not", obj(vec![("required", required(&["href"]))]))]),
    ));
    entries.push((
        "then",
        obj(vec![
            ("required", required(&["channels", "steps"])),
            (
                "properties",
                obj(vec![("channels", channels), ("steps", non_empty)]),
            ),
        ]),
    ));
}
