#!/usr/bin/env node
// Regenerates the 168 ward/commune agencies of the sample catalogue
// (www/catalogue.json) from the official list of Ho Chi Minh City's
// commune-level units since 1 July 2025 (hcmc-wards.tsv: code, name, kind,
// formed_from; Resolution 1685/NQ-UBTVQH15, code list of Công văn 1027/CTK-CSCL).
//
// Usage: node tools/gen-sample-agencies.mjs [path/to/hcmc-wards.tsv] [path/to/catalogue.json]
//   defaults: /work/shared/research/hcmc-wards.tsv, www/catalogue.json (next to this tool)
//
// Only agencies that carry a `code` and level "commune" are replaced; every other
// agency and every other part of the catalogue is kept as it is. The generated
// agencies hold nothing the list does not give: no address, no phone number.
// Node 20, no packages.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const tsvPath = process.argv[2] ?? "/work/shared/research/hcmc-wards.tsv";
const cataloguePath = process.argv[3] ?? resolve(here, "../www/catalogue.json");

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

export function agenciesFor(units, takenIds = new Set()) {
  const sorted = [...units].sort((a, b) => Number(a.code) - Number(b.code));
  const count = new Map();
  for (const u of sorted) count.set(slug(u.name), (count.get(slug(u.name)) ?? 0) + 1);
  const ids = new Set(takenIds);
  return sorted.map((u) => {
    let id = slug(u.name);
    if (count.get(id) > 1 || ids.has(id)) id = `${id}-${u.code}`;
    if (ids.has(id)) throw new Error(`duplicate agency id ${id}`);
    ids.add(id);
    return {
      id,
      name: {
        vi: `Trung tâm Phục vụ hành chính công ${u.kind} ${u.bare}`,
        en: `Public Administrative Service Centre, ${u.bare} ${KINDS[u.kind].en}`,
      },
      level: "commune",
      url: WARD_URL,
      code: u.code,
      formerly: u.formedFrom,
    };
  });
}

function main() {
  const units = readUnits(readFileSync(tsvPath, "utf8"));
  const catalogue = JSON.parse(readFileSync(cataloguePath, "utf8").replace(/^\uFEFF/, ""));
  const isGenerated = (a) => a.level === "commune" && typeof a.code === "string";
  const kept = (catalogue.agencies ?? []).filter((a) => !isGenerated(a));
  const wards = agenciesFor(units, new Set(kept.map((a) => a.id)));
  catalogue.agencies = [...kept, ...wards];
  writeFileSync(cataloguePath, JSON.stringify(catalogue, null, 2) + "\n");
  const byKind = units.reduce((m, u) => ((m[u.kind] = (m[u.kind] ?? 0) + 1), m), {});
  console.error(
    `${cataloguePath}: ${kept.length} agencies kept, ${wards.length} generated ` +
      `(${Object.entries(byKind).map(([k, n]) => `${n} ${k}`).join(", ")})`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
