//! When something applies: an answer to a question (`is`, `in`), or all or any of other
//! conditions.

use crate::diagnostic::{excerpt, Code, Detail};
use crate::json::Json;

#[cfg(feature = "schema")]
use super::Ty;
use super::{FieldSpec, Shape};
use crate::catalogue::model::*;
use crate::catalogue::read::{Ctx, Need, Obj, Scope};
#[cfg(feature = "schema")]
use crate::catalogue::schema::SchemaEntries;
#[cfg(any(test, feature = "to-json"))]
use crate::catalogue::write::s;

shape!(CONDITION "condition" rules schema_rules {
    "question" opt Ty::Id,
    "is" opt Ty::String,
    "in" opt Ty::Words(&[]),
    "all" opt Ty::Conditions,
    "any" opt Ty::Conditions,
});

impl<'j> Ctx<'j> {
    pub(crate) fn opt_condition(&mut self, obj: Obj<'j>, scope: &Scope<'j>) -> Option<Condition> {
        let json = obj.get("when")?;
        self.push("when");
        let c = self.condition(json, scope);
        self.pop();
        c
    }

    pub(crate) fn condition(&mut self, json: &'j Json<'j>, scope: &Scope<'j>) -> Option<Condition> {
        let obj = self.object(json, &CONDITION)?;
        let shapes = ["is", "in", "all", "any"]
            .iter()
            .filter(|k| obj.get(k).is_some())
            .count();
        let has_question = obj.get("question").is_some();
        let combinator = obj.get("all").is_some() || obj.get("any").is_some();
        if shapes != 1 || has_question == combinator {
            self.error(Code::InvalidCondition, Detail::None);
            return None;
        }
        for (key, all) in [("all", true), ("any", false)] {
            if obj.get(key).is_some() {
                let list = self.list(obj, key, Need::NonEmpty, |ctx, json| {
                    ctx.condition(json, scope)
                });
                return Some(if all {
                    Condition::All(list)
                } else {
                    Condition::Any(list)
                });
            }
        }
        self.push("question");
        let question = obj.get("question").and_then(|q| self.id(q)).and_then(|id| {
            let found = scope.questions.iter().find(|q| q.id == id);
            if found.is_none() {
                self.error(Code::UnknownQuestion, Detail::Name(id.to_string()));
            }
            found
        });
        self.pop();
        let answer = |ctx: &mut Self, json: &'j Json<'j>| -> Option<String> {
            let a = ctx.string(json)?;
            let q = question?;
            let known = if q.yes_no {
                a == "yes" || a == "no"
            } else {
                q.options.contains(&a)
            };
            if !known {
                ctx.error(Code::UnknownOption, Detail::Name(excerpt(a)));
            }
            Some(a.to_string())
        };
        let question_id = question.map(|q| q.id.to_string());
        if let Some(value) = obj.get("is") {
            self.push("is");
            let a = answer(self, value);
            self.pop();
            return Some(Condition::Is {
                question: question_id?,
                answer: a?,
            });
        }
        let answers = self.list(obj, "in", Need::NonEmpty, answer);
        Some(Condition::In {
            question: question_id?,
            answers,
        })
    }
}

#[cfg(any(test, feature = "to-json"))]
pub(crate) fn write(c: &Condition) -> Json<'static> {
    match c {
        Condition::Is { question, answer } => Json::Object(vec![
            ("question".into(), s(question)),
            ("is".into(), s(answer)),
        ]),
        Condition::In { question, answers } => Json::Object(vec![
            ("question".into(), s(question)),
            (
                "in".into(),
                Json::Array(answers.iter().map(|a| s(a)).collect()),
            ),
        ]),
        Condition::All(list) => Json::Object(vec![(
            "all".into(),
            Json::Array(list.iter().map(write).collect()),
        )]),
        Condition::Any(list) => Json::Object(vec![(
            "any".into(),
            Json::Array(list.iter().map(write).collect()),
        )]),
    }
}

/// One of: question + is, question + in, all, any.
#[cfg(feature = "schema")]
fn schema_rules(entries: &mut SchemaEntries) {
    use crate::catalogue::schema::{obj, required};

    entries.push((
        "oneOf",
        Json::Array(vec![
            obj(vec![("required", required(&["question", "is"]))]),
            obj(vec![("required", required(&["question", "in"]))]),
            obj(vec![("required", required(&["all"]))]),
            obj(vec![("required", required(&["any"]))]),
        ]),
    ));
}
