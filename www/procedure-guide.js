// procedure-guide.js: the one file a webmaster's snippet names.
//
// Defines <procedure-guide>. Each element gets an open shadow root holding the
// widget's stylesheet, a <slot> that keeps showing the host's fallback content
// until the widget is mounted, and a container for the Yew app. Every element on
// the page shares one wasm instance. All assets are found next to this file, so the
// folder can be copied to any path.
//
// No globals besides the custom element's name; no inline styles (strict CSP).

const GLUE_URL = new URL('./procedure-guide-wasm.js', import.meta.url);
const WASM_URL = new URL('./procedure-guide-wasm_bg.wasm', import.meta.url);
const CSS_URL = new URL('./procedure-guide.css', import.meta.url);
const TAG = 'procedure-guide';
const ATTRIBUTES = [
  'catalogue', 'lang', 'agency', 'field', 'procedure', 'theme', 'storage', 'mode', 'id',
  'share-page', 'forget-after-days', 'idle-timeout',
];
const QR_URL = new URL('./procedure-guide-qr.js', import.meta.url);

// What the wasm may ask of the loader besides attributes (which stay plain strings).
// `qr` imports the QR encoder (npm `uqr`) only when a person asks for a code, so it is
// not part of the first render; it resolves to SVG markup without style attributes.
const SERVICES = Object.freeze({
  qr: (text) => import(QR_URL.href).then((module) => module.renderSVG(text, { border: 2 })),
});

let glue = null;

/** Loads the glue and the wasm once per page; every element awaits the same promise. */
function loadWidget() {
  if (!glue) {
    glue = import(GLUE_URL.href).then(async (module) => {
      await module.default({ module_or_path: WASM_URL });
      return module;
    });
  }
  return glue;
}

function attributesOf(element) {
  const attributes = {};
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null) attributes[name] = value;
  }
  return attributes;
}

class ProcedureGuideElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  connectedCallback() {
    if (!this.shadowRoot) this.#buildShadow();
    loadWidget().then(
      (module) => this.#mount(module),
      (error) => {
        // Keep the host's fallback content visible; say why in the console only.
        console.error(
          `${TAG}: the widget could not start, so the page's fallback content stays. ` +
            `Could not load ${WASM_URL.href} or ${GLUE_URL.href}.`,
          error,
        );
      },
    );
  }

  disconnectedCallback() {
    if (this.widget) {
      this.widget.destroy();
      this.widget.free();
      this.widget = null;
    }
    if (this.container) this.container.hidden = true;
    if (this.fallback) this.fallback.hidden = false;
  }

  attributeChangedCallback() {
    if (this.widget) this.widget.update(attributesOf(this));
  }

  #buildShadow() {
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = CSS_URL.href;
    this.fallback = document.createElement('slot');
    this.container = document.createElement('div');
    this.container.className = 'pg-root';
    this.container.hidden = true;
    root.append(style, this.fallback, this.container);
  }

  #mount(module) {
    // The element may have left the page while the wasm was loading.
    if (!this.isConnected || this.widget) return;
    this.widget = module.mount_with_services(this.container, attributesOf(this), SERVICES);
    this.fallback.hidden = true;
    this.container.hidden = false;
  }
}

// Printing shows only the widget's summary, on A4, not the host page (DESIGN.md: the one
// deliberate exception to isolation). While printing, a temporary page-level sheet hides
// everything but the printing element, marked `data-pg-printing`; `@page` must be in a
// page-level sheet (it is ignored inside a shadow root). It is a constructable
// stylesheet in `document.adoptedStyleSheets`, which the strict CSP allows. This lives in
// the loader rather than in Rust glue: `beforeprint`/`afterprint` and the document's
// sheets are page-level, one listener serves every widget of the page, and it keeps
// working even if the wasm instance has failed. The print button marks its own element
// first (several widgets may show a summary); Ctrl+P marks the first one showing one.
// With no widget on a summary the host page prints as usual.
const PRINTING = 'data-pg-printing';
let printSheet = null;

function printStyles() {
  if (!printSheet) {
    printSheet = new CSSStyleSheet();
    const mark = `[${PRINTING}]`;
    printSheet.replaceSync(`
@page { size: A4; margin: 15mm; }
@media print {
  body *:not(${mark}):not(:has(${mark})):not(${mark} *) { display: none !important; }
  html, body, body *:has(${mark}) {
    visibility: hidden !important; margin: 0 !important; padding: 0 !important;
    border: 0 !important; background: none !important; box-shadow: none !important;
    min-height: 0 !important; max-width: none !important;
  }
  ${mark} {
    visibility: visible !important; display: block !important; position: static !important;
    margin: 0 !important; max-width: none !important; width: auto !important;
  }
}`);
  }
  return printSheet;
}

function beginPrint() {
  if (!('adoptedStyleSheets' in document)) return;
  const target =
    document.querySelector(`${TAG}[${PRINTING}]`) ??
    [...document.querySelectorAll(TAG)].find((e) => e.shadowRoot?.querySelector('.pg-summary'));
  if (!target) return;
  target.setAttribute(PRINTING, '');
  const sheet = printStyles();
  if (!document.adoptedStyleSheets.includes(sheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
}

function endPrint() {
  if (printSheet && 'adoptedStyleSheets' in document) {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== printSheet);
  }
  for (const element of document.querySelectorAll(`[${PRINTING}]`)) element.removeAttribute(PRINTING);
}

if (!customElements.get(TAG)) {
  customElements.define(TAG, ProcedureGuideElement);
  // Defined once per page, like the element, even if the script is loaded twice.
  window.addEventListener('beforeprint', beginPrint);
  window.addEventListener('afterprint', endPrint);
  // Print media without the events (Safari's older print path, emulated print media).
  window.matchMedia?.('print').addEventListener?.('change', (event) => (event.matches ? beginPrint() : endPrint()));
}
