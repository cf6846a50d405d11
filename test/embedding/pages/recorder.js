// Loaded first by every child page, as a classic script, so that it sees
// everything that follows: the window's properties before any widget code
// runs, every CSP / Trusted Types violation, every error, and the name of
// every Trusted Types policy created. The parent test reads the record; it
// is kept under a symbol so that it adds no name to the window's own
// property names, which the footprint test compares.
(() => {
  const record = {
    globalsBefore: Object.getOwnPropertyNames(window),
    symbolsBefore: Object.getOwnPropertySymbols(window).map(String),
    violations: [],
    errors: [],
    policies: [],
  };

  const describe = (node) => {
    if (!(node instanceof Element)) return String(node?.nodeName ?? node);
    const id = node.id ? `#${node.id}` : '';
    const classes = [...node.classList].map((c) => `.${c}`).join('');
    return `${node.localName}${id}${classes}`;
  };

  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      record.violations.push({
        disposition: event.disposition,
        directive: event.effectiveDirective,
        violated: event.violatedDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
        source: event.sourceFile,
        target: describe(event.composedPath()[0]),
      });
    },
    true,
  );

  window.addEventListener(
    'error',
    (event) => {
      record.errors.push(
        event instanceof ErrorEvent
          ? `error: ${event.message} (${event.filename}:${event.lineno})`
          : `failed to load: ${describe(event.target)}`,
      );
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => {
    record.errors.push(`unhandledrejection: ${String(event.reason)}`);
  });

  if (window.trustedTypes) {
    const factory = window.trustedTypes;
    const createPolicy = factory.createPolicy;
    factory.createPolicy = function (name, rules) {
      record.policies.push(name);
      return createPolicy.call(factory, name, rules);
    };
  }

  window[Symbol.for('qingdao-embedding-record')] = record;
})();
