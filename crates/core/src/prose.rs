//! The structure of catalogue prose. Catalogue text is plain text, never HTML
//! (CATALOGUE.md, "Text"): paragraphs are separated by a blank line, a paragraph whose
//! lines all start with `- ` is a bullet list, and one whose lines start with `a) `,
//! `b) ` … or `1. `, `2. ` … is an ordered list. The views render these blocks as
//! elements holding text, so markup in a catalogue always shows as text.

/// A block of prose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block<'a> {
    /// Lines of one paragraph (a single line break inside a paragraph is kept).
    Paragraph(Vec<&'a str>),
    Bullets(Vec<&'a str>),
    Ordered {
        style: Numbering,
        /// The number of the first item (1-based; `c)` starts at 3).
        start: u32,
        items: Vec<&'a str>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Numbering {
    /// `1. `, `2. ` …
    Numbers,
    /// `a) `, `b) ` …
    Letters,
}

/// Splits `text` into blocks. Never fails: anything that is not a list is a paragraph.
pub fn blocks(text: &str) -> Vec<Block<'_>> {
    let mut out = Vec::new();
    for chunk in split_paragraphs(text) {
        let lines: Vec<&str> = chunk
            .split('\n')
            .map(|l| l.trim_end_matches('\r').trim())
            .filter(|l| !l.is_empty())
            .collect();
        if lines.is_empty() {
            continue;
        }
        if lines.iter().all(|l| l.starts_with("- ")) {
            out.push(Block::Bullets(
                lines.iter().map(|l| l[2..].trim()).collect(),
            ));
            continue;
        }
        if let Some(block) = ordered(&lines) {
            out.push(block);
            continue;
        }
        out.push(Block::Paragraph(lines));
    }
    out
}

/// Paragraphs are separated by a line that is empty or holds only spaces.
fn split_paragraphs(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut line_start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        if i == bytes.len() || bytes[i] == b'\n' {
            let line = &text[line_start..i];
            if line.trim().is_empty() {
                if line_start > start {
                    parts.push(&text[start..line_start]);
                }
                start = (i + 1).min(bytes.len());
            }
            line_start = i + 1;
        }
        i += 1;
    }
    if start < bytes.len() {
        parts.push(&text[start..]);
    }
    parts
}

/// An ordered list when every line starts with the same kind of marker, in sequence.
fn ordered<'a>(lines: &[&'a str]) -> Option<Block<'a>> {
    let (style, start, _) = marker(lines.first()?)?;
    let mut items = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let (s, n, rest) = marker(line)?;
        if s != style || n != start + i as u32 {
            return None;
        }
        items.push(rest);
    }
    Some(Block::Ordered {
        style,
        start,
        items,
    })
}

/// Reads `1. `, `12. ` or `a) ` at the start of a line: its style, number and the rest.
fn marker(line: &str) -> Option<(Numbering, u32, &str)> {
    let bytes = line.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if (1..=3).contains(&digits)
        && bytes.get(digits) == Some(&b'.')
        && bytes.get(digits + 1) == Some(&b' ')
    {
        let n: u32 = line[..digits].parse().ok()?;
        return Some((Numbering::Numbers, n, line[digits + 2..].trim()));
    }
    let first = *bytes.first()?;
    if first.is_ascii_lowercase() && bytes.get(1) == Some(&b')') && bytes.get(2) == Some(&b' ') {
        return Some((
            Numbering::Letters,
            u32::from(first - b'a') + 1,
            line[3..].trim(),
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_line_breaks() {
        assert_eq!(
            blocks("Một.\nHai.\n\nBa."),
            vec![
                Block::Paragraph(vec!["Một.", "Hai."]),
                Block::Paragraph(vec!["Ba."])
            ]
        );
        assert_eq!(blocks(""), vec![]);
        assert_eq!(blocks("\n\n  \n"), vec![]);
        assert_eq!(
            blocks("a\r\n\r\nb"),
            vec![Block::Paragraph(vec!["a"]), Block::Paragraph(vec!["b"])]
        );
    }

    #[test]
    fn bullet_lists() {
        assert_eq!(
            blocks("Cần mang:\n\n- CCCD\n- Tờ khai"),
            vec![
                Block::Paragraph(vec!["Cần mang:"]),
                Block::Bullets(vec!["CCCD", "Tờ khai"])
            ]
        );
        // A paragraph with one non-bullet line stays a paragraph.
        assert_eq!(blocks("- a\nb"), vec![Block::Paragraph(vec!["- a", "b"])]);
    }

    #[test]
    fn ordered_lists() {
        assert_eq!(
            blocks("a) Tờ khai;\nb) Giấy chứng sinh."),
            vec![Block::Ordered {
                style: Numbering::Letters,
                start: 1,
                items: vec!["Tờ khai;", "Giấy chứng sinh."]
            }]
        );
        assert_eq!(
            blocks("3. Ba\n4. Bốn"),
            vec![Block::Ordered {
                style: Numbering::Numbers,
                start: 3,
                items: vec!["Ba", "Bốn"]
            }]
        );
        // Out of sequence: not a list.
        assert_eq!(
            blocks("1. a\n3. b"),
            vec![Block::Paragraph(vec!["1. a", "3. b"])]
        );
        // A year is not a list marker.
        assert_eq!(
            blocks("2025. Năm"),
            vec![Block::Paragraph(vec!["2025. Năm"])]
        );
    }

    #[test]
    fn markup_is_just_text() {
        assert_eq!(blocks("<b>x</b>"), vec![Block::Paragraph(vec!["<b>x</b>"])]);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_keeps_every_word(s in "[a-c1-3\\-\\). \\n\\r]{0,60}") {
            let out = blocks(&s);
            let kept: usize = out.iter().map(|b| match b {
                Block::Paragraph(l) | Block::Bullets(l) => l.len(),
                Block::Ordered { items, .. } => items.len(),
            }).sum();
            let lines = s.split('\n').filter(|l| !l.trim().is_empty()).count();
            proptest::prop_assert_eq!(kept, lines);
        }
    }
}
