//! The compact share-link payload (issue 12, item 13): the journey as positions in the
//! procedure, each part guarded by a short hash of what its positions point at.
//!
//! ```text
//! payload   := "." version catalogue procedure view section* check
//! version   := digit                 1: this format; a larger one is a newer widget's
//! catalogue := digit digit           12-bit hash of the catalogue id
//! procedure := length id             the procedure id itself ([A-Za-z0-9._-])
//! view      := digit                 index in View::ALL
//! section   := tag length data       tag: digit; length: how many digits of data
//! check     := digit digit           12-bit hash of everything before it
//! ```
//!
//! Digits are the base64url alphabet (`A` = 0 … `_` = 63), so the payload is made of
//! characters that chat apps, URL fragments and QR codes leave alone; the leading `.`
//! is not in that alphabet, which tells it from the first format (base64url of the
//! catalogue id and the state's JSON, still read: links already sent keep opening).
//! A length is a varint of digits (below 32: one digit; else 32 + the low 5 bits, then
//! the rest).
//!
//! | tag | part | data |
//! |---|---|---|
//! | 0 | answers | hash of the questions and their options, then one digit per question: 0 none, 1 yes, 2 no, 1 + k the k-th option |
//! | 1 | office | hash of the office's id, its position among the procedure's offices |
//! | 2 | channel | hash of its key, its position |
//! | 3 | ticks | hash of every tick target's id, hash of the ticked papers' names, a bit per target |
//! | 4 | looked up | hash of the documents' ids, a bit per document |
//! | 5 | steps done | hash of the steps' ids, a bit per step |
//! | 6 | the person (format 1.1) | one digit per [`Account`] word: 0 not said, 1 has it, 2 not yet; then the deadline's event date as three digits of 1 + days since 1970-01-01 (`AAA`: none) |
//!
//! A bit set is six targets per digit, trailing empty digits left out. When the
//! catalogue changed since the link was made, a part whose hash no longer matches is
//! left out and the link opens "partly" ([`Shared::partly`]); an office or channel that
//! only moved is found by its hash; ticked papers whose names changed are kept as
//! "changed, check again". An unknown tag (a later minor addition) is skipped.
//!
//! Positions only mean something against the complete procedure: [`encode`] gives
//! `None` (the caller then writes the first format) for an index catalogue, whose
//! receiving widget does not have the procedure's details yet, and for a journey that
//! the catalogue cannot express (an answer, office or tick it no longer lists, a tick
//! already flagged changed), so that what is decoded is exactly what was encoded.

use crate::catalogue::{Account, Catalogue, Procedure, QuestionKind};

use super::checklist::{fingerprint, resolve_tick};
use super::person::{self, account_key, EVENT_DATE_KEY};
use super::share::{base64url_value, ALPHABET};
use super::{offices, Answer, ChannelKey, Journey, Tick, TickTarget, View};

/// The first character of a compact payload.
pub const MARK: char = '.';
/// The format this widget writes and the newest it reads.
pub const VERSION: u32 = 1;

const ANSWERS: u32 = 0;
const OFFICE: u32 = 1;
const CHANNEL: u32 = 2;
const TICKS: u32 = 3;
const LOOKED_UP: u32 = 4;
const STEPS: u32 = 5;
const PERSON: u32 = 6;

fn digit(v: u32) -> char {
    char::from(ALPHABET[(v & 63) as usize])
}

/// FNV-1a over the parts given, each ended by a separator byte no id holds, folded to
/// the 12 bits of two digits.
#[derive(Clone, Copy)]
struct Hash(u32);

impl Hash {
    fn new() -> Hash {
        Hash(0x811c_9dc5)
    }

    fn add(mut self, bytes: &[u8]) -> Hash {
        for &b in bytes.iter().chain(std::iter::once(&0u8)) {
            self.0 ^= u32::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0193);
        }
        self
    }

    fn short(self) -> u32 {
        (self.0 ^ (self.0 >> 12) ^ (self.0 >> 24)) & 0xfff
    }
}

fn hash_of(s: &str) -> u32 {
    Hash::new().add(s.as_bytes()).short()
}

fn push_short(out: &mut String, h: u32) {
    out.push(digit(h));
    out.push(digit(h >> 6));
}

fn push_length(out: &mut String, mut n: usize) {
    while n >= 32 {
        out.push(digit(32 | (n as u32 & 31)));
        n >>= 5;
    }
    out.push(digit(n as u32));
}

/// Bits as digits, six per digit, trailing empty digits left out.
fn bits(set: &[bool]) -> String {
    let mut out: Vec<u32> = set
        .chunks(6)
        .map(|chunk| {
            chunk
                .iter()
                .enumerate()
                .fold(0, |acc, (i, b)| acc | (u32::from(*b) << i))
        })
        .collect();
    while out.last() == Some(&0) {
        out.pop();
    }
    out.into_iter().map(digit).collect()
}

/// Every target a tick can be on, in the procedure's order: a paper without
/// alternatives, an alternative without parts, a part.
pub(super) fn tick_targets(p: &Procedure) -> Vec<TickTarget> {
    let mut out = Vec::new();
    for d in &p.documents {
        if d.one_of.is_empty() {
            out.push(TickTarget::document(&d.id));
        }
        for a in &d.one_of {
            if a.all_of.is_empty() {
                out.push(TickTarget::alternative(&d.id, &a.id));
            }
            for part in &a.all_of {
                out.push(TickTarget::part(&d.id, &a.id, &part.id));
            }
        }
    }
    out
}

fn questions_hash(p: &Procedure) -> u32 {
    let mut h = Hash::new();
    for q in &p.questions {
        h = h.add(q.id.as_bytes());
        h = h.add(if q.kind == QuestionKind::YesNo {
            b"?"
        } else {
            b"*"
        });
        for o in &q.options {
            h = h.add(o.id.as_bytes());
        }
    }
    h.short()
}

fn ids_hash<'a>(ids: impl Iterator<Item = &'a str>) -> u32 {
    ids.fold(Hash::new(), |h, id| h.add(id.as_bytes())).short()
}

fn targets_hash(targets: &[TickTarget]) -> u32 {
    targets
        .iter()
        .fold(Hash::new(), |h, t| h.add(t.to_wire().as_bytes()))
        .short()
}

fn names_hash(fingerprints: impl Iterator<Item = u32>) -> u32 {
    fingerprints
        .fold(Hash::new(), |h, f| h.add(&f.to_le_bytes()))
        .short()
}

/// The digit of `answer` to `question`, if the question lists it.
fn answer_digit(p: &Procedure, answer: &Answer) -> Option<u32> {
    let q = p.questions.iter().find(|q| q.id == answer.question)?;
    match q.kind {
        QuestionKind::YesNo => match answer.value.as_str() {
            "yes" => Some(1),
            "no" => Some(2),
            _ => None,
        },
        QuestionKind::Choice => q
            .options
            .iter()
            .position(|o| o.id == answer.value)
            .filter(|k| *k < 62)
            .map(|k| k as u32 + 1),
    }
}

fn section(out: &mut String, tag: u32, data: &str) {
    out.push(digit(tag));
    push_length(out, data.len());
    out.push_str(data);
}

/// The compact payload of `journey`, or `None` when only the first format can carry it
/// (see the module's documentation). The nonce and the times are left out, as in the
/// first format.
pub fn encode(journey: &Journey, catalogue: &Catalogue) -> Option<String> {
    if catalogue.procedures.iter().any(|p| p.href.is_some()) {
        return None;
    }
    let p = catalogue.procedure(&journey.procedure)?;
    let view = View::ALL.iter().position(|v| *v == journey.view)?;
    let mut out = String::with_capacity(64);
    out.push(MARK);
    out.push(digit(VERSION));
    push_short(&mut out, hash_of(&catalogue.info.id));
    push_length(&mut out, p.id.len());
    out.push_str(&p.id);
    out.push(digit(view as u32));

    let (said, questions): (Vec<&Answer>, Vec<&Answer>) = journey
        .answers
        .iter()
        .partition(|a| a.question.starts_with('@'));
    if !questions.is_empty() {
        let mut given = vec![0u32; p.questions.len()];
        for a in questions {
            let at = p.questions.iter().position(|q| q.id == a.question)?;
            given[at] = answer_digit(p, a)?;
        }
        while given.last() == Some(&0) {
            given.pop();
        }
        let mut data = String::new();
        push_short(&mut data, questions_hash(p));
        data.extend(given.into_iter().map(digit));
        section(&mut out, ANSWERS, &data);
    }
    if let Some(office) = &journey.office {
        let at = offices(catalogue, p).iter().position(|a| a.id == *office)?;
        let mut data = String::new();
        push_short(&mut data, hash_of(office));
        push_length(&mut data, at);
        section(&mut out, OFFICE, &data);
    }
    if let Some(channel) = &journey.channel {
        let at = channel.resolve(p)?;
        let mut data = String::new();
        push_short(&mut data, hash_of(&channel.to_wire()));
        push_length(&mut data, at);
        section(&mut out, CHANNEL, &data);
    }
    if !journey.ticks.is_empty() {
        let targets = tick_targets(p);
        let mut set = vec![false; targets.len()];
        for tick in &journey.ticks {
            let at = targets.iter().position(|t| *t == tick.target)?;
            // A tick already flagged "changed" cannot be told apart by a shared hash.
            if fingerprint(&resolve_tick(p, &tick.target)?.name) != tick.fingerprint {
                return None;
            }
            set[at] = true;
        }
        let names = names_hash(
            targets
                .iter()
                .zip(&set)
                .filter(|(_, on)| **on)
                .filter_map(|(t, _)| journey.tick(t).map(|tick| tick.fingerprint)),
        );
        let mut data = String::new();
        push_short(&mut data, targets_hash(&targets));
        push_short(&mut data, names);
        data.push_str(&bits(&set));
        section(&mut out, TICKS, &data);
    }
    let lists: [(u32, &Vec<String>, Vec<&str>); 2] = [
        (
            LOOKED_UP,
            &journey.looked_up,
            p.documents.iter().map(|d| d.id.as_str()).collect(),
        ),
        (
            STEPS,
            &journey.done_steps,
            p.steps.iter().map(|s| s.id.as_str()).collect(),
        ),
    ];
    for (tag, list, ids) in lists {
        if list.is_empty() {
            continue;
        }
        let mut set = vec![false; ids.len()];
        for id in list {
            set[ids.iter().position(|x| x == id)?] = true;
        }
        let mut data = String::new();
        push_short(&mut data, ids_hash(ids.iter().copied()));
        data.push_str(&bits(&set));
        section(&mut out, tag, &data);
    }
    if !said.is_empty() {
        let mut data = String::new();
        for account in Account::ALL {
            data.push(digit(match person::has_account(journey, *account) {
                None => 0,
                Some(true) => 1,
                Some(false) => 2,
            }));
        }
        let day = match journey.answer(EVENT_DATE_KEY) {
            Some(value) => {
                let date = crate::catalogue::Date::parse(value)?;
                u32::try_from(person::day_number(date) + 1).ok()?
            }
            None => 0,
        };
        if day >= 1 << 18 {
            return None;
        }
        for shift in [12, 6, 0] {
            data.push(digit(day >> shift & 63));
        }
        for a in &said {
            if !person::fits(p, &a.question, &a.value).unwrap_or(false) {
                return None;
            }
        }
        section(&mut out, PERSON, &data);
    }
    let check = hash_of(&out);
    push_short(&mut out, check);
    Some(out)
}

/// Reads what the person said of their account and the deadline's event; `Ok(false)`
/// when the procedure no longer asks it (left out).
fn read_person(p: &Procedure, data: &[u32], journey: &mut Journey) -> Result<bool, Error> {
    let accounts = Account::ALL.len();
    if data.len() != accounts + 3 {
        return Err(Error::Broken);
    }
    let mut kept = true;
    let mut say = |question: String, value: String, journey: &mut Journey| {
        if person::fits(p, &question, &value) == Some(true) {
            journey.answers.push(Answer { question, value });
        } else {
            kept = false;
        }
    };
    for (account, &d) in Account::ALL.iter().zip(data) {
        let value = match d {
            0 => continue,
            1 => "yes",
            2 => "no",
            _ => return Err(Error::Broken),
        };
        say(account_key(*account), value.to_owned(), journey);
    }
    let day = data[accounts..]
        .iter()
        .fold(0i64, |n, &d| n * 64 + i64::from(d));
    if day > 0 {
        let date = person::from_day_number(day - 1).ok_or(Error::Broken)?;
        say(EVENT_DATE_KEY.to_owned(), date.to_iso(), journey);
    }
    Ok(kept)
}

/// A compact payload read against the catalogue as it is now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub journey: Journey,
    /// Some part no longer matched the catalogue and was left out, or ticked papers
    /// were renamed since: the person is told to check.
    pub partly: bool,
}

/// Why a compact payload cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// Not digits, truncated, or a check that does not match (a changed character).
    Broken,
    /// Made for another catalogue.
    OtherCatalogue,
    /// Written by a newer widget.
    FutureVersion(u32),
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn digit(&mut self) -> Result<u32, Error> {
        let b = *self.bytes.get(self.at).ok_or(Error::Broken)?;
        self.at += 1;
        base64url_value(b).ok_or(Error::Broken)
    }

    fn short(&mut self) -> Result<u32, Error> {
        Ok(self.digit()? | (self.digit()? << 6))
    }

    fn length(&mut self) -> Result<usize, Error> {
        let mut n = 0usize;
        for shift in (0..30).step_by(5) {
            let d = self.digit()?;
            if d < 32 {
                return Ok(n | ((d as usize) << shift));
            }
            n |= ((d & 31) as usize) << shift;
        }
        Err(Error::Broken)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        let end = self.at.checked_add(n).ok_or(Error::Broken)?;
        let out = self.bytes.get(self.at..end).ok_or(Error::Broken)?;
        self.at = end;
        Ok(out)
    }
}

/// Digits as values; `None` for any other character.
fn values(data: &[u8]) -> Option<Vec<u32>> {
    data.iter().map(|b| base64url_value(*b)).collect()
}

/// The set bits of `digits` among `n` positions; `None` when a bit lies beyond them.
fn bit_positions(digits: &[u32], n: usize) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    for (i, d) in digits.iter().enumerate() {
        for b in 0..6 {
            if d & (1 << b) != 0 {
                let at = i * 6 + b;
                if at >= n {
                    return None;
                }
                out.push(at);
            }
        }
    }
    Some(out)
}

/// The whole of `digits` as one length.
fn varint(digits: &[u32]) -> Option<usize> {
    let (last, rest) = digits.split_last()?;
    if *last >= 32 || rest.len() > 5 || rest.iter().any(|d| *d < 32) {
        return None;
    }
    let n = rest
        .iter()
        .rev()
        .fold(*last as usize, |n, d| (n << 5) | (*d & 31) as usize);
    Some(n)
}

fn short_of(d: &[u32]) -> u32 {
    d[0] | (d[1] << 6)
}

/// Reads a compact payload (it starts with [`MARK`]) against `catalogue`.
pub fn decode(payload: &str, catalogue: &Catalogue) -> Result<Shared, Error> {
    let bytes = payload.as_bytes();
    if bytes.first() != Some(&(MARK as u8)) || bytes.len() < 3 {
        return Err(Error::Broken);
    }
    let mut r = Reader { bytes, at: 1 };
    let version = r.digit()?;
    if version > VERSION {
        return Err(Error::FutureVersion(version));
    }
    if version == 0 {
        return Err(Error::Broken);
    }
    let body_end = bytes.len().checked_sub(2).ok_or(Error::Broken)?;
    let check = Reader {
        bytes,
        at: body_end,
    }
    .short()?;
    let body = std::str::from_utf8(&bytes[..body_end]).map_err(|_| Error::Broken)?;
    if hash_of(body) != check {
        return Err(Error::Broken);
    }
    let bytes = &bytes[..body_end];
    r.bytes = bytes;
    if r.short()? != hash_of(&catalogue.info.id) {
        return Err(Error::OtherCatalogue);
    }
    let length = r.length()?;
    let id = std::str::from_utf8(r.take(length)?).map_err(|_| Error::Broken)?;
    if !crate::catalogue::is_valid_id(id) {
        return Err(Error::Broken);
    }
    let view = *View::ALL.get(r.digit()? as usize).ok_or(Error::Broken)?;
    let mut journey = Journey::new(id, 0, 0);
    journey.view = view;
    let mut partly = false;
    let procedure = catalogue.procedure(id).filter(|p| !p.needs_detail());
    let mut seen = Vec::new();
    while r.at < bytes.len() {
        let tag = r.digit()?;
        let length = r.length()?;
        let data = values(r.take(length)?).ok_or(Error::Broken)?;
        if seen.contains(&tag) {
            return Err(Error::Broken);
        }
        seen.push(tag);
        if tag > PERSON {
            continue; // a later addition this widget does not know
        }
        if data.len() < 2 {
            return Err(Error::Broken);
        }
        let Some(p) = procedure else {
            // Nothing to lay positions on (an unknown procedure, or an index entry).
            partly = true;
            continue;
        };
        let kept = match tag {
            ANSWERS => read_answers(p, &data, &mut journey)?,
            OFFICE | CHANNEL => read_choice(catalogue, p, tag, &data, &mut journey)?,
            TICKS => read_ticks(p, &data, &mut journey, &mut partly)?,
            PERSON => read_person(p, &data, &mut journey)?,
            _ => read_list(p, tag, &data, &mut journey)?,
        };
        partly |= !kept;
    }
    Ok(Shared { journey, partly })
}

/// Reads the answers; `Ok(false)` when the questions changed (left out).
fn read_answers(p: &Procedure, data: &[u32], journey: &mut Journey) -> Result<bool, Error> {
    if short_of(data) != questions_hash(p) {
        return Ok(false);
    }
    let given = &data[2..];
    if given.len() > p.questions.len() {
        return Err(Error::Broken);
    }
    for (q, &d) in p.questions.iter().zip(given) {
        let value = match (q.kind, d) {
            (_, 0) => continue,
            (QuestionKind::YesNo, 1) => "yes".to_owned(),
            (QuestionKind::YesNo, 2) => "no".to_owned(),
            (QuestionKind::Choice, k) => q
                .options
                .get(k as usize - 1)
                .ok_or(Error::Broken)?
                .id
                .clone(),
            _ => return Err(Error::Broken),
        };
        journey.answers.push(Answer {
            question: q.id.clone(),
            value,
        });
    }
    Ok(true)
}

/// Reads the office or the channel: at its position if its hash is there, else the
/// one whose hash it is (it moved), else left out.
fn read_choice(
    catalogue: &Catalogue,
    p: &Procedure,
    tag: u32,
    data: &[u32],
    journey: &mut Journey,
) -> Result<bool, Error> {
    let hash = short_of(data);
    let at = varint(&data[2..]).ok_or(Error::Broken)?;
    if tag == OFFICE {
        let list = offices(catalogue, p);
        let found = list
            .get(at)
            .filter(|a| hash_of(&a.id) == hash)
            .or_else(|| unique(list.iter().filter(|a| hash_of(&a.id) == hash)));
        journey.office = found.map(|a| a.id.clone());
        Ok(found.is_some())
    } else {
        let keys: Vec<ChannelKey> = (0..p.channels.len())
            .filter_map(|i| ChannelKey::of(p, i))
            .collect();
        let found = keys
            .get(at)
            .filter(|k| hash_of(&k.to_wire()) == hash)
            .or_else(|| unique(keys.iter().filter(|k| hash_of(&k.to_wire()) == hash)));
        journey.channel = found.cloned();
        Ok(found.is_some())
    }
}

fn unique<T>(mut it: impl Iterator<Item = T>) -> Option<T> {
    let first = it.next()?;
    it.next().is_none().then_some(first)
}

/// Reads the ticks. Papers renamed since (the names' hash differs) are kept flagged
/// "changed, check again", as a saved journey's are.
fn read_ticks(
    p: &Procedure,
    data: &[u32],
    journey: &mut Journey,
    partly: &mut bool,
) -> Result<bool, Error> {
    if data.len() < 4 {
        return Err(Error::Broken);
    }
    let targets = tick_targets(p);
    if short_of(data) != targets_hash(&targets) {
        return Ok(false);
    }
    let set = bit_positions(&data[4..], targets.len()).ok_or(Error::Broken)?;
    let current: Vec<u32> = set
        .iter()
        .map(|&i| resolve_tick(p, &targets[i]).map_or(0, |d| fingerprint(&d.name)))
        .collect();
    let renamed = names_hash(current.iter().copied()) != short_of(&data[2..4]);
    *partly |= renamed;
    for (&i, fp) in set.iter().zip(current) {
        journey.ticks.push(Tick {
            target: targets[i].clone(),
            // Not the name it had: `reconcile` flags it.
            fingerprint: if renamed { !fp } else { fp },
        });
    }
    Ok(true)
}

/// Reads the papers looked up or the steps done.
fn read_list(p: &Procedure, tag: u32, data: &[u32], journey: &mut Journey) -> Result<bool, Error> {
    let ids: Vec<&str> = if tag == LOOKED_UP {
        p.documents.iter().map(|d| d.id.as_str()).collect()
    } else {
        p.steps.iter().map(|s| s.id.as_str()).collect()
    };
    if short_of(data) != ids_hash(ids.iter().copied()) {
        return Ok(false);
    }
    let set = bit_positions(&data[2..], ids.len()).ok_or(Error::Broken)?;
    let list: Vec<String> = set.into_iter().map(|i| ids[i].to_owned()).collect();
    if tag == LOOKED_UP {
        journey.looked_up = list;
    } else {
        journey.done_steps = list;
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::catalogue::Text;
    use crate::i18n::Lang;
    use crate::journey::share::{self, encode_json, ShareError};
    use crate::journey::tests::sample;
    use crate::journey::{apply, Event};

    /// The longest journey a person can make in `p`: every question answered with its
    /// last choice ("no" for yes/no), the last office, the last channel, every paper
    /// ticked, every lookup said, every step done, on the summary.
    pub(super) fn longest(c: &Catalogue, p: &Procedure) -> Journey {
        let mut j = Journey::new(p.id.clone(), 7, 1_764_000_000_000);
        for q in &p.questions {
            let value = match q.kind {
                QuestionKind::YesNo => "no".to_owned(),
                QuestionKind::Choice => q.options.last().map(|o| o.id.clone()).unwrap_or_default(),
            };
            j.answers.push(Answer {
                question: q.id.clone(),
                value,
            });
        }
        j.office = offices(c, p).last().map(|a| a.id.clone());
        j.channel = p
            .channels
            .len()
            .checked_sub(1)
            .and_then(|i| ChannelKey::of(p, i));
        for target in tick_targets(p) {
            let fingerprint = resolve_tick(p, &target).map_or(0, |d| fingerprint(&d.name));
            j.ticks.push(Tick {
                target,
                fingerprint,
            });
        }
        j.looked_up = p.documents.iter().map(|d| d.id.clone()).collect();
        j.done_steps = p.steps.iter().map(|s| s.id.clone()).collect();
        j.view = View::Summary;
        j
    }

    /// What a link carries, in the catalogue's order: the clock and the order the person
    /// acted in are not part of it.
    fn carried(j: &Journey, p: &Procedure) -> Journey {
        let mut j = Journey {
            nonce: 0,
            touched: 0,
            started: 0,
            changed: Default::default(),
            ..j.clone()
        };
        let q = |id: &str| p.questions.iter().position(|q| q.id == id);
        j.answers.sort_by_key(|a| q(&a.question));
        let targets = tick_targets(p);
        j.ticks
            .sort_by_key(|t| targets.iter().position(|x| *x == t.target));
        j.looked_up
            .sort_by_key(|id| p.documents.iter().position(|d| d.id == *id));
        j.done_steps
            .sort_by_key(|id| p.steps.iter().position(|s| s.id == *id));
        j
    }

    fn open(payload: &str, c: &Catalogue) -> Shared {
        match share::decode(payload, c) {
            Ok(shared) => shared,
            Err(e) => panic!("{payload}: {e:?}"),
        }
    }

    /// The figures ARCHITECTURE.md gives: the longest journey of every sample procedure,
    /// in both formats. Run with `--nocapture` to see them.
    #[test]
    fn the_longest_sample_journeys_are_short_and_round_trip() {
        let c = sample();
        let mut longest_compact = (0, String::new());
        let mut longest_json = (0, String::new());
        for p in c
            .procedures
            .iter()
            .filter(|p| p.status != crate::catalogue::Status::Withdrawn)
        {
            let j = longest(c, p);
            let payload = share::encode(&j, c);
            assert!(payload.starts_with(MARK), "{}: {payload}", p.id);
            let opened = open(&payload, c);
            assert!(!opened.partly, "{}", p.id);
            assert_eq!(opened.journey, carried(&j, p), "{}: {payload}", p.id);
            let json = encode_json(&j, &c.info.id);
            if payload.len() > longest_compact.0 {
                longest_compact = (payload.len(), p.id.clone());
            }
            if json.len() > longest_json.0 {
                longest_json = (json.len(), p.id.clone());
            }
        }
        eprintln!("longest compact payload: {longest_compact:?}; longest first-format payload: {longest_json:?}");
        assert!(longest_compact.0 <= 64, "{longest_compact:?}");
        assert!(longest_json.0 > 5 * longest_compact.0, "{longest_json:?}");
    }

    #[test]
    fn links_in_the_first_format_still_open() {
        let c = sample();
        // As the widget made them before the compact form: birth registration, an
        // answer, the desk, a paper ticked, on the summary.
        let p = c.procedure("1.001193").expect("birth registration");
        let mut j = Journey::new(p.id.clone(), 0, 0);
        j = apply(
            &j,
            Event::Answer {
                question: "nguoi_nop".into(),
                value: "cha_me".into(),
            },
            p,
        );
        j = apply(
            &j,
            Event::ChooseChannel(ChannelKey::of(p, 0).expect("a channel")),
            p,
        );
        j = apply(&j, Event::Tick(TickTarget::document("to-khai")), p);
        j = apply(&j, Event::GoTo(View::Summary), p);
        let old = encode_json(&j, &c.info.id);
        let opened = open(&old, c);
        assert_eq!(opened.journey, carried(&j, p));
        assert!(!opened.partly);
        // A literal payload of that format, as links sent before carry it: it must keep
        // opening, whatever the writers become.
        let literal = "aGNtLXNhbXBsZQp7InYiOjEsInAiOiIxLjAwMTE5MyIsIm4iOjAsInQiOjAsInciOiJzdW1tYXJ5IiwiYSI6eyJuZ3VvaV9ub3AiOiJjaGFfbWUifSwiYyI6In5pbl9wZXJzb24iLCJrIjp7InRvLWtoYWkiOjEyMzR9fQ";
        let opened = open(literal, c).journey;
        assert_eq!(opened.procedure, "1.001193");
        assert_eq!(opened.view, View::Summary);
        assert_eq!(opened.answer("nguoi_nop"), Some("cha_me"));
        assert_eq!(opened.channel, ChannelKey::of(p, 0));
        assert_eq!(
            opened
                .tick(&TickTarget::document("to-khai"))
                .map(|t| t.fingerprint),
            Some(1234)
        );
    }

    #[test]
    fn a_broken_compact_link_is_refused_whole() {
        let c = sample();
        let p = c.procedure("1.001193").expect("birth registration");
        let payload = share::encode(&longest(c, p), c);
        // Every shorter prefix, and every single changed character.
        for end in 0..payload.len() {
            let cut = &payload[..end];
            assert!(share::decode(cut, c).is_err(), "{cut}");
        }
        for at in 1..payload.len() {
            for replacement in ['A', 'z', '-', '.', '~'] {
                let mut changed: Vec<char> = payload.chars().collect();
                if changed[at] == replacement {
                    continue;
                }
                changed[at] = replacement;
                let changed: String = changed.into_iter().collect();
                // A 12-bit check: a changed character that still checks is 1 in 4096.
                assert!(share::decode(&changed, c).is_err(), "{changed}");
            }
        }
        let mut other = c.clone();
        other.info.id = "another-ward".into();
        assert_eq!(
            share::decode(&payload, &other),
            Err(ShareError::OtherCatalogue)
        );
        // A newer widget's link: its version digit is larger.
        let mut newer = payload.clone();
        newer.replace_range(1..2, "C");
        assert_eq!(share::decode(&newer, c), Err(ShareError::FutureVersion(2)));
    }

    #[test]
    fn a_catalogue_changed_since_opens_what_still_matches() {
        let c = sample();
        let p = c.procedure("1.001193").expect("birth registration");
        let j = longest(c, p);
        let payload = share::encode(&j, c);

        // A paper renamed: its tick is kept but flagged, and the link opens "partly".
        let mut renamed = c.clone();
        let mut q = renamed.procedure("1.001193").expect("there").clone();
        q.documents[0].name = Text::new(Lang::Vi, "Tờ khai mới hoàn toàn khác");
        let at = renamed
            .procedures
            .iter()
            .position(|x| x.id == q.id)
            .expect("there");
        renamed.procedures[at] = std::sync::Arc::new(q.clone());
        let opened = open(&payload, &renamed);
        assert!(opened.partly);
        assert_eq!(opened.journey.ticks.len(), j.ticks.len());
        let (reconciled, _) = crate::journey::reconcile(&opened.journey, &q);
        let first = TickTarget::document(&q.documents[0].id);
        assert_eq!(
            crate::journey::tick_state(&q, &reconciled, &first),
            crate::journey::TickState::Changed
        );
        // Everything else as it was.
        assert_eq!(opened.journey.answers, carried(&j, p).answers);
        assert_eq!(opened.journey.office, j.office);
        assert_eq!(opened.journey.done_steps, j.done_steps);

        // A step added: the steps done are left out, nothing else.
        let mut added = c.clone();
        let mut q = added.procedure("1.001193").expect("there").clone();
        let mut step = q.steps[0].clone();
        step.id = "buoc-moi".into();
        q.steps.insert(0, step);
        added.procedures[at] = std::sync::Arc::new(q);
        let opened = open(&payload, &added);
        assert!(opened.partly);
        assert!(opened.journey.done_steps.is_empty());
        assert_eq!(opened.journey.ticks, carried(&j, p).ticks);

        // Offices reordered (a ward added before it): the office is found by its id's hash.
        let mut moved = c.clone();
        let office = j.office.clone().expect("an office");
        let from = moved
            .agencies
            .iter()
            .position(|a| a.id == office)
            .expect("there");
        let agency = moved.agencies.remove(from);
        moved.agencies.insert(0, agency);
        let opened = open(&payload, &moved);
        assert!(!opened.partly);
        assert_eq!(opened.journey.office, Some(office));
    }

    #[test]
    fn what_the_catalogue_cannot_say_goes_in_the_first_format() {
        let c = sample();
        let p = c.procedure("1.001193").expect("birth registration");
        let mut j = longest(c, p);
        j.ticks[0].fingerprint ^= 1; // already flagged "changed"
        let payload = share::encode(&j, c);
        assert!(!payload.starts_with(MARK));
        assert_eq!(open(&payload, c).journey.ticks, carried(&j, p).ticks);
        let mut j = longest(c, p);
        j.office = Some("phuong-khong-co".into());
        let payload = share::encode(&j, c);
        assert!(!payload.starts_with(MARK));
        assert_eq!(open(&payload, c).journey.office, j.office);
    }

    proptest! {
        #[test]
        fn any_part_of_any_journey_round_trips(
            pick in any::<proptest::sample::Index>(),
            keep in proptest::collection::vec(any::<bool>(), 64),
            view in proptest::sample::select(View::ALL.to_vec()),
        ) {
            let c = sample();
            let ps: Vec<_> = c.procedures.iter().filter(|p| p.status != crate::catalogue::Status::Withdrawn).collect();
            let p = pick.get(&ps);
            let full = longest(c, p);
            let mut bit = keep.iter().cycle();
            let mut next = || *bit.next().unwrap_or(&false);
            let mut j = Journey::new(p.id.clone(), 3, 9);
            j.view = view;
            j.answers = full.answers.iter().filter(|_| next()).cloned().collect();
            j.office = full.office.clone().filter(|_| next());
            j.channel = full.channel.clone().filter(|_| next());
            j.ticks = full.ticks.iter().filter(|_| next()).cloned().collect();
            j.looked_up = full.looked_up.iter().filter(|_| next()).cloned().collect();
            j.done_steps = full.done_steps.iter().filter(|_| next()).cloned().collect();
            let payload = share::encode(&j, c);
            prop_assert!(payload.starts_with(MARK));
            let opened = share::decode(&payload, c);
            prop_assert_eq!(opened, Ok(Shared { journey: carried(&j, p), partly: false }));
        }

        #[test]
        fn any_text_after_the_mark_never_panics(text in "[A-Za-z0-9_\\-.~]{0,120}") {
            let mut payload = String::from(".");
            payload.push_str(&text);
            let _ = share::decode(&payload, sample());
        }
    }
}
