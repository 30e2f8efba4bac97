import { Injectable, Optional } from '@nestjs/common';
import { Counter, Gauge, Registry } from 'prom-client';
import { AuditSequencer } from './audit-sequencer.js';

/**
 * The sequencer's figures at `/metrics`, read at scrape time: how long the oldest unlinked entry
 * has waited (the bound the sequencer keeps), and how many entries this process linked. Shown
 * where the application has a metrics registry (the observability module provides it).
 */
@Injectable()
export class AuditMetrics {
  constructor(sequencer: AuditSequencer, @Optional() registry?: Registry) {
    if (!registry) return;
    const registers = [registry];
    new Gauge({ name: 'renkei_audit_link_lag_seconds', help: 'How long the oldest audit entry not yet linked into its chain has waited (0: none waits)', registers, async collect() {
      try {
        this.set(await sequencer.lag());
      } catch {
        // The database is away: the series goes missing, and the rest of the scrape still answers.
        this.reset();
      }
    } });
    new Counter({ name: 'renkei_audit_entries_linked_total', help: 'Audit entries this process linked into their chain', registers, collect() {
      this.reset();
      this.inc(sequencer.linkedTotal);
    } });
  }
}
