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
const ATTRIBUTES = ['catalogue', 'lang', 'storage'];

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
    this.widget = module.mount(this.container, attributesOf(this));
    this.fallback.hidden = true;
    this.container.hidden = false;
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, ProcedureGuideElement);
