// Journey states for the named UI examples, written the way the widget writes them
// (crates/core/src/journey/store.rs `to_json`, version 1: no times), and delivered the
// way a person gets one: a share link fragment `#pg-<key>=<payload>`
// (crates/core/src/journey/share.rs: base64url of `<catalogue id>\n<state>`), or the
// saved journey in localStorage under the widget's key (src/embed/storage.rs).
//
// A readable journey in examples.json:
//   { "procedure": "1.001193", "view": "documents",
//     "answers": { "nguoi_nop": "cha_me" }, "office": "phuong-thu-nghiem-a",
//     "channel": "~in_person",                       // ChannelKey::to_wire
//     "ticks": ["to-khai", "giay-chung-sinh/giay-chung-sinh-co-so-y-te"],
//     "changedTicks": { "to-khai": "Tờ khai cũ" },   // ticked when the paper had that name
//     "lookedUp": [], "steps": ["nop"] }
// Ticks carry the fingerprint of the paper's name when it was ticked
// (crates/core/src/journey/checklist.rs `fingerprint`); `changedTicks` gives an older
// name, so the widget finds the paper changed since ("changed, check again").

/** Folds as `text::fold` does for Vietnamese: lower case, tones and marks gone, đ → d. */
export function fold(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** FNV-1a over the folded letters and digits of a name's first (default-language) text. */
export function fingerprint(name) {
  const text = typeof name === 'string' ? name : (name.vi ?? Object.values(name)[0]);
  let hash = 0x811c9dc5;
  for (const c of fold(text)) {
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    for (const b of Buffer.from(c, 'utf8')) {
      hash ^= b;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash >>> 0;
}

/** The paper, `one_of` alternative or `all_of` part a tick target names, or null. */
function tickedItem(procedure, target) {
  const [docId, altId, partId] = target.split('/');
  const document = (procedure.documents ?? []).find((d) => d.id === docId);
  if (!document) return null;
  if (!altId) return document;
  const alternative = (document.one_of ?? []).find((a) => a.id === altId);
  if (!alternative || !partId) return alternative ?? null;
  return (alternative.all_of ?? []).find((p) => p.id === partId) ?? null;
}

/**
 * The stored form (`to_json`, version 1) of a readable journey on `catalogue`. `touched`
 * is the time of its last use (ms): a saved journey needs a recent one, or the widget
 * forgets it as stale (`forget-after-days`); a share link carries 0.
 */
export function stateJson(catalogue, journey, touched = 0) {
  const procedure = catalogue.procedures.find((p) => p.id === journey.procedure);
  if (!procedure) throw new Error(`no procedure ${journey.procedure} in ${catalogue.catalogue.id}`);
  const state = { v: 1, p: journey.procedure, n: 0, t: touched };
  if (journey.view && journey.view !== 'overview') state.w = journey.view;
  if (journey.answers) state.a = journey.answers;
  if (journey.office) state.o = journey.office;
  if (journey.channel) state.c = journey.channel;
  const ticks = {};
  for (const target of journey.ticks ?? []) {
    const item = tickedItem(procedure, target);
    if (!item) throw new Error(`no paper ${target} in ${journey.procedure}`);
    ticks[target] = fingerprint(item.name);
  }
  for (const [target, oldName] of Object.entries(journey.changedTicks ?? {})) {
    if (!tickedItem(procedure, target)) throw new Error(`no paper ${target} in ${journey.procedure}`);
    ticks[target] = fingerprint(oldName);
  }
  if (Object.keys(ticks).length > 0) state.k = ticks;
  if (journey.lookedUp?.length) state.l = journey.lookedUp;
  if (journey.steps?.length) state.s = journey.steps;
  return JSON.stringify(state);
}

/** The share-link payload: base64url(`<catalogue id>\n<state>`), no padding. */
export function sharePayload(catalogue, journey) {
  return Buffer.from(`${catalogue.catalogue.id}\n${stateJson(catalogue, journey)}`).toString('base64url');
}

/**
 * The fragment key of a widget: its `id` attribute as src/embed/share.rs `slug` makes it
 * (lower-case ASCII letters and digits, anything else one `-`, at most 40 characters).
 */
export function slug(id) {
  let out = '';
  for (const c of id) {
    if (out.length >= 40) break;
    if (/[A-Za-z0-9]/.test(c)) out += c.toLowerCase();
    else if (out && !out.endsWith('-')) out += '-';
  }
  return out.replace(/-+$/, '');
}

/** The localStorage key of a journey (src/embed/storage.rs `JourneyStore::key`). */
export function storageKey(catalogue, catalogueUrl, procedure) {
  const url = new URL(catalogueUrl);
  return `procedure-guide:1:${catalogue.catalogue.id}@${url.host}${url.pathname}:${procedure}`;
}
