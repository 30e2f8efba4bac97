import { type DynamicModule, Global, Module } from '@nestjs/common';
import { EventBus } from './event-bus.js';
import { OutboxRelay } from './outbox-relay.js';

/** The event bus (in-process, or Redis with `redisUrl`) and the relay that feeds it from the outboxes. */
@Global()
@Module({})
export class EventBusModule {
  static forRoot(redisUrl: string | null): DynamicModule {
    return { module: EventBusModule, providers: [{ provide: EventBus, useFactory: () => new EventBus(redisUrl) }, OutboxRelay], exports: [EventBus, OutboxRelay] };
  }
}
