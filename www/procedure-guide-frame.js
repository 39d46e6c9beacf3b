// The standalone page's script: its query parameters become the attributes of one
// <procedure-guide> filling the page (only the element's own attributes; anything else
// in the query is ignored). Without `catalogue` the fallback text stays and the console
// says why.
//
// Not taken from the query: `share-page` (a crafted link must not send the share links
// people make here, answers included, to another site; this page is its own share page),
// `forget-after-days` (a crafted link must not erase a visitor's older journeys on this
// site) and the tests' `test-panic` and `idle-timeout`.
import './procedure-guide.js';

const TAG = 'procedure-guide';
const params = new URLSearchParams(location.search);
const main = document.getElementById('pg-frame');
const fallback = document.getElementById('pg-frame-fallback');
const NOT_FROM_QUERY = ['share-page', 'forget-after-days', 'idle-timeout', 'test-panic'];
const known = (customElements.get(TAG)?.observedAttributes ?? []).filter((n) => !NOT_FROM_QUERY.includes(n));

if (!params.get('catalogue')) {
  console.error(
    `${TAG}: procedure-guide-frame.html needs a catalogue parameter, e.g. ` +
      '?catalogue=/tthc/catalogue.json&lang=vi',
  );
} else if (known.length > 0) {
  const element = document.createElement(TAG);
  for (const name of known) {
    const value = params.get(name);
    if (value !== null) element.setAttribute(name, value);
  }
  if (params.get('lang')) document.documentElement.lang = params.get('lang');
  element.append(fallback);
  main.append(element);
}
