import { EventEmitter } from 'node:events';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';

/**
 * Topics and JSON payloads between the processes of the application: in-process by
 * default, over Redis when several API processes serve subscribers. Payloads must be plain
 * JSON (dates as ISO strings): that is what survives Redis.
 */
@Injectable()
export class EventBus implements OnApplicationShutdown {
  private readonly logger = new Logger(EventBus.name);
  private readonly redis: { publisher: Redis; subscriber: Redis } | null;
  private readonly engine: PubSubEngine;
  private readonly reconnects = new EventEmitter();

  constructor(redisUrl: string | null) {
    if (redisUrl) {
      const connect = () => new Redis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
      this.redis = { publisher: connect(), subscriber: connect() };
      for (const client of Object.values(this.redis)) client.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
      // Redis pub/sub keeps nothing: what was published while the subscriber connection was
      // down is gone. Consumers that keep an outbox replay it when this fires.
      let connectedBefore = false;
      this.redis.subscriber.on('ready', () => {
        if (connectedBefore) this.reconnects.emit('reconnected');
        connectedBefore = true;
      });
      this.reconnects.setMaxListeners(0);
      this.engine = new RedisPubSub({ publisher: this.redis.publisher, subscriber: this.redis.subscriber });
    } else {
      this.redis = null;
      // One listener per live subscription is the normal case here, thousands of them.
      const emitter = new EventEmitter();
      emitter.setMaxListeners(0);
      this.engine = new PubSub({ eventEmitter: emitter });
    }
  }

  get distributed(): boolean {
    return this.redis !== null;
  }

  /** The Redis connection for ordinary commands (shared state such as rate limits), when there is one. */
  get redisClient(): Redis | null {
    return this.redis?.publisher ?? null;
  }

  publish(topic: string, payload: object): Promise<void> {
    return this.engine.publish(topic, payload);
  }

  /** Calls `listener` each time the bus has been away and is back; returns the unsubscribe. */
  onReconnect(listener: () => void): () => void {
    this.reconnects.on('reconnected', listener);
    return () => this.reconnects.off('reconnected', listener);
  }

  /** Every payload published on `topic` from now on, until the iterator is returned. */
  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.engine.asyncIterableIterator<T>(topic);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis) await Promise.all([this.redis.publisher.quit(), this.redis.subscriber.quit()]).catch(() => undefined);
  }
}
