//! The journey as versioned, compact JSON, for device storage and share links.
//!
//! ```json
//! {"v":2,"p":"1.001193","n":42,"t":1764000000000,"w":"documents",
//!  "a":{"nguoi_nop":"cha_me"},"o":"phuong-sai-gon","c":"~in_person",
//!  "k":{"to-khai":2166136261,"giay-chung-sinh/giay-chung-sinh-co-so-y-te":84696351},
//!  "l":["giay-to-tuy-than"],"s":["nop-truc-tiep"],"r":1763990000000,
//!  "m":{"a/nguoi_nop":1764000000000,"o":1763999000000,"c":1763999500000,
//!       "k/to-khai":1764000000000,"k/to-khai-cu":1764000000001,"s/nop-truc-tiep":1764000000002}}
//! ```
//!
//! Short keys because the state also travels in a URL fragment and a QR code; empty
//! parts are left out. `v` is the format version: a reader refuses a larger one (it
//! cannot know what it would drop) and ignores keys it does not know. Version 2 added
//! what [`merge`](super::merge) needs: `r`, the last "start over" ([`Journey::started`]),
//! and `m`, the time of each item's last change ([`Journey::changed`]), keyed by the
//! value's key and id ([`Item::to_wire`]); a time under `m` whose item has no value is
//! an item taken back (`k/to-khai-cu` above). A journey without either is written as version 1,
//! which it is, so share links (which carry no times) and journeys nobody changed since
//! version 1 stay readable by a widget of version 1; a version 1 state reads as changed
//! at time 0 throughout. Whatever the input (storage edited by hand, a truncated link),
//! reading gives a journey or a [`RestoreError`], never a panic; whether the ids still
//! match the catalogue is [`reconcile`](super::reconcile)'s job.

use std::borrow::Cow;

use crate::json::{self, Json, Number, ParseError};

use super::{Answer, ChannelKey, Item, Journey, Tick, TickTarget, View};

/// The version [`to_json`] writes and the newest [`from_json`] reads.
pub const VERSION: u64 = 2;

/// Why a saved or shared state cannot be restored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    /// Not JSON at all: corrupt storage or a truncated link.
    NotJson(ParseError),
    /// JSON, but not an object.
    NotAnObject,
    /// No `v`, or one that is not a positive whole number.
    NoVersion,
    /// Written by a newer widget.
    FutureVersion(u64),
    /// A required key is absent (`p`).
    Missing(&'static str),
    /// A key holds a value of the wrong type or shape.
    WrongType(&'static str),
}

/// The journey as compact JSON.
pub fn to_json(journey: &Journey) -> String {
    fn s(v: &str) -> Json<'_> {
        Json::String(Cow::Borrowed(v))
    }
    // The lowest version that holds it (see the module's documentation).
    let version = if journey.started == 0 && journey.changed.is_empty() {
        1
    } else {
        VERSION
    };
    let mut obj: Vec<(Cow<'_, str>, Json<'_>)> = vec![
        (Cow::Borrowed("v"), Json::Number(Number::from_u64(version))),
        (Cow::Borrowed("p"), s(&journey.procedure)),
        (
            Cow::Borrowed("n"),
            Json::Number(Number::from_u64(journey.nonce)),
        ),
        (
            Cow::Borrowed("t"),
            Json::Number(Number::from_u64(journey.touched)),
        ),
    ];
    if journey.view != View::Overview {
        obj.push((Cow::Borrowed("w"), s(journey.view.as_str())));
    }
    if !journey.answers.is_empty() {
        let answers = journey
            .answers
            .iter()
            .map(|a| (Cow::Borrowed(a.question.as_str()), s(&a.value)))
            .collect();
        obj.push((Cow::Borrowed("a"), Json::Object(answers)));
    }
    if let Some(office) = &journey.office {
        obj.push((Cow::Borrowed("o"), s(office)));
    }
    if let Some(channel) = &journey.channel {
        obj.push((
            Cow::Borrowed("c"),
            Json::String(Cow::Owned(channel.to_wire())),
        ));
    }
    if !journey.ticks.is_empty() {
        let ticks = journey
            .ticks
            .iter()
            .map(|t| {
                (
                    Cow::Owned(t.target.to_wire()),
                    Json::Number(Number::from_u64(u64::from(t.fingerprint))),
                )
            })
            .collect();
        obj.push((Cow::Borrowed("k"), Json::Object(ticks)));
    }
    for (key, list) in [("l", &journey.looked_up), ("s", &journey.done_steps)] {
        if !list.is_empty() {
            let items = list.iter().map(|id| s(id)).collect();
            obj.push((Cow::Borrowed(key), Json::Array(items)));
        }
    }
    if journey.started > 0 {
        obj.push((Cow::Borrowed("r"), num(journey.started)));
    }
    if !journey.changed.is_empty() {
        obj.push((Cow::Borrowed("m"), times(journey)));
    }
    json::to_string(&Json::Object(obj))
}

fn num(n: u64) -> Json<'static> {
    Json::Number(Number::from_u64(n))
}

/// `m`: each item's time under its [`Item::to_wire`] key.
fn times(journey: &Journey) -> Json<'_> {
    Json::Object(
        journey
            .changed
            .iter()
            .map(|(item, at)| (Cow::Owned(item.to_wire()), num(at)))
            .collect(),
    )
}

/// Reads a state written by [`to_json`] (of this or an older version).
pub fn from_json(text: &str) -> Result<Journey, RestoreError> {
    let root = json::parse(text.as_bytes(), &crate::catalogue::limits::JSON)
        .map_err(RestoreError::NotJson)?;
    if root.as_object().is_none() {
        return Err(RestoreError::NotAnObject);
    }
    let version = root
        .get("v")
        .and_then(as_u64)
        .filter(|v| *v > 0)
        .ok_or(RestoreError::NoVersion)?;
    if version > VERSION {
        return Err(RestoreError::FutureVersion(version));
    }
    let procedure = match root.get("p") {
        None => return Err(RestoreError::Missing("p")),
        Some(p) => id(p).ok_or(RestoreError::WrongType("p"))?,
    };
    let number = |key: &'static str| match root.get(key) {
        None => Ok(0),
        Some(n) => as_u64(n).ok_or(RestoreError::WrongType(key)),
    };
    let mut journey = Journey::new(procedure, number("n")?, number("t")?);
    if let Some(w) = root.get("w") {
        journey.view = w
            .as_str()
            .and_then(View::from_word)
            .ok_or(RestoreError::WrongType("w"))?;
    }
    if let Some(a) = root.get("a") {
        let entries = a.as_object().ok_or(RestoreError::WrongType("a"))?;
        for (question, value) in entries {
            let value = id(value).filter(|_| !question.is_empty());
            let value = value.ok_or(RestoreError::WrongType("a"))?;
            // A repeated key keeps its last value, as `JSON.parse` does.
            journey.answers.retain(|a| a.question != *question);
            journey.answers.push(Answer {
                question: question.to_string(),
                value,
            });
        }
    }
    if let Some(o) = root.get("o") {
        journey.office = Some(id(o).ok_or(RestoreError::WrongType("o"))?);
    }
    if let Some(c) = root.get("c") {
        let key = c.as_str().and_then(ChannelKey::from_wire);
        journey.channel = Some(key.ok_or(RestoreError::WrongType("c"))?);
    }
    if let Some(k) = root.get("k") {
        let entries = k.as_object().ok_or(RestoreError::WrongType("k"))?;
        for (target, fp) in entries {
            let target = TickTarget::from_wire(target).ok_or(RestoreError::WrongType("k"))?;
            let fingerprint = as_u64(fp)
                .and_then(|n| u32::try_from(n).ok())
                .ok_or(RestoreError::WrongType("k"))?;
            journey.ticks.retain(|t| t.target != target);
            journey.ticks.push(Tick {
                target,
                fingerprint,
            });
        }
    }
    journey.looked_up = id_list(&root, "l")?;
    journey.done_steps = id_list(&root, "s")?;
    journey.started = number("r")?;
    if let Some(m) = root.get("m") {
        read_times(m, &mut journey).ok_or(RestoreError::WrongType("m"))?;
    }
    Ok(journey)
}

/// `m` into [`Journey::changed`]. A time of 0 is what no time means: not kept, so that
/// what is read writes back the same. A repeated key keeps its last value, as elsewhere.
fn read_times(m: &Json<'_>, journey: &mut Journey) -> Option<()> {
    for (key, at) in m.as_object()? {
        let kind = key.split('/').next().unwrap_or_default();
        let item = match Item::from_wire(key) {
            Some(item) => item,
            // Added by a later widget of this version: ignored, like any unknown key.
            None if !matches!(kind, "a" | "o" | "c" | "k" | "l" | "s") => continue,
            None => return None,
        };
        match as_u64(at)? {
            0 => journey.changed.remove(&item),
            at => journey.changed.insert(item, at),
        }
    }
    Some(())
}

/// A non-empty string.
fn id(json: &Json<'_>) -> Option<String> {
    json.as_str().filter(|s| !s.is_empty()).map(str::to_string)
}

fn as_u64(json: &Json<'_>) -> Option<u64> {
    match json {
        Json::Number(n) => n.as_u64(),
        _ => None,
    }
}

/// A list of ids, repeats dropped.
fn id_list(root: &Json<'_>, key: &'static str) -> Result<Vec<String>, RestoreError> {
    let Some(list) = root.get(key) else {
        return Ok(Vec::new());
    };
    let items = list.as_array().ok_or(RestoreError::WrongType(key))?;
    let mut out: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        let item = id(item).ok_or(RestoreError::WrongType(key))?;
        if !out.contains(&item) {
            out.push(item);
        }
    }
    Ok(out)
}
