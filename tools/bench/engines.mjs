// The peers of the benchmark (issue 6) and their configuration for Vietnamese, each at
// its best: every text folded the same way as the queries (NFD, combining marks
// U+0300–U+036F stripped, đ/Đ → d, lower case), prefix search for the word being typed,
// typo tolerance where the library offers it, and the name weighted above keywords.
// Runs in the benchmark page (tools/bench/page.html) and in Node (tests).
//
// Each engine: { name, build(procedures) -> state, search(state, query) -> ids (best first) }.

export const fold = (s) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();

const text = (t) => (typeof t === 'string' ? t : [t?.vi, t?.en].filter(Boolean).join(' '));

/** The searchable record of one procedure, as every peer sees it. */
export function record(p) {
  return {
    id: p.id,
    code: p.id,
    name: text(p.name?.vi ?? p.name),
    en: typeof p.name === 'object' ? p.name.en ?? '' : '',
    keywords: (p.keywords ?? []).map(text).join(' ; '),
  };
}

// Words: letters and digits; a dot inside a code ("1.001193") is kept.
const WORD = /[\p{L}\p{N}]+(?:\.[\p{N}]+)*/gu;
const tokenize = (s) => s.match(WORD) ?? [];

/** MiniSearch 7: BM25 over four fields, prefix on every term, fuzzy 0.2 (edit distance
 *  up to 20 % of the term's length), OR of the terms (AND loses colloquial queries). */
export function miniSearch(MiniSearch) {
  return {
    name: 'MiniSearch',
    build(procedures) {
      const index = new MiniSearch({
        fields: ['name', 'en', 'keywords', 'code'],
        tokenize,
        processTerm: (term) => fold(term),
        searchOptions: {
          prefix: true,
          fuzzy: (term) => (term.length > 3 ? 0.2 : false),
          boost: { name: 3, code: 3, keywords: 2, en: 1 },
          combineWith: 'OR',
        },
      });
      index.addAll(procedures.map(record));
      return index;
    },
    search: (index, query) => index.search(query).map((r) => r.id),
  };
}

/** FlexSearch 0.8: a Document over the same four fields, "forward" tokenizer (prefixes),
 *  the fold as its normalizer, `suggest` (partial matches when not every term matches:
 *  its nearest thing to typo tolerance); the fields' rankings merged by weighted
 *  reciprocal rank. */
export function flexSearch({ Document, Encoder }) {
  const fields = ['name', 'code', 'keywords', 'en'];
  const WEIGHT = { name: 3, code: 3, keywords: 2, en: 1 };
  return {
    name: 'FlexSearch',
    build(procedures) {
      const encoder = new Encoder({ normalize: (s) => fold(s), dedupe: false, split: /[^\p{L}\p{N}.]+/u });
      const index = new Document({
        document: { id: 'id', index: fields.map((field) => ({ field, tokenize: 'forward', encoder })) },
      });
      for (const r of procedures.map(record)) index.add(r);
      return index;
    },
    search(index, query) {
      // Each field's results come ranked; combine them by reciprocal rank, weighted
      // like MiniSearch's boosts (name and code above keywords above English).
      const score = new Map();
      for (const { field, result } of index.search(query, { limit: 200, suggest: true })) {
        const w = WEIGHT[field] ?? 1;
        result.forEach((id, rank) => score.set(id, (score.get(id) ?? 0) + w / (rank + 10)));
      }
      return [...score.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    },
  };
}

/** A plain folded substring scan: every query word is a substring of the procedure's
 *  folded text; names containing every word first, then the rest, catalogue order. */
export const scan = {
  name: 'JS folded scan',
  build(procedures) {
    return procedures.map(record).map((r) => ({
      id: r.id,
      name: fold(`${r.code} ${r.name}`),
      all: fold(`${r.code} ${r.name} ${r.en} ${r.keywords}`),
    }));
  },
  search(rows, query) {
    const words = fold(query).split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    const first = [];
    const rest = [];
    for (const row of rows) {
      if (!words.every((w) => row.all.includes(w))) continue;
      (words.every((w) => row.name.includes(w)) ? first : rest).push(row.id);
    }
    return first.concat(rest);
  },
};
