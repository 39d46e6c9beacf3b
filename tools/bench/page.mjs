// The benchmark page: this widget's search and loader (through the bench exports of
// src/embed/bench.rs, the same release wasm) beside MiniSearch, FlexSearch and a plain
// folded scan, in one page. tools/bench.mjs calls `window.bench.*`.

import init, { BenchIndex, bench_parse, bench_memory_bytes } from '/wasm-glue/procedure-guide-wasm.js';
import MiniSearch from '/node_modules/minisearch/dist/es/index.js';
import * as Flex from '/node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs';
import { miniSearch, flexSearch, scan } from './engines.mjs';

const wasm = await init({ module_or_path: '/wasm-glue/procedure-guide-wasm_bg.wasm' });

const widget = {
  name: 'procedure-guide',
  build: (procedures, bytes) => BenchIndex.load(bytes),
  search: (handle, query) => handle.top(query, 3).split('\n').filter(Boolean),
  count: (handle, query) => handle.search(query),
};
const engines = [widget, miniSearch(MiniSearch), flexSearch(Flex.default ?? Flex), scan];
const built = new Map();

const bytesOf = async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer());
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

window.bench = {
  isolated: () => self.crossOriginIsolated,

  /** Builds every engine over the catalogue at `url`; build time of each, in ms. */
  async build(url) {
    const bytes = await bytesOf(url);
    const { procedures } = JSON.parse(new TextDecoder().decode(bytes));
    const out = {};
    for (const e of engines) {
      const t = performance.now();
      built.set(e.name, e.build(procedures, bytes));
      out[e.name] = performance.now() - t;
    }
    return out;
  },

  /** Per keystroke, ms: the search call alone, repeated until a sample lasts ≥ 2 ms. */
  latency(name, keystrokes) {
    const e = engines.find((x) => x.name === name);
    const state = built.get(name);
    const call = e.count ?? ((s, q) => e.search(s, q).length);
    const times = [];
    let sink = 0;
    for (const q of keystrokes) {
      let t = performance.now();
      sink += call(state, q);
      let dt = performance.now() - t;
      if (dt < 2) {
        const reps = Math.min(200, Math.max(3, Math.ceil(2 / Math.max(dt, 0.005))));
        t = performance.now();
        for (let r = 0; r < reps; r++) sink += call(state, q);
        dt = (performance.now() - t) / reps;
      }
      times.push(dt);
    }
    return { times, sink };
  },

  /** The first three ids of each query. */
  top3(name, queries) {
    const e = engines.find((x) => x.name === name);
    const state = built.get(name);
    return queries.map((q) => e.search(state, q).slice(0, 3));
  },

  /** Where `id` comes in the results of `query` (-1: not found). */
  rank(name, query, id) {
    const e = engines.find((x) => x.name === name);
    return e.name === 'procedure-guide'
      ? built.get(name).top(query, 100000).split('\n').indexOf(id)
      : e.search(built.get(name), query).indexOf(id);
  },

  /** Parse + validate (wasm, bytes in) vs JSON.parse (decode + parse), median ms. */
  async parse(url, runs) {
    const bytes = await bytesOf(url);
    const wasmTimes = [];
    const jsTimes = [];
    let diagnostics = 0;
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      JSON.parse(new TextDecoder().decode(bytes));
      jsTimes.push(performance.now() - t);
      t = performance.now();
      diagnostics = bench_parse(bytes);
      wasmTimes.push(performance.now() - t);
    }
    return { bytes: bytes.length, wasm: median(wasmTimes), json: median(jsTimes), diagnostics };
  },

  /** Loads the catalogue at `url` into the widget's index only (a fresh page). */
  async loadOnly(url) {
    const bytes = await bytesOf(url);
    window.held = BenchIndex.load(bytes);
    return window.held.search('khai sinh');
  },

  wasmMemory: () => ({ export: bench_memory_bytes(), buffer: wasm.memory.buffer.byteLength }),
};
window.benchReady = true;
