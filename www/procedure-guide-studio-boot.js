// The end of procedure-guide-studio.js: tools/release.mjs puts wasm-bindgen's glue for
// the studio (crates/studio) above this and the content-hashed wasm's name in place of the
// placeholder in the URL below. Nothing here is inline in the page: the strict CSP holds.
{
  const root = document.getElementById('studio');
  try {
    await __wbg_init({ module_or_path: new URL('@STUDIO_WASM@', import.meta.url) });
    root.replaceChildren();
    mount_studio(root);
  } catch (error) {
    console.error('procedure-guide studio:', error);
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent =
      'Không tải được xưởng danh mục. Hãy tải lại trang. · The catalogue studio could not load. Please reload the page.';
    root.replaceChildren(message);
  }
}
