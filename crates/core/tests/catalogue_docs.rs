//! The format's documents are the contract webmasters write to (`docs/CATALOGUE.md` in
//! Vietnamese, `docs/CATALOGUE.en.md` in English), so they are held to the code: each
//! names, in backticks, every key of every shape table, the editors' note, every fixed
//! word a key accepts (as a JSON string, `"commune"`) and every diagnostic code with its slug; each links to the other;
//! and each one's complete example catalogue loads without a single diagnostic. A key,
//! word or code added to the code without a line in both documents fails here.

use procedure_guide_core::catalogue::{
    load_catalogue, shapes, Account, Actor, Audience, ChannelKind, Delivery, DocumentAction,
    FeeKind, Level, QuestionKind, Status,
};
use procedure_guide_core::diagnostic::Code;

const DOCS: [(&str, &str); 2] = [
    (
        "docs/CATALOGUE.md",
        include_str!("../../../docs/CATALOGUE.md"),
    ),
    (
        "docs/CATALOGUE.en.md",
        include_str!("../../../docs/CATALOGUE.en.md"),
    ),
];

/// Allowed on every object, and so in no table (the walker knows it by name).
const EDITOR_NOTE: &str = "editor_note";

/// The words of every key that takes fixed words.
fn fixed_words() -> Vec<&'static str> {
    [
        Level::WORDS,
        Audience::WORDS,
        ChannelKind::WORDS,
        Delivery::WORDS,
        FeeKind::WORDS,
        QuestionKind::WORDS,
        DocumentAction::WORDS,
        Actor::WORDS,
        Status::WORDS,
        Account::WORDS,
    ]
    .concat()
}

fn quoted(name: &str) -> String {
    format!("`{name}`")
}

/// What `doc` leaves out of `names`, each as it should appear.
fn missing<'a>(doc: &str, names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = names
        .into_iter()
        .map(quoted)
        .filter(|q| !doc.contains(q.as_str()))
        .collect();
    out.sort();
    out.dedup();
    out
}

#[test]
fn every_key_of_every_shape_is_documented_in_both_languages() {
    let keys: Vec<&str> = shapes::ALL
        .iter()
        .flat_map(|shape| shape.fields.iter().map(|f| f.key))
        .chain([EDITOR_NOTE])
        .collect();
    for (file, doc) in DOCS {
        let left = missing(doc, keys.iter().copied());
        assert!(
            left.is_empty(),
            "{file} does not name these keys (in backticks): {left:?}; describe each in its \
             object's table, in both documents"
        );
        // And each table key has a row of its own, first in some table.
        let rowless: Vec<&str> = keys
            .iter()
            .copied()
            .filter(|k| *k != EDITOR_NOTE && !doc.contains(&format!("\n| `{k}` |")))
            .collect();
        assert!(
            rowless.is_empty(),
            "{file} has no table row for these keys: {rowless:?}"
        );
    }
}

#[test]
fn every_fixed_word_is_documented_in_both_languages() {
    for (file, doc) in DOCS {
        // A word is a JSON string, written `"commune"` (or `commune`).
        let left: Vec<String> = missing(doc, fixed_words())
            .into_iter()
            .filter(|q| !doc.contains(&format!("`\"{}\"`", q.trim_matches('`'))))
            .collect();
        assert!(
            left.is_empty(),
            "{file} does not name these allowed words (in backticks): {left:?}"
        );
    }
}

#[test]
fn every_diagnostic_code_is_documented_in_both_languages() {
    for (file, doc) in DOCS {
        let left = missing(
            doc,
            Code::ALL.iter().flat_map(|code| [code.id(), code.slug()]),
        );
        assert!(
            left.is_empty(),
            "{file} does not name these codes or slugs (in backticks): {left:?}; add a row \
             to the table of codes, with the meaning and the fix"
        );
        // One row per code: `| `E012` | `unknown-agency` |`.
        for code in Code::ALL {
            let row = format!("| `{}` | `{}` |", code.id(), code.slug());
            assert!(doc.contains(&row), "{file} has no table row {row}");
        }
    }
}

#[test]
fn each_document_links_to_the_other_at_the_top() {
    for ((file, doc), other) in DOCS.iter().zip(["CATALOGUE.en.md", "CATALOGUE.md"]) {
        let top: String = doc.lines().take(5).collect::<Vec<_>>().join("\n");
        assert!(
            top.contains(&format!("]({other})")),
            "{file} links to {other} in its first lines"
        );
    }
}

/// The ```json blocks that are whole catalogues (they declare a `format`).
fn complete_examples(doc: &str) -> Vec<&str> {
    doc.split("```json\n")
        .skip(1)
        .filter_map(|rest| rest.split("```").next())
        .filter(|block| block.trim_start().starts_with('{') && block.contains("\"format\""))
        .collect()
}

#[test]
fn each_documents_complete_example_loads_without_a_diagnostic() {
    for (file, doc) in DOCS {
        let examples = complete_examples(doc);
        assert!(!examples.is_empty(), "{file} has a complete example");
        for example in examples {
            let loaded = load_catalogue(example.as_bytes());
            assert_eq!(
                loaded.diagnostics,
                Vec::new(),
                "{file}: its complete example has problems"
            );
            let catalogue = loaded.catalogue.expect("the example loads");
            assert!(!catalogue.procedures.is_empty(), "{file}: a procedure");
            assert_eq!(catalogue.format_minor, 1, "{file}: the example is 1.1");
        }
    }
}
