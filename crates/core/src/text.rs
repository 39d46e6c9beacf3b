//! Vietnamese text: NFC composition, accent folding for search, Vietnamese collation,
//! detection of text garbled by old Vietnamese encodings, and number/date forms.
//!
//! This runs inside the wasm on cheap phones, so it uses a 72-letter table of its own
//! instead of a Unicode normalisation crate (about 60 KB gzip for the crate against under
//! 2 KB here; see research/size-and-speed.md §4). The table covers what Vietnamese needs,
//! the twelve vowels × six tones × two cases plus `đ`; other scripts pass through as they
//! are.

use std::borrow::Cow;
use std::cmp::Ordering;

/// The twelve vowels (a ă â e ê i o ô ơ u ư y) in lower case, one row each, by tone.
/// Tones are in dictionary order (none, huyền, hỏi, ngã, sắc, nặng) so that the column
/// doubles as the secondary collation key.
const VOWELS: [[char; 6]; 12] = [
    ['a', 'à', 'ả', 'ã', 'á', 'ạ'],
    ['ă', 'ằ', 'ẳ', 'ẵ', 'ắ', 'ặ'],
    ['â', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ'],
    ['e', 'è', 'ẻ', 'ẽ', 'é', 'ẹ'],
    ['ê', 'ề', 'ể', 'ễ', 'ế', 'ệ'],
    ['i', 'ì', 'ỉ', 'ĩ', 'í', 'ị'],
    ['o', 'ò', 'ỏ', 'õ', 'ó', 'ọ'],
    ['ô', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ'],
    ['ơ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ'],
    ['u', 'ù', 'ủ', 'ũ', 'ú', 'ụ'],
    ['ư', 'ừ', 'ử', 'ữ', 'ứ', 'ự'],
    ['y', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ'],
];

/// What each row of [`VOWELS`] folds to.
const BASE: &[u8; 12] = b"aaaeeiooouuy";

/// Place of each row of [`VOWELS`] in the alphabet (see [`letter_rank`]).
const VOWEL_RANK: [u8; 12] = [0, 1, 2, 7, 8, 12, 18, 19, 20, 26, 27, 31];

/// Place of `a`..=`z` in the Vietnamese alphabet `a ă â b c d đ e ê g h i k l m n o ô ơ p
/// q r s t u ư v x y`, with the foreign letters f, j, w, z slotted in Latin order so that
/// names and codes still sort sensibly.
const ASCII_RANK: [u8; 26] = [
    0, 3, 4, 5, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31,
    32,
];
const RANK_DD: u8 = 6;

const NONE: u8 = u8::MAX;

/// Reverse of [`VOWELS`] over one code-point range (`row * 6 + tone` at
/// `(c - start) / step`), built by the compiler so that the two tables cannot drift apart.
const fn reverse<const N: usize>(start: u32, step: u32) -> [u8; N] {
    let mut table = [NONE; N];
    let mut i = 0;
    while i < 72 {
        let c = VOWELS[i / 6][i % 6] as u32;
        if c >= start && (c - start).is_multiple_of(step) && ((c - start) / step) < N as u32 {
            table[((c - start) / step) as usize] = i as u8;
        }
        i += 1;
    }
    table
}

/// Lower-case letters U+00E0..=U+00FF.
const LATIN1: [u8; 32] = reverse(0xE0, 1);
/// Latin Extended Additional alternates upper and lower case from U+1EA0, so only the
/// odd code points are needed.
const EXTENDED: [u8; 45] = reverse(0x1EA1, 2);

fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// Lower case of the letters that can be Vietnamese vowels, and whether `c` was upper
/// case. Other characters come back unchanged.
fn lower_vowel(c: u32) -> (u32, bool) {
    match c {
        0x41..=0x5A => (c + 0x20, true),
        0xC0..=0xDE if c != 0xD7 => (c + 0x20, true),
        0x102 | 0x128 | 0x168 | 0x1A0 | 0x1AF => (c + 1, true),
        0x1EA0..=0x1EF8 if c.is_multiple_of(2) => (c + 1, true),
        _ => (c, false),
    }
}

/// A Vietnamese vowel taken apart: row of [`VOWELS`], tone, case.
#[derive(Clone, Copy)]
struct Vowel {
    row: u8,
    tone: u8,
    upper: bool,
}

impl Vowel {
    fn of(c: char) -> Option<Vowel> {
        let (c, upper) = lower_vowel(c as u32);
        // The few vowels outside the two tables, as `row * 6 + tone`.
        let code = match c {
            0x61 => 0,
            0x65 => 18,
            0x69 => 30,
            0x6F => 36,
            0x75 => 54,
            0x79 => 66,
            0x103 => 6,
            0x129 => 33,
            0x169 => 57,
            0x1A1 => 48,
            0x1B0 => 60,
            0xE0..=0xFF => LATIN1[(c - 0xE0) as usize],
            0x1EA1..=0x1EF9 if !c.is_multiple_of(2) => EXTENDED[((c - 0x1EA1) / 2) as usize],
            _ => NONE,
        };
        (code != NONE).then_some(Vowel {
            row: code / 6,
            tone: code % 6,
            upper,
        })
    }

    fn char(self) -> char {
        let c = VOWELS[self.row as usize][self.tone as usize];
        if !self.upper {
            return c;
        }
        // Upper case sits 0x20 below in ASCII and Latin-1, one below everywhere else.
        let c = c as u32;
        char::from_u32(if c < 0x100 { c - 0x20 } else { c - 1 }).unwrap_or('\u{FFFD}')
    }

    /// Takes a following combining mark into the letter. False when the mark does not fit
    /// (a second tone, a shape the vowel cannot take): composition then stops, as in NFC.
    fn absorb(&mut self, mark: char) -> bool {
        let tone = match mark {
            '\u{300}' | '\u{340}' => 1,
            '\u{309}' => 2,
            '\u{303}' => 3,
            '\u{301}' | '\u{341}' => 4,
            '\u{323}' => 5,
            _ => {
                let row = match (self.row, mark) {
                    (0, '\u{306}') => 1,
                    (0, '\u{302}') => 2,
                    (3, '\u{302}') => 4,
                    (6, '\u{302}') => 7,
                    (6, '\u{31B}') => 8,
                    (9, '\u{31B}') => 10,
                    _ => return false,
                };
                self.row = row;
                return true;
            }
        };
        if self.tone != 0 {
            return false;
        }
        self.tone = tone;
        true
    }
}

/// Composes decomposed (NFD) or mixed Vietnamese text into NFC.
///
/// Windows exports give base + shape + tone marks, precomposed `â` + tone, or the marks
/// in either order; all of these come out as the one precomposed letter. A tone typed
/// before a circumflex or breve is not canonically equivalent (Unicode NFC would leave
/// `á` + U+0302), but nobody means that, so it is repaired to `ấ`. Marks after anything
/// that is not a Vietnamese vowel are left as they are.
pub fn nfc(s: &str) -> Cow<'_, str> {
    // U+0300..=U+036F all start with byte 0xCC or 0xCD, and those bytes start nothing
    // else but U+0370..=U+037F: text without them is returned without a copy.
    if !s.bytes().any(|b| b == 0xCC || b == 0xCD) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut pending: Option<Vowel> = None;
    for c in s.chars() {
        if let Some(v) = pending.as_mut() {
            if v.absorb(c) {
                continue;
            }
            out.push(v.char());
        }
        pending = Vowel::of(c);
        if pending.is_none() {
            // The tone marks U+0340/U+0341 are NFC-equivalent to U+0300/U+0301.
            out.push(match c {
                '\u{340}' => '\u{300}',
                '\u{341}' => '\u{301}',
                _ => c,
            });
        }
    }
    if let Some(v) = pending {
        out.push(v.char());
    }
    if out == s {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(out)
    }
}

/// Folds for search: lower case, tones and vowel marks removed, `đ` → `d`, so that
/// `dang ky` finds "Đăng ký" whether the catalogue is NFC or NFD.
pub fn fold(s: &str) -> String {
    let mut out = String::new();
    fold_into(s, &mut out);
    out
}

/// [`fold`] appending to a buffer the caller reuses, since search folds every keystroke.
pub fn fold_into(s: &str, out: &mut String) {
    out.reserve(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if is_mark(c) {
            // Dropped: tones and vowel marks of NFD text.
        } else if let Some(v) = Vowel::of(c) {
            out.push(char::from(BASE[v.row as usize]));
        } else if c == 'đ' || c == 'Đ' {
            out.push('d');
        } else {
            out.push(lower(c));
        }
    }
}

/// Lower case in NFC with diacritics kept, so that a query typed with its accents can
/// rank exact matches ("bản sao") ahead of folded ones ("bán").
pub fn lower_exact(s: &str) -> String {
    nfc(s).chars().map(lower).collect()
}

/// Lower case of one character for the scripts a Vietnamese catalogue holds: Latin
/// (with Vietnamese letters), Greek and Cyrillic. Other characters are returned as they
/// are. A table of our own: `char::to_lowercase` pulls std's full Unicode case tables
/// (about 8 KB) into the wasm.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let lowered = match u {
        0x41..=0x5A => u + 0x20,
        // Latin-1: À–Þ except ×.
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        // Latin Extended-A: pairs, upper case first, with the odd stretch 0139–0148 and
        // 0179–017E where the upper case is odd; İ (0130) and ı (0131) stand apart.
        0x0100..=0x012F | 0x0132..=0x0137 | 0x014A..=0x0177 if u.is_multiple_of(2) => u + 1,
        0x0139..=0x0148 | 0x0179..=0x017E if !u.is_multiple_of(2) => u + 1,
        0x0130 => 0x69,
        0x0178 => 0xFF,
        // Latin Extended-B: Ơ and Ư, the Vietnamese horned vowels.
        0x01A0 | 0x01AF => u + 1,
        // Greek capitals (no capital at 03A2).
        0x0391..=0x03A9 if u != 0x03A2 => u + 0x20,
        // Cyrillic.
        0x0400..=0x040F => u + 0x50,
        0x0410..=0x042F => u + 0x20,
        // Latin Extended Additional (Vietnamese ạ–ỹ among them): pairs, upper case
        // first, except the few letters between 1E96 and 1E9F.
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if u.is_multiple_of(2) => u + 1,
        _ => u,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// Collation weights of one character: letter, tone, case.
fn collation_key(c: char) -> (u32, u8, bool) {
    if let Some(v) = Vowel::of(c) {
        return (letter_rank(VOWEL_RANK[v.row as usize]), v.tone, v.upper);
    }
    match c {
        'đ' => (letter_rank(RANK_DD), 0, false),
        'Đ' => (letter_rank(RANK_DD), 0, true),
        'a'..='z' => (letter_rank(ASCII_RANK[c as usize - 0x61]), 0, false),
        'A'..='Z' => (letter_rank(ASCII_RANK[c as usize - 0x41]), 0, true),
        // Spaces, digits and punctuation before letters, other scripts after them.
        '\0'..='\u{7F}' => (c as u32, 0, false),
        _ => {
            let l = lower(c);
            (0x200 + l as u32, 0, l != c)
        }
    }
}

fn letter_rank(rank: u8) -> u32 {
    0x100 + u32::from(rank)
}

/// `0..n` in Vietnamese alphabetical order of `name(i)` (ties by position). The one
/// place the wasm sorts by name: every `sort_by` closure is its own copy of the sort.
pub fn order_by_name<'a>(n: usize, name: &dyn Fn(usize) -> &'a str) -> Vec<u32> {
    // Each name composed once (borrowed when it is NFC, as a loaded catalogue's are), not
    // on each of the n log n comparisons.
    let names: Vec<Cow<'a, str>> = (0..n).map(|i| nfc(name(i))).collect();
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by(|&a, &b| {
        let name = |i: u32| names.get(i as usize).map_or("", |s| &**s);
        compare_composed(name(a), name(b)).then(a.cmp(&b))
    });
    order
}

/// Vietnamese alphabetical order: letters first (a < ă < â, d < đ, u < ư, upper and lower
/// case alike), then tones (none, huyền, hỏi, ngã, sắc, nặng), then lower case before
/// upper, then code points so that different strings never compare equal. Levels are
/// compared over the whole string, as in Unicode collation, and digraphs letter by letter.
pub fn compare_vi(a: &str, b: &str) -> Ordering {
    compare_composed(&nfc(a), &nfc(b))
}

/// [`compare_vi`] of two texts already in NFC.
fn compare_composed(a: &str, b: &str) -> Ordering {
    // Every level compares the two strings position by position and a character's
    // weights do not depend on its neighbours, so a common start decides nothing: it is
    // skipped with one byte comparison. Sorting names ("Đăng ký …", "Cấp …" at the head
    // of thousands) walked it character by character on every comparison: 40 % of
    // building the search index at 10,000 procedures.
    let common = a
        .bytes()
        .zip(b.bytes())
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    let start = (0..=common)
        .rev()
        .find(|&i| a.is_char_boundary(i))
        .unwrap_or(0);
    let (a, b) = (a.get(start..).unwrap_or(a), b.get(start..).unwrap_or(b));
    let level = |i| weights(a, i).cmp(weights(b, i));
    level(0)
        .then_with(|| level(1))
        .then_with(|| level(2))
        .then_with(|| a.cmp(b))
}

/// One level of collation weights (0 letter, 1 tone, 2 case) along a string.
fn weights(s: &str, level: usize) -> impl Iterator<Item = u32> + '_ {
    s.chars().map(move |c| {
        let (letter, tone, upper) = collation_key(c);
        [letter, u32::from(tone), u32::from(upper)][level]
    })
}

/// TCVN3 (ABC) bytes that stand for Vietnamese letters and read as Latin-1 symbols:
/// `¡¢£¤¥¦§` = Ă Â Ê Ô Ơ Ư Đ, `¨©ª«¬®` = ă â ê ô ơ đ, `µ¶·¸¹` = à ả ã á ạ, `»¼½¾` = ằ ẳ ẵ
/// ắ, `×` = ì, `÷` = ữ. The soft hyphen (ư) is left out: real text uses it between letters.
fn is_tcvn3_symbol(c: char) -> bool {
    matches!(c, '¡'..='¬' | '®' | 'µ'..='¹' | '»'..='¾' | '×' | '÷')
}

/// How Windows-1252 shows a UTF-8 continuation byte (U+0080..=U+00BF, with 0x80..=0x9F
/// as cp1252's own punctuation and letters).
fn is_utf8_tail_glyph(c: char) -> bool {
    matches!(
        c,
        '\u{80}'
            ..='\u{BF}'
                | '€'
                | '‚'
                | 'ƒ'
                | '„'
                | '…'
                | '†'
                | '‡'
                | 'ˆ'
                | '‰'
                | 'Š'
                | '‹'
                | 'Œ'
                | 'Ž'
                | '‘'
                | '’'
                | '“'
                | '”'
                | '•'
                | '–'
                | '—'
                | '˜'
                | '™'
                | 'š'
                | '›'
                | 'œ'
                | 'ž'
                | 'Ÿ'
    )
}

/// Letters that only exist in Vietnamese (ă đ ĩ ũ ơ ư and Latin Extended Additional): no
/// single-byte encoding read as Windows-1252 can produce them.
fn is_vietnamese_only(c: char) -> bool {
    matches!(
        c,
        'Ă' | 'ă' | 'Đ' | 'đ' | 'Ĩ' | 'ĩ' | 'Ũ' | 'ũ' | 'Ơ' | 'ơ' | 'Ư' | 'ư' | '\u{1EA0}'
            ..='\u{1EF9}'
    )
}

/// One character's evidence of mojibake: 2 for a sequence that real Vietnamese, English or
/// codes never contain, 1 for one that is merely unusual (German ü, `©` after a word).
/// Zero unless `c` is in U+00A0..=U+00FF, which [`looks_garbled`] relies on. Each rule
/// looks at `c` before the costlier Unicode tables of `p` and `n`.
fn garble_score(p: char, c: char, n: char, n2: char) -> u32 {
    let letter = |c: char| c.is_alphabetic();
    // UTF-8 read as cp1252: `Ä‘` for đ, `Æ°` for ư, `Ã¡` for á, `á»‡` for ệ.
    if matches!(c, 'Ã' | 'Ä' | 'Å' | 'Æ') && is_utf8_tail_glyph(n)
        || c == 'á' && matches!(n, 'º' | '»') && is_utf8_tail_glyph(n2)
    {
        return 2;
    }
    // VNI writes a base vowel then a mark byte: `aø` à, `aû` ả, `aõ` ã, `aï` ạ, `yù` ý,
    // `oä` ộ, `aü` ẵ; `ö` and `ô` are ư and ơ (`öô` ươ).
    if matches!(
        p,
        'a' | 'e' | 'o' | 'u' | 'y' | 'A' | 'E' | 'O' | 'U' | 'Y' | 'ô' | 'Ô' | 'ö' | 'Ö'
    ) && matches!(
        c,
        'ù' | 'ø'
            | 'û'
            | 'õ'
            | 'ï'
            | 'å'
            | 'ä'
            | 'ë'
            | 'ü'
            | 'Ù'
            | 'Ø'
            | 'Û'
            | 'Õ'
            | 'Ï'
            | 'Å'
            | 'Ä'
            | 'Ë'
            | 'Ü'
    ) || matches!(p, 'ö' | 'Ö') && matches!(c, 'ô' | 'Ô')
    {
        return 2;
    }
    // Đ opens a word: `Ñaêng` in VNI, `§¨ng` / `®iÒu` in TCVN3 (`§ 2` is a section sign).
    if (matches!(c, 'ñ' | 'Ñ') && letter(n)
        || matches!(c, '§' | '®') && (letter(n) || is_tcvn3_symbol(n) && !matches!(n, '§' | '®')))
        && !letter(p)
    {
        return 2;
    }
    // TCVN3 puts lower-case toned letters on Latin-1 capitals: `ViÖt`, `nghÜa`, `kÕt`.
    if matches!(c, 'À'..='Þ') && c != '×' && p.is_lowercase() {
        return 2;
    }
    // A syllable closed by p, t or c only takes sắc or nặng, so `thùc` (thực in TCVN3)
    // or `gãc` (góc) is not Vietnamese.
    if matches!(
        c,
        'à' | 'è' | 'ì' | 'ò' | 'ù' | 'ã' | 'õ' | 'À' | 'È' | 'Ì' | 'Ò' | 'Ù' | 'Ã' | 'Õ'
    ) && matches!(n, 'p' | 't' | 'c')
        && !letter(n2)
    {
        return 2;
    }
    if is_tcvn3_symbol(c) {
        let (before, after) = (letter(p), letter(n));
        let (sym_before, sym_after) = (is_tcvn3_symbol(p), is_tcvn3_symbol(n));
        return if (before || sym_before) && (after || sym_after) && (before || after) {
            2
        } else if before || after {
            1
        } else {
            0
        };
    }
    if matches!(
        c,
        'Æ' | 'Ç'
            | 'Ë'
            | 'Î'
            | 'Ï'
            | 'Ð'
            | 'Ñ'
            | 'Ö'
            | 'Ø'
            | 'Ü'
            | 'Þ'
            | 'ß'
            | 'ä'
            | 'å'
            | 'æ'
            | 'ç'
            | 'ë'
            | 'î'
            | 'ï'
            | 'ñ'
            | 'ö'
            | 'ø'
            | 'ü'
            | 'þ'
            | 'ÿ'
    ) && (letter(p) || letter(n))
    {
        return 1;
    }
    0
}

/// True when the text looks like TCVN3 or VNI bytes read as Windows-1252 (or UTF-8 read
/// as Windows-1252), which NFC cannot repair and the validator warns about.
///
/// Conservative: it takes two sequences of a kind that real text does not have, and more
/// evidence than there are genuinely Vietnamese letters; foreign names ("Müller",
/// "Ñuñoa") or a `©` in a Vietnamese sentence are not enough.
pub fn looks_garbled(s: &str) -> bool {
    // Only a character of U+00A0..=U+00FF scores (every rule of `garble_score` names
    // one), and those are exactly the UTF-8 sequences led by 0xC2 or 0xC3: text with
    // fewer than two cannot reach two strong sequences. Most text stops here, without
    // decoding a character (this check was a quarter of loading a catalogue).
    if s.bytes()
        .filter(|&b| b == 0xC2 || b == 0xC3)
        .nth(1)
        .is_none()
    {
        return false;
    }
    let (mut score, mut strong, mut genuine) = (0u32, 0u32, 0u32);
    let mut chars = s.chars();
    let (mut p, mut c, mut n, mut n2) = (' ', chars.next(), chars.next(), chars.next());
    while let Some(cur) = c {
        if is_vietnamese_only(cur) {
            genuine += 1;
        } else if ('\u{A0}'..='\u{FF}').contains(&cur) {
            let points = garble_score(p, cur, n.unwrap_or(' '), n2.unwrap_or(' '));
            score += points;
            strong += u32::from(points == 2);
        }
        (p, c, n, n2) = (cur, n, n2, chars.next());
    }
    strong >= 2 && score >= 4 && score > genuine
}

/// A fee in đồng, Vietnamese style: `8.000`, `1.250.000`.
pub fn format_amount_vnd(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(d);
    }
    out
}

/// A date as Vietnamese forms write it: `25/11/2026`.
pub fn format_date_vi(year: i32, month: u32, day: u32) -> String {
    format!("{day:02}/{month:02}/{year}")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    // The tests build Vietnamese from base letters and Unicode's combining marks on their
    // own, and check against unicode-normalization, so they share no table with the code.
    const BREVE: char = '\u{306}';
    const CIRCUMFLEX: char = '\u{302}';
    const HORN: char = '\u{31B}';
    const BASES: [char; 12] = ['a', 'a', 'a', 'e', 'e', 'i', 'o', 'o', 'o', 'u', 'u', 'y'];
    const SHAPES: [Option<char>; 12] = [
        None,
        Some(BREVE),
        Some(CIRCUMFLEX),
        None,
        Some(CIRCUMFLEX),
        None,
        None,
        Some(CIRCUMFLEX),
        Some(HORN),
        None,
        Some(HORN),
        None,
    ];
    /// None, huyền, hỏi, ngã, sắc, nặng.
    const TONES: [Option<char>; 6] = [
        None,
        Some('\u{300}'),
        Some('\u{309}'),
        Some('\u{303}'),
        Some('\u{301}'),
        Some('\u{323}'),
    ];

    fn uni_nfc(s: &str) -> String {
        s.nfc().collect()
    }

    fn uni_nfd(s: &str) -> String {
        s.nfd().collect()
    }

    fn push_opt(s: &mut String, c: Option<char>) {
        if let Some(c) = c {
            s.push(c);
        }
    }

    /// The precomposed letter and every way an export may spell it: NFD, precomposed
    /// shape + combining tone, precomposed tone + combining shape, marks swapped, and the
    /// old tone marks U+0340/U+0341.
    fn spellings(row: usize, tone: usize, upper: bool) -> (String, Vec<String>) {
        let base = if upper {
            BASES[row].to_ascii_uppercase()
        } else {
            BASES[row]
        };
        let (shape, tone_mark) = (SHAPES[row], TONES[tone]);
        let mut decomposed = String::from(base);
        push_opt(&mut decomposed, shape);
        push_opt(&mut decomposed, tone_mark);
        let expected = uni_nfc(&decomposed);
        assert_eq!(expected.chars().count(), 1, "{decomposed:?}");

        let mut forms = vec![expected.clone(), uni_nfd(&expected)];
        let mut shaped = String::from(base);
        push_opt(&mut shaped, shape);
        let mut mixed = uni_nfc(&shaped);
        push_opt(&mut mixed, tone_mark);
        forms.push(mixed);
        let mut swapped = String::from(base);
        push_opt(&mut swapped, tone_mark);
        push_opt(&mut swapped, shape);
        forms.push(swapped.clone());
        let mut toned = String::from(base);
        push_opt(&mut toned, tone_mark);
        let mut toned = uni_nfc(&toned);
        push_opt(&mut toned, shape);
        forms.push(toned);
        let old_mark = match tone_mark {
            Some('\u{300}') => Some('\u{340}'),
            Some('\u{301}') => Some('\u{341}'),
            _ => None,
        };
        if old_mark.is_some() {
            let mut old = String::from(base);
            push_opt(&mut old, shape);
            push_opt(&mut old, old_mark);
            forms.push(old);
        }
        forms.sort();
        forms.dedup();
        (expected, forms)
    }

    fn canonically_equivalent(a: &str, b: &str) -> bool {
        uni_nfd(a) == uni_nfd(b)
    }

    #[test]
    fn every_vowel_tone_and_case_composes_and_folds() {
        let (mut checked, mut repaired) = (0, 0);
        for (row, base) in BASES.iter().enumerate() {
            for tone in 0..6 {
                for upper in [false, true] {
                    let (expected, forms) = spellings(row, tone, upper);
                    for form in &forms {
                        assert_eq!(nfc(form), expected, "{form:?}");
                        if canonically_equivalent(form, &expected) {
                            assert_eq!(nfc(form), uni_nfc(form), "{form:?}");
                        } else {
                            // Tone typed before a circumflex or breve: Unicode keeps
                            // `á` + U+0302, we repair it to `ấ`.
                            repaired += 1;
                        }
                        assert_eq!(fold(form), base.to_string(), "{form:?}");
                        assert_eq!(lower_exact(form), expected.to_lowercase());
                        checked += 1;
                    }
                    assert!(matches!(nfc(&expected), Cow::Borrowed(_)));
                }
            }
        }
        assert!(checked >= 400, "{checked}");
        assert!(repaired > 0);
        for d in ["đ", "Đ"] {
            assert!(matches!(nfc(d), Cow::Borrowed(_)));
            assert_eq!(fold(d), "d");
        }
    }

    #[test]
    fn words_and_sentences() {
        let sentences = [
            "Đăng ký khai sinh",
            "Chứng thực bản sao",
            "Giấy xác nhận tình trạng hôn nhân",
            "Phường Nhiêu Lộc",
            "ĐĂNG KÝ KẾT HÔN CÓ YẾU TỐ NƯỚC NGOÀI",
        ];
        let folded = [
            "dang ky khai sinh",
            "chung thuc ban sao",
            "giay xac nhan tinh trang hon nhan",
            "phuong nhieu loc",
            "dang ky ket hon co yeu to nuoc ngoai",
        ];
        for (s, f) in sentences.iter().zip(folded) {
            let nfd = uni_nfd(s);
            // Windows-1258 style: precomposed shape letters, combining tones.
            let mixed: String = s
                .chars()
                .flat_map(|c| {
                    let d = uni_nfd(&c.to_string());
                    let tone = d.chars().find(|m| TONES.contains(&Some(*m)));
                    let rest: String = d.chars().filter(|m| Some(*m) != tone).collect();
                    let mut out = uni_nfc(&rest);
                    push_opt(&mut out, tone);
                    out.chars().collect::<Vec<_>>()
                })
                .collect();
            assert_ne!(nfd, *s);
            assert_ne!(mixed, *s);
            for form in [s.to_string(), nfd, mixed] {
                assert_eq!(nfc(&form), *s);
                assert_eq!(fold(&form), f);
            }
            assert!(matches!(nfc(s), Cow::Borrowed(_)));
        }
        assert_eq!(lower_exact("Chứng Thực BẢN SAO"), "chứng thực bản sao");
        assert_eq!(lower_exact(&uni_nfd("BẢN")), "bản");
        assert_ne!(lower_exact("bản"), lower_exact("bán"));
        assert_eq!(fold("bản"), fold("bán"));
    }

    #[test]
    fn other_text_is_left_alone() {
        for s in [
            "",
            "plain ASCII",
            "Mẫu TP/HT-2020-KS.1",
            "日本語",
            "Ελληνικά ͵α",
        ] {
            assert!(matches!(nfc(s), Cow::Borrowed(_)), "{s:?}");
        }
        // Marks after letters that are not Vietnamese vowels stay where they are.
        assert_eq!(nfc("b\u{301}"), "b\u{301}");
        assert!(matches!(nfc("n\u{303} x\u{323}"), Cow::Borrowed(_)));
        // A mark that does not fit stops composition, as in NFC.
        assert_eq!(nfc("a\u{301}\u{300}"), "á\u{300}");
        assert_eq!(nfc("i\u{302}\u{301}"), "i\u{302}\u{301}");
        assert_eq!(nfc("\u{301}a"), "\u{301}a");
        assert_eq!(nfc("x\u{341}"), "x\u{301}");
        assert_eq!(fold("İstanbul Straße ÅÄÖ"), "istanbul straße åäö");
        let mut buf = String::from("x ");
        fold_into("Đà Nẵng", &mut buf);
        assert_eq!(buf, "x da nang");
    }

    #[test]
    fn vietnamese_order() {
        let expected = [
            "a",
            "à",
            "an",
            "ă",
            "â",
            "ba",
            "Ba",
            "bà",
            "bả",
            "bã",
            "bá",
            "bạ",
            "bác",
            "bạc",
            "Bắc Ninh",
            "cá",
            "Chứng thực",
            "Dương",
            "Đà Nẵng",
            "Đăng ký",
            "e",
            "ê",
            "Giấy",
            "Hà Nội",
            "ô",
            "ơ",
            "Phường 10",
            "Phường 9",
            "u",
            "Uyên",
            "Ưng",
            "Xuân",
            "Yên",
        ];
        let mut words: Vec<&str> = expected.to_vec();
        words.reverse();
        words.swap(3, 17);
        words.swap(0, 9);
        words.sort_by(|a, b| compare_vi(a, b));
        assert_eq!(words, expected);
        assert_eq!(compare_vi("Đà", &uni_nfd("Đà")), Ordering::Equal);
        assert_eq!(compare_vi("a", "a"), Ordering::Equal);
        assert_ne!(compare_vi("a\u{301}\u{300}", "à\u{301}"), Ordering::Equal);
    }

    #[test]
    fn amounts_and_dates() {
        assert_eq!(format_amount_vnd(0), "0");
        assert_eq!(format_amount_vnd(100), "100");
        assert_eq!(format_amount_vnd(8_000), "8.000");
        assert_eq!(format_amount_vnd(50_000), "50.000");
        assert_eq!(format_amount_vnd(1_250_000), "1.250.000");
        assert_eq!(format_amount_vnd(u64::MAX), "18.446.744.073.709.551.615");
        assert_eq!(format_date_vi(2026, 11, 25), "25/11/2026");
        assert_eq!(format_date_vi(2026, 1, 5), "05/01/2026");
    }

    // ---- garbled text ----

    /// Takes a Vietnamese letter apart: base letter (with case), row, tone.
    fn letter_parts(c: char) -> Option<(char, usize, usize)> {
        let d = uni_nfd(&c.to_string());
        let mut it = d.chars();
        let base = it.next()?;
        let marks: Vec<char> = it.collect();
        let shape = marks
            .iter()
            .copied()
            .find(|m| [BREVE, CIRCUMFLEX, HORN].contains(m));
        let tone = TONES
            .iter()
            .position(|t| t.is_some_and(|t| marks.contains(&t)))
            .unwrap_or(0);
        let row = (0..12).find(|&r| BASES[r] == base.to_ascii_lowercase() && SHAPES[r] == shape)?;
        Some((base, row, tone))
    }

    /// Vietnamese in VNI-Windows: a base byte then a mark byte (xvnkb's vni.h).
    fn vni(s: &str) -> Vec<u8> {
        let mut out = Vec::new();
        for c in s.chars() {
            let Some((base, row, tone)) = letter_parts(c) else {
                out.push(match c {
                    'đ' => 0xF1,
                    'Đ' => 0xD1,
                    _ => u8::try_from(c).expect("ASCII"),
                });
                continue;
            };
            let upper = base.is_ascii_uppercase();
            let case = |b: u8| if upper { b - 0x20 } else { b };
            let plain = [0, 0xF8, 0xFB, 0xF5, 0xF9, 0xEF];
            let bytes: Vec<u8> = match row {
                5 => vec![[b'i', 0xEC, 0xE6, 0xF3, 0xED, 0xF2][tone]],
                11 if tone == 5 => vec![0xEE],
                8 | 10 => vec![if row == 8 { 0xF4 } else { 0xF6 }, plain[tone]],
                1 => vec![b'a', [0xEA, 0xE8, 0xFA, 0xFC, 0xE9, 0xEB][tone]],
                2 | 4 | 7 => vec![base as u8, [0xE2, 0xE0, 0xE5, 0xE3, 0xE1, 0xE4][tone]],
                _ => vec![base as u8, plain[tone]],
            };
            for b in bytes.into_iter().filter(|&b| b != 0) {
                out.push(if b.is_ascii() { b } else { case(b) });
            }
            if row == 5 && upper {
                let last = out.len() - 1;
                out[last] = if tone == 0 { b'I' } else { out[last] - 0x20 };
            }
        }
        out
    }

    /// Vietnamese in TCVN3 (ABC). Only Ă Â Ê Ô Ơ Ư Đ have capitals; other capitals
    /// were typed in a capital font over lower-case codes.
    fn tcvn3(s: &str) -> Vec<u8> {
        const TABLE: [[u8; 6]; 12] = [
            [b'a', 0xB5, 0xB6, 0xB7, 0xB8, 0xB9],
            [0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6],
            [0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB],
            [b'e', 0xCC, 0xCE, 0xCF, 0xD0, 0xD1],
            [0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6],
            [b'i', 0xD7, 0xD8, 0xDC, 0xDD, 0xDE],
            [b'o', 0xDF, 0xE1, 0xE2, 0xE3, 0xE4],
            [0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9],
            [0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE],
            [b'u', 0xEF, 0xF1, 0xF2, 0xF3, 0xF4],
            [0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9],
            [b'y', 0xFA, 0xFB, 0xFC, 0xFD, 0xFE],
        ];
        let mut out = Vec::new();
        for c in s.chars() {
            let b = match (c, letter_parts(c)) {
                ('đ', _) => 0xAE,
                ('Đ', _) => 0xA7,
                (_, Some((base, row, tone))) => {
                    let b = TABLE[row][tone];
                    match (base.is_ascii_uppercase(), tone, row) {
                        (true, 0, 1 | 2 | 4 | 7 | 8 | 10) => b - 7,
                        (true, _, _) if b.is_ascii() => b - 0x20,
                        _ => b,
                    }
                }
                _ => u8::try_from(c).expect("ASCII"),
            };
            out.push(b);
        }
        out
    }

    /// Windows-1252, with its five holes read as the C1 controls (as Windows does).
    fn cp1252(bytes: &[u8]) -> String {
        const HIGH: &str = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ";
        bytes
            .iter()
            .map(|&b| match b {
                0x80..=0x9F => HIGH.chars().nth(usize::from(b - 0x80)).unwrap_or('?'),
                _ => char::from(b),
            })
            .collect()
    }

    const REAL_VIETNAMESE: [&str; 26] = [
        "Đăng ký khai sinh",
        "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền cấp",
        "Giấy xác nhận tình trạng hôn nhân",
        "Phường Nhiêu Lộc, Thành phố Hồ Chí Minh",
        "Cấp bản sao trích lục hộ tịch",
        "Đăng ký kết hôn có yếu tố nước ngoài",
        "Người yêu cầu nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công",
        "Lệ phí: 8.000 đồng/bản; miễn lệ phí đối với người thuộc hộ nghèo",
        "Thời hạn giải quyết: ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau \
         15 giờ thì trả kết quả trong ngày làm việc tiếp theo",
        "Tờ khai đăng ký khai sinh theo mẫu (Mẫu TP/HT-2020-KS.1)",
        "Bản chính giấy chứng sinh; trường hợp không có giấy chứng sinh thì nộp văn bản \
         của người làm chứng",
        "Cấp phiếu lý lịch tư pháp số 2 cho công dân Việt Nam",
        "Đăng ký thường trú",
        "Xóa đăng ký thường trú",
        "Cấp giấy phép xây dựng nhà ở riêng lẻ",
        "Ủy ban nhân dân phường, xã, đặc khu",
        "Hướng dẫn: điền đầy đủ thông tin, ký và ghi rõ họ tên",
        "Quyết định số 1085/QĐ-TTg ngày 15 tháng 9 năm 2022",
        "Nghị định số 123/2015/NĐ-CP quy định chi tiết một số điều của Luật Hộ tịch",
        "Trả kết quả qua dịch vụ bưu chính công ích",
        "Công dân được nhận kết quả trực tuyến trên Cổng Dịch vụ công quốc gia",
        "ĐĂNG KÝ KHAI TỬ",
        "Thủ tục đăng ký nhận cha, mẹ, con",
        "Sở Tư pháp Thành phố Hồ Chí Minh",
        "Chứng thực chữ ký trong các giấy tờ, văn bản",
        "Khoẻ mạnh, hoà thuận, thuỷ lợi, quý khách, khuyên bảo, tuần lễ",
    ];

    #[test]
    fn real_text_is_not_garbled() {
        for s in REAL_VIETNAMESE {
            assert!(!looks_garbled(s), "{s}");
            assert!(!looks_garbled(&uni_nfd(s)), "NFD {s}");
            assert!(!looks_garbled(&fold(s)), "folded {s}");
        }
        for s in [
            "Birth registration at the ward's one-stop shop",
            "Certified copy of the original; fee waived for poor households.",
            "Mẫu TP/HT-2020-KS.1",
            "Mã số: 1.001193 – Mức độ 4",
            "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193",
            "© 2026 Sở Tư pháp Thành phố Hồ Chí Minh. All rights reserved.",
            "©2026 UBND Phường Nhiêu Lộc ®",
            "Microsoft® Word® and Excel® files, «Mẫu số 1», § 3, 25°C, 50 m²",
            "A naïve résumé of the café's crème brûlée",
            "Herr Müller from Zürich, Köln and München; Señora Peña",
            "Ñuñoa, São Paulo, Ålesund, Straße",
            "Hồ sơ gồm: 01 bản chính · 02 bản sao",
        ] {
            assert!(!looks_garbled(s), "{s}");
        }
    }

    #[test]
    fn old_encodings_are_garbled() {
        // The well-known samples, as they appear on screen.
        for s in [
            "Ñaêng kyù khai sinh",
            "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam",
            "Céng hoµ x· héi chñ nghÜa ViÖt Nam",
            "§¨ng ký khai sinh",
            "Ä\u{90}Äƒng kÃ½ khai sinh",
        ] {
            assert!(looks_garbled(s), "{s}");
        }
        let mut flagged = [0; 3];
        for s in REAL_VIETNAMESE {
            let vni = cp1252(&vni(s));
            let tcvn3 = cp1252(&tcvn3(s));
            let utf8 = cp1252(s.as_bytes());
            // Every sample of several words must be caught; short titles may slip.
            let long = s.split(' ').count() >= 4;
            for (i, garbled) in [vni, tcvn3, utf8].iter().enumerate() {
                assert_ne!(garbled, s);
                if looks_garbled(garbled) {
                    flagged[i] += 1;
                } else {
                    assert!(!long, "missed {garbled}");
                }
            }
        }
        assert!(flagged.iter().all(|&n| n >= 24), "{flagged:?}");
    }

    #[test]
    fn encoders_match_known_samples() {
        assert_eq!(cp1252(&vni("Đăng ký")), "Ñaêng kyù");
        assert_eq!(cp1252(&vni("Việt Nam")), "Vieät Nam");
        assert_eq!(cp1252(&vni("phương")), "phöông");
        assert_eq!(cp1252(&tcvn3("Đăng ký")), "§¨ng ký");
        assert_eq!(
            cp1252(&tcvn3("Cộng hoà xã hội chủ nghĩa Việt Nam")),
            "Céng hoµ x· héi chñ nghÜa ViÖt Nam"
        );
    }

    // ---- properties ----

    /// Characters that stress composition: vowels bare and precomposed, marks of every
    /// kind including ones no vowel takes, đ, other letters, Greek next to the mark block.
    const ALPHABET: &[char] = &[
        'a', 'A', 'e', 'i', 'o', 'O', 'u', 'y', 'Y', 'b', 'n', 'đ', 'Đ', ' ', '.', 'â', 'Ê', 'ơ',
        'Ư', 'ă', 'á', 'Ạ', 'ậ', 'ờ', 'ỹ', 'ü', 'ñ', '\u{300}', '\u{301}', '\u{302}', '\u{303}',
        '\u{306}', '\u{309}', '\u{31B}', '\u{323}', '\u{340}', '\u{341}', '\u{308}', '\u{327}',
        'ͱ', '΅',
    ];

    fn marked_text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(ALPHABET), 0..24)
            .prop_map(|v| v.into_iter().collect())
    }

    /// Vietnamese letters in any spelling an export may use, ASCII and spaces, each with
    /// the text it stands for.
    fn vietnamese_text(only_equivalent: bool) -> impl Strategy<Value = (String, String)> {
        let vowel = (
            0..12usize,
            0..6usize,
            any::<bool>(),
            any::<prop::sample::Index>(),
        )
            .prop_map(move |(row, tone, upper, pick)| {
                let (expected, mut forms) = spellings(row, tone, upper);
                if only_equivalent {
                    forms.retain(|f| canonically_equivalent(f, &expected));
                }
                (pick.get(&forms).clone(), expected)
            });
        let other = prop_oneof![
            prop::char::range(' ', '~'),
            prop::sample::select(vec!['đ', 'Đ', ' ']),
        ]
        .prop_map(|c| (c.to_string(), c.to_string()));
        prop::collection::vec(prop_oneof![3 => vowel, 2 => other], 0..20).prop_map(|parts| {
            parts
                .into_iter()
                .fold((String::new(), String::new()), |(mut a, mut b), (x, y)| {
                    a.push_str(&x);
                    b.push_str(&y);
                    (a, b)
                })
        })
    }

    /// `looks_garbled` as it was before its shortcuts: every character scored.
    fn looks_garbled_reference(s: &str) -> bool {
        let (mut score, mut strong, mut genuine) = (0u32, 0u32, 0u32);
        let mut chars = s.chars();
        let (mut p, mut c, mut n, mut n2) = (' ', chars.next(), chars.next(), chars.next());
        while let Some(cur) = c {
            if is_vietnamese_only(cur) {
                genuine += 1;
            } else {
                let points = garble_score(p, cur, n.unwrap_or(' '), n2.unwrap_or(' '));
                score += points;
                strong += u32::from(points == 2);
            }
            (p, c, n, n2) = (cur, n, n2, chars.next());
        }
        strong >= 2 && score >= 4 && score > genuine
    }

    proptest! {
        #[test]
        fn garble_shortcuts_change_nothing(
            s in prop::collection::vec(
                prop_oneof![
                    prop::char::range(' ', '~'),
                    prop::char::range('\u{80}', '\u{17F}'),
                    prop::char::range('\u{1EA0}', '\u{1EF9}'),
                    prop::char::range('\u{2010}', '\u{2122}'),
                ],
                0..24,
            )
            .prop_map(|v| v.into_iter().collect::<String>())
        ) {
            prop_assert_eq!(looks_garbled(&s), looks_garbled_reference(&s));
            for c in ['\u{0}', 'a', '\u{9F}', '\u{100}', 'ư', '€', '\u{1EA0}'] {
                prop_assert_eq!(garble_score('a', c, 'a', 'a'), 0);
                prop_assert_eq!(garble_score(' ', c, 't', ' '), 0);
            }
        }

        #[test]
        fn nfc_is_idempotent(s in any::<String>(), t in marked_text()) {
            for s in [s, t] {
                let once = nfc(&s).into_owned();
                prop_assert_eq!(nfc(&once), once.as_str());
                prop_assert_eq!(fold(&once), fold(&s));
                prop_assert!(!fold(&s).chars().any(is_mark));
                let _ = looks_garbled(&s);
                let _ = compare_vi(&s, &once);
            }
        }

        #[test]
        fn nfc_matches_unicode((text, _) in vietnamese_text(true)) {
            prop_assert_eq!(nfc(&text), uni_nfc(&text));
        }

        #[test]
        fn nfc_repairs_every_spelling((text, meant) in vietnamese_text(false)) {
            prop_assert_eq!(nfc(&text), uni_nfc(&meant));
            prop_assert_eq!(fold(&text), fold(&meant));
            prop_assert!(!fold(&text).chars().any(is_mark));
        }

        #[test]
        fn compare_vi_is_unchanged_by_a_common_start(p in marked_text(), a in marked_text(), b in marked_text()) {
            // The skipped common start, checked against the whole walk it replaces.
            let whole = |a: &str, b: &str| {
                let (a, b) = (nfc(a), nfc(b));
                let level = |i| weights(&a, i).cmp(weights(&b, i));
                level(0).then_with(|| level(1)).then_with(|| level(2)).then_with(|| a.cmp(&b))
            };
            let (pa, pb) = (format!("{p}{a}"), format!("{p}{b}"));
            prop_assert_eq!(compare_vi(&pa, &pb), whole(&pa, &pb));
            prop_assert_eq!(compare_vi(&a, &b), whole(&a, &b));
        }

        #[test]
        fn compare_vi_is_a_total_order(a in marked_text(), b in marked_text(), c in marked_text()) {
            prop_assert_eq!(compare_vi(&a, &b), compare_vi(&b, &a).reverse());
            prop_assert_eq!(compare_vi(&a, &b) == Ordering::Equal, nfc(&a) == nfc(&b));
            if compare_vi(&a, &b).is_le() && compare_vi(&b, &c).is_le() {
                prop_assert!(compare_vi(&a, &c).is_le());
            }
        }
    }
}

/// As JavaScript's `encodeURIComponent`: letters, digits and `-_.!~*'()` as they are,
/// every other UTF-8 byte escaped.
pub fn encode_uri_component(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}
