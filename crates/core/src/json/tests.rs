//! The reader checked against serde_json (a dev-dependency only) on generated values and
//! on hand-written edge cases, and the writer checked by reading its output back.

use super::*;
use crate::catalogue::limits::{JSON, MAX_FILE_BYTES};
use proptest::prelude::*;
use serde_json::Value;

/// The reader under the catalogue's limits, which these tests were written against.
fn parse(bytes: &[u8]) -> Result<Json<'_>, ParseError> {
    super::parse(bytes, &JSON)
}

fn to_serde(json: &Json<'_>) -> Value {
    match json {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => {
            if let Ok(u) = n.raw.parse::<u64>() {
                Value::from(u)
            } else if let Some(i) = n.raw.parse::<i64>().ok().filter(|i| *i != 0) {
                // serde_json reads `-0` as the double -0.0.
                Value::from(i)
            } else {
                serde_json::Number::from_f64(n.as_f64()).map_or(Value::Null, Value::Number)
            }
        }
        Json::String(s) => Value::String(s.to_string()),
        Json::Array(items) => Value::Array(items.iter().map(to_serde).collect()),
        Json::Object(entries) => {
            let mut map = serde_json::Map::new();
            for (k, v) in entries {
                map.insert(k.to_string(), to_serde(v));
            }
            Value::Object(map)
        }
    }
}

fn kind(text: &str) -> ParseErrorKind {
    parse(text.as_bytes()).expect_err(text).kind
}

fn arb_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        "[a-zđĐếư\\\\\"\n\t\u{1}/ ]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec(("[a-z\"\\\\é]{0,6}", inner), 0..8)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn reads_what_serde_json_writes(value in arb_value()) {
        for text in [serde_json::to_string(&value).unwrap(), serde_json::to_string_pretty(&value).unwrap()] {
            let ours = parse(text.as_bytes()).map_err(|e| format!("{e:?} in {text}")).unwrap();
            prop_assert_eq!(to_serde(&ours), value.clone());
        }
    }

    #[test]
    fn serde_json_reads_what_we_write(value in arb_value()) {
        let text = serde_json::to_string(&value).unwrap();
        let ours = parse(text.as_bytes()).unwrap();
        let written = to_string(&ours);
        let back: Value = serde_json::from_str(&written).unwrap();
        prop_assert_eq!(back, value);
    }

    #[test]
    fn accepts_exactly_what_serde_json_accepts(text in "[\\[\\]{}\",:0-9.eE+\\-a-z\\\\ \n]{0,24}") {
        let ours = parse(text.as_bytes());
        let theirs = serde_json::from_str::<Value>(&text);
        // Blank input is our own "empty" error; serde_json agrees it is not JSON.
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?} {:?}", ours, theirs);
        if let (Ok(ours), Ok(theirs)) = (ours, theirs) {
            prop_assert_eq!(to_serde(&ours), theirs);
        }
    }

    #[test]
    fn never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let _ = parse(&bytes);
    }
}

#[test]
fn strings_borrow_unless_escaped() {
    let json = parse(br#"["plain", "tab\there"]"#).unwrap();
    let items = json.as_array().unwrap();
    assert!(matches!(&items[0], Json::String(Cow::Borrowed("plain"))));
    assert!(matches!(&items[1], Json::String(Cow::Owned(s)) if s == "tab\there"));
}

#[test]
fn escapes_and_surrogate_pairs() {
    let json = parse(br#""\"\\\/\b\f\n\r\t\u0041\u00e9\u1EBF\ud83d\ude00""#).unwrap();
    assert_eq!(json.as_str(), Some("\"\\/\u{8}\u{c}\n\r\tAéế😀"));
    assert_eq!(kind(r#""\ud83d""#), ParseErrorKind::LoneSurrogate);
    assert_eq!(kind(r#""\ud83d\u0041""#), ParseErrorKind::LoneSurrogate);
    assert_eq!(kind(r#""\ude00""#), ParseErrorKind::LoneSurrogate);
    assert_eq!(
        kind(r#""\x""#),
        ParseErrorKind::InvalidEscape { found: Some('x') }
    );
    assert_eq!(
        kind(r#""\u12G4""#),
        ParseErrorKind::InvalidEscape { found: Some('u') }
    );
    assert_eq!(
        kind("\"a\tb\""),
        ParseErrorKind::ControlInString { code: 9 }
    );
    assert_eq!(kind("\"abc"), ParseErrorKind::UnterminatedString);
    assert_eq!(kind("\"a\\n"), ParseErrorKind::UnterminatedString);
}

#[test]
fn numbers() {
    fn n(t: &str) -> Number<'_> {
        match parse(t.as_bytes()).unwrap() {
            Json::Number(n) => n,
            other => panic!("{other:?}"),
        }
    }
    let _unused = |t: &str| match parse(t.as_bytes()).unwrap() {
        Json::Number(n) => n.as_f64(),
        other => panic!("{other:?}"),
    };
    assert_eq!(n("1e400").as_f64(), f64::INFINITY);
    assert_eq!(n("8000.00").as_u64(), Some(8000));
    assert_eq!(n("0.8e4").as_u64(), Some(8000));
    assert_eq!(n("80e-1").as_u64(), Some(8));
    assert_eq!(n("81e-1").as_u64(), None);
    assert_eq!(n("0e999999999999").as_u64(), Some(0));
    assert_eq!(n("1e19").as_u64(), Some(10_000_000_000_000_000_000));
    assert_eq!(n("1e20").as_u64(), None);
    assert_eq!(n("-0.0").as_u64(), Some(0));
    assert_eq!(n("1e-999999999999").as_u64(), None);
    assert_eq!(n("1e400").as_u64(), None);
    assert_eq!(n("-0").as_u64(), Some(0));
    assert_eq!(n("8000").as_u64(), Some(8000));
    assert_eq!(n("8e3").as_u64(), Some(8000));
    assert_eq!(n("2.5").as_u64(), None);
    assert_eq!(n("-3").as_u64(), None);
    assert_eq!(n("18446744073709551616").as_u64(), None);
    assert_eq!(n("18446744073709551615").as_u64(), Some(u64::MAX));
    assert_eq!(kind("01"), ParseErrorKind::LeadingZero);
    assert_eq!(kind("-"), ParseErrorKind::InvalidNumber);
    assert_eq!(kind("1."), ParseErrorKind::InvalidNumber);
    assert_eq!(kind("1e"), ParseErrorKind::InvalidNumber);
    assert_eq!(
        kind(".5"),
        ParseErrorKind::ExpectedValue { found: Some('.') }
    );
    assert_eq!(
        kind("NaN"),
        ParseErrorKind::ExpectedValue { found: Some('N') }
    );
    assert_eq!(
        kind("[Infinity]"),
        ParseErrorKind::ExpectedValue { found: Some('I') }
    );
}

#[test]
fn syntax_errors_have_line_column_and_path() {
    let err = parse("{\"a\": [1, 2,]}".as_bytes()).unwrap_err();
    assert_eq!(err.kind, ParseErrorKind::TrailingComma);
    assert_eq!(err.path, "a");
    let err = parse("{\n  \"procedures\": [\n    {\"id\": \"x\",}\n  ]\n}".as_bytes()).unwrap_err();
    assert_eq!(err.kind, ParseErrorKind::TrailingComma);
    assert_eq!((err.line, err.column), (3, 16));
    assert_eq!(err.path, "procedures[0]");
    let err = parse("{\"tên\": \"đ\" x}".as_bytes()).unwrap_err();
    assert_eq!(
        err.kind,
        ParseErrorKind::ExpectedCommaOr {
            close: '}',
            found: Some('x')
        }
    );
    assert_eq!((err.line, err.column), (1, 13));
    assert_eq!(
        kind("{\"a\" 1}"),
        ParseErrorKind::ExpectedColon { found: Some('1') }
    );
    assert_eq!(
        kind("{1: 2}"),
        ParseErrorKind::ExpectedKey { found: Some('1') }
    );
    assert_eq!(
        kind("[1 2]"),
        ParseErrorKind::ExpectedCommaOr {
            close: ']',
            found: Some('2')
        }
    );
    assert_eq!(
        kind("[1"),
        ParseErrorKind::ExpectedCommaOr {
            close: ']',
            found: None
        }
    );
    assert_eq!(kind("{} x"), ParseErrorKind::TrailingContent { found: 'x' });
    assert_eq!(
        kind("tru"),
        ParseErrorKind::ExpectedValue { found: Some('t') }
    );
    let err = parse(br#"{"a b": {"c": [0, {"d": }]}}"#).unwrap_err();
    assert_eq!(err.path, r#"["a b"].c[1].d"#);
}

#[test]
fn what_the_bytes_look_like() {
    assert_eq!(kind(""), ParseErrorKind::Empty);
    assert_eq!(kind(" \n\t"), ParseErrorKind::Empty);
    assert_eq!(kind("<!DOCTYPE html><html>"), ParseErrorKind::Html);
    assert_eq!(kind("\n  <html>"), ParseErrorKind::Html);
    assert_eq!(
        parse(&[0xFF, 0xFE, b'{', 0]).unwrap_err().kind,
        ParseErrorKind::Utf16 {
            little_endian: true
        }
    );
    assert_eq!(
        parse(&[b'{', 0, b'}', 0]).unwrap_err().kind,
        ParseErrorKind::Utf16 {
            little_endian: true
        }
    );
    let latin1 = parse(b"{\"a\": \"Ph\xE1\"}").unwrap_err();
    assert_eq!(latin1.kind, ParseErrorKind::NotUtf8);
    assert_eq!(latin1.offset, 9);
    assert_eq!(latin1.path, "$");
    let with_bom = parse(b"\xEF\xBB\xBF{\"a\": 1}").unwrap();
    assert_eq!(
        with_bom.get("a").and_then(|v| match v {
            Json::Number(n) => n.as_u64(),
            _ => None,
        }),
        Some(1)
    );
    let big = vec![b' '; MAX_FILE_BYTES + 1];
    assert!(matches!(
        parse(&big).unwrap_err().kind,
        ParseErrorKind::TooLarge { .. }
    ));
}

#[test]
fn depth_limit() {
    let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(parse(nested(64).as_bytes()).is_ok());
    let err = parse(nested(65).as_bytes()).unwrap_err();
    assert_eq!(err.kind, ParseErrorKind::TooDeep);
    assert_eq!(err.path, format!("{}", "[0]".repeat(64)));
    let objects = format!("{}1{}", "{\"a\":".repeat(65), "}".repeat(65));
    let err = parse(objects.as_bytes()).unwrap_err();
    assert_eq!(err.kind, ParseErrorKind::TooDeep);
    assert_eq!(err.path, vec!["a"; 64].join("."));
    // Far beyond any stack: still an error, not an overflow.
    assert_eq!(kind(&nested(100_000)), ParseErrorKind::TooDeep);
}

#[test]
fn duplicate_keys_are_kept_in_order() {
    let json = parse(br#"{"a": 1, "b": 2, "a": 3}"#).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, _)| &**k)
        .collect();
    assert_eq!(keys, ["a", "b", "a"]);
    assert!(matches!(json.get("a"), Some(Json::Number(n)) if n.raw == "3"));
}

#[test]
fn writer_escapes() {
    let mut out = String::new();
    write_string("a\"b\\c\n\u{1}\u{1f}é😀</script>", &mut out);
    assert_eq!(out, r#""a\"b\\c\n\u0001\u001fé😀</script>""#);
    let back: String = serde_json::from_str(&out).unwrap();
    assert_eq!(back, "a\"b\\c\n\u{1}\u{1f}é😀</script>");
}

proptest! {
    #[test]
    fn whole_numbers_read_like_doubles(text in "-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,4})?([eE][+-]?[0-9]{1,2})?") {
        let n = match parse(text.as_bytes()).unwrap() {
            Json::Number(n) => n,
            other => panic!("{other:?}"),
        };
        let v = n.as_f64();
        // Below 1e11 a double keeps four decimals; above, rounding blurs the answer.
        let small = v.abs() < 1e11;
        match n.as_u64() {
            Some(u) => prop_assert!(u as f64 == v || !small, "{} read as {}", text, u),
            None => prop_assert!(!small || v < 0.0 || v.fract() != 0.0, "{} refused", text),
        }
    }
}

/// Found by the corpus (tests/corpus/truncated-in-string.json): a container that failed
/// left its members on the parser's shared scratch stack, so the enclosing array's index
/// in the error path counted them too (`procedures[1]` for the first procedure).
#[test]
fn the_error_path_counts_only_the_arrays_own_items() {
    for (text, path) in [
        (
            r#"{"procedures":[{"steps":[{"a":1},{"title":""#,
            "procedures[0].steps[1].title",
        ),
        (r#"{"p":[{"s":[1,{"t":""#, "p[0].s[1].t"),
        (r#"{"p":[[1],[2,""#, "p[1][1]"),
        (r#"[[1,2,3],[4,5,{"a":[6,7,x]}]]"#, "[1][2].a[2]"),
        (r#"{"a":{"b":1,"c":2},"d":[{"e":1,"f":"#, "d[0].f"),
    ] {
        let e = parse(text.as_bytes()).unwrap_err();
        assert_eq!(e.path, path, "{text}");
    }
}

#[test]
fn limits_are_the_callers() {
    let tight = Limits {
        max_bytes: 8,
        max_depth: 2,
    };
    assert!(super::parse(b"[[1]]", &tight).is_ok());
    assert_eq!(
        super::parse(b"[[[1]]]", &tight).unwrap_err().kind,
        ParseErrorKind::TooDeep
    );
    assert!(matches!(
        super::parse(b"[1, 2, 3, 4]", &tight).unwrap_err().kind,
        ParseErrorKind::TooLarge { bytes: 12 }
    ));
}
