import { useState } from 'react';
import { Button } from './Button';
import { Notice } from './Notice';

/**
 * An editor saved against the version it began from (expectedVersion). When the server says
 * someone saved meanwhile (CONFLICT), `conflicted` loads what is there now: the next save goes
 * against that version (saving over it knowingly), and `takeLatest` puts it into the form
 * instead, so that nothing typed is lost without the user's say.
 */
export function useVersionConflict<T extends { version: number }>(initialVersion: number, fetchLatest: () => Promise<T | null | undefined>) {
  const [baseVersion, setBaseVersion] = useState(initialVersion);
  const [latest, setLatest] = useState<T | null>(null);
  return {
    baseVersion,
    latest,
    async conflicted() {
      const fresh = await fetchLatest();
      if (!fresh) return;
      setLatest(fresh);
      setBaseVersion(fresh.version);
    },
    saved(version: number) {
      setBaseVersion(version);
      setLatest(null);
    },
    takeLatest(apply: (fresh: T) => void) {
      if (!latest) return;
      apply(latest);
      setLatest(null);
    },
  };
}

/** Says that someone saved first, with the button that loads their version into the form. */
export function VersionConflictNotice({ title, help, reloadLabel, onReload }: { title: string; help: string; reloadLabel: string; onReload: () => void }) {
  return (
    <Notice tone="warning" title={title}>
      <p className="mb-3">{help}</p>
      <Button variant="outline" onClick={onReload}>
        {reloadLabel}
      </Button>
    </Notice>
  );
}
