// The host page's own script for the loader's test pages: a button that counts its
// clicks (the host page must keep working whatever the widget does) and one that adds a
// <div data-procedure-guide> after load.
document.getElementById('host-button')?.addEventListener('click', () => {
  const count = document.getElementById('host-count');
  count.textContent = String(Number(count.textContent) + 1);
});
document.getElementById('add-div')?.addEventListener('click', () => {
  const div = document.createElement('div');
  div.id = 'later';
  div.dataset.procedureGuide = '';
  div.dataset.catalogue = '../catalogue.json';
  div.dataset.lang = 'vi';
  div.dataset.id = 'sau';
  const fallback = document.createElement('p');
  fallback.className = 'fallback';
  fallback.textContent = 'Nội dung dự phòng (thêm sau).';
  div.append(fallback);
  document.getElementById('slot-later').append(div);
});
