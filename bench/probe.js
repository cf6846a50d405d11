// Loaded first in <head>, so it sees the page from its first layout. Records
// layout shifts (with what moved) and marks the moment every widget has
// rendered: updates finished, inner switches too, and the next frame begun.
(() => {
  const record = { shifts: [] };
  window.qingdaoBench = record;

  const describe = (node) => {
    if (!node) return '(removed)';
    if (node.nodeType !== Node.ELEMENT_NODE) return node.nodeName;
    let name = node.localName;
    if (node.id) name += `#${node.id}`;
    const part = node.getAttribute('part');
    if (part) name += `[part="${part}"]`;
    const root = node.getRootNode();
    if (root instanceof ShadowRoot) return `${describe(root.host)} >>> ${name}`;
    // Light-DOM paragraphs have no id: their first words tell them apart.
    const words = node.textContent.trim().replace(/\s+/g, ' ').slice(0, 32);
    return node.id || !words ? name : `${name} "${words}…"`;
  };
  const rect = ({ x, y, width, height }) => ({ x, y, width, height });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      record.shifts.push({
        value: entry.value,
        startTime: entry.startTime,
        hadRecentInput: entry.hadRecentInput,
        sources: (entry.sources ?? []).map((source) => ({
          node: describe(source.node),
          previousRect: rect(source.previousRect),
          currentRect: rect(source.currentRect),
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  const updated = async (element) => {
    // updateComplete resolves false while another update is pending.
    while (!(await element.updateComplete));
    const inner = element.shadowRoot.querySelectorAll(
      'qingdao-language-switch',
    );
    await Promise.all([...inner].map(updated));
  };

  // The first definition ends the module's own set-up (Lit, the texts);
  // upgrading and rendering the elements come after it.
  const define = customElements.define;
  customElements.define = function (name, ...rest) {
    if (!performance.getEntriesByName('qingdao:defined').length) {
      performance.mark('qingdao:defined');
    }
    return define.call(this, name, ...rest);
  };

  const tags = [
    'qingdao-initiative',
    'qingdao-clause',
    'qingdao-language-switch',
  ];
  Promise.all(tags.map((tag) => customElements.whenDefined(tag)))
    .then(() =>
      Promise.all([...document.querySelectorAll(tags.join(','))].map(updated)),
    )
    .then(() => new Promise(requestAnimationFrame))
    .then(() => performance.mark('qingdao:rendered'));
})();
