import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@renkei/config';
import type { Clock } from '@renkei/kernel';
import { createValidationPipe, DomainErrorFilter } from '@renkei/graphql';
import { AppModule } from './app.module.js';
import { createLogger } from './logger.js';

// GraphQL operations are small; a larger body is a mistake or an attack.
const MAX_BODY = '256kb';

/** Builds the application for `config` (used by `main.ts` and by the end-to-end tests, which may bring a clock). */
export async function createApp(config: AppConfig, clock?: Clock): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, clock), {
    logger: createLogger(config),
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: MAX_BODY });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainErrorFilter());
  return app;
}
