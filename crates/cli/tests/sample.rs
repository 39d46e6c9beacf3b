//! The sample catalogue `www/catalogue.json` passes `check` with no errors and uses
//! every feature of the format at least once, so the demo, the docs and the browser
//! tests exercise all of it.

use std::path::Path;

use procedure_guide_cli::check_file;
use procedure_guide_core::catalogue::limits::JSON;
use procedure_guide_core::catalogue::*;
use procedure_guide_core::json::{self, Json};

fn sample_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../www/catalogue.json")
}

#[test]
fn sample_has_no_errors() {
    let report = check_file(&sample_path()).expect("www/catalogue.json is readable");
    let errors: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.diagnostic.is_error())
        .map(|f| format!("{} at {}", f.diagnostic.code.id(), f.diagnostic.path))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

/// No warning either: the sample is the example webmasters copy (a 1.0 reader would warn
/// about the 1.1 fields; this one knows them all).
#[test]
fn sample_has_no_warnings() {
    let report = check_file(&sample_path()).expect("www/catalogue.json is readable");
    let findings: Vec<String> = report
        .findings
        .iter()
        .map(|f| format!("{} at {}", f.diagnostic.code.id(), f.diagnostic.path))
        .collect();
    assert!(findings.is_empty(), "{findings:?}");
}

fn conditions<'c>(c: &'c Condition, out: &mut Vec<&'c Condition>) {
    out.push(c);
    if let Condition::All(list) | Condition::Any(list) = c {
        list.iter().for_each(|c| conditions(c, out));
    }
}

#[test]
fn sample_uses_every_feature() {
    let bytes = std::fs::read(sample_path()).expect("readable");
    let catalogue = load_catalogue(&bytes).catalogue.expect("a catalogue");
    let procedures = &catalogue.procedures;
    let raw = json::parse(&bytes, &JSON).expect("JSON");
    let raw_procedures = raw
        .get("procedures")
        .and_then(Json::as_array)
        .unwrap_or_default();
    let channels = || procedures.iter().flat_map(|p| &p.channels);
    let documents = || procedures.iter().flat_map(|p| &p.documents);
    let questions = || procedures.iter().flat_map(|p| &p.questions);
    let steps = || procedures.iter().flat_map(|p| &p.steps);
    let mut whens = Vec::new();
    for p in procedures {
        let all = p
            .documents
            .iter()
            .filter_map(|d| d.when.as_ref())
            .chain(p.steps.iter().filter_map(|s| s.when.as_ref()))
            .chain(p.questions.iter().filter_map(|q| q.when.as_ref()))
            .chain(p.channels.iter().filter_map(|c| c.when.as_ref()))
            .chain(
                p.channels
                    .iter()
                    .flat_map(|c| &c.time_limit)
                    .filter_map(|t| t.when.as_ref()),
            )
            .chain(
                p.channels
                    .iter()
                    .flat_map(|c| &c.fee)
                    .filter_map(|f| f.when.as_ref()),
            );
        for c in all {
            conditions(c, &mut whens);
        }
    }
    let stops = || {
        questions().flat_map(|q| {
            q.options
                .iter()
                .filter_map(|o| o.stop.as_ref())
                .chain(q.stop_yes.as_ref())
                .chain(q.stop_no.as_ref())
        })
    };
    let features: Vec<(&str, bool)> = vec![
        ("fields", !catalogue.fields.is_empty()),
        ("life_events", !catalogue.life_events.is_empty()),
        ("portal", catalogue.info.portal.is_some()),
        (
            "agency group {level}",
            procedures
                .iter()
                .any(|p| p.agencies.iter().any(|a| matches!(a, AgencyRef::Level(_)))),
        ),
        (
            "agency code",
            catalogue.agencies.iter().any(|a| a.code.is_some()),
        ),
        (
            "agency formerly",
            catalogue.agencies.iter().any(|a| !a.formerly.is_empty()),
        ),
        (
            "keywords",
            procedures.iter().any(|p| !p.keywords.is_empty()),
        ),
        (
            "requirements",
            procedures.iter().any(|p| !p.requirements.is_empty()),
        ),
        (
            "legal_basis",
            procedures.iter().any(|p| !p.legal_basis.is_empty()),
        ),
        ("related", procedures.iter().any(|p| !p.related.is_empty())),
        (
            "withdrawn with replaced_by",
            procedures
                .iter()
                .any(|p| p.status == Status::Withdrawn && p.replaced_by.is_some()),
        ),
        // The model cannot tell `"sets": 1` from no `sets`, so look at the file.
        (
            "sets",
            raw_procedures.iter().any(|p| p.get("sets").is_some()),
        ),
        (
            "in_person channel",
            channels().any(|c| c.kind == ChannelKind::InPerson),
        ),
        (
            "post channel",
            channels().any(|c| c.kind == ChannelKind::Post),
        ),
        (
            "online level 3",
            channels().any(|c| c.online_level == Some(OnlineLevel::Partial)),
        ),
        (
            "online level 4",
            channels().any(|c| c.online_level == Some(OnlineLevel::Full)),
        ),
        (
            "online_payment",
            channels().any(|c| c.online_payment == Some(true)),
        ),
        (
            "result_delivery",
            channels().any(|c| !c.result_delivery.is_empty()),
        ),
        (
            "per-case time limits",
            channels().any(|c| c.time_limit.iter().any(|t| t.when.is_some())),
        ),
        (
            "fee with amount",
            channels().any(|c| c.fee.iter().any(|f| f.amount.is_some())),
        ),
        (
            "fee with when",
            channels().any(|c| c.fee.iter().any(|f| f.when.is_some())),
        ),
        (
            "fee without amount (see note)",
            channels().any(|c| c.fee.iter().any(|f| f.amount.is_none() && f.note.is_some())),
        ),
        (
            "yes_no question",
            questions().any(|q| q.kind == QuestionKind::YesNo),
        ),
        (
            "choice question",
            questions().any(|q| q.kind == QuestionKind::Choice),
        ),
        ("stop", stops().next().is_some()),
        ("stop with see", stops().any(|s| !s.see.is_empty())),
        (
            "condition is",
            whens.iter().any(|c| matches!(c, Condition::Is { .. })),
        ),
        (
            "condition in",
            whens.iter().any(|c| matches!(c, Condition::In { .. })),
        ),
        ("one_of", documents().any(|d| !d.one_of.is_empty())),
        (
            "all_of",
            documents().any(|d| d.one_of.iter().any(|a| !a.all_of.is_empty())),
        ),
        (
            "show-only paper",
            documents().any(|d| d.action == DocumentAction::Show),
        ),
        ("form", documents().any(|d| d.form.is_some())),
        ("certified_copy", documents().any(|d| d.certified_copy)),
        (
            "original_or_certified_copy",
            documents().any(|d| d.original_or_certified_copy),
        ),
        ("data_lookup", documents().any(|d| d.data_lookup.is_some())),
        ("obtain_via", documents().any(|d| !d.obtain_via.is_empty())),
        ("optional paper", documents().any(|d| d.optional)),
        (
            "document for some channels",
            documents().any(|d| !d.channels.is_empty()),
        ),
        (
            "step for some channels",
            steps().any(|s| !s.channels.is_empty()),
        ),
        (
            "step actor agency",
            steps().any(|s| s.actor == Some(Actor::Agency)),
        ),
        ("step links", steps().any(|s| !s.links.is_empty())),
        // Format 1.1.
        ("channel label", channels().any(|c| c.label.is_some())),
        (
            "account vneid_level_2",
            channels().any(|c| c.account == Some(Account::VneidLevel2)),
        ),
        (
            "online_only (assisted)",
            procedures
                .iter()
                .any(|p| p.online_only.as_ref().is_some_and(|o| o.assisted)),
        ),
        (
            "online_only with its assisted desk",
            procedures.iter().any(|p| {
                p.online_only.is_some()
                    && p.channels.iter().any(|c| c.kind == ChannelKind::InPerson)
            }),
        ),
        (
            "deadline in days",
            procedures.iter().any(|p| {
                matches!(
                    p.deadline.as_ref().map(|d| d.span),
                    Some(DeadlineSpan::Days(_))
                )
            }),
        ),
        (
            "deadline legal_basis",
            procedures
                .iter()
                .any(|p| p.deadline.as_ref().is_some_and(|d| d.legal_basis.is_some())),
        ),
        (
            "deadline note",
            procedures
                .iter()
                .any(|p| p.deadline.as_ref().is_some_and(|d| d.note.is_some())),
        ),
        // The model never holds editors' notes, so look at the file.
        (
            "editor_note",
            !editor_notes(&bytes).expect("JSON").is_empty(),
        ),
        (
            "editor_note as a list",
            editor_notes(&bytes)
                .expect("JSON")
                .iter()
                .any(|n| n.path.ends_with(']')),
        ),
        (
            "agency address and hotline",
            catalogue
                .agencies
                .iter()
                .any(|a| a.address.is_some() && a.hotline.is_some()),
        ),
    ];
    let unused: Vec<&str> = features
        .iter()
        .filter(|(_, used)| !used)
        .map(|(f, _)| *f)
        .collect();
    assert!(
        unused.is_empty(),
        "features the sample never uses: {unused:?}"
    );
}

/// The 2025–2026 rules the sample reflects (issue 13): online filing needs VNeID level 2
/// and every online way says which portal or app it is; an online-only procedure
/// (Directive 24/CT-TTg) keeps its desk as the assisted way, has no post channel and no
/// paper form; citizens never read "CMND", which stopped being valid after 2024.
#[test]
fn sample_follows_the_2025_2026_rules() {
    let bytes = std::fs::read(sample_path()).expect("readable");
    let catalogue = load_catalogue(&bytes).catalogue.expect("a catalogue");
    for p in &catalogue.procedures {
        for c in p.channels.iter().filter(|c| c.kind == ChannelKind::Online) {
            assert!(
                c.label.is_some(),
                "{}: an online channel without label",
                p.id
            );
            assert_eq!(c.account, Some(Account::VneidLevel2), "{}", p.id);
        }
        let Some(rule) = &p.online_only else { continue };
        assert_eq!(
            (rule.since.year, rule.since.month, rule.since.day),
            (2025, 10, 1),
            "{}",
            p.id
        );
        assert!(rule.legal_basis.is_some(), "{}", p.id);
        assert!(
            p.channels.iter().any(|c| c.kind == ChannelKind::InPerson),
            "{}: the assisted way",
            p.id
        );
        assert!(
            p.channels.iter().all(|c| c.kind != ChannelKind::Post),
            "{}: a post channel",
            p.id
        );
        // Every form is one filled in online, at home or with the staff's help.
        for d in p.documents.iter().filter(|d| d.form.is_some()) {
            assert!(
                d.channels.is_empty()
                    || d.channels.contains(&ChannelRef::Kind(ChannelKind::Online)),
                "{}: {} is a paper form",
                p.id,
                d.id
            );
        }
    }
    let online_only: Vec<&str> = catalogue
        .procedures
        .iter()
        .filter(|p| p.online_only.is_some())
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(online_only, ["3.000333", "1.004222", "1.004194"]);
    // Editors' notes may name CMND (why it is not listed); nothing citizens read does.
    let raw = json::parse(&bytes, &JSON).expect("JSON");
    let mut shown = Vec::new();
    strings_citizens_read(&raw, &mut shown);
    for text in shown {
        assert!(
            !text.contains("CMND") && !text.to_lowercase().contains("chứng minh nhân dân"),
            "{text}"
        );
    }
}

/// Every string of the file but the editors' notes.
fn strings_citizens_read<'j>(json: &'j Json<'j>, out: &mut Vec<&'j str>) {
    match json {
        Json::String(s) => out.push(s),
        Json::Array(items) => items.iter().for_each(|j| strings_citizens_read(j, out)),
        Json::Object(entries) => entries
            .iter()
            .filter(|(k, _)| k != "editor_note")
            .for_each(|(_, j)| strings_citizens_read(j, out)),
        _ => {}
    }
}
