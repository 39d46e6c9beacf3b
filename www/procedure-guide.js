// procedure-guide.js: the one file a webmaster's snippet names.
//
// Defines <procedure-guide> (and upgrades <div data-procedure-guide> for content systems
// that strip unknown tags). Each element gets an open shadow root holding the widget's
// stylesheet, a <slot> that keeps showing the host's fallback content until the widget
// is mounted, and a container for the Yew app. Every element on the page shares one
// wasm instance. All assets are found next to this file, so the folder can be copied to
// any path.
//
// This is the source. `tools/release.mjs` builds the shipped file: it puts the
// wasm-bindgen glue inside `createGlue` below (one module, so the snippet's `integrity`
// covers all the JavaScript) and fills in the content-hashed names and the SRI hashes
// of the wasm and the stylesheet. Calling `createGlue()` again gives a completely fresh
// wasm instance, which is how the widget recovers from a panic.
//
// No globals besides the custom element's name; no inline styles (strict CSP).

// @@GLUE-BEGIN@@
function createGlue() {
  throw new Error('procedure-guide.js is the unbuilt source: build it with scripts/build.sh');
}
// @@GLUE-END@@

const TAG = 'procedure-guide';
const WASM_URL = new URL('./@@WASM_FILE@@', import.meta.url);
const WASM_INTEGRITY = '@@WASM_INTEGRITY@@';
const CSS_URL = new URL('./@@CSS_FILE@@', import.meta.url);
const CSS_INTEGRITY = '@@CSS_INTEGRITY@@';
// Content-hashed like the wasm, so a cached old loader never pairs with a newer one. It
// is outside the snippet's `integrity`: `import()` cannot check a hash, and the strict
// CSP forbids importing a checked copy from a blob: URL (EMBEDDING.md says so).
const QR_URL = new URL('./@@QR_FILE@@', import.meta.url);
// The journey page's module (issue 14): everything from a procedure's overview on, not
// needed for the list's first render. Empty in an unsplit build (`PG_SPLIT=0`), whose
// one module holds everything.
const JOURNEY_FILE = '@@JOURNEY_FILE@@';
const JOURNEY_URL = JOURNEY_FILE ? new URL(`./${JOURNEY_FILE}`, import.meta.url) : null;
const JOURNEY_INTEGRITY = '@@JOURNEY_INTEGRITY@@';

// What the element passes to the wasm, as plain strings.
const ATTRIBUTES = Object.freeze([
  'catalogue', 'lang', 'agency', 'field', 'procedure', 'office', 'theme', 'storage', 'mode', 'id',
  'share-page', 'forget-after-days', 'timeout', 'offline', 'idle-timeout', 'test-panic',
]);
// Hooks for the end-to-end tests only (src/embed/panic.rs, the volunteer idle timer in
// seconds): passed on only when the page is served from this machine, so a copied
// snippet can never stop every widget of a department's page or reset it in a loop.
const TEST_ONLY = new Set(['idle-timeout', 'test-panic']);
const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'].includes(location.hostname);

// ---------------------------------------------------------------------------------------
// The browser floor: what the wasm build needs. Tiny modules that only validate where
// the feature exists (as in the wasm-feature-detect package).
const REFERENCE_TYPES = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 7, 1, 5, 0, 208, 112, 26, 11,
]);
const BULK_MEMORY = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 3, 1, 0, 1, 10, 14, 1, 12, 0, 65, 0,
  65, 0, 65, 0, 252, 10, 0, 0, 11,
]);

/** What this browser lacks of what the widget needs, or null. */
function missingFeature() {
  if (typeof customElements !== 'object' || typeof customElements?.define !== 'function') {
    return 'custom elements (customElements.define)';
  }
  if (typeof Element === 'undefined' || typeof Element.prototype.attachShadow !== 'function') {
    return 'shadow DOM (Element.attachShadow)';
  }
  if (typeof fetch !== 'function') return 'fetch';
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.validate !== 'function') return 'WebAssembly';
  try {
    if (!WebAssembly.validate(REFERENCE_TYPES)) return 'WebAssembly reference types';
    if (!WebAssembly.validate(BULK_MEMORY)) return 'WebAssembly bulk memory operations';
  } catch {
    return 'WebAssembly.validate';
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Loading: the wasm is fetched and compiled once per page (checked against the hash
// baked in at build time); each instance of the glue instantiates that module.

let compiled = null;

function fail(message, cause) {
  const error = new Error(message);
  error.cause = cause;
  return error;
}

/** Why a fetch of the wasm was refused (its TypeError says nothing): one cheap probe. */
async function whyRefused(error) {
  let probe = null;
  try {
    probe = await fetch(WASM_URL, { method: 'HEAD', cache: 'no-store' });
  } catch {
    probe = null;
  }
  if (probe && !probe.ok) return notFound(probe.status);
  if (probe) {
    return fail(
      `${WASM_URL.href} does not match the integrity hash built into ${import.meta.url}: the file ` +
        'was changed, or comes from another build. Copy the whole release folder again, as it is.',
      error,
    );
  }
  if (WASM_URL.origin !== location.origin) {
    return fail(
      `the browser refused ${WASM_URL.href}: it is on another site (${WASM_URL.origin}) than this page ` +
        `(${location.origin}), and that server must allow it with CORS: send the header ` +
        '"Access-Control-Allow-Origin" for the whole release folder. The page\'s Content-Security-Policy ' +
        `must also allow ${WASM_URL.origin} in script-src, connect-src and style-src.`,
      error,
    );
  }
  return fail(
    `the browser could not fetch ${WASM_URL.href} (network error, or blocked by the page's ` +
      'Content-Security-Policy: connect-src must allow it).',
    error,
  );
}

function notFound(status) {
  return fail(
    `${WASM_URL.href} answered HTTP ${status}. Check that the whole release folder was ` +
      'copied, with the .wasm file beside procedure-guide.js.',
  );
}

async function fetchAndCompile() {
  let response;
  try {
    response = await fetch(WASM_URL, { integrity: WASM_INTEGRITY, credentials: 'same-origin' });
  } catch (error) {
    throw await whyRefused(error);
  }
  if (!response.ok) throw notFound(response.status);
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
  try {
    if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
      return await WebAssembly.compileStreaming(response);
    }
    console.warn(
      `${TAG}: ${WASM_URL.href} is served as "${type || 'no type'}", not "application/wasm", so it is ` +
        'compiled the slower way. Add the type to the server (see the webmaster guide).',
    );
    return await WebAssembly.compile(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof WebAssembly.CompileError) {
      throw fail(`${WASM_URL.href} is not a WebAssembly module this browser can compile.`, error);
    }
    if (error instanceof TypeError) throw await whyRefused(error);
    throw error;
  }
}

function compileOnce() {
  if (!compiled) compiled = fetchAndCompile();
  return compiled;
}

// ---------------------------------------------------------------------------------------
// The journey module: fetched (checked against its hash) and compiled once per page, for
// every widget and every glue instance; the glue's split runtime (inside `createGlue`)
// instantiates it against the instance's memory when a journey first opens. A failed
// fetch is forgotten, so the widget's "try again" fetches again.
let journeyCompiled = null;

function compileJourney() {
  if (!JOURNEY_URL) return Promise.reject(new Error(`${TAG}: this build has no journey module`));
  if (!journeyCompiled) {
    const attempt = (async () => {
      const response = await fetch(JOURNEY_URL, { integrity: JOURNEY_INTEGRITY, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${TAG}: ${JOURNEY_URL.href} answered HTTP ${response.status}`);
      const type = (response.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
      if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
        return WebAssembly.compileStreaming(response);
      }
      return WebAssembly.compile(await response.arrayBuffer());
    })();
    journeyCompiled = attempt;
    attempt.catch((error) => {
      if (journeyCompiled === attempt) journeyCompiled = null;
      console.warn(`${TAG}: the journey module did not load; the widget offers to try again.`, error);
    });
  }
  return journeyCompiled;
}

/** What the split runtime fetches (its only module is the journey's). */
function splitModule(name) {
  if (name !== 'split_journey.wasm') {
    return Promise.reject(new Error(`${TAG}: unknown split module ${name}`));
  }
  return compileJourney();
}

/** Instantiates a compiled split module; what `WebAssembly.instantiateStreaming` did. */
async function instantiateSplit(compiledModule, imports) {
  return WebAssembly.instantiate(await compiledModule, imports);
}

/**
 * Whether a journey will show at once, so the journey module is fetched beside the main
 * one (no waterfall): a `procedure` attribute, a share link (`#…pg-<key>=…`), or a
 * history entry of ours naming a procedure (a reload on a journey).
 */
function journeyAhead() {
  if (document.querySelector(`${TAG}[procedure], [${DATA_MARK}][data-procedure]`)) return true;
  if (/(^#|&)pg-[a-z0-9-]+=/.test(location.hash)) return true;
  const state = history.state;
  if (state && typeof state === 'object') {
    return Object.entries(state).some(([key, entry]) => key.startsWith('pg-') && typeof entry?.p === 'string');
  }
  return false;
}

/** After first render, when the browser is idle: opening a procedure is then as quick as before the split. */
function prefetchJourneyWhenIdle() {
  if (!JOURNEY_URL || journeyCompiled) return;
  const prefetch = () => compileJourney().catch(() => {});
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prefetch, { timeout: 5000 });
  else setTimeout(prefetch, 1000);
}

// ---------------------------------------------------------------------------------------
// The catalogue, fetched early (issue 14): an element's `catalogue` is known as soon as it
// is upgraded, so its fetch runs beside the wasm's instead of after it. Each element's
// widget takes it once through its `services.catalogue(url, signal)` and fetches by
// itself when there is none (a retry, a changed URL, a reload, an element added once the
// wasm is there), so every failure is the widget's own, as before. Elements on the same
// catalogue share one request, each reading its own copy (`Response.clone`); the
// request is cancelled once no element waits for it.

/** Absolute URL of the catalogue -> { response, controller, waiting, users, cloned }. */
const early = new Map();
// Open until the wasm is there (or failed): after that the widgets fetch themselves.
let earlyOpen = true;

function catalogueHref(value) {
  try {
    return new URL(value.trim(), document.baseURI).href;
  } catch {
    return null;
  }
}

function closeEarly() {
  earlyOpen = false;
}

/** Starts (or joins) the fetch of the element's catalogue, as the widget would make it. */
function earlyJoin(element) {
  earlyLeave(element);
  const href = earlyOpen && catalogueHref(element.getAttribute('catalogue') ?? '');
  if (!href || !element.isConnected) return;
  let entry = early.get(href);
  if (!entry) {
    const controller = new AbortController();
    // The widget's own options (src/embed/fetch.rs): the defaults, so credentials
    // "same-origin", which a <link rel="preload" crossorigin> matches.
    const response = fetch(href, { signal: controller.signal });
    // Its failure is reported by the widget that takes it, or by nobody.
    response.catch(() => {});
    entry = { response, controller, waiting: 0, users: 0, cloned: false };
    early.set(href, entry);
  }
  entry.waiting += 1;
  element.pgEarly = href;
}

function earlyLeave(element) {
  const href = element.pgEarly;
  const entry = early.get(href);
  element.pgEarly = null;
  if (!entry) return;
  entry.waiting -= 1;
  // Later in this task: an element moved in the page leaves and comes back at once.
  queueMicrotask(() => {
    if (entry.waiting === 0 && early.get(href) === entry) earlyDone(href, entry);
  });
}

/** Nobody else will take it: the network is let go, or the original of the copies. */
function earlyDone(href, entry) {
  early.delete(href);
  if (entry.cloned) entry.response.then((r) => r.body?.cancel()).catch(() => {});
  else entry.controller.abort();
}

/** `services.catalogue` of one element: its early fetch of `url`, once, or undefined. */
function earlyTake(element, url, signal) {
  const href = element.pgEarly;
  const entry = early.get(href);
  if (!entry || catalogueHref(url) !== href) {
    earlyLeave(element);
    return undefined;
  }
  element.pgEarly = null;
  entry.waiting -= 1;
  entry.users += 1;
  // The widget's time limit: the request is aborted once every widget reading it gave up.
  signal?.addEventListener('abort', () => {
    entry.users -= 1;
    if (entry.users === 0 && entry.waiting === 0) entry.controller.abort(signal.reason);
  }, { once: true });
  if (entry.waiting === 0 && !entry.cloned) {
    early.delete(href);
    return entry.response;
  }
  entry.cloned = true;
  const copy = entry.response.then((r) => r.clone());
  if (entry.waiting === 0) earlyDone(href, entry);
  return copy;
}

let reported = false;

/**
 * `procedure-guide:error` for host scripts when the loader itself fails (the wasm did not
 * load, the browser is below the floor) or the instance stopped: the same event the
 * widget sends for catalogue and attribute problems, `kind` saying which.
 */
function tellHost(target, detail) {
  target.dispatchEvent(new CustomEvent(`${TAG}:error`, { bubbles: true, composed: true, detail }));
}

function reportLoadFailure(error) {
  if (reported) return;
  reported = true;
  // Keep the host's fallback content visible; say why in the console only.
  console.error(
    `${TAG}: the widget could not start, so the page's fallback content stays: ${error.message}`,
    error.cause ?? error,
  );
}

// ---------------------------------------------------------------------------------------
// Instances. One at a time is current; it is dead after a panic (the wasm trapped), and
// nothing calls into a dead one again. "Reload" makes a fresh one and remounts every
// widget.

/** Every connected element, to show the error panel in each and to remount each. */
const live = new Set();
let current = null;

function startInstance() {
  const glue = createGlue();
  const instance = { glue, dead: false };
  instance.services = Object.freeze({
    // Imports the QR encoder (npm `uqr`) only when a person asks for a code, so it is not
    // part of the first render; it resolves to SVG markup without style attributes.
    qr: (text) => import(QR_URL.href).then((module) => module.renderSVG(text, { border: 2 })),
    // Called by the panic hook (src/embed/panic.rs), synchronously, just before the
    // instance traps.
    panic: (message) => stopped(instance, message),
  });
  if (JOURNEY_URL && journeyAhead()) compileJourney().catch(() => {});
  instance.ready = compileOnce()
    .then((module) => glue.default({ module_or_path: module }))
    .then(() => instance);
  instance.ready.then(closeEarly, closeEarly);
  return instance;
}

function currentInstance() {
  if (!current) current = startInstance();
  return current;
}

function stopped(instance, message) {
  if (instance.dead) return;
  instance.dead = true;
  console.error(
    `${TAG}: the widget stopped because of an error; every widget on the page shows a panel to ` +
      `reload it. The error: ${message}`,
  );
  // After the trap has unwound out of the wasm.
  queueMicrotask(() => {
    for (const element of live) {
      if (element.instance === instance || !element.instance) {
        element.crashed();
        tellHost(element, { kind: 'panic' });
      }
    }
  });
}

function reloadAll() {
  if (current && !current.dead) return;
  current = startInstance();
  for (const element of live) element.start();
}

/** Lets go of a widget of a dead instance without calling into it. */
function forget(widget) {
  // Unregisters it from the glue's FinalizationRegistry, which would otherwise call the
  // dead instance's free function when the object is collected.
  widget.__destroy_into_raw?.();
}

function attributesOf(element) {
  const attributes = {};
  for (const name of ATTRIBUTES) {
    if (TEST_ONLY.has(name) && !LOOPBACK) continue;
    const value = element.getAttribute(name);
    if (value !== null) attributes[name] = value;
  }
  return attributes;
}

function text(tag, className, content, lang) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (lang) node.lang = lang;
  node.textContent = content;
  return node;
}

/**
 * What shows from the first moment until the widget is mounted, in the element's language:
 * a slow connection takes seconds to bring the wasm, and the host's fallback text ("could
 * not show the guide") read as broken. The fallback shows only when loading failed.
 */
const LOADING_TEXT = {
  vi: 'Đang tải hướng dẫn thủ tục…',
  en: 'Loading the procedure guide…',
};

function loadingIndicator(lang) {
  const language = lang === 'en' ? 'en' : 'vi';
  const root = document.createElement('div');
  root.className = 'pg-root pg-loading-root';
  const box = document.createElement('div');
  box.className = 'pg pg-loading';
  box.setAttribute('role', 'status');
  box.lang = language;
  box.append(text('p', 'pg-loading__text', LOADING_TEXT[language]));
  const bar = document.createElement('progress');
  bar.className = 'pg-loading__bar';
  bar.setAttribute('aria-label', LOADING_TEXT[language]);
  box.append(bar);
  root.append(box);
  return root;
}

/** The error panel, Vietnamese first, English second; inside the shadow root only. */
function crashPanel() {
  const root = document.createElement('div');
  root.className = 'pg-root pg-crash-root';
  const panel = document.createElement('section');
  panel.className = 'pg pg-crash';
  panel.setAttribute('role', 'alert');
  panel.lang = 'vi';
  panel.append(
    text('p', 'pg-crash__title', 'Tiện ích gặp lỗi và đã dừng.'),
    text('p', 'pg-crash__title pg-crash__en', 'The widget stopped because of an error.', 'en'),
    text('p', 'pg-crash__body', 'Trang này vẫn dùng được. Những gì đã lưu trên thiết bị này vẫn còn.'),
    text('p', 'pg-crash__body pg-crash__en', 'The rest of this page still works, and what was saved on this device is kept.', 'en'),
  );
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'pg-button pg-crash__reload';
  button.append('Tải lại tiện ích', text('span', 'pg-crash__en', ' / Reload the widget', 'en'));
  button.addEventListener('click', reloadAll);
  panel.append(button);
  root.append(panel);
  return root;
}

// The optional service worker next to this file, for full offline use: registered once
// per page when an element asks for it (`offline`, its value the scope; empty: this
// folder). Needs https (or this machine); a refusal only costs offline use.
let swRegistered = false;
function registerServiceWorker(scope) {
  if (swRegistered || !('serviceWorker' in navigator)) return;
  swRegistered = true;
  const options = scope ? { scope } : undefined;
  navigator.serviceWorker.register(new URL('./procedure-guide-sw.js', import.meta.url), options).catch((error) => {
    console.warn(`${TAG}: the offline service worker could not be registered (see EMBEDDING.md, "Offline").`, error);
  });
}

class ProcedureGuideElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  connectedCallback() {
    if (this.hasAttribute('offline')) registerServiceWorker(this.getAttribute('offline'));
    if (!this.container) this.pgBuildShadow();
    live.add(this);
    if (!this.widget) {
      this.pgLoading(true);
      earlyJoin(this);
    }
    this.start();
  }

  disconnectedCallback() {
    live.delete(this);
    earlyLeave(this);
    this.pgUnmount();
    this.pgLoading(false);
    this.container.hidden = true;
    this.fallback.hidden = false;
  }

  /**
   * The loading state, while the wasm comes: inside the shadow root, the host's fallback
   * hidden meanwhile, the element marked busy for assistive technology.
   */
  pgLoading(on) {
    if (on && !this.loading) {
      this.loading = loadingIndicator(this.getAttribute('lang'));
      this.shadowRoot.append(this.loading);
      this.fallback.hidden = true;
      this.setAttribute('aria-busy', 'true');
    } else if (!on && this.loading) {
      this.loading.remove();
      this.loading = null;
      this.removeAttribute('aria-busy');
    }
  }

  attributeChangedCallback(name) {
    if (this.widget && !this.instance.dead) this.widget.update(attributesOf(this));
    else if (name === 'catalogue' && this.pgEarly !== undefined) earlyJoin(this);
  }

  /** Mounts on the current instance once it is ready (again after a reload). */
  start() {
    const instance = currentInstance();
    if (instance.dead) {
      this.crashed();
      return;
    }
    instance.ready.then(
      () => this.pgMount(instance),
      (error) => {
        // Only now does the host's fallback show: the widget cannot run here.
        earlyLeave(this);
        this.pgLoading(false);
        this.fallback.hidden = false;
        reportLoadFailure(error);
        tellHost(this, { kind: 'loader', reason: 'load-failed', message: error.message });
      },
    );
  }

  /** The instance died: replace the app by the error panel. */
  crashed() {
    if (!this.container || this.panel) return;
    earlyLeave(this);
    this.pgUnmount();
    this.pgLoading(false);
    this.pgFreshContainer();
    this.panel = crashPanel();
    this.fallback.hidden = true;
    this.shadowRoot.append(this.panel);
  }

  pgBuildShadow() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = CSS_URL.href;
    style.integrity = CSS_INTEGRITY;
    style.crossOrigin = 'anonymous';
    this.fallback = document.createElement('slot');
    root.append(style, this.fallback);
    this.pgFreshContainer();
  }

  /** Yew mounts on an empty container; after a crash the old one is thrown away. */
  pgFreshContainer() {
    const container = document.createElement('div');
    container.className = 'pg-root';
    // The visible frame (border, background, padding): `::part(frame)` for host styles.
    container.setAttribute('part', 'frame');
    container.hidden = true;
    if (this.container) this.container.replaceWith(container);
    else this.shadowRoot.append(container);
    this.container = container;
  }

  pgUnmount() {
    const { widget, instance } = this;
    this.widget = null;
    this.instance = null;
    if (!widget) return;
    if (instance.dead) {
      forget(widget);
    } else {
      widget.destroy();
      widget.free();
    }
  }

  pgMount(instance) {
    // The element may have left the page while the wasm was loading, or the instance
    // died, or was replaced by a reload.
    if (!this.isConnected || this.widget || instance.dead || instance !== current) return;
    let widget;
    const services = Object.freeze({
      ...instance.services,
      catalogue: (url, signal) => earlyTake(this, url, signal),
    });
    try {
      widget = instance.glue.mount_with_services(this.container, attributesOf(this), services);
    } catch (error) {
      // A panic during the mount: `stopped` shows the panel. Any other failure: the
      // host's fallback, never a "loading" that lasts forever.
      earlyLeave(this);
      if (!instance.dead) {
        console.error(`${TAG}: the widget could not be mounted.`, error);
        this.pgLoading(false);
        this.fallback.hidden = false;
      }
      return;
    }
    this.widget = widget;
    this.instance = instance;
    this.pgLoading(false);
    if (this.panel) {
      this.panel.remove();
      this.panel = null;
    }
    this.fallback.hidden = true;
    this.container.hidden = false;
    // Once the list has rendered (the catalogue is in): never competing with the
    // catalogue's own download on a slow connection.
    this.addEventListener(`${TAG}:ready`, prefetchJourneyWhenIdle, { once: true });
  }
}

// ---------------------------------------------------------------------------------------
// Content systems that strip unknown tags: <div data-procedure-guide data-catalogue="…">
// gets a <procedure-guide> inside it, its data-<name> attributes mirrored to <name> for
// the element's attributes only (never anything else: a data-onclick must not become an
// onclick), its children moved inside as the fallback content. Divs added later and
// later changes of their data attributes are followed.

const DATA_MARK = 'data-procedure-guide';
const upgraded = new WeakSet();

function mirror(div, element) {
  for (const name of ATTRIBUTES) {
    const value = div.getAttribute(`data-${name}`);
    if (value === null) element.removeAttribute(name);
    else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}

function upgradeDiv(div) {
  if (upgraded.has(div) || div.localName !== 'div') return;
  upgraded.add(div);
  const element = document.createElement(TAG);
  mirror(div, element);
  element.append(...div.childNodes);
  div.append(element);
  new MutationObserver(() => mirror(div, element)).observe(div, {
    attributes: true,
    attributeFilter: ATTRIBUTES.map((name) => `data-${name}`),
  });
}

function upgradeWithin(node) {
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  if (node.hasAttribute(DATA_MARK)) upgradeDiv(node);
  for (const div of node.querySelectorAll(`div[${DATA_MARK}]`)) upgradeDiv(div);
}

function watchDivs() {
  upgradeWithin(document.documentElement);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) upgradeWithin(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

// ---------------------------------------------------------------------------------------
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
@page { size: A4; margin: 10mm 12mm; }
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

// ---------------------------------------------------------------------------------------
// Start: once per page, whichever copy of this file comes first.

const missing = missingFeature();
if (missing) {
  console.error(
    `${TAG}: this browser lacks ${missing}, which the widget needs (a browser from 2022 or ` +
      'later: WebAssembly reference types and bulk memory, custom elements, shadow DOM, module ' +
      "scripts), so the page's fallback content stays.",
  );
  tellHost(document, { kind: 'loader', reason: 'browser-floor', missing });
} else if (customElements.get(TAG)) {
  const first = customElements.get(TAG).source;
  if (first && first !== import.meta.url) {
    console.warn(`${TAG}: loaded twice; ${first} defined the element and is used, ${import.meta.url} is not.`);
  }
} else {
  ProcedureGuideElement.source = import.meta.url;
  customElements.define(TAG, ProcedureGuideElement);
  window.addEventListener('beforeprint', beginPrint);
  window.addEventListener('afterprint', endPrint);
  // Print media without the events (Safari's older print path, emulated print media).
  window.matchMedia?.('print').addEventListener?.('change', (event) => (event.matches ? beginPrint() : endPrint()));
  watchDivs();
}
