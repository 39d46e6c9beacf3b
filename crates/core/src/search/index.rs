//! The procedure index and its ranked search.
//!
//! Built once per catalogue: every word of a procedure's code, names, keywords, field,
//! life events and agencies, folded (`đ` ≡ `d`, tones and vowel marks gone, `y` ≡ `i`
//! as in "lý"/"lí"), goes into one sorted vocabulary with a posting per occurrence. A
//! keystroke folds the query, looks each word up in the vocabulary (exactly, as a
//! prefix for the word being typed, within one edit for longer words) and adds up the
//! best posting per procedure and word. Every word must match somewhere.
//!
//! Ranking, strongest first: which field matched (code, name, keyword, field, life
//! event, agency), how (exact word, prefix, one edit), the exact diacritics the person
//! typed ("bản" before "bán"), words in the order typed (wherever the phrase occurs, not
//! only after each word's best match), the query being a whole name or keyword, a
//! little for each further occurrence of a word, and a shorter name. A withdrawn
//! procedure ranks low, and its match counts for its replacement. Ties keep catalogue
//! order. Only the query is folded per keystroke; the scratch arrays are kept between
//! keystrokes.

use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::HashMap as StdHashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::{passes, Filters, Resolved};
use crate::catalogue::model::{AgencyRef, Catalogue, Procedure, Status};
use crate::i18n::Lang;
use crate::text::{fold_into, lower_exact, order_by_name};

/// Where a word was found; the index into [`WEIGHT`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
enum Source {
    Code = 0,
    Name = 1,
    Keyword = 2,
    FieldName = 3,
    LifeEvent = 4,
    Agency = 5,
    /// A word of a code that is more than one word (`hcm-lltp-stp-cu`): the whole code
    /// is a [`Source::Code`] term, its words count little on their own.
    CodePart = 6,
}

/// How much a match in each [`Source`] counts.
const WEIGHT: [f32; 7] = [12.0, 10.0, 8.0, 3.0, 3.0, 2.0, 1.0];
/// How much each kind of match keeps of the field's weight.
const EXACT: f32 = 1.0;
const PREFIX: f32 = 0.75;
const TYPO: f32 = 0.55;
/// A three-letter word missing one letter ("thn" for "than"): weaker still, since short
/// words have many neighbours.
const SHORT_TYPO: f32 = 0.4;
/// Added to a word typed with diacritics that match the text's exactly (share of the weight).
const SAME_DIACRITICS: f32 = 0.2;
/// Added when a word comes right after the previous query word in the text (share of
/// the field's weight).
const IN_ORDER: f32 = 0.3;
/// Added when the query is a whole name or keyword, word for word ("giấy độc thân",
/// "LLTP"): what people type for the procedure they mean (share of the field's weight).
const WHOLE: f32 = 2.0;
/// Each further exact occurrence of a query word in the procedure (another keyword, the
/// name and a keyword) adds this share of its score, up to [`REPEAT_CAP`] times its best
/// posting: between otherwise equal matches, the procedure its editors described in
/// several ways is usually the one people mean (BM25's term frequency, kept small: as a
/// main weight it lets a long list of keywords outrank a better name match).
const REPEAT: f32 = 0.03;
const REPEAT_CAP: f32 = 0.6;
/// Up to this much for a short name (tie-breaker between equally good matches).
const SHORT_NAME: f32 = 1.5;
/// Taken off a withdrawn procedure: its replacement should come first.
const WITHDRAWN: f32 = 4.0;
/// The words of a query searched; the rest are ignored.
const MAX_QUERY_WORDS: usize = 24;
/// A typo matches only in fields weighing this much or more (code, name, keyword).
const TYPO_FIELD: f32 = 8.0;
/// Words this long or longer (folded) may match with one typo; one letter shorter, only
/// with a letter left out.
const TYPO_MIN_LEN: usize = 4;
/// A gap between field instances, so that "in order" never spans two of them.
const GAP: u32 = 8;

/// [`Posting::flags`]: the first word of its name, keyword…
const FIRST: u8 = 1;
/// [`Posting::flags`]: the last word of its name, keyword…
const LAST: u8 = 2;

/// One occurrence of a word. 12 bytes: there are tens of postings per procedure, so at
/// 10,000 procedures every byte here is about half a megabyte of wasm memory.
#[derive(Clone, Copy, Debug)]
struct Posting {
    doc: u32,
    /// Index into `exact_forms`: the word as written, lower case, diacritics kept.
    exact: u32,
    /// Position in the procedure's text (field instances separated by [`GAP`]); stops
    /// counting at `u16::MAX` (a procedure with thousands of keywords), where "in order"
    /// no longer tells words apart.
    pos: u16,
    field: Source,
    /// [`FIRST`], [`LAST`].
    flags: u8,
}

/// One occurrence of the previous query word in a procedure that is still in the race:
/// where, and the run of query words ending there.
#[derive(Clone, Copy, Debug)]
struct Hit {
    doc: u32,
    pos: u32,
    /// Query words matched one after another, ending here.
    run: u16,
    /// Whether that run began at the first word of its name or keyword.
    from_start: bool,
}

/// A finished query word (folded) and its vocabulary matches (term, quality), kept for
/// the next keystroke.
type Known = (String, Vec<(usize, f32)>);

/// Arrays reused by every search (no allocation per keystroke once they have grown).
#[derive(Debug, Default)]
struct Scratch {
    /// Sum of the best score of each query word so far.
    score: Vec<f32>,
    /// How many query words matched so far (a procedure drops out at the first miss).
    matched: Vec<u16>,
    /// Best score for the current word.
    best: Vec<f32>,
    /// Sum of the scores of the current word's exact occurrences.
    sum: Vec<f32>,
    /// Every occurrence of the previous word, grouped by procedure: `hits[first[d]..]`
    /// while `hits[i].doc == d`. Every occurrence, not only the best, so that a phrase
    /// is found wherever it is ("hộ khẩu" as a keyword after "sổ hộ khẩu").
    hits: Vec<Hit>,
    first: Vec<u32>,
    /// The current word's occurrences, becoming `hits` for the next word.
    next: Vec<Hit>,
    /// Procedures touched by the current word.
    touched: Vec<u32>,
    /// Procedures touched by the previous word: the ones still in the race.
    alive: Vec<u32>,
    /// The current word's postings to score (position in `postings`, match quality).
    work: Vec<(u32, f32)>,
    /// The vocabulary matches of the previous keystroke's finished words: typing "gia hạn giấy c" looks "gia", "hạn" and "giấy" up
    /// once, not again on every later keystroke (the typo check reads the whole
    /// vocabulary).
    known: Vec<Known>,
}

impl Scratch {
    /// Makes the current word's occurrences (`next`, in posting order) the `hits` of
    /// the next word, grouped by procedure (counting, not sorting: every procedure in
    /// `next` is in `touched`).
    fn group_next(&mut self) {
        for h in &self.hits {
            if let Some(f) = self.first.get_mut(h.doc as usize) {
                *f = u32::MAX;
            }
        }
        for &d in &self.touched {
            if let Some(f) = self.first.get_mut(d as usize) {
                *f = 0;
            }
        }
        for h in &self.next {
            if let Some(f) = self.first.get_mut(h.doc as usize) {
                *f += 1;
            }
        }
        // Counts → where each procedure's group starts.
        let mut at = 0u32;
        for &d in &self.touched {
            if let Some(f) = self.first.get_mut(d as usize) {
                let count = *f;
                *f = at;
                at += count;
            }
        }
        self.hits.clear();
        self.hits.extend_from_slice(&self.next);
        // `first` as each group's cursor while filling, then back to the group's start.
        for h in &self.next {
            if let Some(f) = self.first.get_mut(h.doc as usize) {
                if let Some(slot) = self.hits.get_mut(*f as usize) {
                    *slot = *h;
                }
                *f += 1;
            }
        }
        for (i, h) in self.hits.iter().enumerate().rev() {
            if let Some(f) = self.first.get_mut(h.doc as usize) {
                *f = i as u32;
            }
        }
    }

    /// The run of query words ending just before `pos` in `doc`, if the previous word
    /// occurs there.
    fn before(&self, doc: u32, pos: u32) -> Option<Hit> {
        // A plain loop: at opt-level "z" an iterator chain here stays a chain of calls,
        // once per posting of every keystroke.
        let mut i = *self.first.get(doc as usize)? as usize;
        while let Some(h) = self.hits.get(i) {
            if h.doc != doc {
                break;
            }
            if h.pos.wrapping_add(1) == pos {
                return Some(*h);
            }
            i += 1;
        }
        None
    }
}

/// The index of one catalogue's procedures.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Folded words, sorted; `starts[i]..starts[i + 1]` are the postings of `terms[i]`.
    terms: Vec<Box<str>>,
    starts: Vec<u32>,
    postings: Vec<Posting>,
    /// Each procedure's postings (positions in `postings`, ascending, so grouped by
    /// term): `by_doc[doc_start[d]..doc_start[d + 1]]`. A word typed after others
    /// ("gia hạn giấy c") looks up the few procedures still in the race here instead of
    /// walking every posting of every word starting with "c".
    by_doc: Vec<u32>,
    doc_start: Vec<u32>,
    /// Look procedures up by `by_doc` when this many times their number is under the
    /// postings to walk (tests set 0 and `usize::MAX` to compare both ways).
    pub(crate) lookup_factor: usize,
    exact_forms: Vec<Box<str>>,
    /// Words in each procedure's first name.
    name_len: Vec<u16>,
    withdrawn: Vec<bool>,
    /// A withdrawn procedure's replacement (`replaced_by`), as a position; `u32::MAX`
    /// when none is listed.
    replacement: Vec<u32>,
    /// Procedures in Vietnamese alphabetical order of their name, per language (Vi, En):
    /// the list before anything is typed.
    alphabetical: [Vec<u32>; 2],
    scratch: RefCell<Scratch>,
}

/// One word of a text: as written (lower case, NFC) and folded for search.
struct Word<'a> {
    exact: &'a str,
    folded: String,
}

/// Splits lower-cased text into words: runs of letters and digits; a `.` between two
/// digits stays inside (codes such as `1.001193`). An iterator allocating nothing: the
/// index's first pass only counts them.
fn split_words(text: &str) -> SplitWords<'_> {
    SplitWords {
        text,
        chars: text.char_indices().peekable(),
    }
}

/// `char::is_alphanumeric`, answered at once for ASCII and the Latin blocks a
/// Vietnamese text is made of (all letters, but `×` and `÷`): std looks every
/// non-ASCII character up in its Unicode tables, an eighth of building the index.
fn is_word_char(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => c.is_ascii_alphanumeric(),
        '×' | '÷' => false,
        '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => true,
        _ => c.is_alphanumeric(),
    }
}

struct SplitWords<'a> {
    text: &'a str,
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
}

impl<'a> Iterator for SplitWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        let mut start = None;
        while let Some((i, c)) = self.chars.next() {
            let digit_dot = c == '.'
                && i > 0
                && bytes[i - 1].is_ascii_digit()
                && self.chars.peek().is_some_and(|(_, n)| n.is_ascii_digit());
            if is_word_char(c) || digit_dot {
                start.get_or_insert(i);
            } else if let Some(s) = start {
                return self.text.get(s..i);
            }
        }
        start.and_then(|s| self.text.get(s..))
    }
}

/// The search form of one word: folded, with `y` read as `i`.
fn search_fold(word: &str, out: &mut String) {
    out.clear();
    fold_into(word, out);
    // In place: the index folds every word of a catalogue through here.
    while let Some(i) = out.find('y') {
        out.replace_range(i..=i, "i");
    }
}

fn words(lowered: &str) -> Vec<Word<'_>> {
    split_words(lowered)
        .map(|exact| {
            let mut folded = String::new();
            search_fold(exact, &mut folded);
            Word { exact, folded }
        })
        .filter(|w| !w.folded.is_empty())
        .collect()
}

/// The words of a query that are searched, and whether the last of them is still being
/// typed (the query does not end with a space). A query of a single letter being typed
/// is not searched until the next one: as a prefix it matches nearly every procedure (at
/// 10,000, the slowest keystroke on a cheap phone by far) and says nothing yet of what is
/// meant. After other words ("đăng ký k") it narrows them and costs little.
fn searched_words<'a>(query: &str, lowered: &'a str) -> (Vec<Word<'a>>, bool) {
    let mut all = words(lowered);
    // A pasted paragraph is not a search: its first words are (and the counters stay
    // far from `u16::MAX`).
    all.truncate(MAX_QUERY_WORDS);
    let typing = !query.ends_with(char::is_whitespace) && all.len() < MAX_QUERY_WORDS;
    if typing && all.len() == 1 && all[0].folded.chars().nth(1).is_none() {
        all.clear();
    }
    (all, typing)
}

/// Whether `a` and `b` are at most one edit apart (insert, delete, replace, or swap two
/// neighbours).
fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match long.len() - short.len() {
        0 => {
            // Called for much of the vocabulary on every keystroke: no allocation.
            let mut diff = (0..short.len()).filter(|&i| short[i] != long[i]);
            match (diff.next(), diff.next(), diff.next()) {
                (None, _, _) | (Some(_), None, _) => true,
                (Some(i), Some(j), None) => {
                    j == i + 1 && short[i] == long[j] && short[j] == long[i]
                }
                _ => false,
            }
        }
        1 => {
            let mut i = 0;
            while i < short.len() && short[i] == long[i] {
                i += 1;
            }
            short[i..] == long[i + 1..]
        }
        _ => false,
    }
}

/// The index build's maps (words met, exact forms, replacements), all one type so the
/// wasm holds one map's code.
type WordMap = StdHashMap<Box<str>, u32, BuildHasherDefault<WordHasher>>;

/// FxHash (rustc's): a multiply and a rotate per 8 bytes, where std's SipHash took a
/// tenth of building the index, and smaller in the wasm. Not keyed: a catalogue is its
/// own publisher's file, and on wasm32 std's keys are fixed anyway.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in chunks.by_ref() {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

struct Builder {
    /// Folded word → term id in the order met; sorted into the vocabulary at the end.
    /// Hash maps looked up by `&str`: a word already met (nearly every one) costs no
    /// allocation and no string comparisons down a tree (the `BTreeMap`s here were a
    /// third of building the index at 10,000 procedures).
    terms: WordMap,
    exact: WordMap,
    exact_forms: Vec<Box<str>>,
    /// The postings in the order met, and each one's term id beside it: allocated once
    /// at the size counted by the first pass, then grouped by term in place and the
    /// term ids' array reused for `by_doc`, so that the index's build never holds more
    /// than the finished index's arrays (a vector grown by doubling, then copied into a
    /// smaller one, was the peak of loading a national catalogue).
    postings: Vec<Posting>,
    term_of: Vec<u32>,
    pos: u32,
    /// One text's folded words end to end, and per word where its exact form is in the
    /// lowered text and where its folded form ends (reused for every text).
    folded: String,
    fold_one: String,
    spans: Vec<(usize, usize, usize)>,
}

impl Builder {
    fn add(&mut self, doc: u32, field: Source, text: &str) -> u16 {
        let lowered = lower_exact(text);
        let mut folded = std::mem::take(&mut self.folded);
        let mut spans = std::mem::take(&mut self.spans);
        folded.clear();
        spans.clear();
        // The words whose search form is not empty, as `words` gives them, without a
        // `String` each.
        let base = lowered.as_ptr() as usize;
        for exact in split_words(&lowered) {
            search_fold(exact, &mut self.fold_one);
            if self.fold_one.is_empty() {
                continue;
            }
            folded.push_str(&self.fold_one);
            let at = exact.as_ptr() as usize - base;
            spans.push((at, at + exact.len(), folded.len()));
        }
        let len = u16::try_from(spans.len()).unwrap_or(u16::MAX);
        let mut start = 0;
        for (offset, &(from, to, end)) in spans.iter().enumerate() {
            let exact = lowered.get(from..to).unwrap_or_default();
            let word = folded.get(start..end).unwrap_or_default();
            self.push(doc, field, exact, word, (offset as u16, len));
            start = end;
        }
        self.folded = folded;
        self.spans = spans;
        self.pos += GAP;
        len
    }

    /// A code: one term for the whole of it, and its words apart when it has several.
    fn add_code(&mut self, doc: u32, code: &str) {
        let lowered = lower_exact(code);
        let parts = words(&lowered);
        if parts.len() > 1 {
            let mut folded = String::new();
            search_fold(&lowered, &mut folded);
            self.push(doc, Source::Code, &lowered, &folded, (0, 1));
            self.pos += GAP;
            let len = parts.len() as u16;
            for (offset, w) in parts.into_iter().enumerate() {
                self.push(
                    doc,
                    Source::CodePart,
                    w.exact,
                    &w.folded,
                    (offset as u16, len),
                );
            }
        } else {
            for w in parts {
                self.push(doc, Source::Code, w.exact, &w.folded, (0, 1));
            }
        }
        self.pos += GAP;
    }

    fn push(
        &mut self,
        doc: u32,
        field: Source,
        exact: &str,
        folded: &str,
        (offset, len): (u16, u16),
    ) {
        let term = match self.terms.get(folded) {
            Some(&id) => id,
            None => {
                let id = self.terms.len() as u32;
                self.terms.insert(folded.into(), id);
                id
            }
        };
        let exact = match self.exact.get(exact) {
            Some(&id) => id,
            None => {
                let id = self.exact_forms.len() as u32;
                self.exact.insert(exact.into(), id);
                self.exact_forms.push(exact.into());
                id
            }
        };
        self.term_of.push(term);
        self.postings.push(Posting {
            doc,
            pos: u16::try_from(self.pos).unwrap_or(u16::MAX),
            exact,
            field,
            flags: if offset == 0 { FIRST } else { 0 } | if offset + 1 >= len { LAST } else { 0 },
        });
        self.pos += 1;
    }
}

/// Every text of `p` the index reads, in the order its postings are made: the code,
/// then the names, keywords, field, life events and agencies. One walk for both of the
/// build's passes (a `dyn`: one copy of it in the wasm).
fn each_text(catalogue: &Catalogue, p: &Procedure, f: &mut dyn FnMut(Source, &str)) {
    f(Source::Code, &p.id);
    for (_, name) in p.name.entries() {
        f(Source::Name, name);
    }
    for keyword in &p.keywords {
        for (_, k) in keyword.entries() {
            f(Source::Keyword, k);
        }
    }
    if let Some(field) = p
        .field
        .as_deref()
        .and_then(|f| catalogue.fields.iter().find(|x| x.id == f))
    {
        for (_, n) in field.name.entries() {
            f(Source::FieldName, n);
        }
    }
    for e in &catalogue.life_events {
        if e.procedures.contains(&p.id) {
            for (_, n) in e.name.entries() {
                f(Source::LifeEvent, n);
            }
        }
    }
    for r in &p.agencies {
        if let AgencyRef::Id(id) = r {
            if let Some(a) = catalogue.agency(id) {
                for (_, n) in a.name.entries() {
                    f(Source::Agency, n);
                }
            }
        }
    }
}

impl SearchIndex {
    pub fn new(catalogue: &Catalogue) -> SearchIndex {
        // First pass: how many postings at most (words counted, nothing allocated), so
        // that their arrays are allocated once.
        let mut most = 0usize;
        for p in &catalogue.procedures {
            each_text(catalogue, p, &mut |source, text| {
                let n = split_words(text).count();
                most += if source == Source::Code && n > 1 {
                    n + 1
                } else {
                    n
                };
            });
        }
        let mut b = Builder {
            terms: WordMap::default(),
            exact: WordMap::default(),
            exact_forms: Vec::new(),
            postings: Vec::with_capacity(most),
            term_of: Vec::with_capacity(most),
            pos: 0,
            folded: String::new(),
            fold_one: String::new(),
            spans: Vec::new(),
        };
        let mut name_len = Vec::with_capacity(catalogue.procedures.len());
        let mut withdrawn = Vec::with_capacity(catalogue.procedures.len());
        for (doc, p) in catalogue.procedures.iter().enumerate() {
            let doc = doc as u32;
            b.pos = 0;
            let mut first = None;
            each_text(catalogue, p, &mut |source, text| match source {
                Source::Code => b.add_code(doc, text),
                _ => {
                    let n = b.add(doc, source, text);
                    if source == Source::Name {
                        first.get_or_insert(n);
                    }
                }
            });
            name_len.push(first.unwrap_or(0));
            withdrawn.push(p.status == Status::Withdrawn);
        }
        // Exact unless lowering split a word in two (never in a Vietnamese catalogue):
        // shrinking is in place, no copy.
        b.postings.shrink_to_fit();
        b.term_of.shrink_to_fit();
        // The exact forms' lookup is done with.
        b.exact = WordMap::default();
        // Replacements by id, only those named (usually few); the vocabulary's map type,
        // so the wasm holds one map's code.
        let mut named: WordMap = WordMap::default();
        for id in catalogue
            .procedures
            .iter()
            .filter_map(|p| p.replaced_by.as_deref())
        {
            named.insert(id.into(), u32::MAX);
        }
        for (i, p) in catalogue.procedures.iter().enumerate() {
            if let Some(at) = named.get_mut(p.id.as_str()) {
                *at = i as u32;
            }
        }
        let next = |i: u32| {
            catalogue
                .procedures
                .get(i as usize)
                .and_then(|p| p.replaced_by.as_deref())
                .and_then(|r| named.get(r).copied())
        };
        let active = |i: u32| {
            catalogue
                .procedures
                .get(i as usize)
                .is_some_and(|p| p.status != Status::Withdrawn)
        };
        // The end of each chain of replacements: the first procedure still in force,
        // none for a ring. Each chain is walked once (a catalogue may hold a chain of
        // 20,000): every procedure on a walk gets the walk's answer.
        const UNSEEN: u32 = u32::MAX - 1;
        const WALKING: u32 = u32::MAX - 2;
        let mut replacement = vec![UNSEEN; catalogue.procedures.len()];
        let mut path = Vec::new();
        for start in 0..catalogue.procedures.len() as u32 {
            path.clear();
            let mut at = start;
            let end = loop {
                match replacement.get(at as usize).copied() {
                    Some(UNSEEN) => {}
                    Some(WALKING) | None => break u32::MAX,
                    Some(known) => break known,
                }
                if let Some(slot) = replacement.get_mut(at as usize) {
                    *slot = WALKING;
                }
                path.push(at);
                match next(at) {
                    Some(r) if active(r) => break r,
                    Some(r) => at = r,
                    None => break u32::MAX,
                }
            };
            for &i in &path {
                if let Some(slot) = replacement.get_mut(i as usize) {
                    *slot = end;
                }
            }
        }
        // Term ids in order met → rank in the sorted vocabulary; postings grouped by it.
        let mut met: Vec<(Box<str>, u32)> = b.terms.into_iter().collect();
        met.sort_unstable_by(|x, y| x.0.cmp(&y.0));
        let mut rank = vec![0u32; met.len()];
        let mut terms = Vec::with_capacity(met.len());
        for (i, (term, id)) in met.into_iter().enumerate() {
            if let Some(r) = rank.get_mut(id as usize) {
                *r = i as u32;
            }
            terms.push(term);
        }
        // Grouped by term in place: no second array of postings at the peak.
        let mut postings = b.postings;
        let mut term_of = b.term_of;
        for term in term_of.iter_mut() {
            *term = rank[*term as usize];
        }
        drop(rank);
        let mut starts = vec![0u32; terms.len() + 1];
        for &term in &term_of {
            starts[term as usize + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        // Each posting swapped straight into its term's next free slot (American flag
        // sort): no second array and no generic sort in the wasm. Order within a term
        // does not matter: a word's score is the best and the sum of its postings.
        let mut free = starts.clone();
        for term in 0..terms.len() {
            let end = starts[term + 1];
            while free[term] < end {
                let i = free[term] as usize;
                let t = term_of[i] as usize;
                if t == term {
                    free[term] += 1;
                } else {
                    let j = free[t] as usize;
                    term_of.swap(i, j);
                    postings.swap(i, j);
                    free[t] += 1;
                }
            }
        }
        drop(free);
        let mut doc_start = vec![0u32; catalogue.procedures.len() + 1];
        for p in &postings {
            if let Some(c) = doc_start.get_mut(p.doc as usize + 1) {
                *c += 1;
            }
        }
        for i in 1..doc_start.len() {
            doc_start[i] += doc_start[i - 1];
        }
        // The term ids are known from `starts` now: their array becomes `by_doc`.
        let mut fill = doc_start.clone();
        let mut by_doc = term_of;
        for (i, p) in postings.iter().enumerate() {
            if let Some(f) = fill.get_mut(p.doc as usize) {
                if let Some(slot) = by_doc.get_mut(*f as usize) {
                    *slot = i as u32;
                }
                *f += 1;
            }
        }
        drop(fill);
        let by_name = |lang: Lang| {
            order_by_name(catalogue.procedures.len(), &|i| {
                catalogue
                    .procedures
                    .get(i)
                    .map_or("", |p| p.name.get(lang).0)
            })
        };
        SearchIndex {
            terms,
            starts,
            postings,
            by_doc,
            doc_start,
            lookup_factor: 16,
            exact_forms: b.exact_forms,
            name_len,
            withdrawn,
            replacement,
            alphabetical: [by_name(Lang::Vi), by_name(Lang::En)],
            scratch: RefCell::new(Scratch::default()),
        }
    }

    /// The vocabulary entries matching one query word, with how well they match.
    fn candidates(&self, folded: &str, typing: bool, out: &mut Vec<(usize, f32)>) {
        out.clear();
        let at = self.terms.partition_point(|t| &**t < folded);
        if typing {
            // The word being typed: every word it begins (itself included).
            for (i, t) in self.terms.iter().enumerate().skip(at) {
                if !t.starts_with(folded) {
                    break;
                }
                out.push((
                    i,
                    if t.len() == folded.len() {
                        EXACT
                    } else {
                        PREFIX
                    },
                ));
            }
        } else if self.terms.get(at).is_some_and(|t| **t == *folded) {
            out.push((at, EXACT));
        }
        let len = folded.len();
        if len + 1 >= TYPO_MIN_LEN && !folded.bytes().any(|b| b.is_ascii_digit()) {
            let q = folded.as_bytes();
            for (i, t) in self.terms.iter().enumerate() {
                let tb = t.as_bytes();
                let fits = if len >= TYPO_MIN_LEN {
                    tb.len() + 1 >= len && tb.len() <= len + 1
                } else {
                    tb.len() == len + 1
                };
                if fits && tb != q && within_one_edit(q, tb) && !(typing && t.starts_with(folded)) {
                    out.push((
                        i,
                        if len >= TYPO_MIN_LEN {
                            TYPO
                        } else {
                            SHORT_TYPO
                        },
                    ));
                }
            }
        }
    }

    /// What the list shows: with a query, the matches best first ([`Self::find`]);
    /// without one, under a life event, its procedures in the catalogue's order for that
    /// event (the order a person meets them: register the birth, then residence…);
    /// otherwise every procedure passing the filters in Vietnamese alphabetical order of
    /// its name in `lang` (Đ after D, Ư after U).
    pub fn list(
        &self,
        catalogue: &Catalogue,
        query: &str,
        filters: &Filters,
        lang: Lang,
    ) -> Vec<usize> {
        let lowered = lower_exact(query);
        let (query_words, typing_last) = searched_words(query, &lowered);
        if !query_words.is_empty() {
            return self.ranked(catalogue, &query_words, typing_last, filters);
        }
        let resolved = Resolved::new(catalogue, filters);
        if let Some(event) = filters.life_event.as_deref() {
            let mut seen = Vec::new();
            for id in catalogue
                .life_events
                .iter()
                .filter(|e| e.id == event)
                .flat_map(|e| &e.procedures)
            {
                let Some(i) = catalogue.procedures.iter().position(|p| &p.id == id) else {
                    continue;
                };
                if !seen.contains(&i)
                    && passes(catalogue, &catalogue.procedures[i], filters, &resolved)
                {
                    seen.push(i);
                }
            }
            return seen;
        }
        let order = &self.alphabetical[usize::from(lang == Lang::En)];
        order
            .iter()
            .map(|&i| i as usize)
            .filter(|&i| {
                catalogue
                    .procedures
                    .get(i)
                    .is_some_and(|p| passes(catalogue, p, filters, &resolved))
            })
            .collect()
    }

    /// Positions in `catalogue.procedures` of the procedures matching `query` and
    /// `filters`, best first. An empty query (or one letter being typed, see
    /// [`searched_words`]) gives every procedure passing the filters, in catalogue order.
    pub fn find(&self, catalogue: &Catalogue, query: &str, filters: &Filters) -> Vec<usize> {
        let lowered = lower_exact(query);
        let (query_words, typing_last) = searched_words(query, &lowered);
        if query_words.is_empty() {
            let resolved = Resolved::new(catalogue, filters);
            return (0..catalogue.procedures.len())
                .filter(|&i| {
                    catalogue
                        .procedures
                        .get(i)
                        .is_some_and(|p| passes(catalogue, p, filters, &resolved))
                })
                .collect();
        }
        self.ranked(catalogue, &query_words, typing_last, filters)
    }

    /// The ranked search of [`Self::find`] and [`Self::list`], for words already split
    /// and folded once.
    fn ranked(
        &self,
        catalogue: &Catalogue,
        query_words: &[Word<'_>],
        typing_last: bool,
        filters: &Filters,
    ) -> Vec<usize> {
        let resolved = Resolved::new(catalogue, filters);
        let keep = |i: usize| {
            catalogue
                .procedures
                .get(i)
                .is_some_and(|p| passes(catalogue, p, filters, &resolved))
        };
        let n = self.name_len.len();
        let mut guard = self.scratch.borrow_mut();
        let s = &mut *guard;
        for v in [&mut s.score, &mut s.best, &mut s.sum] {
            v.clear();
            v.resize(n, 0.0);
        }
        s.matched.clear();
        s.matched.resize(n, 0);
        s.first.clear();
        s.first.resize(n, u32::MAX);
        s.hits.clear();
        let mut known = Vec::with_capacity(query_words.len());
        let last = query_words.len() - 1;
        for (qi, w) in query_words.iter().enumerate() {
            let typing = typing_last && qi == last;
            // Only finished words are kept: the word being typed changes with every
            // keystroke anyway (and a benchmark repeating one query measures the
            // keystroke as typed).
            let seen = if typing {
                None
            } else {
                s.known.iter().position(|(f, _)| *f == w.folded)
            };
            let cands = match seen {
                Some(at) => s.known.swap_remove(at).1,
                None => {
                    let mut cands = Vec::new();
                    self.candidates(&w.folded, typing, &mut cands);
                    cands
                }
            };
            // Diacritics typed: reward the words written exactly so.
            let marked = w.exact != w.folded;
            std::mem::swap(&mut s.alive, &mut s.touched);
            s.touched.clear();
            s.next.clear();
            s.work.clear();
            // The words this one begins are a run of the sorted vocabulary, so their
            // postings are one range of `postings`.
            let run = cands.iter().take_while(|c| c.1 >= PREFIX).count();
            let posting_range = |from: usize, to: usize| {
                let at = |t: usize| self.starts.get(t).map_or(0, |&x| x as usize);
                (at(from), at(to))
            };
            let (lo, hi) = match (cands.first(), run.checked_sub(1).and_then(|r| cands.get(r))) {
                (Some(first), Some(end)) => posting_range(first.0, end.0 + 1),
                _ => (0, 0),
            };
            let exact_end = match cands.first() {
                Some(&(t, q)) if q == EXACT => posting_range(t, t + 1).1,
                _ => lo,
            };
            // Few procedures left and many postings: look each procedure up instead.
            let by_doc =
                qi > 0 && run > 0 && s.alive.len().saturating_mul(self.lookup_factor) < hi - lo;
            if by_doc {
                for &d in &s.alive {
                    let from = self.doc_start.get(d as usize).map_or(0, |&x| x as usize);
                    let to = self
                        .doc_start
                        .get(d as usize + 1)
                        .map_or(0, |&x| x as usize);
                    let list = self.by_doc.get(from..to).unwrap_or_default();
                    let start = list.partition_point(|&i| (i as usize) < lo);
                    for &i in list.get(start..).unwrap_or_default() {
                        if i as usize >= hi {
                            break;
                        }
                        let quality = if (i as usize) < exact_end {
                            EXACT
                        } else {
                            PREFIX
                        };
                        s.work.push((i, quality));
                    }
                }
            }
            for &(term, quality) in cands
                .get(if by_doc { run } else { 0 }..)
                .unwrap_or_default()
            {
                let (from, to) = posting_range(term, term + 1);
                for i in from..to {
                    // A typo counts in names, keywords and codes only: in the agencies'
                    // and fields' shared words ("hành chính" for "han") it matched
                    // nearly every procedure, at the cost of every keystroke after.
                    let alive = self.postings.get(i).is_some_and(|p| {
                        usize::from(s.matched[p.doc as usize]) == qi
                            && (quality >= PREFIX || WEIGHT[p.field as usize] >= TYPO_FIELD)
                    });
                    if alive {
                        s.work.push((i as u32, quality));
                    }
                }
            }
            let work = std::mem::take(&mut s.work);
            for &(i, quality) in &work {
                {
                    let Some(p) = self.postings.get(i as usize) else {
                        continue;
                    };
                    let d = p.doc as usize;
                    let weight = WEIGHT[p.field as usize];
                    let mut score = weight * quality;
                    if marked {
                        let form = &self.exact_forms[p.exact as usize];
                        let same = if quality < EXACT {
                            form.starts_with(w.exact)
                        } else {
                            **form == *w.exact
                        };
                        if same {
                            score += weight * SAME_DIACRITICS;
                        }
                    }
                    let pos = u32::from(p.pos);
                    let before = if qi > 0 { s.before(p.doc, pos) } else { None };
                    let (run, from_start) = match before {
                        Some(h) => {
                            score += weight * IN_ORDER;
                            (h.run + 1, h.from_start)
                        }
                        None => (1, p.flags & FIRST != 0),
                    };
                    // The last word completes the whole name or keyword, word for word.
                    if qi == last
                        && usize::from(run) == query_words.len()
                        && from_start
                        && p.flags & LAST != 0
                    {
                        score += weight * WHOLE;
                    }
                    if qi < last {
                        s.next.push(Hit {
                            doc: p.doc,
                            pos,
                            run,
                            from_start,
                        });
                    }
                    if s.best[d] == 0.0 {
                        s.touched.push(p.doc);
                    }
                    if quality == EXACT {
                        s.sum[d] += score;
                    }
                    if score > s.best[d] {
                        s.best[d] = score;
                    }
                }
            }
            s.work = work;
            for &d in &s.touched {
                let d = d as usize;
                let repeats = (s.sum[d] - s.best[d]).max(0.0) * REPEAT;
                s.score[d] += s.best[d] + repeats.min(s.best[d] * REPEAT_CAP);
                s.sum[d] = 0.0;
                s.matched[d] += 1;
                s.best[d] = 0.0;
            }
            if !typing {
                known.push((w.folded.clone(), cands));
            }
            if s.touched.is_empty() {
                // Nothing matched this word: the later ones cannot bring anything back.
                s.known = known;
                return Vec::new();
            }
            if qi < last {
                s.group_next();
            }
        }
        s.known = known;
        let want = query_words.len() as u16;
        // A match on a withdrawn procedure counts for its replacement when that matches
        // too: what people remember ("LLTP" at the old office) leads to what replaced it.
        // `best` is free now: it holds the credit.
        for d in 0..n {
            if s.matched[d] == want && self.withdrawn[d] {
                let r = self.replacement[d] as usize;
                if s.matched.get(r) == Some(&want) {
                    s.best[r] = s.best[r].max(s.score[d] + SHORT_NAME);
                }
            }
        }
        let mut found: Vec<(usize, f32)> = (0..n)
            .filter(|&d| s.matched[d] == want && keep(d))
            .map(|d| {
                let mut score = s.score[d] + SHORT_NAME / (1.0 + f32::from(self.name_len[d]) / 8.0);
                if self.withdrawn[d] {
                    score -= WITHDRAWN;
                }
                (d, score.max(s.best[d]))
            })
            .collect();
        found.sort_unstable_by(|a, b| match b.1.total_cmp(&a.1) {
            Ordering::Equal => a.0.cmp(&b.0),
            other => other,
        });
        found.into_iter().map(|(d, _)| d).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_codes_whole_and_split_the_rest() {
        let got: Vec<&str> = split_words("thủ tục 1.001193, kq.g15 (số 2). 3.").collect();
        assert_eq!(got, ["thủ", "tục", "1.001193", "kq", "g15", "số", "2", "3"]);
    }

    #[test]
    fn word_characters_are_std_alphanumerics() {
        for c in (0..=0x2FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn one_edit_means_one() {
        for (a, b) in [
            ("khai", "khia"),
            ("sinh", "sinhh"),
            ("than", "thn"),
            ("than", "thanh"),
            ("hon", "hon"),
        ] {
            assert!(within_one_edit(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
        for (a, b) in [("khai", "kiah"), ("sinh", "sinhhh"), ("than", "thua")] {
            assert!(!within_one_edit(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
    }
}
