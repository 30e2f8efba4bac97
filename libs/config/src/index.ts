export { AppConfig, ConfigurationError, type DatabaseTarget } from './app-config.js';
export { ConfigModule } from './config.module.js';
export type { LogLevel } from './environment-variables.js';
