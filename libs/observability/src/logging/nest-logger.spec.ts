import { describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { capturedLog } from './captured-log.js';
import { PinoNestLogger } from './nest-logger.js';
import { RequestScope, runInRequest } from './request-scope.js';

function nestLogger(env: Readonly<Record<string, string>> = {}) {
  const log = capturedLog(env);
  return { nest: new PinoNestLogger(log.logger), log };
}

describe('PinoNestLogger', () => {
  it('writes Nest’s messages with their context at pino’s levels', () => {
    const { nest, log } = nestLogger({ LOG_LEVEL: 'verbose' });
    nest.log('started', 'Renkei');
    nest.warn('Redis unreachable', 'EventBus');
    nest.verbose('detail', 'Spec');
    expect(log.lines().map(({ level, context, msg }) => ({ level, context, msg }))).toEqual([
      { level: 'info', context: 'Renkei', msg: 'started' },
      { level: 'warn', context: 'EventBus', msg: 'Redis unreachable' },
      { level: 'trace', context: 'Spec', msg: 'detail' },
    ]);
  });

  it('quiets Nest’s wiring chatter to debug', () => {
    const quiet = nestLogger({ LOG_LEVEL: 'log' });
    quiet.nest.log('AppModule dependencies initialized', 'InstanceLoader');
    expect(quiet.log.lines()).toEqual([]);
    const debugging = nestLogger({ LOG_LEVEL: 'debug' });
    debugging.nest.log('AppModule dependencies initialized', 'InstanceLoader');
    expect(debugging.log.lines()[0]).toMatchObject({ level: 'debug', context: 'InstanceLoader' });
  });

  it('keeps an error’s stack in its own field, as Nest’s Logger passes it', () => {
    const { nest, log } = nestLogger();
    const error = new Error('boom');
    Logger.overrideLogger(nest);
    new Logger('GraphQLErrors').error('boom', error.stack);
    new Logger('Renkei').error('no stack');
    nest.fatal(error);
    expect(log.lines().map(({ level, context, msg, stack }) => ({ level, context, msg, stack }))).toEqual([
      { level: 'error', context: 'GraphQLErrors', msg: 'boom', stack: error.stack },
      { level: 'error', context: 'Renkei', msg: 'no stack', stack: undefined },
      { level: 'fatal', context: undefined, msg: 'boom', stack: error.stack },
    ]);
    Logger.overrideLogger(false);
  });

  it('gives a line written while a request is served that request’s id', () => {
    const { nest, log } = nestLogger();
    const scope = new RequestScope('req-12345678', log.logger);
    runInRequest(scope, () => nest.warn('slow query', 'Database'));
    nest.warn('outside', 'Database');
    expect(log.lines().map((line) => line['requestId'])).toEqual(['req-12345678', undefined]);
  });
});
