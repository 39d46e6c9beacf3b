#!/usr/bin/env node
// Regenerates the 168 ward/commune agencies of the sample catalogue
// (www/catalogue.json) from two files in tools/data/ (their sources: tools/data/README.md):
//   hcmc-wards.tsv         HCMC's commune-level units since 1 July 2025 (code, name, kind,
//                          formed_from; Resolution 1685/NQ-UBTVQH15, Công văn 1027/CTK-CSCL);
//   hcmc-ward-centres.tsv  each unit's service-centre address and, where known, hotline
//                          (code, name, address, hotline, source: `notice` = Thông báo
//                          243/TB-UBND Phụ lục II, `secondary` = a public dataset).
//
// Usage: node tools/gen-sample-agencies.mjs [wards.tsv] [catalogue.json] [centres.tsv]
//   defaults: tools/data/hcmc-wards.tsv, www/catalogue.json, tools/data/hcmc-ward-centres.tsv
//
// Only agencies that carry a `code` and level "commune" are replaced; every other
// agency and every other part of the catalogue is kept as it is. The generated
// agencies hold nothing the two files do not give: an address and a hotline only where
// a row has one, and an `editor_note` naming the row's source and what to check.
// Node 20, no packages.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const tsvPath = process.argv[2] ?? resolve(here, "data/hcmc-wards.tsv");
const cataloguePath = process.argv[3] ?? resolve(here, "../www/catalogue.json");
const centresPath = process.argv[4] ?? resolve(here, "data/hcmc-ward-centres.tsv");

// The city's public-service portal, where a ward without published contact
// details points people (regulation-2026.md).
const WARD_URL = "https://dichvucong.hochiminhcity.gov.vn";

const KINDS = {
  "phường": { en: "Ward" },
  "xã": { en: "Commune" },
  "đặc khu": { en: "Special Zone" },
};

/** "Phường Nhiêu Lộc" -> "phuong-nhieu-loc" */
export function slug(text) {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The header and rows of a TSV file, cells trimmed and in NFC. */
function readTsv(tsvText, path) {
  const lines = tsvText.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = lines.shift().split("\t");
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${path}: no column "${name}"`);
    return i;
  };
  return { col, rows: lines.map((line) => line.split("\t").map((c) => c.normalize("NFC").trim())) };
}

export function readUnits(tsvText) {
  const lines = tsvText.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = lines.shift().split("\t");
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${tsvPath}: no column "${name}"`);
    return i;
  };
  const [iCode, iName, iKind, iFrom] = ["code", "name", "kind", "formed_from"].map(col);
  return lines.map((line, n) => {
    const cells = line.split("\t").map((c) => c.normalize("NFC").trim());
    const unit = {
      code: cells[iCode],
      name: cells[iName],
      kind: cells[iKind],
      formedFrom: (cells[iFrom] ?? "").split("; ").map((s) => s.trim()).filter(Boolean),
    };
    if (!/^\d{5}$/.test(unit.code)) throw new Error(`line ${n + 2}: bad code "${unit.code}"`);
    if (!KINDS[unit.kind]) throw new Error(`line ${n + 2}: unknown kind "${unit.kind}"`);
    const prefix = unit.kind[0].toUpperCase() + unit.kind.slice(1) + " ";
    if (!unit.name.startsWith(prefix)) throw new Error(`line ${n + 2}: "${unit.name}" does not start with "${prefix}"`);
    unit.bare = unit.name.slice(prefix.length);
    return unit;
  });
}

// Where each centre's row comes from, for the catalogue's editors (never shown to
// citizens): tools/data/README.md.
const NOTICE = "Thông báo 243/TB-UBND ngày 25/6/2025 của UBND TP.HCM, Phụ lục II";
const SOURCE_NOTES = {
  notice: (hotline) =>
    hotline
      ? `Địa chỉ và đường dây nóng: ${NOTICE} (bản đăng lại trên một trang tin pháp luật).`
      : `Địa chỉ: ${NOTICE} (bản đăng lại trên một trang tin pháp luật); thông báo không ghi đường dây nóng của đơn vị này.`,
  secondary: () =>
    `Địa chỉ lấy từ một bộ dữ liệu công khai (nguồn thứ cấp, khớp nguyên văn với thông báo ở 9 đơn vị có cả hai nguồn), ` +
    `chưa có đường dây nóng: cần đối chiếu ${NOTICE}, trước khi dùng.`,
};

// The rows the research names as doubtful, kept as the source has them: what to check.
const DOUBTS = {
  "26944": "Địa chỉ có từ lặp (\"98 Lê Lê Văn Duyệt\"): kiểm tra số nhà và tên đường trước khi dùng.",
  "26785": "Địa chỉ chỉ ghi \"Số 036\", không có tên đường: kiểm tra và bổ sung tên đường trước khi dùng.",
  "27418": "Nguồn ghi trụ sở chính và hai điểm tiếp nhận: kiểm tra nơi nhận hồ sơ của từng thủ tục và giữ lại điểm đúng.",
  "27427": "Nguồn ghi trụ sở chính và hai điểm tiếp nhận: kiểm tra nơi nhận hồ sơ của từng thủ tục và giữ lại điểm đúng.",
};

/** code -> { address, hotline, source } from hcmc-ward-centres.tsv. */
export function readCentres(tsvText, path = centresPath) {
  const { col, rows } = readTsv(tsvText, path);
  const [iCode, iAddress, iHotline, iSource] = ["code", "address", "hotline", "source"].map(col);
  const centres = new Map();
  rows.forEach((cells, n) => {
    const row = { address: cells[iAddress] ?? "", hotline: cells[iHotline] ?? "", source: cells[iSource] ?? "" };
    const code = cells[iCode];
    if (!/^\d{5}$/.test(code)) throw new Error(`${path} line ${n + 2}: bad code "${code}"`);
    if (!SOURCE_NOTES[row.source]) throw new Error(`${path} line ${n + 2}: unknown source "${row.source}"`);
    if (centres.has(code)) throw new Error(`${path} line ${n + 2}: code ${code} twice`);
    centres.set(code, row);
  });
  return centres;
}

/** The editors' note for a unit's centre row: its source, and what to check if doubtful. */
function editorNote(centre, code) {
  const notes = [SOURCE_NOTES[centre.source](centre.hotline), DOUBTS[code]].filter(Boolean);
  return notes.length === 1 ? notes[0] : notes;
}

export function agenciesFor(units, takenIds = new Set(), centres = new Map()) {
  const sorted = [...units].sort((a, b) => Number(a.code) - Number(b.code));
  const count = new Map();
  for (const u of sorted) count.set(slug(u.name), (count.get(slug(u.name)) ?? 0) + 1);
  const ids = new Set(takenIds);
  return sorted.map((u) => {
    let id = slug(u.name);
    if (count.get(id) > 1 || ids.has(id)) id = `${id}-${u.code}`;
    if (ids.has(id)) throw new Error(`duplicate agency id ${id}`);
    ids.add(id);
    const centre = centres.get(u.code);
    const agency = {
      id,
      name: {
        vi: `Trung tâm Phục vụ hành chính công ${u.kind} ${u.bare}`,
        en: `Public Administrative Service Centre, ${u.bare} ${KINDS[u.kind].en}`,
      },
      level: "commune",
    };
    // A unit without a row, or a row without a value, stays without: nothing is invented.
    if (centre?.address) agency.address = centre.address;
    if (centre?.hotline) agency.hotline = centre.hotline;
    agency.url = WARD_URL;
    agency.code = u.code;
    agency.formerly = u.formedFrom;
    if (centre) agency.editor_note = editorNote(centre, u.code);
    return agency;
  });
}

function main() {
  const units = readUnits(readFileSync(tsvPath, "utf8"));
  const centres = readCentres(readFileSync(centresPath, "utf8"));
  const missing = units.filter((u) => !centres.has(u.code)).map((u) => u.code);
  if (missing.length) console.error(`no centre row (left without an address): ${missing.join(", ")}`);
  const unknown = [...centres.keys()].filter((code) => !units.some((u) => u.code === code));
  if (unknown.length) throw new Error(`${centresPath}: codes not in ${tsvPath}: ${unknown.join(", ")}`);
  const catalogue = JSON.parse(readFileSync(cataloguePath, "utf8").replace(/^\uFEFF/, ""));
  const isGenerated = (a) => a.level === "commune" && typeof a.code === "string";
  const kept = (catalogue.agencies ?? []).filter((a) => !isGenerated(a));
  const wards = agenciesFor(units, new Set(kept.map((a) => a.id)), centres);
  catalogue.agencies = [...kept, ...wards];
  writeFileSync(cataloguePath, JSON.stringify(catalogue, null, 2) + "\n");
  const byKind = units.reduce((m, u) => ((m[u.kind] = (m[u.kind] ?? 0) + 1), m), {});
  console.error(
    `${cataloguePath}: ${kept.length} agencies kept, ${wards.length} generated ` +
      `(${Object.entries(byKind).map(([k, n]) => `${n} ${k}`).join(", ")})`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
