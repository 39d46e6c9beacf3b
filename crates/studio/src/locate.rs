//! Where a problem is in the file: a diagnostic's JSON path (`procedures[3].documents[0]
//! .originals`, as `core::json::path_string` writes it) turned into a line number, so a
//! webmaster who also keeps the file in an editor can find it. A path that goes further
//! than the file (a missing key) gives the line of the deepest part that exists.
//!
//! A small scanner of its own rather than the core's reader: the reader keeps no
//! positions, and this only ever runs for the one problem being shown.

/// One step of a JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// Reads a path as the core writes it; `$` (the whole file) is no step at all. `None`
/// for text that is not such a path.
pub fn parse_path(path: &str) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    let bytes = path.as_bytes();
    if path == "$" || path.is_empty() {
        return Some(steps);
    }
    let mut i = 0;
    while i < bytes.len() {
        match bytes.get(i)? {
            b'[' => {
                if bytes.get(i + 1) == Some(&b'"') {
                    let (key, end) = json_string(bytes, i + 1)?;
                    if bytes.get(end) != Some(&b']') {
                        return None;
                    }
                    steps.push(Step::Key(key));
                    i = end + 1;
                } else {
                    let close = i + 1 + bytes.get(i + 1..)?.iter().position(|&b| b == b']')?;
                    let n = path.get(i + 1..close)?.parse().ok()?;
                    steps.push(Step::Index(n));
                    i = close + 1;
                }
            }
            b'.' if !steps.is_empty() => i += 1,
            _ => {
                let end = bytes
                    .get(i..)?
                    .iter()
                    .position(|&b| b == b'.' || b == b'[')
                    .map_or(bytes.len(), |p| i + p);
                if end == i {
                    return None;
                }
                steps.push(Step::Key(path.get(i..end)?.to_owned()));
                i = end;
            }
        }
    }
    Some(steps)
}

/// The line (from 1) where the value at `path` starts in `text`, or where the deepest
/// part of the path that exists starts. `None` when the text is not JSON enough to walk.
pub fn line_of(text: &str, path: &str) -> Option<usize> {
    let steps = parse_path(path)?;
    let bytes = text.as_bytes();
    let mut at = skip_ws(bytes, 0);
    for step in &steps {
        match find(bytes, at, step) {
            Some(next) => at = next,
            None => break,
        }
    }
    if at >= bytes.len() {
        return None;
    }
    Some(bytes.get(..at)?.iter().filter(|&&b| b == b'\n').count() + 1)
}

/// The string at exactly `path` (every step found), e.g. the id of `procedures[3]` for a
/// problem anywhere inside it. `None` when it is missing or not a string.
pub fn string_at(text: &str, path: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut at = skip_ws(bytes, 0);
    for step in &parse_path(path)? {
        at = find(bytes, at, step)?;
    }
    json_string(bytes, at).map(|(s, _)| s)
}

/// The procedure a path is inside (`procedures[3]…` → the id written at `procedures[3].id`).
pub fn procedure_of(text: &str, path: &str) -> Option<String> {
    let steps = parse_path(path)?;
    match steps.as_slice() {
        [Step::Key(k), Step::Index(i), ..] if k == "procedures" => {
            string_at(text, &format!("procedures[{i}].id"))
        }
        _ => None,
    }
}

/// The start of the value `step` names inside the container starting at `at` (a key's
/// value starts on the key's line in any file a person or `fmt` wrote); the last one
/// when a key is repeated, as readers do.
fn find(bytes: &[u8], at: usize, step: &Step) -> Option<usize> {
    match (bytes.get(at)?, step) {
        (b'{', Step::Key(want)) => {
            let mut i = skip_ws(bytes, at + 1);
            let mut found = None;
            while bytes.get(i)? != &b'}' {
                let (key, end) = json_string(bytes, i)?;
                let colon = skip_ws(bytes, end);
                if bytes.get(colon)? != &b':' {
                    return None;
                }
                let value = skip_ws(bytes, colon + 1);
                if &key == want {
                    found = Some(value);
                }
                let after = skip_ws(bytes, skip_value(bytes, value)?);
                match bytes.get(after)? {
                    b',' => i = skip_ws(bytes, after + 1),
                    b'}' => i = after,
                    _ => return None,
                }
            }
            found
        }
        (b'[', Step::Index(n)) => {
            let mut i = skip_ws(bytes, at + 1);
            let mut index = 0;
            while bytes.get(i)? != &b']' {
                if index == *n {
                    return Some(i);
                }
                let after = skip_ws(bytes, skip_value(bytes, i)?);
                match bytes.get(after)? {
                    b',' => i = skip_ws(bytes, after + 1),
                    b']' => i = after,
                    _ => return None,
                }
                index += 1;
            }
            None
        }
        _ => None,
    }
}

fn skip_ws(bytes: &[u8], mut i: usize) -> usize {
    while matches!(bytes.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// The end (one past) of the value starting at `i`. Depth is bounded by the text, and
/// only the problem being shown is located, so plain recursion over a bracket count is
/// not needed: containers are skipped by counting, strings by their escapes.
fn skip_value(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i)? {
        b'"' => json_string_end(bytes, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut j = i;
            loop {
                match bytes.get(j)? {
                    b'"' => {
                        j = json_string_end(bytes, j)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.checked_sub(1)?;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
        }
        _ => {
            let mut j = i;
            while !matches!(
                bytes.get(j),
                None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            ) {
                j += 1;
            }
            (j > i).then_some(j)
        }
    }
}

/// One past the closing quote of the string starting at `i`.
fn json_string_end(bytes: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    loop {
        match bytes.get(j)? {
            b'\\' => j += 2,
            b'"' => return Some(j + 1),
            _ => j += 1,
        }
    }
}

/// The string starting at `i` (a quote) decoded, and one past its end. Only the escapes a
/// key can hold matter here; `\uXXXX` is decoded, surrogate pairs included.
fn json_string(bytes: &[u8], i: usize) -> Option<(String, usize)> {
    if bytes.get(i)? != &b'"' {
        return None;
    }
    let end = json_string_end(bytes, i)?;
    let raw = std::str::from_utf8(bytes.get(i + 1..end - 1)?).ok()?;
    if !raw.contains('\\') {
        return Some((raw.to_owned(), end));
    }
    let mut out = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'u' => {
                let hex: String = chars.by_ref().take(4).collect();
                let mut code = u32::from_str_radix(&hex, 16).ok()?;
                if (0xD800..0xDC00).contains(&code) {
                    let rest: String = chars.by_ref().take(6).collect();
                    let low = u32::from_str_radix(rest.strip_prefix("\\u")?, 16).ok()?;
                    code = 0x10000 + ((code - 0xD800) << 10) + (low.checked_sub(0xDC00)?);
                }
                out.push(char::from_u32(code)?);
            }
            other => out.push(other),
        }
    }
    Some((out, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"{
  "format": "procedure-guide/1.1",
  "procedures": [
    {
      "id": "a",
      "documents": [
        { "name": "x" },
        {
          "name": "y",
          "originals": "two"
        }
      ]
    }
  ],
  "a b": { "c": 1 }
}"#;

    #[test]
    fn reads_paths_as_the_core_writes_them() {
        assert_eq!(parse_path("$"), Some(vec![]));
        assert_eq!(
            parse_path("procedures[12].documents[3].originals"),
            Some(vec![
                Step::Key("procedures".into()),
                Step::Index(12),
                Step::Key("documents".into()),
                Step::Index(3),
                Step::Key("originals".into()),
            ])
        );
        assert_eq!(
            parse_path(r#"agencies[0]["a b"]"#),
            Some(vec![
                Step::Key("agencies".into()),
                Step::Index(0),
                Step::Key("a b".into())
            ])
        );
        assert_eq!(parse_path("a[x]"), None);
        assert_eq!(parse_path("a[1"), None);
    }

    #[test]
    fn finds_the_line_of_a_value() {
        assert_eq!(line_of(TEXT, "$"), Some(1));
        assert_eq!(line_of(TEXT, "format"), Some(2));
        assert_eq!(
            line_of(TEXT, "procedures[0].documents[1].originals"),
            Some(10)
        );
        assert_eq!(line_of(TEXT, "procedures[0].documents[0]"), Some(7));
        assert_eq!(line_of(TEXT, r#"["a b"].c"#), Some(15));
    }

    #[test]
    fn a_missing_key_gives_the_deepest_part_that_exists() {
        assert_eq!(line_of(TEXT, "procedures[0].documents[0].copies"), Some(7));
        assert_eq!(line_of(TEXT, "procedures[5]"), Some(3));
    }

    #[test]
    fn reads_the_procedure_a_path_is_inside() {
        assert_eq!(string_at(TEXT, "procedures[0].id").as_deref(), Some("a"));
        assert_eq!(string_at(TEXT, "procedures[0].documents"), None);
        assert_eq!(string_at(TEXT, "procedures[3].id"), None);
        assert_eq!(
            procedure_of(TEXT, "procedures[0].documents[1].originals").as_deref(),
            Some("a")
        );
        assert_eq!(procedure_of(TEXT, "procedures[0]").as_deref(), Some("a"));
        assert_eq!(procedure_of(TEXT, "format"), None);
        assert_eq!(procedure_of(TEXT, "procedures[9].x"), None);
    }

    #[test]
    fn broken_text_never_panics() {
        for text in [
            "",
            "{",
            "[",
            "{\"a\":",
            "{\"a\" 1}",
            "\"\\u12",
            "[1,",
            "{\"a\":[1,2}",
        ] {
            for path in ["$", "a", "a[1]", "[0]", "a.b.c"] {
                let _ = line_of(text, path);
            }
        }
        assert_eq!(line_of("", "$"), None);
    }
}
