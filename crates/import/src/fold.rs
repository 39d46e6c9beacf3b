//! Text helpers: Vietnamese folded one character for one character (so a phrase found in
//! the folded text can be cut from the original), and ids made from names.

use procedure_guide_core::catalogue::is_valid_id;
use procedure_guide_core::text::{fold, nfc};

/// A text in NFC and its folded twin, character for character: `folded[i]` is
/// `original[i]` in lower case without tone or vowel marks (`đ` is `d`).
#[derive(Clone, Debug)]
pub struct Folded {
    pub original: Vec<char>,
    pub folded: Vec<char>,
}

impl Folded {
    pub fn new(s: &str) -> Folded {
        let original: Vec<char> = nfc(s).chars().collect();
        let folded = original
            .iter()
            .map(|c| {
                fold(c.encode_utf8(&mut [0; 4]))
                    .chars()
                    .next()
                    .unwrap_or(' ')
            })
            .collect();
        Folded { original, folded }
    }

    pub fn folded(&self) -> String {
        self.folded.iter().collect()
    }

    /// The original characters `from..to`.
    pub fn slice(&self, from: usize, to: usize) -> String {
        self.original
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .collect()
    }

    /// Where `phrase` (folded, lower case) starts as whole words, from `from` on.
    pub fn find(&self, phrase: &str, from: usize) -> Option<usize> {
        let p: Vec<char> = phrase.chars().collect();
        if p.is_empty() || p.len() > self.folded.len() {
            return None;
        }
        (from..=self.folded.len() - p.len()).find(|&i| {
            self.folded.get(i..i + p.len()) == Some(&p[..])
                && (i == 0 || !self.folded[i - 1].is_alphanumeric())
                && self
                    .folded
                    .get(i + p.len())
                    .is_none_or(|c| !c.is_alphanumeric())
        })
    }

    /// Whether the folded text starts with `phrase` as whole words.
    pub fn starts_with(&self, phrase: &str) -> bool {
        self.find(phrase, 0) == Some(0)
    }

    /// The original text with the characters `from..to` taken out.
    pub fn without(&self, from: usize, to: usize) -> String {
        let mut out: String = self.slice(0, from);
        out.push_str(&self.slice(to, self.original.len()));
        out
    }

    /// The original text without the first of `phrases` found (longest first is the
    /// caller's order), and which one it was.
    pub fn cut_first(&self, phrases: &[&str]) -> Option<(usize, String)> {
        phrases.iter().enumerate().find_map(|(n, p)| {
            self.find(p, 0)
                .map(|at| (n, self.without(at, at + p.chars().count())))
        })
    }
}

/// The folded text of `s` (lower case, no marks), spaces collapsed.
pub fn folded(s: &str) -> String {
    let f = Folded::new(s).folded();
    f.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Trims white space and the punctuation that joins a phrase to the rest of a line
/// (`:`, `-`, `–`, `,`, `;`, `.`, and empty brackets).
pub fn tidy(s: &str) -> String {
    let mut s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    loop {
        let before = s.clone();
        s = drop_empty_brackets(&s);
        s = s
            .trim_matches(|c: char| c.is_whitespace() || ":-–—,;.*•+".contains(c))
            .to_string();
        // A bracket left open or closed alone at an end.
        if s.starts_with(')') {
            s.remove(0);
        }
        if s.ends_with('(') {
            s.pop();
        }
        if s.starts_with('(') && s.ends_with(')') && s.matches('(').count() == 1 {
            s = s[1..s.len() - 1].to_string();
        }
        s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if s == before {
            return s;
        }
    }
}

/// The text without bracket pairs that hold only spaces and punctuation (`( , )`, what
/// is left of "(01 bản chính, nếu có)" once both are taken out).
fn drop_empty_brackets(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '(' {
            let close = chars[i + 1..].iter().position(|c| *c == ')');
            if let Some(n) = close {
                let inner = &chars[i + 1..i + 1 + n];
                if inner
                    .iter()
                    .all(|c| c.is_whitespace() || ",;:-–.".contains(*c))
                {
                    i += n + 2;
                    continue;
                }
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// The longest an id made from a name is.
const SLUG_MAX: usize = 48;

/// An id made from a name: folded, words joined by `-`, at most 48 characters cut at a
/// word; `fallback` when nothing is left.
pub fn slug(name: &str, fallback: &str) -> String {
    let f = folded(name);
    let mut out = String::new();
    for word in f.split(|c: char| !c.is_ascii_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        let extra = usize::from(!out.is_empty()) + word.len();
        if out.len() + extra > SLUG_MAX {
            if out.is_empty() {
                out.push_str(word.get(..SLUG_MAX).unwrap_or(word));
            }
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    if out.is_empty() || !is_valid_id(&out) {
        fallback.to_string()
    } else {
        out
    }
}

/// Ids given so far in one list, so that a second `to-khai` becomes `to-khai-2`.
#[derive(Default)]
pub struct Ids(Vec<String>);

impl Ids {
    pub fn unique(&mut self, id: String) -> String {
        let mut candidate = id.clone();
        let mut n = 2;
        while self.0.iter().any(|x| x.eq_ignore_ascii_case(&candidate)) {
            candidate = format!("{id}-{n}");
            n += 1;
        }
        self.0.push(candidate.clone());
        candidate
    }

    pub fn contains(&self, id: &str) -> bool {
        self.0.iter().any(|x| x.eq_ignore_ascii_case(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_one_for_one() {
        let f = Folded::new("Trực tuyến MỨC ĐỘ 4");
        assert_eq!(f.folded(), "truc tuyen muc do 4");
        assert_eq!(f.find("muc do 4", 0), Some(11));
        assert_eq!(f.slice(11, 19), "MỨC ĐỘ 4");
        // Decomposed input is composed first.
        let nfd = Folded::new("Tru\u{31b}\u{323}c tie\u{302}\u{301}p");
        assert_eq!(nfd.folded(), "truc tiep");
        assert!(nfd.starts_with("truc tiep"));
        assert_eq!(Folded::new("bản chính").find("ban", 0), Some(0));
        assert_eq!(Folded::new("bảnchính").find("ban", 0), None);
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Tờ khai đăng ký khai sinh", "x"),
            "to-khai-dang-ky-khai-sinh"
        );
        assert_eq!(slug("Đăng ký", "x"), "dang-ky");
        assert_eq!(slug("…", "giay-to-1"), "giay-to-1");
        let long = slug(
            "Giấy tờ chứng minh nơi cư trú của người yêu cầu đăng ký khai sinh cho con",
            "x",
        );
        assert!(
            long.len() <= 48 && long.starts_with("giay-to-chung-minh"),
            "{long}"
        );
        let mut ids = Ids::default();
        assert_eq!(ids.unique("a".into()), "a");
        assert_eq!(ids.unique("a".into()), "a-2");
        assert_eq!(ids.unique("A".into()), "A-3");
    }

    #[test]
    fn tidies() {
        assert_eq!(tidy("  Tờ khai (): "), "Tờ khai");
        assert_eq!(tidy("- tại Trung tâm"), "tại Trung tâm");
        assert_eq!(
            tidy("(Cổng Dịch vụ công quốc gia)"),
            "Cổng Dịch vụ công quốc gia"
        );
        assert_eq!(
            tidy("Giấy (bản gốc) và (bản sao)"),
            "Giấy (bản gốc) và (bản sao)"
        );
    }
}
