export default async function globalTeardown() {
  await globalThis.__RENKEI_EMBEDDED__?.stop();
}
