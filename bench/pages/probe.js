// Loaded first in <head>, so it sees the page from its first layout. Records
// layout shifts (with what moved), marks `qingdao:rendered` once every widget
// of the page has rendered and the next frame has begun, and gives the
// measures' in-page code its few helpers.
(() => {
  const tags = [
    'qingdao-initiative',
    'qingdao-clause',
    'qingdao-language-switch',
  ];

  const describe = (node) => {
    if (!node) return '(removed)';
    if (node.nodeType !== Node.ELEMENT_NODE) return node.nodeName;
    const part = node.getAttribute('part');
    const name = node.localName + (part ? `[part="${part}"]` : '');
    const root = node.getRootNode();
    if (root instanceof ShadowRoot) return `${describe(root.host)} >>> ${name}`;
    // Light-DOM paragraphs have no id: their first words tell them apart.
    const words = node.textContent.trim().replace(/\s+/g, ' ').slice(0, 32);
    return words ? `${name} "${words}…"` : name;
  };

  const bench = {
    shifts: [],
    /** Resolves once none of `elements` has an update pending. */
    updated: (elements) =>
      Promise.all(
        [...elements].map(async (element) => {
          // updateComplete resolves false while another update is pending.
          while (!(await element.updateComplete));
        }),
      ),
    /** Style and layout of the whole page, now (shadow roots included). */
    layout: () => document.body.offsetHeight,
    frame: () => new Promise(requestAnimationFrame),
    /** The next task, without setTimeout's 4 ms clamp on nested timers. */
    task: () =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      }),
    widgets: () => document.querySelectorAll(tags.join(',')),
    /** The language a widget shows: its rendered text's, or its fallback's. */
    shown: (widget) =>
      widget.shadowRoot.querySelector('slot')
        ? widget.closest('[lang]')?.lang
        : widget.shadowRoot.querySelector(
            '[part~="document"], [part~="clause"]',
          )?.lang,
  };
  window.qingdaoBench = bench;

  // Work the widgets defer to their IntersectionObserver (the controls of a
  // widget that turns out to be near the view, a frame after it rendered)
  // counts too: each report is timed from its start to the end of its
  // task (the updates it caused), plus the layout they need.
  bench.deferred = [];
  const Observer = window.IntersectionObserver;
  window.IntersectionObserver = class extends Observer {
    constructor(callback, options) {
      super((entries, observer) => {
        const start = performance.now();
        callback(entries, observer);
        bench.task().then(() => {
          bench.layout();
          bench.deferred.push(performance.now() - start);
        });
      }, options);
    }
  };

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.shifts.push({
        value: entry.value,
        startTime: entry.startTime,
        hadRecentInput: entry.hadRecentInput,
        sources: (entry.sources ?? []).map((source) => ({
          node: describe(source.node),
          from: source.previousRect.toJSON(),
          to: source.currentRect.toJSON(),
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  Promise.all(tags.map((tag) => customElements.whenDefined(tag)))
    .then(() => bench.updated(bench.widgets()))
    .then(bench.frame)
    .then(() => performance.mark('qingdao:rendered'));
})();
