// The application's public face, for the end-to-end harness and tools: build it, and the
// schema facts that belong to it.
export { applicationOptions, configureApp, createApp } from './app.js';
export { AppModule } from './app.module.js';
export { ENTITIES } from './entities.js';
export { MIGRATIONS } from './migrations/index.js';
export { DEMO_PASSWORD, DEMO_USERS } from './demo-data.js';
export { DrainState } from './shutdown.js';
export { SERVER_NODE_FLAGS } from './node-flags.js';
