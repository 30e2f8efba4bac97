import { SessionStore } from './session-store';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

describe('SessionStore', () => {
  it('keeps the token for a reload of the tab, and forgets it when the session ends', () => {
    const storage = memoryStorage();
    new SessionStore(storage).start('t1', '2026-12-02T10:00:00Z');
    const reloaded = new SessionStore(storage);
    expect(reloaded.snapshot).toEqual({ token: 't1', expiresAt: Date.parse('2026-12-02T10:00:00Z'), ended: null });
    reloaded.end('signedOut');
    expect(storage.items.size).toBe(0);
    expect(reloaded.snapshot).toEqual({ token: null, expiresAt: null, ended: 'signedOut' });
  });

  it('tells an expired token from a revoked one when the server refuses it', () => {
    const store = new SessionStore(memoryStorage());
    store.start('t1', '2026-12-02T10:00:00Z');
    store.refused(Date.parse('2026-12-02T09:59:00Z'));
    expect(store.snapshot.ended).toBe('revoked');
    store.start('t2', '2026-12-02T10:00:00Z');
    store.refused(Date.parse('2026-12-02T10:00:01Z'));
    expect(store.snapshot.ended).toBe('expired');
  });

  it('keeps the first reason when several requests fail at once, and notifies listeners once per change', () => {
    const store = new SessionStore(memoryStorage());
    const seen: unknown[] = [];
    store.subscribe(() => seen.push(store.snapshot.ended));
    store.start('t1', '2026-12-02T10:00:00Z');
    store.end('revoked');
    store.end('expired');
    expect(seen).toEqual([null, 'revoked']);
  });
});
