#!/usr/bin/env python3
"""Writes the adversarial catalogue corpus and its manifest.json.

Each file is a hostile, broken or odd catalogue of the kind department export tools and
misconfigured servers produce. The manifest says, for each, what the reader must make of
it: how many procedures still load (`procedures`, null when the file is rejected), and
the diagnostics (code, JSON path, and for an index the detail file) it must report. With
`"exact": true` (the default) those are *all* the diagnostics; with false, at least those.
`cli_exit` is what `procedure-guide check` exits with; `widget` marks the files the
Playwright test loads in the browser.

Entries with `generate` instead of `file` are too large to commit: the native and CLI
tests build them (crates/cli/tests/corpus.rs, `fn generated`).

Run again after a change: `python3 tests/corpus/generate.py`. The tests that read this:
crates/cli/tests/corpus.rs (core and CLI) and tests/e2e/corpus.test.mjs (widget).
"""
import copy
import json
import os
import shutil
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

P1 = {
    "id": "1.001193",
    "name": "Đăng ký khai sinh",
    "field": "ho-tich",
    "agencies": ["ubnd-a"],
    "summary": "Đăng ký khai sinh cho trẻ em sinh ra tại Việt Nam.",
    "channels": [
        {"id": "desk", "kind": "in_person"},
        {"id": "web", "kind": "online", "online_level": 4, "url": "https://dichvucong.gov.vn/"},
    ],
    "questions": [
        {"id": "by_proxy", "text": "Có ủy quyền không?", "kind": "yes_no"},
        {
            "id": "case",
            "text": "Trường hợp nào?",
            "kind": "choice",
            "options": [{"id": "in_time", "label": "Đúng hạn"}, {"id": "late", "label": "Quá hạn"}],
        },
    ],
    "documents": [
        {"id": "to-khai", "name": "Tờ khai đăng ký khai sinh", "originals": 1},
        {"id": "uy-quyen", "name": "Văn bản ủy quyền", "when": {"question": "by_proxy", "is": "yes"}},
    ],
    "steps": [
        {"id": "nop", "title": "Nộp hồ sơ"},
        {"id": "nhan", "title": "Nhận kết quả", "actor": "applicant"},
    ],
}

P2 = {
    "id": "1.000894",
    "name": "Đăng ký kết hôn",
    "agencies": ["ubnd-a"],
    "channels": [{"kind": "in_person"}],
    "steps": [{"id": "s1", "title": "Nộp hồ sơ"}],
}

BASE = {
    "format": "procedure-guide/1",
    "catalogue": {
        "id": "corpus",
        "title": "Danh mục thử",
        "publisher": "Sở Tư pháp",
        "updated": "2025-07-01",
        "portal": {"name": "Cổng dịch vụ công", "url": "https://dichvucong.gov.vn/"},
    },
    "agencies": [
        {"id": "ubnd-a", "name": "UBND phường A", "level": "commune"},
        {"id": "so-tp", "name": "Sở Tư pháp", "level": "province"},
    ],
    "fields": [{"id": "ho-tich", "name": "Hộ tịch"}],
    "life_events": [{"id": "sinh-con", "name": "Sinh con", "procedures": ["1.001193"]}],
    "procedures": [P1, P2],
}

NAMES = ["Đăng ký khai sinh", "Đăng ký kết hôn"]


def dump(value):
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def cat(change=None):
    c = copy.deepcopy(BASE)
    if change:
        change(c)
    return c


def text(change=None):
    return dump(cat(change))


def compact(change=None):
    """For the big files: no indentation, so the committed corpus stays small."""
    return json.dumps(cat(change), ensure_ascii=False, separators=(",", ":")) + "\n"


def p(c, i=0):
    return c["procedures"][i]


def extra_procedure(i, **fields):
    q = copy.deepcopy(P2)
    q["id"] = f"p{i}"
    q["name"] = f"Thủ tục {i}"
    q.update(fields)
    return q


VALID = text()
VALID_BYTES = VALID.encode("utf-8")

ENTRIES = []


def add(slug, content, procedures, diagnostics=(), *, exact=True, widget=False, names=None,
        details=None, note="", counts=None):
    """content: str (UTF-8), bytes, dict (dumped), or None with `generate`.
    counts: (diagnostics listed, errors, warnings), the last two counting those the core
    left out of a long list (W007)."""
    ENTRIES.append(dict(slug=slug, content=content, procedures=procedures,
                        diagnostics=list(diagnostics), exact=exact, widget=widget,
                        names=names, details=details or {}, note=note, counts=counts))


def gen(slug, generator, procedures, diagnostics=(), *, exact=True, note="", counts=None):
    ENTRIES.append(dict(slug=slug, content=None, generate=generator, procedures=procedures,
                        diagnostics=list(diagnostics), exact=exact, widget=False, names=None,
                        details={}, note=note, counts=counts))


# ---- a control: the base itself is clean ----
add("valid-base", VALID, 2, widget=True, names=NAMES, note="the base every other file changes")

# ---- the limits of CATALOGUE.md ----
add("limit-name-1000-chars", text(lambda c: p(c).__setitem__("name", "Đ" * 1000)), 2,
    note="exactly the 1,000-character limit for a name (2,000 bytes)")
add("limit-name-1001-chars", text(lambda c: p(c).__setitem__("name", "Đ" * 1001)), 1,
    [("E022", "procedures[0].name")], widget=True,
    note="one character over: the procedure is dropped, the other stays")
add("limit-step-title-1001-chars", text(lambda c: p(c)["steps"][0].__setitem__("title", "a" * 1001)), 1,
    [("E022", "procedures[0].steps[0].title")])
add("limit-summary-50000-chars", text(lambda c: p(c).__setitem__("summary", "ế" * 50000)), 2)
add("limit-summary-50001-chars", text(lambda c: p(c).__setitem__("summary", "ế" * 50001)), 2,
    [("E022", "procedures[0].summary")], note="information only: the summary goes, the procedure stays")
add("limit-nfd-name-counts-after-nfc", text(lambda c: p(c).__setitem__(
    "name", unicodedata.normalize("NFD", "ế" * 1000))), 2,
    note="3,000 code points as NFD, 1,000 after NFC: the limit counts the normalised text")
add("limit-id-64-chars", text(lambda c: p(c, 1).__setitem__("id", "x" * 64)), 2)
add("limit-id-65-chars", text(lambda c: p(c, 1).__setitem__("id", "x" * 65)), 1,
    [("E011", "procedures[1].id")])


def nested(depth, inner="0"):
    return "[" * depth + inner + "]" * depth


# The root object is level 1, "deep" adds one level per bracket.
add("depth-64-levels", VALID.replace('"format"', '"deep": ' + nested(63) + ',\n  "format"', 1), 2,
    [("W003", "deep")], note="64 levels in all: accepted (an unknown field)")
add("depth-65-levels", VALID.replace('"format"', '"deep": ' + nested(64) + ',\n  "format"', 1), None,
    [("E005", "deep" + "[0]" * 63)], widget=True)
add("depth-10000-levels", '{"a":' + "[" * 10000 + "]" * 10000 + "}", None,
    [("E005", "a" + "[0]" * 63)], note="far deeper than any stack allows: refused, no overflow")
add("depth-10000-unclosed", "[" * 10000, None, [("E005", "[0]" * 64)])
add("depth-objects-65-levels", '{"format":"procedure-guide/1","x":' + '{"a":' * 64 + "1" + "}" * 64 + "}", None,
    [("E005", "x" + ".a" * 63)])
gen("size-exactly-20-mib", "valid-padded-to-limit", 2,
    note="a valid catalogue padded with spaces to exactly 20 MiB")
gen("size-20-mib-plus-1", "padded-over-limit", None, [("E006", "$")])
gen("procedures-100000", "index-100000", 100000, note="exactly the limit of procedures (an index)")
gen("procedures-100001", "index-100001", 100000, [("E023", "procedures")],
    note="one over the limit: an error, and only the first 100,000 are kept")

# ---- truncated files ----
add("truncated-half", VALID_BYTES[: len(VALID_BYTES) // 2], None, [("E004", "procedures[0].questions[0].text")],
    widget=True, note="the download stopped half-way")
add("truncated-in-string", VALID_BYTES[: VALID_BYTES.index(b"Nh\xe1\xba\xadn")], None,
    [("E004", "procedures[0].steps[1].title")])
add("truncated-mid-utf8", VALID_BYTES[: VALID_BYTES.index("ký".encode()) + 2], None, [("E002", "$")],
    note="cut inside a multi-byte character: not UTF-8 any more")
add("truncated-after-colon", b'{"format": "procedure-guide/1", "catalogue":', None, [("E004", "catalogue")])
add("truncated-open-brace", b"{", None, [("E004", "$")])
add("truncated-last-brace", VALID.rstrip()[:-1], None, [("E004", "$")])
add("truncated-zero-padded", VALID_BYTES[:200] + b"\0" * 200, None, [("E004", "catalogue.portal.name")],
    note="a partial write filled with NUL bytes")

# ---- HTML and other non-JSON answers from a server ----
add("html-404-page", "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>"
    "<body><h1>Not Found</h1></body></html>\n", None, [("E003", "$")], widget=True)
add("html-nginx-502", "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
    None, [("E003", "$")])
add("html-login-page-after-bom", b"\xef\xbb\xbf\r\n\r\n  <!doctype html><html lang=vi><form action=/login>"
    b"<input name=user></form></html>", None, [("E003", "$")],
    note="a single-sign-on page, with a BOM and blank lines before it")
add("html-xml-error", '<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>', None,
    [("E003", "$")], note="an object store's XML refusal")
add("text-php-warning", "Warning: include(catalogue.php): failed to open stream\n" + VALID, None,
    [("E004", "$")])
add("json-jsonp-wrapped", "callback(" + VALID + ");", None, [("E004", "$")])
add("json-root-array", "[" + VALID + "]", None, [("E008", "$")])
add("json-root-null", "null", None, [("E008", "$")])
add("json-only-whitespace", " \r\n\t \n", None, [("E001", "$")])

# ---- encodings ----
add("encoding-windows-1258", VALID.replace("Đăng ký khai sinh", "Dang ky khai sinh", 1).encode("utf-8")
    .replace(b"Dang ky khai sinh", "Đăng ky khai sinh".encode("cp1258")), None, [("E002", "$")],
    widget=True, note="a Windows code page, not UTF-8")
add("encoding-utf16le-bom", VALID.encode("utf-16"), None, [("E002", "$")])
add("encoding-utf16be-no-bom", VALID.encode("utf-16-be"), None, [("E002", "$")])
add("encoding-utf8-bom", b"\xef\xbb\xbf" + VALID_BYTES, 2, widget=True, names=NAMES,
    note="a UTF-8 BOM is fine")
add("encoding-double-bom", b"\xef\xbb\xbf\xef\xbb\xbf" + VALID_BYTES, None, [("E004", "$")],
    note="a second BOM is a character before the JSON")
add("encoding-cesu-surrogate-bytes", VALID.replace("Đăng ký kết hôn", "Đăng ký kết hôn X", 1).encode("utf-8")
    .replace(b" X", b" \xed\xa0\x80"), None, [("E002", "$")], note="a surrogate encoded as UTF-8 bytes")
add("escape-lone-surrogate", VALID.replace('"Đăng ký kết hôn"', '"Đăng ký \\ud800 kết hôn"', 1), None,
    [("E004", "procedures[1].name")])
add("escape-surrogate-pair", VALID.replace('"Đăng ký kết hôn"', '"Đăng ký kết hôn \\ud83d\\udc8d"', 1), 2)
add("raw-control-in-string", VALID.replace("Đăng ký kết hôn", "Đăng ký\u0001kết hôn", 1), None,
    [("E004", "procedures[1].name")])

# ---- normalisation ----
NFD_NAMES = [unicodedata.normalize("NFD", n) for n in NAMES]
add("nfd-everywhere", dump(json.loads(unicodedata.normalize("NFD", VALID))), 2, widget=True, names=NAMES,
    note="every text decomposed, as macOS and some Windows tools write it: shown as NFC")
add("nfd-mixed-in-one-name", text(lambda c: p(c).__setitem__(
    "name", "Đăng " + unicodedata.normalize("NFD", "ký") + " khai sinh")), 2, names=NAMES)
add("nfd-agency-and-options", text(lambda c: (
    c["agencies"][0].__setitem__("name", unicodedata.normalize("NFD", "UBND phường Bến Nghé")),
    p(c)["questions"][1]["options"][0].__setitem__("label", unicodedata.normalize("NFD", "Đúng hạn")))), 2)
assert NFD_NAMES[0] != NAMES[0]

# ---- text garbled by old Vietnamese encodings ----
add("garbled-tcvn3-name", text(lambda c: p(c).__setitem__("name", "§¨ng ký khai sinh")), 2,
    [("W002", "procedures[0].name")], widget=True)
add("garbled-vni-name", text(lambda c: p(c).__setitem__("name", "Ñaêng kyù khai sinh")), 2,
    [("W002", "procedures[0].name")])
add("garbled-tcvn3-step-detail", text(lambda c: p(c)["steps"][0].__setitem__(
    "detail", "Ng­êi yªu cÇu nép hå s¬ t¹i bé phËn mét cöa")), 2,
    [("W002", "procedures[0].steps[0].detail")])
add("garbled-utf8-as-latin1", text(lambda c: p(c).__setitem__(
    "name", "Đăng ký khai sinh".encode("utf-8").decode("latin-1"))), 2,
    [("W002", "procedures[0].name")], note="UTF-8 read as Latin-1 and saved again (mojibake)")

# ---- duplicate ids at every level ----
add("dup-agency-id", text(lambda c: c["agencies"].append({"id": "ubnd-a", "name": "UBND khác"})), 2,
    [("E013", "agencies[2].id")])
add("dup-field-id", text(lambda c: c["fields"].append({"id": "ho-tich", "name": "Khác"})), 2,
    [("E013", "fields[1].id")])
add("dup-life-event-id", text(lambda c: c["life_events"].append(
    {"id": "sinh-con", "name": "Khác", "procedures": []})), 2, [("E013", "life_events[1].id")])
add("dup-procedure-id", text(lambda c: c["procedures"].append(extra_procedure(3, id="1.001193"))), 2,
    [("E013", "procedures[2].id")], widget=True)
add("dup-procedure-id-thrice", text(lambda c: c["procedures"].extend(
    [extra_procedure(3, id="1.000894"), extra_procedure(4, id="1.000894")])), 2,
    [("E013", "procedures[2].id"), ("E013", "procedures[3].id")])
add("dup-channel-id", text(lambda c: p(c)["channels"].append({"id": "desk", "kind": "post"})), 1,
    [("E013", "procedures[0].channels[2].id")])
add("dup-question-id", text(lambda c: p(c)["questions"].append(
    {"id": "by_proxy", "text": "Lại?", "kind": "yes_no"})), 1, [("E013", "procedures[0].questions[2].id")])
add("dup-option-id", text(lambda c: p(c)["questions"][1]["options"].append({"id": "late", "label": "Khác"})), 1,
    [("E013", "procedures[0].questions[1].options[2].id")])
add("dup-document-id", text(lambda c: p(c)["documents"].append({"id": "to-khai", "name": "Khác"})), 1,
    [("E013", "procedures[0].documents[2].id")])
add("dup-alternative-id", text(lambda c: p(c)["documents"].append({"id": "giay-to", "name": "Giấy tờ tùy thân",
    "one_of": [{"id": "cccd", "name": "CCCD"}, {"id": "cccd", "name": "Hộ chiếu"}]})), 1,
    [("E013", "procedures[0].documents[2].one_of[1].id")])
add("dup-step-id", text(lambda c: p(c)["steps"].append({"id": "nop", "title": "Lại"})), 1,
    [("E013", "procedures[0].steps[2].id")])
add("dup-json-key", VALID.replace('"name": "Đăng ký kết hôn",', '"name": "Cũ",\n      "name": "Đăng ký kết hôn",', 1),
    2, [("W001", "procedures[1].name")], names=NAMES, note="the last value wins, as JSON.parse does")

# ---- cycles ----
add("cycle-related-mutual", text(lambda c: (p(c).__setitem__("related", ["1.000894"]),
                                            p(c, 1).__setitem__("related", ["1.001193"]))), 2,
    widget=True, note="related procedures naming each other is normal")
add("cycle-related-self", text(lambda c: p(c).__setitem__("related", ["1.001193"])), 2)
add("cycle-replaced-by-self", text(lambda c: (p(c, 1).__setitem__("status", "withdrawn"),
                                              p(c, 1).__setitem__("replaced_by", "1.000894"))), 2,
    [("E019", "procedures[1].replaced_by")])


def three_cycle(c):
    for i in (3, 4, 5):
        c["procedures"].append(extra_procedure(i, status="withdrawn", replaced_by=f"p{3 + i % 3}"))


add("cycle-replaced-by-three", text(three_cycle), 5,
    [("E019", "procedures[2].replaced_by"), ("E019", "procedures[3].replaced_by"),
     ("E019", "procedures[4].replaced_by")], widget=True)
gen("cycle-replaced-by-chain-20000", "replacement-chain-20000", 20000,
    note="a 20,000-long chain of recoded procedures with no cycle: must not take quadratic time")
gen("cycle-replaced-by-ring-20000", "replacement-ring-20000", 20000,
    [("E019", "procedures[0].replaced_by"), ("E019", "procedures[99].replaced_by"), ("W007", "$")],
    exact=False, counts=(101, 20000, 0),
    note="a 20,000-long ring: every member counted, the first 100 listed, quickly, with a short message")

# ---- `when` naming what does not exist ----
add("when-unknown-question", text(lambda c: p(c)["documents"][1].__setitem__(
    "when", {"question": "married", "is": "yes"})), 1, [("E016", "procedures[0].documents[1].when.question")])
add("when-unknown-option-in", text(lambda c: p(c)["steps"][1].__setitem__(
    "when", {"question": "case", "in": ["late", "very_late"]})), 1,
    [("E017", "procedures[0].steps[1].when.in[1]")])
add("when-yes-no-bad-answer", text(lambda c: p(c)["channels"][1].__setitem__(
    "when", {"question": "by_proxy", "is": "true"})), 1, [("E017", "procedures[0].channels[1].when.is")])
add("when-nested-any-all-unknown", text(lambda c: p(c)["documents"][1].__setitem__("when", {"any": [
    {"question": "by_proxy", "is": "yes"}, {"all": [{"question": "case", "is": "late"},
                                                    {"question": "ghost", "is": "yes"}]}]})), 1,
    [("E016", "procedures[0].documents[1].when.any[1].all[1].question")])
add("when-on-fee-unknown", text(lambda c: p(c)["channels"][0].__setitem__("fee", [
    {"kind": "charge", "amount": 8000, "currency": "VND", "when": {"question": "nope", "is": "yes"}}])), 1,
    [("E016", "procedures[0].channels[0].fee[0].when.question")])
add("when-question-names-itself", text(lambda c: p(c)["questions"][0].__setitem__(
    "when", {"question": "by_proxy", "is": "yes"})), 2, exact=False,
    note="a question asked only when it is answered: must not loop")
add("when-deep-all-60", text(lambda c: p(c)["documents"][1].__setitem__(
    "when", json.loads('{"all":[' * 29 + '{"question":"by_proxy","is":"yes"}' + "]}" * 29))), 2,
    note="deep but within 64 levels: accepted")

# ---- huge arrays ----
add("huge-keywords-10000", compact(lambda c: p(c).__setitem__("keywords", [f"từ {i}" for i in range(10000)])), 2,
    widget=True)
add("huge-documents-2000", compact(lambda c: p(c, 1).__setitem__("documents", [
    {"id": f"d{i}", "name": f"Giấy tờ {i}"} for i in range(2000)])), 2)
add("huge-agencies-3000", compact(lambda c: c["agencies"].extend(
    {"id": f"a{i}", "name": f"UBND xã {i}", "level": "commune"} for i in range(3000))), 2)
add("huge-unknown-keys-5000", compact(lambda c: p(c, 1).update({f"x{i}": i for i in range(5000)})), 2,
    [("W003", "procedures[1].x0"), ("W003", "procedures[1].x99"), ("W007", "$")], exact=False,
    counts=(101, 0, 5000), note="the first 100 unknown keys listed, the other 4,900 counted")
gen("huge-unknown-keys-1500000", "unknown-keys-1500000", 2,
    [("W003", "k0"), ("W003", "k99"), ("W007", "$")], exact=False, counts=(101, 0, 1500000),
    note="18 MB of unknown keys: 101 diagnostics, not 1.5 million (500 MB and a minute in the CLI before the cap)")
gen("errors-after-many-warnings", "errors-after-warnings", 0,
    [("W003", "k0"), ("E012", "procedures[0].agencies[0]"), ("E012", "procedures[99].agencies[0]"),
     ("W007", "$")], exact=False, counts=(201, 5000, 5000),
    note="5,000 warnings, then 5,000 errors: the errors are still listed and counted, exit 1")
add("huge-empty-objects-100000", compact(lambda c: c.__setitem__("junk", [{}] * 100000)), 2, [("W003", "junk")])

# ---- huge numbers and NaN-like values ----
add("number-1e400", text(lambda c: p(c)["documents"][0].__setitem__("originals", "@@1e400@@")).replace('"@@1e400@@"', "1e400"),
    1, [("E010", "procedures[0].documents[0].originals")])
add("number-huge-digits", text(lambda c: p(c)["documents"][0].__setitem__("copies", "@@N@@")).replace('"@@N@@"', "9" * 5000),
    1, [("E010", "procedures[0].documents[0].copies")])
add("number-u32-overflow", text(lambda c: p(c).__setitem__("sets", 4294967296)), 1,
    [("E010", "procedures[0].sets")])
add("number-exponent-overflow", text(lambda c: p(c)["documents"][0].__setitem__("originals", "@@E@@")).replace('"@@E@@"', "1e99999999999999999999"),
    1, [("E010", "procedures[0].documents[0].originals")])
add("number-tiny-fraction", text(lambda c: p(c)["documents"][0].__setitem__("originals", "@@F@@")).replace('"@@F@@"', "0." + "0" * 4000 + "1"),
    1, [("E010", "procedures[0].documents[0].originals")])
add("number-2e0-is-whole", text(lambda c: p(c)["documents"][0].__setitem__("originals", "@@W@@")).replace('"@@W@@"', "2.000e0"), 2)
add("number-negative-fee", text(lambda c: p(c)["channels"][0].__setitem__("fee", [
    {"kind": "fee", "amount": -8000, "currency": "VND"}])), 1, [("E010", "procedures[0].channels[0].fee[0].amount")])
add("number-nan-string", text(lambda c: p(c)["documents"][0].__setitem__("originals", "NaN")), 1,
    [("E008", "procedures[0].documents[0].originals")])
add("number-infinity-string", text(lambda c: p(c)["channels"][0].__setitem__("fee", [
    {"kind": "fee", "amount": "Infinity", "currency": "VND"}])), 1, [("E008", "procedures[0].channels[0].fee[0].amount")])
add("number-bare-nan", text(lambda c: p(c)["documents"][0].__setitem__("originals", "@@NaN@@")).replace('"@@NaN@@"', "NaN"),
    None, [("E004", "procedures[0].documents[0].originals")], widget=True)
add("number-bare-infinity", text(lambda c: p(c)["documents"][0].__setitem__("originals", "@@I@@")).replace('"@@I@@"', "-Infinity"),
    None, [("E004", "procedures[0].documents[0].originals")])
add("number-hex", text(lambda c: p(c).__setitem__("sets", "@@H@@")).replace('"@@H@@"', "0x10"), None,
    [("E004", "procedures[0]")], note="`0` is read, then `x` where `,` or `}` must follow")

# ---- index catalogues and their detail files ----
DETAIL_P2 = copy.deepcopy(P2)


def index(href, entry_id="1.000894"):
    def change(c):
        c["procedures"][1] = {"id": entry_id, "name": "Đăng ký kết hôn", "agencies": ["ubnd-a"],
                              "channels": [{"kind": "in_person"}], "href": href}
    return change


add("index-detail-ok", text(index("details/index-detail-ok.json")), 2,
    details={"index-detail-ok.json": dump(DETAIL_P2)})
add("index-detail-missing", text(index("details/nowhere.json")), 2, [("E027", "procedures[1]")],
    note="the core loads the index; the CLI finds the file missing")
add("index-detail-is-the-index", text(index("index-detail-is-the-index.json")), 2,
    [("E031", "procedures[1]")],
    note="the href points back at the catalogue itself: one message at the entry (the widget: E031 at $ in the detail panel), not one per missing field")
add("index-detail-another-catalogue", text(index("details/index-detail-another-catalogue.json")), 2,
    [("E031", "$", "details/index-detail-another-catalogue.json")],
    details={"index-detail-another-catalogue.json": VALID},
    note="the href names a whole catalogue (another copy of it): one message in that file")
add("index-detail-other-id", text(index("details/index-detail-other-id.json")), 2,
    [("E028", "id", "details/index-detail-other-id.json")],
    details={"index-detail-other-id.json": dump({**DETAIL_P2, "id": "1.999999"})})
add("index-detail-html", text(index("details/index-detail-html.json")), 2,
    [("E003", "$", "details/index-detail-html.json")],
    details={"index-detail-html.json": "<html><body>Forbidden</body></html>\n"})
add("index-detail-truncated", text(index("details/index-detail-truncated.json")), 2,
    [("E004", "name", "details/index-detail-truncated.json")],
    details={"index-detail-truncated.json": dump(DETAIL_P2)[:40]})
add("index-href-javascript", text(index("javascript:alert(1)")), 1,
    [("E021", "procedures[1].href"), ("E009", "procedures[1].steps")],
    note="the href is dropped, so the entry is not an index entry and lacks its steps")
add("index-entry-bad-id", text(index("details/index-detail-ok.json", entry_id="1.000894/../x")), 1,
    [("E011", "procedures[1].id")])


# ---- script in content (issue 7, part 3): tests/e2e/xss.test.mjs loads these two ----
PAYLOAD = ("<script>alert(1)</script> <img src=x onerror=alert(1)> \"><svg onload=alert(1)> "
           "{{constructor.constructor('alert(1)')()}} \u202eevil\u202c zero\u200b\u200c\u200d\u2060width")


def hostile(label):
    """Every text kind carries its own label, then every payload."""
    return f"[{label}] {PAYLOAD}"


XSS_TEXT = {
    "format": "procedure-guide/1",
    "catalogue": {
        "id": "xss", "title": hostile("catalogue.title"), "publisher": hostile("catalogue.publisher"),
        "portal": {"name": hostile("portal.name"), "url": "https://dichvucong.gov.vn/"},
        "contact": {"hotline": hostile("contact.hotline"), "email": hostile("contact.email"),
                    "address": hostile("contact.address")},
    },
    "agencies": [{
        "id": "ubnd-a", "name": hostile("agency.name"), "level": "commune",
        "address": hostile("agency.address"), "opening_hours": hostile("agency.opening_hours"),
        "phone": hostile("agency.phone"), "hotline": hostile("agency.hotline"), "email": hostile("agency.email"),
        "code": "26734", "formerly": [hostile("agency.formerly")],
        "url": "https://example.vn/", "map_url": "https://maps.example.vn/?q=1",
    }],
    "fields": [{"id": "ho-tich", "name": hostile("field.name")}],
    "life_events": [{"id": "sinh-con", "name": hostile("life_event.name"), "procedures": ["xss-1"]}],
    "procedures": [{
        "id": "xss-1", "name": hostile("procedure.name"), "field": "ho-tich", "agencies": ["ubnd-a"],
        "summary": hostile("procedure.summary"), "keywords": [hostile("procedure.keywords")],
        "requirements": [hostile("procedure.requirements")], "result": hostile("procedure.result"),
        "legal_basis": [{"code": hostile("legal_basis.code"), "title": hostile("legal_basis.title"),
                         "issuer": hostile("legal_basis.issuer"), "issued": "2020-01-01"}],
        "channels": [
            {"id": "desk", "kind": "in_person", "where": hostile("channel.where"), "notes": hostile("channel.notes"),
             "time_limit": {"text": hostile("time_limit.text")},
             "fee": [{"kind": "fee", "per": hostile("fee.per"), "note": hostile("fee.note")}]},
            {"id": "web", "kind": "online", "online_level": 4, "url": "https://dichvucong.gov.vn/",
             "notes": hostile("online.notes")},
        ],
        "questions": [
            {"id": "q1", "text": hostile("question.text"), "help": hostile("question.help"), "kind": "yes_no",
             "stop": {"no": {"text": hostile("stop.text"), "see": ["xss-1"]}}},
            {"id": "q2", "text": hostile("choice.text"), "kind": "choice",
             "options": [{"id": "o1", "label": hostile("option.label")},
                         {"id": "o2", "label": hostile("option2.label"), "stop": hostile("option.stop")}]},
        ],
        "documents": [
            {"id": "d1", "name": hostile("document.name"), "notes": hostile("document.notes"),
             "data_lookup": hostile("document.data_lookup"),
             "form": {"code": hostile("form.code"), "name": hostile("form.name"), "url": "https://example.vn/form.docx"}},
            {"id": "d2", "name": hostile("group.name"),
             "one_of": [{"id": "a1", "name": hostile("alternative.name")}, {"id": "a2", "name": "CCCD"}]},
        ],
        "steps": [{"id": "s1", "title": hostile("step.title"), "detail": hostile("step.detail") + "\n\n- " + hostile("step.bullet"),
                   "duration": hostile("step.duration"), "actor": "applicant",
                   "links": [{"label": hostile("link.label"), "url": "https://example.vn/huong-dan"}]}],
    }],
}
add("xss-text-everywhere", dump(XSS_TEXT), 1, widget=True,
    note="every text kind carries <script>, <img onerror>, \"><svg onload>, {{…}}, U+202E and zero-width characters: shown as text")

BAD_LINKS = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
             "\u0001javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"]


def bad(i):
    return BAD_LINKS[i % len(BAD_LINKS)]


XSS_LINKS = copy.deepcopy(BASE)
XSS_LINKS["catalogue"]["portal"] = {"name": "Cổng", "url": bad(0), "lookup_url": bad(1), "feedback_url": bad(2)}
XSS_LINKS["agencies"][0].update({"url": bad(3), "map_url": bad(4)})
P1L = XSS_LINKS["procedures"][0]
P1L["documents"][0]["form"] = {"code": "Mẫu 1", "url": bad(5)}
P1L["documents"].append({"id": "alt", "name": "Giấy tờ", "one_of": [{"id": "x", "name": "X", "form": {"url": bad(6)}}]})
P1L["steps"][0]["links"] = [{"label": f"Liên kết {i}", "url": u} for i, u in enumerate(BAD_LINKS)]
P1L["questions"][0]["stop"] = {"no": {"text": "Không thể tiếp tục", "see": [bad(0), {"label": "Xem", "url": bad(1)}]}}
P1L["channels"][1]["url"] = "https://dichvucong.gov.vn/"
XSS_LINKS["procedures"][1]["channels"] = [{"kind": "online", "online_level": 3, "url": bad(2)}]
XSS_LINKS["procedures"].append({"id": "idx", "name": "Chỉ mục", "agencies": ["ubnd-a"], "href": bad(3)})
add("xss-links-everywhere", dump(XSS_LINKS), 2,
    [("E021", "catalogue.portal.url"), ("E021", "catalogue.portal.lookup_url"), ("E021", "catalogue.portal.feedback_url"),
     ("E021", "agencies[0].url"), ("E021", "agencies[0].map_url"),
     ("E021", "procedures[0].documents[0].form.url"), ("E021", "procedures[0].documents[2].one_of[0].form.url")]
    + [("E021", f"procedures[0].steps[0].links[{i}].url") for i in range(len(BAD_LINKS))]
    + [("E021", "procedures[0].questions[0].stop.no.see[0]"), ("E021", "procedures[0].questions[0].stop.no.see[1].url"),
       ("E021", "procedures[1].channels[0].url"), ("E021", "procedures[2].href")],
    exact=False, widget=True, note="every link field with javascript:, JaVaScRiPt:, leading space, tab, U+0001, data:, vbscript:")

# ---- terminal escapes for the publisher's terminal (the CLI prints quoted text) ----
ESC_KEY = "\u001b[2J\u001b]0;pwned\u0007"
add("control-chars-for-the-terminal", text(lambda c: (
    p(c, 1).__setitem__(ESC_KEY, 1),
    p(c, 1).__setitem__("id", "p\u001b[31m"),
    p(c)["steps"][0].__setitem__("links", [{"label": "x", "url": "\u001b]8;;javascript:alert(1)\u0007"}]))), 1,
    [("W003", "procedures[1][" + json.dumps(ESC_KEY) + "]"), ("E011", "procedures[1].id"),
     ("E021", "procedures[0].steps[0].links[0].url")],
    note="escape sequences in a key, an id and a link: the CLI writes them as \\u{1b}, never raw")

def rel(path):
    return os.path.join(HERE, path)


def write(name, content):
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    with open(rel(name), "wb") as f:
        f.write(data)


def main():
    for old in os.listdir(HERE):
        if old.endswith(".json") and old != "manifest.json":
            os.remove(rel(old))
    shutil.rmtree(rel("details"), ignore_errors=True)
    os.makedirs(rel("details"))
    manifest = []
    for e in ENTRIES:
        diags = []
        for d in e["diagnostics"]:
            item = {"code": d[0], "path": d[1]}
            if len(d) > 2:
                item["in"] = d[2]
            diags.append(item)
        errors = any(d["code"].startswith("E") for d in diags)
        entry = {}
        if e["content"] is None:
            entry["generate"] = e["generate"]
        else:
            entry["file"] = e["slug"] + ".json"
            write(entry["file"], e["content"])
        for name, content in e["details"].items():
            write(os.path.join("details", name), content)
        entry.update({
            "procedures": e["procedures"],
            "diagnostics": diags,
            "exact": e["exact"],
            "cli_exit": 1 if errors else 0,
        })
        if e["counts"]:
            entry["listed"], entry["errors"], entry["warnings"] = e["counts"]
        if e["names"]:
            entry["names"] = e["names"]
        if e["widget"]:
            entry["widget"] = True
        if e["note"]:
            entry["note"] = e["note"]
        manifest.append(entry)
    with open(rel("manifest.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps({"corpus": manifest}, ensure_ascii=False, indent=1) + "\n")
    print(f"{len(manifest)} entries, {sum('file' in m for m in manifest)} files")


if __name__ == "__main__":
    main()
