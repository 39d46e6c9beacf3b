//! A small JSON reader and writer of our own.
//!
//! Why not serde_json: in the wasm it costs about 24 KB gzip of a 100 KB budget, it stops
//! at the first error without a JSON path, and its depth limit is not the contract's.
//! This reader turns bytes into a [`Json`] tree in one pass, borrowing every string
//! literal that has no escapes, keeping object keys in order *with* duplicates (so the
//! validator can report them), and failing with a line, a column and the JSON path where
//! the text broke. The catalogue walker (`crate::catalogue`) then reads the tree.
//!
//! The writer is the inverse, compact and correctly escaped: the journey state is saved
//! with it, and the round-trip tests write a model back to JSON with it.

use std::borrow::Cow;

/// What the reader refuses before building a tree. The caller's contract sets them (the
/// catalogue's are `crate::catalogue::limits::JSON`): this module knows JSON, not what a
/// document may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Larger input is rejected before parsing.
    pub max_bytes: usize,
    /// Containers nested deeper than this are rejected while parsing.
    pub max_depth: usize,
}

/// A parsed JSON value. Strings borrow from the input unless they held escapes.
#[derive(Clone, Debug, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    Number(Number<'a>),
    String(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    /// Keys in document order, duplicates kept.
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// A JSON number as written.
///
/// Only the text is kept: a double cannot tell `8000` from `8000.0` nor hold an amount
/// beyond 2^53 exactly, and the walker only ever needs whole numbers, which
/// [`Number::as_u64`] reads by hand. Parsing to `f64` ([`Number::as_f64`]) pulls about
/// 10 KB of conversion tables into the wasm, so nothing on the widget's path calls it.
#[derive(Clone, Debug, PartialEq)]
pub struct Number<'a> {
    /// Valid JSON number syntax (the parser checked it).
    pub raw: Cow<'a, str>,
}

impl Number<'_> {
    /// The number as a whole number ≥ 0, if it is one that fits in a `u64`
    /// (`8000`, `8e3`, `8000.0`, `-0`); `None` for fractions, negatives and huge values.
    pub fn as_u64(&self) -> Option<u64> {
        let raw = self.raw.as_bytes();
        let (negative, rest) = match raw.split_first() {
            Some((b'-', rest)) => (true, rest),
            _ => (false, raw),
        };
        let e = rest.iter().position(|&b| b == b'e' || b == b'E');
        let mantissa = rest.get(..e.unwrap_or(rest.len())).unwrap_or_default();
        let mut exponent: i64 = 0;
        if let Some(e) = e {
            let exp = rest.get(e + 1..).unwrap_or_default();
            let (sign, digits) = match exp.split_first() {
                Some((b'-', d)) => (-1, d),
                Some((b'+', d)) => (1, d),
                _ => (1, exp),
            };
            for &d in digits {
                // Saturate: anything this large is out of range either way.
                exponent = (exponent * 10 + i64::from(d - b'0')).min(1_000_000);
            }
            exponent *= sign;
        }
        let dot = mantissa.iter().position(|&b| b == b'.');
        let int = mantissa
            .get(..dot.unwrap_or(mantissa.len()))
            .unwrap_or_default();
        let frac = dot.and_then(|d| mantissa.get(d + 1..)).unwrap_or_default();
        exponent -= frac.len() as i64;
        // Significant digits, without leading zeros; trailing zeros move into the exponent.
        let mut digits: Vec<u8> = int
            .iter()
            .chain(frac)
            .copied()
            .skip_while(|&d| d == b'0')
            .collect();
        while digits.last() == Some(&b'0') {
            digits.pop();
            exponent += 1;
        }
        if digits.is_empty() {
            return Some(0);
        }
        if negative || exponent < 0 || digits.len() as i64 + exponent > 20 {
            return None;
        }
        let mut n: u64 = 0;
        for d in digits {
            n = n.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
        }
        for _ in 0..exponent {
            n = n.checked_mul(10)?;
        }
        Some(n)
    }

    /// The value as a double (`1e400` is infinity). Costly in the wasm: see the type.
    pub fn as_f64(&self) -> f64 {
        self.raw.parse().unwrap_or(f64::NAN)
    }

    pub fn from_u64(n: u64) -> Number<'static> {
        Number {
            raw: Cow::Owned(n.to_string()),
        }
    }
}

impl<'a> Json<'a> {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json<'a>]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(Cow<'a, str>, Json<'a>)]> {
        match self {
            Json::Object(entries) => Some(entries),
            _ => None,
        }
    }

    /// The value of `key` in an object; the last one when the key is repeated, as
    /// `JSON.parse` does, so the widget agrees with every other tool.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.as_object()?
            .iter()
            .rev()
            .find(|(k, _)| key_eq(k, key))
            .map(|(_, v)| v)
    }

    /// The same value, owning all its text.
    pub fn into_owned(self) -> Json<'static> {
        let own = |s: Cow<'_, str>| Cow::Owned(s.into_owned());
        match self {
            Json::Null => Json::Null,
            Json::Bool(b) => Json::Bool(b),
            Json::Number(n) => Json::Number(Number { raw: own(n.raw) }),
            Json::String(s) => Json::String(own(s)),
            Json::Array(items) => Json::Array(items.into_iter().map(Json::into_owned).collect()),
            Json::Object(entries) => Json::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (own(k), v.into_owned()))
                    .collect(),
            ),
        }
    }

    /// A string value that owns its text.
    pub fn string(s: impl Into<String>) -> Json<'static> {
        Json::String(Cow::Owned(s.into()))
    }
}

/// Whether two object keys are equal. Inlined, and length and first byte first: the
/// walker compares keys all the time (every lookup of a key an object does not have
/// compares it with every key there), nearly always unequal, and in the wasm a call to
/// `memcmp` for each was a quarter of loading a catalogue.
#[inline(always)]
pub fn key_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// One step of a JSON path: an object key or an array index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathSeg<'a> {
    Key(Cow<'a, str>),
    Index(usize),
}

/// Renders a path the way the contract writes it: `procedures[12].documents[3].originals`,
/// `$` for the root. Keys that are not plain words are quoted: `agencies[0]["a b"]`.
pub fn path_string(segs: &[PathSeg<'_>]) -> String {
    let mut out = String::new();
    for seg in segs {
        push_path_seg(&mut out, seg);
    }
    if out.is_empty() {
        out.push('$');
    }
    out
}

pub(crate) fn push_path_seg(out: &mut String, seg: &PathSeg<'_>) {
    match seg {
        PathSeg::Index(i) => {
            out.push('[');
            out.push_str(&i.to_string());
            out.push(']');
        }
        PathSeg::Key(k) => push_path_key(out, k),
    }
}

pub(crate) fn push_path_key(out: &mut String, key: &str) {
    let plain = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if plain {
        if !out.is_empty() {
            out.push('.');
        }
        out.push_str(key);
    } else {
        out.push('[');
        write_string(key, out);
        out.push(']');
    }
}

/// Why bytes could not be read as JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// No bytes, or only white space.
    Empty,
    /// Larger than the contract's limit.
    TooLarge {
        bytes: usize,
    },
    /// Starts with a UTF-16 byte order mark or has the zero bytes of UTF-16 text.
    Utf16 {
        little_endian: bool,
    },
    /// Not valid UTF-8 from `offset` on.
    NotUtf8,
    /// Starts with `<`: an HTML page (a 404 or a login page from a misconfigured server).
    Html,
    /// Containers nested deeper than the limit.
    TooDeep,
    ExpectedValue {
        found: Option<char>,
    },
    ExpectedKey {
        found: Option<char>,
    },
    ExpectedColon {
        found: Option<char>,
    },
    /// `,` or the closing bracket (`]` or `}`) was expected.
    ExpectedCommaOr {
        close: char,
        found: Option<char>,
    },
    TrailingComma,
    LeadingZero,
    InvalidNumber,
    InvalidEscape {
        found: Option<char>,
    },
    LoneSurrogate,
    /// A raw control character (U+0000–U+001F) inside a string.
    ControlInString {
        code: u8,
    },
    UnterminatedString,
    /// More text after the JSON value ended.
    TrailingContent {
        found: char,
    },
}

/// A failed parse, located by byte offset, line and column (1-based, in characters) and
/// the JSON path of the value being read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub kind: ParseErrorKind,
    pub offset: usize,
    pub line: usize,
    pub column: usize,
    pub path: String,
}

struct Fail<'a> {
    kind: ParseErrorKind,
    offset: usize,
    /// Innermost first: pushed while unwinding, so the happy path never builds a path.
    segs: Vec<PathSeg<'a>>,
}

type Res<'a, T> = Result<T, Box<Fail<'a>>>;

/// Parses bytes as JSON under `limits` (size, depth), accepting a UTF-8 BOM.
pub fn parse<'a>(bytes: &'a [u8], limits: &Limits) -> Result<Json<'a>, ParseError> {
    let at_root = |kind, offset| ParseError {
        kind,
        offset,
        line: 1,
        column: 1,
        path: "$".to_string(),
    };
    if bytes.len() > limits.max_bytes {
        return Err(at_root(ParseErrorKind::TooLarge { bytes: bytes.len() }, 0));
    }
    match bytes {
        [0xFF, 0xFE, ..] => {
            return Err(at_root(
                ParseErrorKind::Utf16 {
                    little_endian: true,
                },
                0,
            ))
        }
        [0xFE, 0xFF, ..] => {
            return Err(at_root(
                ParseErrorKind::Utf16 {
                    little_endian: false,
                },
                0,
            ))
        }
        [a, 0, ..] if *a != 0 => {
            return Err(at_root(
                ParseErrorKind::Utf16 {
                    little_endian: true,
                },
                0,
            ))
        }
        [0, b, ..] if *b != 0 => {
            return Err(at_root(
                ParseErrorKind::Utf16 {
                    little_endian: false,
                },
                0,
            ))
        }
        _ => {}
    }
    let bom = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        3
    } else {
        0
    };
    let body = bytes.get(bom..).unwrap_or_default();
    let text = match std::str::from_utf8(body) {
        Ok(text) => text,
        Err(e) => return Err(at_root(ParseErrorKind::NotUtf8, bom + e.valid_up_to())),
    };
    let first = text
        .bytes()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
    match first.and_then(|i| text.as_bytes().get(i)) {
        None => return Err(at_root(ParseErrorKind::Empty, 0)),
        Some(b'<') => return Err(at_root(ParseErrorKind::Html, bom + first.unwrap_or(0))),
        Some(_) => {}
    }
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        max_depth: limits.max_depth,
        items: Vec::new(),
        entries: Vec::new(),
    };
    let result = parser.value(1).and_then(|value| {
        parser.skip_ws();
        match parser.peek_char() {
            None => Ok(value),
            Some(found) => Err(parser.fail(ParseErrorKind::TrailingContent { found })),
        }
    });
    result.map_err(|fail| {
        let Fail {
            kind,
            offset,
            mut segs,
        } = *fail;
        segs.reverse();
        let offset = offset + bom;
        let (line, column) = line_column(bytes, offset);
        ParseError {
            kind,
            offset,
            line,
            column,
            path: path_string(&segs),
        }
    })
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = bytes.get(..offset).unwrap_or(bytes);
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let column = 1 + before
        .get(line_start..)
        .unwrap_or_default()
        .iter()
        .filter(|&&b| (b & 0xC0) != 0x80)
        .count();
    (line, column)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    max_depth: usize,
    /// Scratch stacks: a container's members are gathered here and moved into a Vec of
    /// exactly their number when it closes, one allocation per container instead of a
    /// chain of regrowths, and no spare capacity kept in the tree.
    items: Vec<Json<'a>>,
    entries: Vec<(Cow<'a, str>, Json<'a>)>,
}

impl<'a> Parser<'a> {
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn peek_char(&self) -> Option<char> {
        self.text.get(self.pos..).and_then(|s| s.chars().next())
    }

    fn fail(&self, kind: ParseErrorKind) -> Box<Fail<'a>> {
        self.fail_at(kind, self.pos)
    }

    fn fail_at(&self, kind: ParseErrorKind, offset: usize) -> Box<Fail<'a>> {
        Box::new(Fail {
            kind,
            offset,
            segs: Vec::new(),
        })
    }

    /// A slice between two positions the parser found; both are at ASCII bytes, so on
    /// character boundaries.
    #[inline(always)]
    fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or_default()
    }

    #[inline(always)]
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Res<'a, Json<'a>> {
        self.skip_ws();
        match self.peek() {
            Some(b'{') => {
                if depth > self.max_depth {
                    return Err(self.fail(ParseErrorKind::TooDeep));
                }
                self.object(depth)
            }
            Some(b'[') => {
                if depth > self.max_depth {
                    return Err(self.fail(ParseErrorKind::TooDeep));
                }
                self.array(depth)
            }
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.fail(ParseErrorKind::ExpectedValue {
                found: self.peek_char(),
            })),
        }
    }

    fn literal(&mut self, word: &str, value: Json<'a>) -> Res<'a, Json<'a>> {
        if self.bytes.get(self.pos..self.pos + word.len()) == Some(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.fail(ParseErrorKind::ExpectedValue {
                found: self.peek_char(),
            }))
        }
    }

    fn array(&mut self, depth: usize) -> Res<'a, Json<'a>> {
        self.pos += 1;
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(Vec::new()));
        }
        let base = self.items.len();
        // Counted apart from the scratch stack: a nested container that failed leaves
        // its own members on it, so `items.len() - base` would name the wrong index.
        let mut index = 0;
        loop {
            match self.value(depth + 1) {
                Ok(v) => {
                    self.items.push(v);
                    index += 1;
                }
                Err(mut e) => {
                    self.items.truncate(base);
                    e.segs.push(PathSeg::Index(index));
                    return Err(e);
                }
            }
            self.skip_ws();
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() == Some(b']') {
                        return Err(self.fail(ParseErrorKind::TrailingComma));
                    }
                }
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(self.items.drain(base..).collect()));
                }
                _ => {
                    return Err(self.fail(ParseErrorKind::ExpectedCommaOr {
                        close: ']',
                        found: self.peek_char(),
                    }))
                }
            }
        }
    }

    fn object(&mut self, depth: usize) -> Res<'a, Json<'a>> {
        self.pos += 1;
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(Vec::new()));
        }
        let base = self.entries.len();
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.fail(ParseErrorKind::ExpectedKey {
                    found: self.peek_char(),
                }));
            }
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.fail(ParseErrorKind::ExpectedColon {
                    found: self.peek_char(),
                }));
            }
            self.pos += 1;
            match self.value(depth + 1) {
                Ok(v) => self.entries.push((key, v)),
                Err(mut e) => {
                    self.entries.truncate(base);
                    e.segs.push(PathSeg::Key(key));
                    return Err(e);
                }
            }
            self.skip_ws();
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() == Some(b'}') {
                        return Err(self.fail(ParseErrorKind::TrailingComma));
                    }
                }
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(self.entries.drain(base..).collect()));
                }
                _ => {
                    return Err(self.fail(ParseErrorKind::ExpectedCommaOr {
                        close: '}',
                        found: self.peek_char(),
                    }))
                }
            }
        }
    }

    /// Reads a string literal starting at the opening quote; borrowed when it has no
    /// escapes, which is nearly always.
    fn string(&mut self) -> Res<'a, Cow<'a, str>> {
        let start = self.pos + 1;
        let rest = self.bytes.get(start..).unwrap_or_default();
        // One tight scan to the first byte that needs a look: nearly always the quote.
        let stop = rest
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20);
        let Some(i) = stop.map(|n| start + n) else {
            return Err(self.fail_at(ParseErrorKind::UnterminatedString, self.pos));
        };
        match self.bytes.get(i).copied().unwrap_or(b'"') {
            b'"' => {
                self.pos = i + 1;
                Ok(Cow::Borrowed(self.slice(start, i)))
            }
            b'\\' => self.string_escaped(start, i).map(Cow::Owned),
            c => Err(self.fail_at(ParseErrorKind::ControlInString { code: c }, i)),
        }
    }

    fn string_escaped(&mut self, start: usize, first_escape: usize) -> Res<'a, String> {
        let mut out = String::with_capacity(first_escape - start + 16);
        out.push_str(self.slice(start, first_escape));
        let mut i = first_escape;
        let mut run = i;
        loop {
            match self.bytes.get(i) {
                None => return Err(self.fail_at(ParseErrorKind::UnterminatedString, start - 1)),
                Some(b'"') => {
                    out.push_str(self.slice(run, i));
                    self.pos = i + 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(self.slice(run, i));
                    let escaped = match self.bytes.get(i + 1) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            let (c, len) = self.unicode_escape(i)?;
                            out.push(c);
                            i += len;
                            run = i;
                            continue;
                        }
                        _ => {
                            let found = self.text.get(i + 1..).and_then(|s| s.chars().next());
                            return Err(self.fail_at(ParseErrorKind::InvalidEscape { found }, i));
                        }
                    };
                    out.push(escaped);
                    i += 2;
                    run = i;
                }
                Some(&c) if c < 0x20 => {
                    return Err(self.fail_at(ParseErrorKind::ControlInString { code: c }, i))
                }
                Some(_) => i += 1,
            }
        }
    }

    /// Reads `\uXXXX` (and its low surrogate when it is a high one) at `i`; returns the
    /// character and how many bytes it took.
    fn unicode_escape(&self, i: usize) -> Res<'a, (char, usize)> {
        let hex4 = |at: usize| -> Option<u32> {
            let digits = self.bytes.get(at..at + 4)?;
            let mut n = 0u32;
            for &d in digits {
                n = n * 16 + (d as char).to_digit(16)?;
            }
            Some(n)
        };
        let bad_escape = || {
            let found = self.text.get(i + 1..).and_then(|s| s.chars().next());
            self.fail_at(ParseErrorKind::InvalidEscape { found }, i)
        };
        let first = hex4(i + 2).ok_or_else(bad_escape)?;
        match first {
            0xD800..=0xDBFF => {
                if self.bytes.get(i + 6..i + 8) != Some(b"\\u") {
                    return Err(self.fail_at(ParseErrorKind::LoneSurrogate, i));
                }
                let second = hex4(i + 8).ok_or_else(bad_escape)?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.fail_at(ParseErrorKind::LoneSurrogate, i));
                }
                let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                let c = char::from_u32(code)
                    .ok_or_else(|| self.fail_at(ParseErrorKind::LoneSurrogate, i))?;
                Ok((c, 12))
            }
            0xDC00..=0xDFFF => Err(self.fail_at(ParseErrorKind::LoneSurrogate, i)),
            _ => char::from_u32(first)
                .map(|c| (c, 6))
                .ok_or_else(|| self.fail_at(ParseErrorKind::LoneSurrogate, i)),
        }
    }

    fn number(&mut self) -> Res<'a, Json<'a>> {
        let start = self.pos;
        let digits = |p: &mut Self| {
            let from = p.pos;
            while let Some(b'0'..=b'9') = p.peek() {
                p.pos += 1;
            }
            p.pos > from
        };
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.fail_at(ParseErrorKind::LeadingZero, start));
                }
            }
            Some(b'1'..=b'9') => {
                digits(self);
            }
            _ => return Err(self.fail_at(ParseErrorKind::InvalidNumber, start)),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !digits(self) {
                return Err(self.fail_at(ParseErrorKind::InvalidNumber, start));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if !digits(self) {
                return Err(self.fail_at(ParseErrorKind::InvalidNumber, start));
            }
        }
        Ok(Json::Number(Number {
            raw: Cow::Borrowed(self.slice(start, self.pos)),
        }))
    }
}

/// Writes `value` as compact JSON.
pub fn write(value: &Json<'_>, out: &mut String) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(true) => out.push_str("true"),
        Json::Bool(false) => out.push_str("false"),
        Json::Number(n) => {
            if n.raw.is_empty() {
                out.push_str("null");
            } else {
                out.push_str(&n.raw);
            }
        }
        Json::String(s) => write_string(s, out),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(item, out);
            }
            out.push(']');
        }
        Json::Object(entries) => {
            out.push('{');
            for (i, (key, item)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(key, out);
                out.push(':');
                write(item, out);
            }
            out.push('}');
        }
    }
}

/// `value` as a compact JSON string.
pub fn to_string(value: &Json<'_>) -> String {
    let mut out = String::new();
    write(value, &mut out);
    out
}

/// Writes a quoted, escaped JSON string literal.
pub fn write_string(s: &str, out: &mut String) {
    out.push('"');
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0C => "\\f",
            0..=0x1F => "",
            _ => continue,
        };
        out.push_str(s.get(run..i).unwrap_or_default());
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xF)] as char);
        } else {
            out.push_str(escape);
        }
        run = i + 1;
    }
    out.push_str(s.get(run..).unwrap_or_default());
    out.push('"');
}

#[cfg(test)]
mod tests;
