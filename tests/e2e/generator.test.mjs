// The catalogue generator (tools/gen-catalogue.mjs, issue 6): small catalogues in both
// layouts pass `procedure-guide check` with no errors, hold the sample's procedures
// unchanged, and come out the same on every run. The size guard reads its figure.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, write } from '../../tools/gen-catalogue.mjs';
import { agenciesFor, readCentres, readUnits } from '../../tools/gen-sample-agencies.mjs';
import { check as sizeCheck } from '../../tools/size-guard.mjs';
import { ROOT } from './harness.mjs';

const cli = (file) =>
  execFileSync('cargo', ['run', '--quiet', '--offline', '--locked', '--bin', 'procedure-guide', '--', 'check', file], {
    cwd: ROOT, encoding: 'utf8',
  });

test('generated catalogues of 300 pass the checker in both layouts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pg-gen-'));
  try {
    for (const layout of ['inline', 'index']) {
      const file = write({ count: 300, layout, out: join(dir, layout) });
      const out = cli(file); // throws on exit code 1 (errors) or 2 (unreadable)
      assert.match(out, / 0 lỗi, 0 cảnh báo/, out);
      const catalogue = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(catalogue.procedures.length, 300);
      assert.equal(new Set(catalogue.procedures.map((p) => p.id)).size, 300, 'ids are unique');
      if (layout === 'index') {
        assert.ok(catalogue.procedures.every((p) => p.href === `procedures/${p.id}.json` && !p.steps));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the sample procedures are included unchanged, and the output is deterministic', () => {
  const sample = JSON.parse(readFileSync(join(ROOT, 'www/catalogue.json'), 'utf8'));
  const a = generate({ count: 300 });
  const b = generate({ count: 300 });
  assert.equal(JSON.stringify(a.catalogue), JSON.stringify(b.catalogue));
  for (const p of sample.procedures) {
    assert.deepEqual(a.catalogue.procedures.find((x) => x.id === p.id), p);
  }
  const codes = a.catalogue.procedures.filter((p) => !sample.procedures.some((s) => s.id === p.id));
  assert.ok(codes.every((p) => /^[123]\.0[01]\d{4}$/.test(p.id)), 'codes shaped like 1.00xxxx');
  const wards = new Set(sample.agencies.filter((x) => x.level === 'commune').map((x) => x.id));
  assert.equal(wards.size, 168);
  assert.deepEqual(a.catalogue.agencies, sample.agencies);
});

test('generated procedures use the 1.1 fields as real ones do', () => {
  const { catalogue } = generate({ count: 2000 });
  const sampleIds = new Set(JSON.parse(readFileSync(join(ROOT, 'www/catalogue.json'), 'utf8')).procedures.map((p) => p.id));
  const generated = catalogue.procedures.filter((p) => !sampleIds.has(p.id));
  const online = generated.flatMap((p) => p.channels.filter((c) => c.kind === 'online'));
  assert.ok(online.length > 500);
  assert.ok(online.every((c) => c.label?.vi && c.account === 'vneid_level_2'), 'every online way named, with its account');
  assert.ok(generated.some((p) => p.channels.filter((c) => c.kind === 'online').length === 2), 'portal and app');
  const onlineOnly = generated.filter((p) => p.online_only);
  assert.ok(onlineOnly.length > 20);
  assert.ok(onlineOnly.every((p) => p.online_only.since === '2025-10-01'));
  assert.ok(onlineOnly.every((p) => p.channels.some((c) => c.kind === 'online') && !p.channels.some((c) => c.kind === 'post')));
  const spans = new Set(generated.filter((p) => p.deadline).map((p) => ['days', 'working_days', 'months'].find((k) => k in p.deadline)));
  assert.deepEqual([...spans].sort(), ['days', 'months', 'working_days']);
  assert.ok(generated.some((p) => p.editor_note) && catalogue.catalogue.editor_note);
  // The index carries each way's name and the online-only rule, for the list.
  const { catalogue: index } = generate({ count: 2000, layout: 'index' });
  const entry = index.procedures.find((p) => p.id === onlineOnly[0].id);
  assert.deepEqual(entry.online_only, onlineOnly[0].online_only);
  assert.ok(entry.channels.some((c) => c.label));
});

test('the sample\'s 168 ward centres are what gen-sample-agencies writes from tools/data', () => {
  const sample = JSON.parse(readFileSync(join(ROOT, 'www/catalogue.json'), 'utf8'));
  const units = readUnits(readFileSync(join(ROOT, 'tools/data/hcmc-wards.tsv'), 'utf8'));
  const centres = readCentres(readFileSync(join(ROOT, 'tools/data/hcmc-ward-centres.tsv'), 'utf8'));
  const kept = sample.agencies.filter((a) => !(a.level === 'commune' && a.code));
  const wards = agenciesFor(units, new Set(kept.map((a) => a.id)), centres);
  assert.deepEqual(sample.agencies.slice(kept.length), wards);
  assert.equal(wards.filter((a) => a.address).length, 168);
  assert.equal(wards.filter((a) => a.hotline).length, 8, 'the notice\'s hotlines, none invented');
  // Each ward says where its row came from; the rows to check say so.
  assert.ok(wards.every((a) => [a.editor_note].flat()[0].includes('243/TB-UBND')));
  assert.equal(wards.filter((a) => /nguồn thứ cấp/.test([a.editor_note].flat()[0])).length, 159);
  assert.equal(wards.filter((a) => Array.isArray(a.editor_note)).length, 4, 'the doubtful rows');
});

test('the size guard fails past 2 % of the recorded figure', () => {
  const md = 'x\n<!-- size-gzip-bytes: 100000 -->\n';
  assert.equal(sizeCheck(md, { total: { gzip: 102000 } }).ok, true);
  assert.equal(sizeCheck(md, { total: { gzip: 102001 } }).ok, false);
  assert.equal(sizeCheck('no figure', { total: { gzip: 1 } }).ok, false);
});
