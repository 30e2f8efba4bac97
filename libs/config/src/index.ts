export { AppConfig, ConfigurationError, type DatabaseTarget, type Settings, type SigningKey } from './app-config.js';
export { SECRET_VARIABLES } from './secret-files.js';
export { ConfigModule } from './config.module.js';
export type { LogLevel } from './environment-variables.js';
