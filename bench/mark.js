// Placed right before the module's <script>: the start of "time to first
// render". bench.mjs also takes the module request's own start, in case the
// preload scanner fetched it earlier.
performance.mark('qingdao:module-requested');
