//! A question asked of the person, its options, and the stops an answer can lead to
//! ("this procedure is not for you": a text and where to look instead).

use crate::diagnostic::{Code, Detail, Expected};
use crate::json::Json;

#[cfg(feature = "schema")]
use super::Ty;
use super::{FieldSpec, Shape};
use crate::catalogue::limits::{MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::catalogue::model::*;
use crate::catalogue::read::{Ctx, Need, Scope};
#[cfg(feature = "schema")]
use crate::catalogue::schema::SchemaEntries;
#[cfg(any(test, feature = "to-json"))]
use crate::catalogue::write::{put, put_list, put_opt, s, text, Entries};

shape!(QUESTION "question" rules schema_rules {
    "id" req Ty::Id,
    "text" req Ty::Text,
    "help" opt Ty::Text,
    "kind" req Ty::Word(QuestionKind::WORDS),
    "options" opt Ty::List(&CHOICE),
    "stop" opt Ty::YesNoStops,
    "when" opt Ty::Condition,
});

shape!(CHOICE "option" {
    "id" req Ty::Id,
    "label" req Ty::Name,
    "stop" opt Ty::Stop,
});

shape!(STOP "stop" {
    "text" req Ty::Text,
    "see" opt Ty::SeeRefs,
});

shape!(YES_NO_STOPS "yes_no_stops" {
    "yes" opt Ty::Stop,
    "no" opt Ty::Stop,
});

impl<'j> Ctx<'j> {
    pub(crate) fn question(&mut self, json: &'j Json<'j>, scope: &Scope<'j>) -> Option<Question> {
        let obj = self.object(json, &QUESTION)?;
        let id = self.req_id(obj);
        let text = self.req_text(obj, "text", MAX_TEXT_CHARS);
        let help = self.opt_text(obj, "help");
        let kind = match obj.get("kind") {
            None => None,
            Some(_) => self
                .opt_word(obj, "kind", QuestionKind::WORDS)
                .and_then(|i| QuestionKind::ALL.get(i).copied()),
        };
        let mut options = Vec::new();
        let (mut stop_yes, mut stop_no) = (None, None);
        match kind {
            Some(QuestionKind::Choice) => {
                self.duplicates(obj, "options");
                if obj.get("options").is_none() {
                    self.missing("options");
                }
                options = self.list(obj, "options", Need::NonEmpty, |ctx, json| ctx.choice(json));
                if obj.get("stop").is_some() {
                    self.report(
                        Code::MisplacedField,
                        Some("stop"),
                        Detail::Name("stop".into()),
                    );
                }
            }
            Some(QuestionKind::YesNo) => {
                if obj.get("options").is_some() {
                    self.report(
                        Code::MisplacedField,
                        Some("options"),
                        Detail::Name("options".into()),
                    );
                }
                if let Some(stops) = obj.get("stop") {
                    self.push("stop");
                    if let Some(stops) = self.object(stops, &YES_NO_STOPS) {
                        for (key, slot) in [("yes", &mut stop_yes), ("no", &mut stop_no)] {
                            if let Some(value) = stops.get(key) {
                                self.push(key);
                                *slot = self.stop(value);
                                self.pop();
                            }
                        }
                    }
                    self.pop();
                }
            }
            None => {}
        }
        let when = self.opt_condition(obj, scope);
        Some(Question {
            id: id?,
            text: text?,
            help,
            kind: kind?,
            options,
            stop_yes,
            stop_no,
            when,
        })
    }

    pub(crate) fn choice(&mut self, json: &'j Json<'j>) -> Option<Choice> {
        let obj = self.object(json, &CHOICE)?;
        let id = self.req_id(obj);
        let label = self.req_text(obj, "label", MAX_NAME_CHARS);
        let stop = obj.get("stop").and_then(|value| {
            self.push("stop");
            let stop = self.stop(value);
            self.pop();
            stop
        });
        Some(Choice {
            id: id?,
            label: label?,
            stop,
        })
    }

    /// A stop: a text, or `{text, see}`. An object is the long form when it has `text`
    /// or `see`; otherwise it is localised text.
    pub(crate) fn stop(&mut self, json: &'j Json<'j>) -> Option<Stop> {
        let long = json.get("text").is_some() || json.get("see").is_some();
        if !long {
            return match json {
                Json::String(_) | Json::Object(_) => {
                    self.text(json, MAX_TEXT_CHARS, true).map(|text| Stop {
                        text,
                        see: Vec::new(),
                    })
                }
                other => {
                    self.wrong_type(Expected::Stop, other);
                    None
                }
            };
        }
        let obj = self.object(json, &STOP)?;
        let text = self.req_text(obj, "text", MAX_TEXT_CHARS);
        self.soft += 1;
        let see = self.list(obj, "see", Need::Optional, Self::see_ref);
        self.soft -= 1;
        Some(Stop { text: text?, see })
    }

    /// A `see` entry: a string with `:` or `/` is a link, any other string a procedure
    /// id; an object is `{label, url}`.
    pub(crate) fn see_ref(&mut self, json: &'j Json<'j>) -> Option<SeeRef> {
        match json {
            Json::String(s) if s.contains([':', '/']) => self
                .url(json)
                .map(|url| SeeRef::Link(Link { label: None, url })),
            Json::String(_) => self.procedure_ref(json).map(SeeRef::Procedure),
            Json::Object(_) => self.link(json).map(SeeRef::Link),
            other => {
                self.wrong_type(Expected::SeeRef, other);
                None
            }
        }
    }
}

#[cfg(any(test, feature = "to-json"))]
pub(crate) fn write(q: &Question) -> Json<'static> {
    let mut e = Entries::new();
    put(&mut e, "id", s(&q.id));
    put(&mut e, "text", text(&q.text));
    put_opt(&mut e, "help", q.help.as_ref(), text);
    put(&mut e, "kind", s(q.kind.as_str()));
    put_list(&mut e, "options", &q.options, |o| {
        let mut e = Entries::new();
        put(&mut e, "id", s(&o.id));
        put(&mut e, "label", text(&o.label));
        put_opt(&mut e, "stop", o.stop.as_ref(), write_stop);
        Json::Object(e)
    });
    if q.stop_yes.is_some() || q.stop_no.is_some() {
        let mut stops = Entries::new();
        put_opt(&mut stops, "yes", q.stop_yes.as_ref(), write_stop);
        put_opt(&mut stops, "no", q.stop_no.as_ref(), write_stop);
        put(&mut e, "stop", Json::Object(stops));
    }
    put_opt(&mut e, "when", q.when.as_ref(), super::condition::write);
    Json::Object(e)
}

#[cfg(any(test, feature = "to-json"))]
fn write_stop(st: &Stop) -> Json<'static> {
    let mut e = Entries::new();
    put(&mut e, "text", text(&st.text));
    put_list(&mut e, "see", &st.see, |r| match r {
        SeeRef::Procedure(id) => s(id),
        SeeRef::Link(l) => super::link::write(l),
    });
    Json::Object(e)
}

/// A choice question has options.
#[cfg(feature = "schema")]
fn schema_rules(entries: &mut SchemaEntries) {
    use crate::catalogue::schema::{kind_is, obj, required};

    entries.push(("if", kind_is("kind", "choice")));
    entries.push(("then", obj(vec![("required", required(&["options"]))])));
}
