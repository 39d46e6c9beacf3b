// The catalogue studio's preview frame: one <procedure-guide> on the draft the studio
// page hands to its service worker. The studio says what to show by postMessage (same
// origin only): { catalogue, procedure, lang }. A new procedure to jump to mounts a
// fresh element (the widget opens `procedure` when it starts); a new draft revision only
// changes `catalogue`, so the widget reloads it and stays where the person is.

const root = document.getElementById('preview');
let shown = null;
let element = null;

function show({ catalogue, procedure, lang }) {
  if (typeof catalogue !== 'string' || !catalogue.startsWith('draft.json')) return;
  const fresh = !element || !shown || shown.procedure !== procedure || shown.lang !== lang;
  if (fresh) {
    // The widget starts from the frame's history entry before its `procedure` attribute
    // (ARCHITECTURE.md, `nav::start`): the entry the last element wrote must go.
    history.replaceState(null, '');
    element = document.createElement('procedure-guide');
    element.setAttribute('storage', 'none');
    if (procedure) element.setAttribute('procedure', procedure);
    element.setAttribute('lang', lang === 'en' ? 'en' : 'vi');
    element.setAttribute('catalogue', catalogue);
    root.replaceChildren(element);
  } else if (shown.catalogue !== catalogue) {
    element.setAttribute('catalogue', catalogue);
  }
  document.documentElement.lang = lang === 'en' ? 'en' : 'vi';
  shown = { catalogue, procedure, lang };
}

window.addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.source !== window.parent) return;
  show(event.data ?? {});
});
// Ready for the first message: the studio waits for this before sending.
window.parent.postMessage({ previewReady: true }, location.origin);
