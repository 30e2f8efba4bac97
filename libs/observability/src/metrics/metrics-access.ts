import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '@renkei/config';

/** Where a scrape arrived: the API's port, or the port of its own (METRICS_PORT). */
export type MetricsListener = 'main' | 'own-port';

/** What a scrape gets: the figures, a 401 (no or a wrong token), or a 404 (not served there). */
export type MetricsAnswer = 'serve' | 'unauthorized' | 'not-found';

/**
 * Who may read `/metrics` (the figures name operations and show load: not for strangers):
 * - METRICS_PORT set: served on that port only (one a firewall keeps to the scraper's
 *   network), and 404 on the API's port;
 * - METRICS_TOKEN set: a scrape must bring `Authorization: Bearer <token>`, on whichever
 *   port serves it;
 * - neither: openly in development and tests; in production not at all (404), since an
 *   operator who configured nothing did not choose to publish them.
 */
export class MetricsAccess {
  private readonly tokenDigest: Buffer | null;

  constructor(private readonly config: Pick<AppConfig, 'metrics' | 'isProduction'>) {
    this.tokenDigest = config.metrics.token === null ? null : digest(config.metrics.token);
  }

  /** Whether an operator configured nothing and so, in production, nothing is served. */
  get withheld(): boolean {
    return this.config.isProduction && this.config.metrics.token === null && this.config.metrics.port === null;
  }

  answer(listener: MetricsListener, authorization: string | undefined): MetricsAnswer {
    const servedHere = this.config.metrics.port === null ? listener === 'main' : listener === 'own-port';
    if (!servedHere || this.withheld) return 'not-found';
    if (this.tokenDigest === null) return 'serve';
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    // Digests have one length, so the comparison takes as long whatever was sent.
    return token !== undefined && timingSafeEqual(digest(token), this.tokenDigest) ? 'serve' : 'unauthorized';
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
