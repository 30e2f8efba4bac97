import { useState } from 'react';
import { Button } from './Button';

interface LoadMoreButtonProps {
  /** Fetches the next page and merges it into the list (Apollo's fetchMore). */
  readonly onLoad: () => Promise<unknown>;
  readonly label: string;
  readonly loadingLabel: string;
}

/** 「さらに表示」 under a paged list: disabled while the next page is on its way, so it is asked for once. */
export function LoadMoreButton({ onLoad, label, loadingLabel }: LoadMoreButtonProps) {
  const [loading, setLoading] = useState(false);
  const load = async () => {
    setLoading(true);
    try {
      await onLoad();
    } finally {
      setLoading(false);
    }
  };
  return (
    <div>
      <Button variant="outline" onClick={() => void load()} disabled={loading}>
        {loading ? loadingLabel : label}
      </Button>
    </div>
  );
}
