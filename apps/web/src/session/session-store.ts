import { useSyncExternalStore } from 'react';

/** Why a session ended other than by signing out: the login page says so. */
export type SessionEnd = 'expired' | 'revoked' | 'signedOut';

export interface SessionState {
  readonly token: string | null;
  /** When the token stops being accepted (epoch ms). */
  readonly expiresAt: number | null;
  readonly ended: SessionEnd | null;
}

// The token lives in this tab's sessionStorage: it survives a reload, ends with the tab (a
// shared counter PC), and never appears in a URL.
const TOKEN_KEY = 'renkei.token';
const EXPIRES_KEY = 'renkei.expiresAt';

type Listener = () => void;

export class SessionStore {
  private state: SessionState;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null) {
    const token = storage?.getItem(TOKEN_KEY) ?? null;
    const expiresAt = Number(storage?.getItem(EXPIRES_KEY) ?? '') || null;
    this.state = { token, expiresAt: token ? expiresAt : null, ended: null };
  }

  get snapshot(): SessionState {
    return this.state;
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  start(token: string, expiresAt: string): void {
    const expires = Date.parse(expiresAt);
    this.storage?.setItem(TOKEN_KEY, token);
    this.storage?.setItem(EXPIRES_KEY, String(expires));
    this.set({ token, expiresAt: expires, ended: null });
  }

  /** The server refused the token: past its expiry that is the end of its time, else a revocation. */
  refused(now = Date.now()): void {
    this.end(this.state.expiresAt !== null && now >= this.state.expiresAt ? 'expired' : 'revoked');
  }

  /** Ends the session; repeated ends (several failing requests at once) keep the first reason. */
  end(reason: SessionEnd): void {
    if (!this.state.token) return;
    this.storage?.removeItem(TOKEN_KEY);
    this.storage?.removeItem(EXPIRES_KEY);
    this.set({ token: null, expiresAt: null, ended: reason });
  }

  private set(next: SessionState): void {
    this.state = next;
    this.listeners.forEach((listener) => listener());
  }
}

export const session = new SessionStore(typeof window === 'undefined' ? null : window.sessionStorage);

export function useSession(store: SessionStore = session): SessionState {
  return useSyncExternalStore(store.subscribe, () => store.snapshot);
}
