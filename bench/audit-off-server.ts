// Bench only, never shipped: the API exactly as main.js starts it, but with the audit trail's
// writes switched off, so that audit-cost.ts can tell what the trail costs a read.
import { createApp } from '@renkei/api';
import { AuditTrail } from '@renkei/audit';
import { AppConfig } from '@renkei/config';

const config = AppConfig.fromEnvironment(process.env);
const app = await createApp(config);
// The one instance every context shares: its appends do nothing from here on.
app.get(AuditTrail).record = () => Promise.resolve();
await app.listen(config.port, '127.0.0.1');
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
