// A host page's own hash router, as many portals have: the part after '#' picks the
// section shown. The widget must never break it (it never writes the hash).
const DEFAULT = '/gioi-thieu';

function route() {
  const path = location.hash.startsWith('#/') ? location.hash.slice(1) : DEFAULT;
  let found = false;
  for (const section of document.querySelectorAll('[data-route]')) {
    const here = section.dataset.route === path;
    section.hidden = !here;
    found ||= here;
  }
  if (!found) document.querySelector(`[data-route="${DEFAULT}"]`).hidden = false;
  for (const link of document.querySelectorAll('.router-nav a')) {
    if (link.getAttribute('href') === `#${path}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.getElementById('route-status').textContent = `Đang mở: ${found ? path : DEFAULT}`;
}

window.addEventListener('hashchange', route);
route();
