// Dev-server middleware the browser tests rely on.

/**
 * `?delay=MS` on any request answers that much later: a module that arrives
 * after the page has painted its fallback, as on a slow partner network.
 * @type {import('koa').Middleware}
 */
export async function delayOnRequest(ctx, next) {
  const delay = Number(ctx.query.delay);
  if (delay > 0)
    await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
  await next();
}

// The embedding tests' child pages stand for a partner site with a strict
// policy, sent as a header as such sites do (a <meta> policy cannot carry
// every directive, and the tests check the header). The dev server's
// live-reload script is taken out: a partner page has no such request or global.
const EMBEDDING_PAGES = '/test/embedding/pages/';
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const DEV_SERVER_SCRIPT =
  /<!-- injected by web-dev-server -->\s*<script type="module" src="\/__web-dev-server__web-socket\.js"><\/script>/g;

/** @type {import('koa').Middleware} */
export async function servePartnerPages(ctx, next) {
  await next();
  if (!ctx.path.startsWith(EMBEDDING_PAGES) || !ctx.path.endsWith('.html'))
    return;
  ctx.set('Content-Security-Policy', STRICT_CSP);
  // Reports, without blocking, every request but the page's two scripts: a
  // request shows up as it starts, a Resource Timing entry only once it ends.
  if (ctx.path === `${EMBEDDING_PAGES}footprint.html`) {
    ctx.set(
      'Content-Security-Policy-Report-Only',
      `default-src 'none'; script-src ${ctx.origin}${EMBEDDING_PAGES}recorder.js ${ctx.origin}/dist/qingdao-initiative.js`,
    );
  }
  if (typeof ctx.body === 'string')
    ctx.body = ctx.body.replace(DEV_SERVER_SCRIPT, '');
}
