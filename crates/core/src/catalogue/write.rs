//! The model written back as catalogue JSON, the inverse of the walker: reading what
//! this writes gives the same model (the round-trip tests hold it to that). Built only
//! for tests and tools (feature `to-json`), never for the widget.

use std::borrow::Cow;

use crate::json::{self, Json, Number};

use super::model::*;

type Entries = Vec<(Cow<'static, str>, Json<'static>)>;

/// The catalogue as compact JSON text.
pub fn catalogue_to_json(catalogue: &Catalogue) -> String {
    json::to_string(&catalogue_value(catalogue))
}

/// One procedure as compact JSON text (a detail file).
pub fn procedure_to_json(procedure: &Procedure) -> String {
    json::to_string(&procedure_value(procedure))
}

fn put(entries: &mut Entries, key: &'static str, value: Json<'static>) {
    entries.push((Cow::Borrowed(key), value));
}

fn put_opt<T: ?Sized>(
    entries: &mut Entries,
    key: &'static str,
    value: Option<&T>,
    f: impl Fn(&T) -> Json<'static>,
) {
    if let Some(v) = value {
        put(entries, key, f(v));
    }
}

fn put_list<T>(
    entries: &mut Entries,
    key: &'static str,
    items: &[T],
    f: impl Fn(&T) -> Json<'static>,
) {
    if !items.is_empty() {
        put(entries, key, Json::Array(items.iter().map(f).collect()));
    }
}

fn put_true(entries: &mut Entries, key: &'static str, value: bool) {
    if value {
        put(entries, key, Json::Bool(true));
    }
}

fn s(value: &str) -> Json<'static> {
    Json::string(value)
}

fn n(value: u64) -> Json<'static> {
    Json::Number(Number::from_u64(value))
}

fn text(t: &Text) -> Json<'static> {
    Json::Object(
        t.entries()
            .map(|(lang, s)| (Cow::Borrowed(lang.tag()), Json::string(s)))
            .collect(),
    )
}

fn date(d: &Date) -> Json<'static> {
    Json::string(d.to_iso())
}

fn catalogue_value(c: &Catalogue) -> Json<'static> {
    let mut e = Entries::new();
    let format = if c.format_minor == 0 {
        "procedure-guide/1".to_string()
    } else {
        format!("procedure-guide/1.{}", c.format_minor)
    };
    put(&mut e, "format", Json::string(format));
    let i = &c.info;
    let mut info = Entries::new();
    put(&mut info, "id", s(&i.id));
    put(&mut info, "title", text(&i.title));
    put_opt(&mut info, "publisher", i.publisher.as_ref(), text);
    put_opt(&mut info, "updated", i.updated.as_ref(), date);
    put(&mut info, "default_lang", s(i.default_lang.tag()));
    put_opt(&mut info, "portal", i.portal.as_ref(), |p| {
        let mut e = Entries::new();
        put_opt(&mut e, "name", p.name.as_ref(), text);
        put_opt(&mut e, "url", p.url.as_deref(), s);
        put_opt(&mut e, "lookup_url", p.lookup_url.as_deref(), s);
        put_opt(&mut e, "feedback_url", p.feedback_url.as_deref(), s);
        Json::Object(e)
    });
    put_opt(&mut info, "contact", i.contact.as_ref(), |c| {
        let mut e = Entries::new();
        put_opt(&mut e, "hotline", c.hotline.as_deref(), s);
        put_opt(&mut e, "email", c.email.as_deref(), s);
        put_opt(&mut e, "address", c.address.as_ref(), text);
        Json::Object(e)
    });
    put(&mut e, "catalogue", Json::Object(info));
    put(
        &mut e,
        "agencies",
        Json::Array(c.agencies.iter().map(agency).collect()),
    );
    put_list(&mut e, "fields", &c.fields, |f| {
        Json::Object(vec![
            ("id".into(), s(&f.id)),
            ("name".into(), text(&f.name)),
        ])
    });
    put_list(&mut e, "life_events", &c.life_events, |l| {
        let mut e = Entries::new();
        put(&mut e, "id", s(&l.id));
        put(&mut e, "name", text(&l.name));
        put_list(&mut e, "procedures", &l.procedures, |p| s(p));
        Json::Object(e)
    });
    put(
        &mut e,
        "procedures",
        Json::Array(c.procedures.iter().map(|p| procedure_value(p)).collect()),
    );
    Json::Object(e)
}

fn agency(a: &Agency) -> Json<'static> {
    let mut e = Entries::new();
    put(&mut e, "id", s(&a.id));
    put(&mut e, "name", text(&a.name));
    put_opt(&mut e, "level", a.level.as_ref(), |l| s(l.as_str()));
    put_opt(&mut e, "address", a.address.as_ref(), text);
    put_opt(&mut e, "phone", a.phone.as_deref(), s);
    put_opt(&mut e, "hotline", a.hotline.as_deref(), s);
    put_opt(&mut e, "email", a.email.as_deref(), s);
    put_opt(&mut e, "url", a.url.as_deref(), s);
    put_opt(&mut e, "opening_hours", a.opening_hours.as_ref(), text);
    put_opt(&mut e, "map_url", a.map_url.as_deref(), s);
    put_opt(&mut e, "code", a.code.as_deref(), s);
    put_list(&mut e, "formerly", &a.formerly, text);
    Json::Object(e)
}

fn procedure_value(p: &Procedure) -> Json<'static> {
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
    put_list(&mut e, "channels", &p.channels, channel);
    put_list(&mut e, "questions", &p.questions, question);
    put_list(&mut e, "documents", &p.documents, document);
    put_list(&mut e, "steps", &p.steps, step);
    put_opt(&mut e, "updated", p.updated.as_ref(), date);
    put(&mut e, "status", s(p.status.as_str()));
    put_opt(&mut e, "replaced_by", p.replaced_by.as_deref(), s);
    put(&mut e, "sets", n(p.sets.into()));
    put_opt(&mut e, "href", p.href.as_deref(), s);
    Json::Object(e)
}

fn channel(c: &Channel) -> Json<'static> {
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
    put_list(&mut e, "time_limit", &c.time_limit, |t| {
        let mut e = Entries::new();
        match t.span {
            Some(Span::WorkingDays(d)) => put(&mut e, "working_days", n(d.into())),
            Some(Span::Days(d)) => put(&mut e, "days", n(d.into())),
            Some(Span::Hours(h)) => put(&mut e, "hours", n(h.into())),
            None => {}
        }
        put_opt(&mut e, "text", t.text.as_ref(), text);
        put_opt(&mut e, "when", t.when.as_ref(), condition);
        Json::Object(e)
    });
    put_list(&mut e, "fee", &c.fee, |f| {
        let mut e = Entries::new();
        put(&mut e, "kind", s(f.kind.as_str()));
        put_opt(&mut e, "amount", f.amount.as_ref(), |a| n(*a));
        put_opt(&mut e, "currency", f.currency.as_deref(), s);
        put_opt(&mut e, "per", f.per.as_ref(), text);
        put_opt(&mut e, "note", f.note.as_ref(), text);
        put_opt(&mut e, "when", f.when.as_ref(), condition);
        Json::Object(e)
    });
    put_opt(&mut e, "where", c.where_.as_ref(), text);
    put_list(&mut e, "agencies", &c.agencies, |a| s(a));
    put_opt(&mut e, "notes", c.notes.as_ref(), text);
    put_opt(&mut e, "when", c.when.as_ref(), condition);
    Json::Object(e)
}

fn stop(st: &Stop) -> Json<'static> {
    let mut e = Entries::new();
    put(&mut e, "text", text(&st.text));
    put_list(&mut e, "see", &st.see, |r| match r {
        SeeRef::Procedure(id) => s(id),
        SeeRef::Link(l) => link(l),
    });
    Json::Object(e)
}

fn link(l: &Link) -> Json<'static> {
    let mut e = Entries::new();
    put_opt(&mut e, "label", l.label.as_ref(), text);
    put(&mut e, "url", s(&l.url));
    Json::Object(e)
}

fn question(q: &Question) -> Json<'static> {
    let mut e = Entries::new();
    put(&mut e, "id", s(&q.id));
    put(&mut e, "text", text(&q.text));
    put_opt(&mut e, "help", q.help.as_ref(), text);
    put(&mut e, "kind", s(q.kind.as_str()));
    put_list(&mut e, "options", &q.options, |o| {
        let mut e = Entries::new();
        put(&mut e, "id", s(&o.id));
        put(&mut e, "label", text(&o.label));
        put_opt(&mut e, "stop", o.stop.as_ref(), stop);
        Json::Object(e)
    });
    if q.stop_yes.is_some() || q.stop_no.is_some() {
        let mut stops = Entries::new();
        put_opt(&mut stops, "yes", q.stop_yes.as_ref(), stop);
        put_opt(&mut stops, "no", q.stop_no.as_ref(), stop);
        put(&mut e, "stop", Json::Object(stops));
    }
    put_opt(&mut e, "when", q.when.as_ref(), condition);
    Json::Object(e)
}

fn condition(c: &Condition) -> Json<'static> {
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
            Json::Array(list.iter().map(condition).collect()),
        )]),
        Condition::Any(list) => Json::Object(vec![(
            "any".into(),
            Json::Array(list.iter().map(condition).collect()),
        )]),
    }
}

fn channel_ref(r: &ChannelRef) -> Json<'static> {
    match r {
        ChannelRef::Kind(k) => s(k.as_str()),
        ChannelRef::Id(id) => s(id),
    }
}

fn document(d: &Document) -> Json<'static> {
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
    put_list(&mut e, "one_of", &d.one_of, document);
    put_list(&mut e, "all_of", &d.all_of, document);
    put_opt(&mut e, "notes", d.notes.as_ref(), text);
    put_list(&mut e, "channels", &d.channels, channel_ref);
    put_opt(&mut e, "when", d.when.as_ref(), condition);
    put_true(&mut e, "optional", d.optional);
    put_list(&mut e, "obtain_via", &d.obtain_via, |p| s(p));
    Json::Object(e)
}

fn step(st: &Step) -> Json<'static> {
    let mut e = Entries::new();
    put(&mut e, "id", s(&st.id));
    put(&mut e, "title", text(&st.title));
    put_opt(&mut e, "detail", st.detail.as_ref(), text);
    put_opt(&mut e, "actor", st.actor.as_ref(), |a| s(a.as_str()));
    put_list(&mut e, "channels", &st.channels, channel_ref);
    put_opt(&mut e, "when", st.when.as_ref(), condition);
    put_opt(&mut e, "duration", st.duration.as_ref(), text);
    put_list(&mut e, "links", &st.links, link);
    Json::Object(e)
}
