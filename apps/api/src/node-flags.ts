/**
 * The V8 flags the server runs with, wherever it runs as deployed: `deploy/renkei.service`,
 * `npm start`, the tests that start the built server, and every server of the benchmarks
 * (the baselines too, so that they compare the same runtime). The deployment test holds the
 * unit and `npm start` to this list.
 *
 * `--max-semi-space-size=64`: a young generation of 64 MB per semi-space, against V8's 16 MB
 * on Node 20. A task event to thousands of subscribers keeps every delivery's promises,
 * results and message in flight at once; in 16 MB they outlived the scavenge that met them,
 * were copied into the old generation and cost full collections after (19% of the server's
 * CPU in a fan-out to 5,000 subscribers, against 8% with 64 MB: 68 → 38 µs per delivery).
 * The space grows to the bound only under such bursts; an idle server keeps V8's small one.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
