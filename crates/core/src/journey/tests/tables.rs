//! Tables over the real procedures of the sample catalogue: (answers, channel, ticks) →
//! the documents listed, the missing count, the steps, the time limit, the fees and the
//! stop. Every expected value is written by hand from `research/procedures-facts.md` and
//! the catalogue, not from the code.
//!
//! Notation, to keep rows readable:
//! - documents and steps: ids in order; a suffix says how a document is listed (`:?`
//!   may be needed, `:o` optional, `:l` the agency looks it up; none: counted) and `:?`
//!   marks a step that may apply;
//! - time limit: `1d`, `7wd`, `text`, `-` (not published), cases `15d?|20d?`;
//! - fees: `kind:amount` (`note` when only a note is published), `?` when it may apply.

use crate::catalogue::{Procedure, Span};
use crate::journey::*;

use super::{answer, journey, procedure, sample};

struct Row {
    answers: &'static [(&'static str, &'static str)],
    /// Wire form of the channel key; empty for none.
    channel: &'static str,
    ticks: &'static [&'static str],
    looked_up: &'static [&'static str],
    documents: &'static str,
    missing: u32,
    steps: &'static str,
    time_limit: &'static str,
    fees: &'static str,
    /// `question>see`, empty for no stop.
    stop: &'static str,
}

const ROW: Row = Row {
    answers: &[],
    channel: "",
    ticks: &[],
    looked_up: &[],
    documents: "",
    missing: 0,
    steps: "",
    time_limit: "",
    fees: "",
    stop: "",
};

fn run(procedure_id: &str, rows: &[Row]) {
    let p = procedure(procedure_id);
    for (i, row) in rows.iter().enumerate() {
        let at = format!("{procedure_id} row {i}");
        let mut events: Vec<Event> = row.answers.iter().map(|(q, a)| answer(q, a)).collect();
        if !row.channel.is_empty() {
            let key = ChannelKey::from_wire(row.channel).expect("channel key");
            events.push(Event::ChooseChannel(key));
        }
        for t in row.ticks {
            events.push(Event::Tick(TickTarget::from_wire(t).expect("tick target")));
        }
        for d in row.looked_up {
            events.push(Event::MarkLookedUp {
                document: d.to_string(),
                looked_up: true,
            });
        }
        let j = journey(p, events);

        let list = checklist(p, &j);
        assert_eq!(documents(&list), row.documents, "{at}: documents");
        assert_eq!(list.missing.missing, row.missing, "{at}: missing");
        assert_eq!(step_ids(p, &j), row.steps, "{at}: steps");

        let found_stop = stop(p, &j).map(|s| {
            let see: Vec<String> = s
                .stop
                .see
                .iter()
                .map(|r| match r {
                    crate::catalogue::SeeRef::Procedure(id) => id.clone(),
                    crate::catalogue::SeeRef::Link(l) => l.url.clone(),
                })
                .collect();
            format!("{}>{}", s.question.id, see.join(","))
        });
        assert_eq!(found_stop.unwrap_or_default(), row.stop, "{at}: stop");

        if !row.channel.is_empty() {
            let chosen = chosen_channel(p, &j).expect("the chosen channel applies");
            assert_eq!(
                render_time_limit(&time_limit(chosen.channel, p, &j)),
                row.time_limit,
                "{at}: time limit"
            );
            assert_eq!(
                render_fees(&fees(chosen.channel, p, &j)),
                row.fees,
                "{at}: fees"
            );
        }
    }
}

fn documents(list: &Checklist<'_>) -> String {
    let words: Vec<String> = list
        .items
        .iter()
        .map(|item| {
            let suffix = match item.status {
                ItemStatus::Counted => "",
                ItemStatus::MayBeNeeded => ":?",
                ItemStatus::Optional => ":o",
                ItemStatus::LookedUp => ":l",
            };
            format!("{}{suffix}", item.document.id)
        })
        .collect();
    words.join(" ")
}

fn step_ids(p: &Procedure, j: &Journey) -> String {
    let words: Vec<String> = steps(p, j)
        .steps
        .iter()
        .map(|s| {
            let suffix = if s.applies == Applies::Unknown {
                ":?"
            } else {
                ""
            };
            format!("{}{suffix}", s.step.id)
        })
        .collect();
    words.join(" ")
}

fn render_span(t: &crate::catalogue::TimeLimit) -> String {
    match t.span {
        Some(Span::Days(n)) => format!("{n}d"),
        Some(Span::WorkingDays(n)) => format!("{n}wd"),
        Some(Span::Hours(n)) => format!("{n}h"),
        None => "text".to_string(),
    }
}

fn render_time_limit(view: &TimeLimitView<'_>) -> String {
    match view {
        TimeLimitView::NotPublished => "-".to_string(),
        TimeLimitView::One(t) => render_span(t),
        TimeLimitView::Cases(cases) => {
            let words: Vec<String> = cases
                .iter()
                .map(|(t, a)| {
                    let q = if *a == Applies::Unknown { "?" } else { "" };
                    format!("{}{q}", render_span(t))
                })
                .collect();
            words.join("|")
        }
    }
}

fn render_fees(lines: &[FeeLine<'_>]) -> String {
    let words: Vec<String> = lines
        .iter()
        .map(|l| {
            let amount = l.fee.amount.map_or("note".to_string(), |a| a.to_string());
            let q = if l.applies == Applies::Unknown {
                "?"
            } else {
                ""
            };
            format!("{}:{amount}{q}", l.fee.kind.as_str())
        })
        .collect();
    words.join(" ")
}

const BIRTH_PARENTS: &[(&str, &str)] = &[
    ("lien_thong", "no"),
    ("nguoi_nop", "cha_me"),
    ("bi_bo_roi", "no"),
    ("mang_thai_ho", "no"),
];

#[test]
fn birth_registration_1_001193() {
    run(
        "1.001193",
        &[
            // Parents at the desk: form, birth certificate (or a substitute), an ID to show;
            // proof of residence is optional.
            Row {
                answers: BIRTH_PARENTS,
                channel: "~in_person",
                documents: "to-khai giay-chung-sinh giay-to-tuy-than giay-to-cu-tru:o",
                missing: 3,
                steps: "nop-truc-tiep tiep-nhan ghi-so-tra-ket-qua",
                time_limit: "1d",
                fees: "charge:0 fee:8000",
                ..ROW
            },
            // No birth certificate: a witness's statement is the alternative ticked.
            Row {
                answers: BIRTH_PARENTS,
                channel: "~in_person",
                ticks: &["to-khai", "giay-chung-sinh/giay-chung-sinh-nguoi-lam-chung"],
                documents: "to-khai giay-chung-sinh giay-to-tuy-than giay-to-cu-tru:o",
                missing: 1,
                steps: "nop-truc-tiep tiep-nhan ghi-so-tra-ket-qua",
                time_limit: "1d",
                fees: "charge:0 fee:8000",
                ..ROW
            },
            // ... and the officer looks the ID number up instead of seeing the card.
            Row {
                answers: BIRTH_PARENTS,
                channel: "~in_person",
                ticks: &["to-khai", "giay-chung-sinh/giay-chung-sinh-cam-doan"],
                looked_up: &["giay-to-tuy-than"],
                documents: "to-khai giay-chung-sinh giay-to-tuy-than:l giay-to-cu-tru:o",
                missing: 0,
                steps: "nop-truc-tiep tiep-nhan ghi-so-tra-ket-qua",
                time_limit: "1d",
                fees: "charge:0 fee:8000",
                ..ROW
            },
            // Nothing answered, on VNeID: the e-form; the papers of special cases may be
            // needed; the draft certificate is confirmed online.
            Row {
                channel: "online-vneid",
                documents: "to-khai-dien-tu giay-chung-sinh van-ban-uy-quyen:? \
                            bien-ban-tre-bi-bo-roi:? xac-nhan-mang-thai-ho:? giay-to-cu-tru:o",
                missing: 2,
                steps: "nop-vneid tiep-nhan xac-nhan-du-thao ghi-so-tra-ket-qua",
                time_limit: "1d",
                fees: "charge:0",
                ..ROW
            },
            // By post, by proxy, for an abandoned child: certified copies instead of
            // showing the ID.
            Row {
                answers: &[
                    ("lien_thong", "no"),
                    ("nguoi_nop", "uy_quyen"),
                    ("bi_bo_roi", "yes"),
                    ("mang_thai_ho", "no"),
                ],
                channel: "~post",
                documents: "to-khai giay-chung-sinh van-ban-uy-quyen bien-ban-tre-bi-bo-roi \
                            ban-sao-giay-to-tuy-than giay-to-cu-tru:o",
                missing: 5,
                steps: "nop-buu-chinh tiep-nhan ghi-so-tra-ket-qua",
                time_limit: "1d",
                fees: "charge:0",
                ..ROW
            },
            // Also registering residence and health insurance: use 2.000986 instead.
            Row {
                answers: &[("lien_thong", "yes")],
                channel: "online-dvcqg",
                documents: "to-khai-dien-tu giay-chung-sinh van-ban-uy-quyen:? \
                            bien-ban-tre-bi-bo-roi:? xac-nhan-mang-thai-ho:? giay-to-cu-tru:o",
                missing: 2,
                steps: "nop-dvcqg tiep-nhan xac-nhan-du-thao ghi-so-tra-ket-qua",
                time_limit: "1d",
                fees: "charge:0",
                stop: "lien_thong>2.000986",
                ..ROW
            },
        ],
    );
}

#[test]
fn combined_birth_residence_insurance_2_000986() {
    run(
        "2.000986",
        &[
            Row {
                channel: "~in_person",
                documents: "to-khai-khai-sinh to-khai-cu-tru giay-chung-sinh giay-to-tuy-than",
                missing: 4,
                steps: "nop-ho-so tra-ket-qua",
                time_limit: "20wd",
                fees: "charge:0",
                ..ROW
            },
            Row {
                channel: "~in_person",
                ticks: &["giay-chung-sinh"],
                looked_up: &["giay-to-tuy-than"],
                documents: "to-khai-khai-sinh to-khai-cu-tru giay-chung-sinh giay-to-tuy-than:l",
                missing: 2,
                steps: "nop-ho-so tra-ket-qua",
                time_limit: "20wd",
                fees: "charge:0",
                ..ROW
            },
        ],
    );
}

#[test]
fn marriage_registration_1_000894() {
    run(
        "1.000894",
        &[
            Row {
                channel: "~in_person",
                documents: "to-khai giay-to-tuy-than xac-nhan-tinh-trang-hon-nhan",
                missing: 3,
                steps: "nop-ho-so tra-cuu ky-nhan",
                time_limit: "1d",
                fees: "charge:0 fee:note",
                ..ROW
            },
            // The officer looks marital status up in the civil-status database.
            Row {
                channel: "~online3",
                looked_up: &["xac-nhan-tinh-trang-hon-nhan"],
                documents: "to-khai-dien-tu giay-to-tuy-than xac-nhan-tinh-trang-hon-nhan:l",
                missing: 2,
                steps: "nop-ho-so tra-cuu ky-nhan",
                time_limit: "1d",
                fees: "charge:0",
                ..ROW
            },
            // The catalogue publishes no fee for post: nothing is guessed.
            Row {
                channel: "~post",
                ticks: &["to-khai", "giay-to-tuy-than/giay-to-tuy-than-ho-chieu"],
                documents: "to-khai giay-to-tuy-than xac-nhan-tinh-trang-hon-nhan",
                missing: 1,
                steps: "nop-ho-so tra-cuu ky-nhan",
                time_limit: "1d",
                fees: "",
                ..ROW
            },
        ],
    );
}

#[test]
fn marital_status_certificate_1_004873() {
    run(
        "1.004873",
        &[
            Row {
                answers: &[
                    ("mien_le_phi", "yes"),
                    ("muc_dich", "nha_dat"),
                    ("cap_lai", "yes"),
                    ("uy_quyen", "no"),
                ],
                channel: "~in_person",
                documents: "to-khai giay-da-cap giay-to-tuy-than giay-to-cu-tru:o",
                missing: 3,
                steps: "nop-ho-so xu-ly",
                time_limit: "3d",
                fees: "charge:0",
                ..ROW
            },
            // Fee unanswered: both the council's fee and the exemption may apply.
            Row {
                answers: &[("muc_dich", "khac"), ("uy_quyen", "yes")],
                channel: "~online4",
                documents: "to-khai-dien-tu van-ban-uy-quyen giay-da-cap:? giay-to-tuy-than \
                            giay-to-cu-tru:o",
                missing: 3,
                steps: "nop-ho-so xu-ly",
                time_limit: "3d",
                fees: "charge:note? charge:0?",
                ..ROW
            },
            // For a marriage in Vietnam the officer looks marital status up: stop.
            Row {
                answers: &[("mien_le_phi", "no"), ("muc_dich", "ket_hon_trong_nuoc")],
                channel: "~post",
                documents: "to-khai van-ban-uy-quyen:? giay-da-cap:? giay-to-tuy-than \
                            giay-to-cu-tru:o",
                missing: 2,
                steps: "nop-ho-so xu-ly",
                time_limit: "3d",
                fees: "charge:note",
                stop: "muc_dich>1.000894",
                ..ROW
            },
        ],
    );
}

#[test]
fn death_registration_1_000656() {
    run(
        "1.000656",
        &[
            Row {
                answers: &[("dung_han", "yes")],
                channel: "~online4",
                ticks: &["giay-bao-tu/giay-bao-tu-goc"],
                documents: "to-khai giay-bao-tu giay-to-tuy-than",
                missing: 2,
                steps: "nop-ho-so tra-ket-qua",
                time_limit: "1d",
                fees: "charge:0",
                ..ROW
            },
            Row {
                channel: "~in_person",
                documents: "to-khai giay-bao-tu giay-to-tuy-than",
                missing: 3,
                steps: "nop-ho-so tra-ket-qua",
                time_limit: "1d",
                fees: "charge:0? charge:note?",
                ..ROW
            },
        ],
    );
}

#[test]
fn civil_status_copies_2_000635() {
    run(
        "2.000635",
        &[Row {
            channel: "~post",
            ticks: &["to-khai"],
            documents: "to-khai giay-to-tuy-than",
            missing: 1,
            steps: "nop-yeu-cau cap-ban-sao",
            time_limit: "-",
            fees: "fee:8000",
            ..ROW
        }],
    );
}

#[test]
fn criminal_record_certificate_3_000333() {
    run(
        "3.000333",
        &[
            // Phiếu số 2 requested by proxy: the stop.
            Row {
                answers: &[
                    ("loai_phieu", "so2"),
                    ("cha_me_cho_con", "no"),
                    ("uy_quyen_so2", "yes"),
                ],
                channel: "~in_person",
                documents: "to-khai-ca-nhan-dien-tu giay-to-tuy-than mien-giam-phi:?",
                missing: 2,
                steps: "nop-truc-tiep chung-minh-mien-giam:? theo-doi",
                time_limit: "10d",
                fees: "fee:200000? fee:100000? fee:0?",
                stop: "uy_quyen_so2>https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7-bd79-75fb-a4c6-ba1bf85d20ad",
                ..ROW
            },
            // A parent asks for a minor's Phiếu số 2 at the desk, where staff help file it
            // online: no stop (the proxy question is not asked), the proxy e-form; the ID
            // copy with the original shown, half ticked.
            Row {
                answers: &[
                    ("doi_tuong_phi", "thong_thuong"),
                    ("loai_phieu", "so2"),
                    ("cha_me_cho_con", "yes"),
                ],
                channel: "~in_person",
                ticks: &["giay-to-tuy-than/giay-to-tuy-than-ban-sao-kem-ban-chinh/giay-to-tuy-than-ban-sao"],
                documents: "to-khai-uy-quyen-dien-tu giay-to-tuy-than",
                missing: 2,
                steps: "nop-truc-tiep theo-doi",
                time_limit: "10d",
                fees: "fee:200000",
                ..ROW
            },
            // ... both parts of the all_of alternative ticked: the group is done.
            Row {
                answers: &[
                    ("doi_tuong_phi", "thong_thuong"),
                    ("loai_phieu", "so2"),
                    ("cha_me_cho_con", "yes"),
                ],
                channel: "~in_person",
                ticks: &[
                    "giay-to-tuy-than/giay-to-tuy-than-ban-sao-kem-ban-chinh/giay-to-tuy-than-ban-sao",
                    "giay-to-tuy-than/giay-to-tuy-than-ban-sao-kem-ban-chinh/giay-to-tuy-than-ban-chinh",
                ],
                documents: "to-khai-uy-quyen-dien-tu giay-to-tuy-than",
                missing: 1,
                steps: "nop-truc-tiep theo-doi",
                time_limit: "10d",
                fees: "fee:200000",
                ..ROW
            },
            // Phiếu số 1 for oneself, online with an e-ID, fee waived.
            Row {
                answers: &[
                    ("doi_tuong_phi", "mien"),
                    ("@vneid_level_2", "yes"),
                    ("loai_phieu", "so1"),
                    ("cha_me_cho_con", "no"),
                    ("uy_quyen_so1", "no"),
                ],
                channel: "~online4",
                documents: "to-khai-ca-nhan-dien-tu giay-to-tuy-than mien-giam-phi",
                missing: 3,
                steps: "dang-nhap khai-to-khai thanh-toan chung-minh-mien-giam theo-doi",
                time_limit: "10d",
                fees: "fee:0",
                ..ROW
            },
            // Phiếu số 1 by a relative with authorisation and no e-ID account of her
            // own: helped to file online at the desk, reduced fee.
            Row {
                answers: &[
                    ("doi_tuong_phi", "giam"),
                    ("@vneid_level_2", "no"),
                    ("loai_phieu", "so1"),
                    ("cha_me_cho_con", "no"),
                    ("uy_quyen_so1", "yes"),
                    ("uy_quyen_la_nguoi_than", "yes"),
                ],
                channel: "~in_person",
                documents: "to-khai-uy-quyen-dien-tu giay-to-tuy-than mien-giam-phi uy-quyen-nguoi-than",
                missing: 4,
                steps: "nop-truc-tiep chung-minh-mien-giam theo-doi",
                time_limit: "10d",
                fees: "fee:100000",
                ..ROW
            },
        ],
    );
}

#[test]
fn withdrawn_procedure_hcm_lltp_stp_cu() {
    let p = procedure("hcm-lltp-stp-cu");
    assert_eq!(p.status, crate::catalogue::Status::Withdrawn);
    run(
        "hcm-lltp-stp-cu",
        &[Row {
            channel: "~in_person",
            documents: "",
            missing: 0,
            steps: "dung-thu-tuc-moi",
            time_limit: "-",
            fees: "",
            ..ROW
        }],
    );
}

#[test]
fn permanent_residence_1_004222() {
    run(
        "1.004222",
        &[
            // A rented home: the contract and proof of floor space.
            Row {
                answers: &[
                    ("mien_le_phi", "no"),
                    ("cho_o", "nha_thue"),
                    ("dinh_cu_nuoc_ngoai", "no"),
                ],
                channel: "~in_person",
                documents: "to-khai-ct01 hop-dong-thue dien-tich-toi-thieu",
                missing: 3,
                steps: "chuan-bi nop-truc-tiep kiem-tra nop-le-phi nhan-ket-qua",
                time_limit: "7wd",
                // Helped to file online at the desk: the online charge, not the paper one.
                fees: "charge:10000",
                ..ROW
            },
            // One's own home, from abroad, online, exempt; ownership looked up.
            Row {
                answers: &[
                    ("mien_le_phi", "yes"),
                    ("cho_o", "nha_minh"),
                    ("dinh_cu_nuoc_ngoai", "yes"),
                ],
                channel: "~online4",
                looked_up: &["so-huu-cho-o"],
                documents: "to-khai-ct02 so-huu-cho-o:l",
                missing: 1,
                steps: "chuan-bi nop-truc-tuyen kiem-tra nhan-ket-qua",
                time_limit: "7wd",
                fees: "charge:0",
                ..ROW
            },
            // A relative's home, the rest unanswered: either form may be needed.
            Row {
                answers: &[("cho_o", "nha_nguoi_than")],
                channel: "~in_person",
                documents: "to-khai-ct01:? to-khai-ct02:? quan-he-gia-dinh",
                missing: 1,
                steps: "chuan-bi nop-truc-tiep kiem-tra nop-le-phi:? nhan-ket-qua",
                time_limit: "7wd",
                fees: "charge:10000? charge:0?",
                ..ROW
            },
            Row {
                answers: &[("cho_o", "truong_hop_khac"), ("dinh_cu_nuoc_ngoai", "no")],
                channel: "~in_person",
                documents: "to-khai-ct01",
                missing: 1,
                steps: "chuan-bi nop-truc-tiep kiem-tra nop-le-phi:? nhan-ket-qua",
                time_limit: "7wd",
                fees: "charge:10000? charge:0?",
                stop: "cho_o>https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7-7704-7449-9e95-fe7ebb959aa2",
                ..ROW
            },
        ],
    );
}

#[test]
fn temporary_residence_1_004194() {
    run(
        "1.004194",
        &[
            Row {
                answers: &[("mien_le_phi", "no")],
                channel: "~online4",
                documents: "to-khai-ct01 cho-o-hop-phap",
                missing: 2,
                steps: "nop-ho-so nop-le-phi nhan-ket-qua",
                time_limit: "3wd",
                fees: "charge:7000",
                ..ROW
            },
            Row {
                answers: &[("mien_le_phi", "no")],
                channel: "~in_person",
                ticks: &["to-khai-ct01", "cho-o-hop-phap"],
                documents: "to-khai-ct01 cho-o-hop-phap",
                missing: 0,
                steps: "nop-ho-so nop-le-phi nhan-ket-qua",
                time_limit: "3wd",
                fees: "charge:7000",
                ..ROW
            },
        ],
    );
}

#[test]
fn business_household_1_001612() {
    run(
        "1.001612",
        &[
            Row {
                answers: &[("nguoi_nop", "chu_ho"), ("nhieu_thanh_vien", "no")],
                channel: "~in_person",
                documents: "giay-de-nghi",
                missing: 1,
                steps: "nop-truc-tiep cap-giay sau-dang-ky",
                time_limit: "3wd",
                fees: "charge:50000",
                ..ROW
            },
            Row {
                answers: &[
                    ("nguoi_nop", "dich_vu"),
                    ("nhieu_thanh_vien", "yes"),
                    ("chu_ho_co_dinh_danh", "no"),
                ],
                channel: "~online4",
                documents: "giay-de-nghi uy-quyen-thanh-vien hop-dong-dich-vu gioi-thieu \
                            can-cuoc-chu-ho",
                missing: 5,
                steps: "nop-truc-tuyen xac-nhan-dien-tu cap-giay sau-dang-ky",
                time_limit: "3wd",
                fees: "charge:150000",
                ..ROW
            },
            // The answer "no e-ID" stays stored but is ignored once the owner files
            // himself: the question is no longer asked, the ID copy no longer counts.
            Row {
                answers: &[
                    ("nguoi_nop", "buu_chinh_cong_ich"),
                    ("chu_ho_co_dinh_danh", "no"),
                    ("nguoi_nop", "chu_ho"),
                ],
                channel: "~post",
                documents: "giay-de-nghi uy-quyen-thanh-vien:?",
                missing: 1,
                steps: "nop-truc-tiep cap-giay sau-dang-ky",
                time_limit: "3wd",
                fees: "charge:150000",
                ..ROW
            },
        ],
    );
}

#[test]
fn certified_copy_2_000815() {
    run(
        "2.000815",
        &[Row {
            channel: "~in_person",
            documents: "ban-chinh ban-sao:o",
            missing: 1,
            steps: "nop-yeu-cau chung-thuc",
            time_limit: "text",
            fees: "fee:2000 fee:1000",
            ..ROW
        }],
    );
}

#[test]
fn construction_permit_1_013225() {
    run(
        "1.013225",
        &[
            Row {
                answers: &[("loai_cong_trinh", "nha_o_rieng_le")],
                channel: "~in_person",
                ticks: &["don-de-nghi"],
                documents: "don-de-nghi giay-to-dat ban-ve-thiet-ke ket-qua-pccc:o \
                            bao-cao-tham-tra:o",
                missing: 2,
                steps: "nop-ho-so tham-dinh lay-y-kien cap-phep",
                time_limit: "15d",
                fees: "charge:note",
                ..ROW
            },
            // Unanswered: both cases' time limits are shown.
            Row {
                channel: "~online3",
                documents: "don-de-nghi giay-to-dat:? ban-ve-thiet-ke:? ket-qua-pccc:? \
                            bao-cao-tham-tra:?",
                missing: 1,
                steps: "nop-ho-so tham-dinh lay-y-kien cap-phep:?",
                time_limit: "15d?|20d?",
                fees: "charge:note",
                ..ROW
            },
            Row {
                answers: &[("loai_cong_trinh", "cong_trinh_khac")],
                channel: "~post",
                documents: "don-de-nghi",
                missing: 1,
                steps: "nop-ho-so tham-dinh lay-y-kien",
                time_limit: "20d",
                fees: "charge:note",
                stop: "loai_cong_trinh>https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfe-9088-744d-aa0a-e846b6dce3d5",
                ..ROW
            },
        ],
    );
}

/// Every sample procedure with questions, walked answer by answer through every option
/// of each question as it appears: a question is asked only when its `when` holds.
#[test]
fn a_question_is_asked_only_when_it_applies() {
    use crate::journey::evaluate;
    let mut walked = 0;
    for p in sample()
        .procedures
        .iter()
        .filter(|p| !p.questions.is_empty())
    {
        // Breadth-first over answers, a few thousand journeys at most per procedure.
        let mut frontier = vec![Journey::new(p.id.clone(), 1, 1)];
        let mut seen = 0;
        while let Some(j) = frontier.pop() {
            seen += 1;
            if seen > 5_000 {
                break;
            }
            let asked = questions(p, &j);
            for q in &asked {
                assert_eq!(
                    evaluate(q.question.when.as_ref(), p, &j),
                    Applies::Yes,
                    "{}: {} asked before it applies ({:?})",
                    p.id,
                    q.question.id,
                    j.answers
                );
            }
            // Every question not asked must not apply yet (or at all).
            for q in &p.questions {
                if !asked.iter().any(|a| a.question.id == q.id) {
                    assert_ne!(
                        evaluate(q.when.as_ref(), p, &j),
                        Applies::Yes,
                        "{}: {}",
                        p.id,
                        q.id
                    );
                }
            }
            if let Some(next) = asked.iter().find(|a| a.answer.is_none()) {
                let values: Vec<String> = match next.question.kind {
                    crate::catalogue::QuestionKind::YesNo => vec!["yes".into(), "no".into()],
                    crate::catalogue::QuestionKind::Choice => {
                        next.question.options.iter().map(|o| o.id.clone()).collect()
                    }
                };
                for value in values {
                    frontier.push(apply(&j, answer(&next.question.id, &value), p));
                }
            }
        }
        walked += seen;
    }
    assert!(walked > 50, "{walked} journeys walked");
}

/// Questions that change channels, fees or time limits come first.
#[test]
fn question_order_puts_channel_questions_first() {
    let order = |id: &str, events: Vec<Event>| -> Vec<String> {
        let p = procedure(id);
        let j = journey(p, events);
        questions(p, &j)
            .iter()
            .map(|q| q.question.id.clone())
            .collect()
    };
    assert_eq!(
        order("1.004873", vec![]),
        ["mien_le_phi", "muc_dich", "cap_lai", "uy_quyen"]
    );
    assert_eq!(order("1.013225", vec![]), ["loai_cong_trinh"]);
    // The fee category first; the proxy questions only once they apply: never before
    // the person has said which certificate (the proxy question once, not twice). The
    // e-ID account is the online way's own question (format 1.1), not one of these.
    assert_eq!(
        order("3.000333", vec![]),
        ["doi_tuong_phi", "loai_phieu", "cha_me_cho_con"]
    );
    assert_eq!(
        order("3.000333", vec![answer("loai_phieu", "so2")]),
        ["doi_tuong_phi", "loai_phieu", "cha_me_cho_con"]
    );
    assert_eq!(
        order(
            "3.000333",
            vec![answer("loai_phieu", "so2"), answer("cha_me_cho_con", "no")]
        ),
        [
            "doi_tuong_phi",
            "loai_phieu",
            "cha_me_cho_con",
            "uy_quyen_so2"
        ]
    );
    assert_eq!(
        order(
            "3.000333",
            vec![
                answer("loai_phieu", "so1"),
                answer("cha_me_cho_con", "no"),
                answer("uy_quyen_so1", "yes")
            ]
        ),
        [
            "doi_tuong_phi",
            "loai_phieu",
            "cha_me_cho_con",
            "uy_quyen_so1",
            "uy_quyen_la_nguoi_than"
        ]
    );
    let p = procedure("3.000333");
    let phases = phases(p);
    assert_eq!(
        phases
            .iter()
            .filter(|ph| **ph == Phase::BeforeChannel)
            .count(),
        1
    );
}

/// 3.000333 with a question of its own that closes the online way ("co_dinh_danh", as
/// the sample had before format 1.1 gave channels an `account`): the journey's rules for
/// a channel's `when`, on a real procedure.
fn with_eid_question() -> Procedure {
    use crate::catalogue::{Condition, Question, QuestionKind, Text};
    let mut p = procedure("3.000333").clone();
    p.questions.push(Question {
        id: "co_dinh_danh".into(),
        text: Text::new(
            crate::i18n::Lang::Vi,
            "Bạn có tài khoản định danh điện tử mức 2?",
        ),
        help: None,
        kind: QuestionKind::YesNo,
        options: vec![],
        stop_yes: None,
        stop_no: None,
        when: None,
    });
    let online = p
        .channels
        .iter_mut()
        .find(|c| c.kind == crate::catalogue::ChannelKind::Online)
        .expect("an online way");
    online.when = Some(Condition::Is {
        question: "co_dinh_danh".into(),
        answer: "yes".into(),
    });
    p
}

/// An online way that needs an answer: unknown until answered, then closed.
#[test]
fn channels_follow_answers() {
    let p = &with_eid_question();
    let kinds = |j: &Journey| -> Vec<(String, Applies)> {
        channels(p, j)
            .iter()
            .map(|c| (c.key.to_wire(), c.applies))
            .collect()
    };
    let j = journey(p, vec![]);
    assert_eq!(
        kinds(&j),
        [
            ("~in_person".to_string(), Applies::Yes),
            ("~online4".to_string(), Applies::Unknown),
        ]
    );
    let online = Event::ChooseChannel(ChannelKey::from_wire("~online4").unwrap());
    let j = journey(p, vec![online.clone(), answer("co_dinh_danh", "no")]);
    assert_eq!(kinds(&j).len(), 1);
    // The choice is kept but not used (the one way left is used instead); choosing it
    // again is refused.
    assert!(j.channel.is_some());
    assert_eq!(
        chosen_channel(p, &j).map(|o| o.key.to_wire()),
        Some("~in_person".into())
    );
    assert_eq!(apply(&j, online, p), j);
    // The only agency is the office: nothing to choose.
    assert_eq!(office(p, &j), Some("cong-an-tphcm"));
}

/// An online-only procedure of the sample (Directive 24/CT-TTg): its desk is the
/// assisted way, offered with the online one whatever the account answer; it has no post
/// channel, and choosing one is refused.
#[test]
fn online_only_offers_the_assisted_way_and_no_post() {
    let p = procedure("3.000333");
    assert!(p.online_only.as_ref().is_some_and(|o| o.assisted));
    let wires =
        |j: &Journey| -> Vec<String> { channels(p, j).iter().map(|c| c.key.to_wire()).collect() };
    for answer_ in ["yes", "no"] {
        let j = journey(p, vec![answer("@vneid_level_2", answer_)]);
        assert_eq!(wires(&j), ["~in_person", "~online4"], "{answer_}");
    }
    let j = journey(p, vec![]);
    let post = Event::ChooseChannel(ChannelKey::from_wire("~post").unwrap());
    assert_eq!(apply(&j, post, p), j);
}

#[test]
fn quantities_are_multiplied_by_sets_but_shown_papers_are_not() {
    let mut p = procedure("1.013225").clone();
    p.sets = 3;
    let j = journey(&p, vec![answer("loai_cong_trinh", "nha_o_rieng_le")]);
    let list = checklist(&p, &j);
    let drawings = list
        .items
        .iter()
        .find(|i| i.document.id == "ban-ve-thiet-ke")
        .unwrap();
    assert_eq!(drawings.originals, Some(6));
    let p = procedure("2.000815").clone();
    let p = Procedure { sets: 2, ..p };
    let j = journey(&p, vec![]);
    let list = checklist(&p, &j);
    assert_eq!(
        list.items[0].originals,
        Some(1),
        "the original is only shown"
    );
    assert_eq!(list.items[1].copies, Some(2));
}

#[test]
fn steps_progress_and_next() {
    let p = procedure("1.004222");
    let j = journey(
        p,
        vec![
            answer("mien_le_phi", "no"),
            Event::ChooseChannel(ChannelKey::from_wire("~in_person").unwrap()),
            Event::MarkStepDone("chuan-bi".into()),
            Event::MarkStepDone("nop-truc-tiep".into()),
            // Done on another channel: kept, not counted.
            Event::MarkStepDone("nop-truc-tuyen".into()),
        ],
    );
    let list = steps(p, &j);
    assert_eq!((list.done, list.total), (2, 5));
    assert_eq!(
        list.next.map(|i| list.steps[i].step.id.as_str()),
        Some("kiem-tra")
    );
}

/// A stop needs its question to surely apply: answering the Phiếu số 2 proxy question
/// before saying whether one is the parent does not stop anyone yet.
#[test]
fn stop_waits_until_its_question_surely_applies() {
    let p = procedure("3.000333");
    let j = journey(
        p,
        vec![answer("loai_phieu", "so2"), answer("uy_quyen_so2", "yes")],
    );
    assert!(stop(p, &j).is_none());
    let k = apply(&j, answer("cha_me_cho_con", "no"), p);
    assert_eq!(
        stop(p, &k).map(|s| s.question.id.as_str()),
        Some("uy_quyen_so2")
    );
    let k = apply(&k, answer("cha_me_cho_con", "yes"), p);
    assert!(stop(p, &k).is_none());
}

/// Any ward or commune centre takes a birth registration; the criminal-record
/// certificate only the city police.
#[test]
fn offices_come_from_the_catalogue() {
    let catalogue = super::sample();
    assert_eq!(offices(catalogue, procedure("1.001193")).len(), 168);
    let police: Vec<&str> = offices(catalogue, procedure("3.000333"))
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(police, ["cong-an-tphcm"]);
    // Choosing one of the 168 is remembered; nothing is chosen for the person.
    let p = procedure("1.001193");
    let ward = offices(catalogue, p)[0].id.clone();
    let j = journey(p, vec![]);
    assert_eq!(office(p, &j), None);
    let j = journey(p, vec![Event::ChooseOffice(ward.clone())]);
    assert_eq!(office(p, &j), Some(ward.as_str()));
}

/// One office listed, by id or as the only agency of the level named: it is the
/// person's without asking, as the one way left is; several: only what they chose.
#[test]
fn the_only_office_listed_is_chosen() {
    use crate::catalogue::{AgencyRef, Level};
    use crate::journey::{chosen_office, only_office};
    let c = super::sample();
    let police = procedure("3.000333");
    let fresh = journey(police, vec![]);
    assert_eq!(
        only_office(c, police).map(|a| a.id.as_str()),
        Some("cong-an-tphcm")
    );
    assert_eq!(
        chosen_office(c, police, &fresh).map(|a| a.id.as_str()),
        Some("cong-an-tphcm")
    );
    let birth = procedure("1.001193");
    assert!(only_office(c, birth).is_none());
    assert!(chosen_office(c, birth, &journey(birth, vec![])).is_none());
    let chosen = journey(birth, vec![Event::ChooseOffice("phuong-ban-co".into())]);
    assert_eq!(
        chosen_office(c, birth, &chosen).map(|a| a.id.as_str()),
        Some("phuong-ban-co")
    );
    // A level with one agency of it in the catalogue: that one.
    let mut province = birth.clone();
    province.agencies = vec![AgencyRef::Level(Level::Province)];
    let mut one_province = c.clone();
    one_province
        .agencies
        .retain(|a| a.level != Some(Level::Province) || a.id == "so-tu-phap-tphcm");
    assert_eq!(
        chosen_office(&one_province, &province, &journey(&province, vec![])).map(|a| a.id.as_str()),
        Some("so-tu-phap-tphcm")
    );
    // Two ids of which the catalogue holds one: that one (the view of offices agrees).
    let mut named = birth.clone();
    named.agencies = vec![
        AgencyRef::Id("khong-co".into()),
        AgencyRef::Id("cong-an-tphcm".into()),
    ];
    assert_eq!(offices(c, &named).len(), 1);
    assert_eq!(
        chosen_office(c, &named, &journey(&named, vec![])).map(|a| a.id.as_str()),
        Some("cong-an-tphcm")
    );
}

/// An office without address or map gets a map search for its Vietnamese name, encoded
/// as `encodeURIComponent` does; one with either does not.
#[test]
fn an_office_without_address_gets_a_map_search_for_its_name() {
    use crate::journey::map_search;
    let c = super::sample();
    let with_address = c.agency("phuong-ban-co").expect("in the sample");
    assert!(with_address.address.is_some());
    assert_eq!(map_search(with_address), None);
    let mut ward = with_address.clone();
    ward.address = None;
    let ward = &ward;
    assert_eq!(
        map_search(ward).as_deref(),
        Some(
            "https://www.google.com/maps/search/?api=1&query=Trung%20t%C3%A2m%20Ph%E1%BB%A5c%20v%E1%BB%A5%20h%C3%A0nh%20ch%C3%ADnh%20c%C3%B4ng%20ph%C6%B0%E1%BB%9Dng%20B%C3%A0n%20C%E1%BB%9D"
        )
    );
    let mut odd = ward.clone();
    odd.name = crate::catalogue::Text::new(crate::i18n::Lang::Vi, "A&B #1/2?=(x)");
    assert_eq!(
        map_search(&odd).as_deref(),
        Some("https://www.google.com/maps/search/?api=1&query=A%26B%20%231%2F2%3F%3D(x)")
    );
    let centre = c
        .agency("trung-tam-phuc-vu-hcc-tphcm")
        .expect("in the sample");
    assert!(centre.address.is_some());
    assert_eq!(map_search(centre), None);
    let mut mapped = ward.clone();
    mapped.map_url = Some("https://maps.example.org/x".into());
    assert_eq!(map_search(&mapped), None);
    let mut nameless = ward.clone();
    nameless.name = crate::catalogue::Text::new(crate::i18n::Lang::Vi, "  ");
    assert_eq!(map_search(&nameless), None);
}

/// When the answers leave one way that surely applies, it is the chosen one; while
/// another may still apply, nothing is chosen for the person.
#[test]
fn the_only_channel_left_is_chosen() {
    let p = with_eid_question();
    let open = journey(&p, vec![]);
    assert_eq!(channels(&p, &open).len(), 2, "online may still apply");
    assert!(chosen_channel(&p, &open).is_none());
    assert!(only_channel(&p, &open).is_none());
    let no_eid = journey(&p, vec![answer("co_dinh_danh", "no")]);
    let only = only_channel(&p, &no_eid).expect("one left");
    assert_eq!(only.key.to_wire(), "~in_person");
    assert_eq!(
        chosen_channel(&p, &no_eid).map(|o| o.index),
        Some(only.index)
    );
    // A choice made before the answer ruled it out gives way to the one left.
    let online = Event::ChooseChannel(ChannelKey::from_wire("~online4").unwrap());
    let j = journey(&p, vec![online, answer("co_dinh_danh", "no")]);
    assert_eq!(
        chosen_channel(&p, &j).map(|o| o.key.to_wire()),
        Some("~in_person".into())
    );
}
