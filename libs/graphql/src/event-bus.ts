import { EventEmitter } from 'node:events';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';
import { Tally } from './tally.js';
import { ThrottledWarning } from './throttled-warning.js';

/** How long connecting to Redis may take, and a command on a connection that stopped answering. */
const CONNECT_TIMEOUT_MS = 2_000;
const COMMAND_TIMEOUT_MS = 2_000;

// Topics carry ids (a municipality's, a conference's): counted by family, ids as `*`. A
// topic addressed to one recipient (`...:user:<id>`, `...:agency:<id>`) counts with its
// event family: a stream listening on a user's and an agency's topic is one stream.
const ID_SEGMENT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const RECIPIENT_SEGMENT = /:(user|agency):\*$/;
const topicFamily = (topic: string) => topic.replace(ID_SEGMENT, '*').replace(RECIPIENT_SEGMENT, '');

/**
 * What takes the messages of the topics it listens to (a live stream); it must not throw.
 * `reconnected`, when it has one, is called each time the bus has been away and is back (a
 * stream reading its outbox catches up), once however many topics it listens to.
 */
export interface Receiver<T> {
  receive(message: T): void;
  reconnected?(): void;
}

/** A topic this process listens to: its receivers, and the engine's one subscription for them. */
interface Topic {
  readonly name: string;
  readonly receivers: Set<Receiver<unknown>>;
  readonly subscribed: Promise<number>;
}

/** What `listen` hands back, for `unlisten`: the topics joined. */
export type Listening = readonly Topic[];

/**
 * Topics and JSON payloads between the processes of the application: in-process by
 * default, over Redis when several API processes serve subscribers. Payloads must be plain
 * JSON (dates as ISO strings): that is what survives Redis.
 */
@Injectable()
export class EventBus implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(EventBus.name);
  private readonly redis: { publisher: Redis; subscriber: Redis } | null;
  private readonly engine: PubSubEngine;
  // The topics this process listens to, each subscribed on the engine once.
  private readonly topics = new Map<string, Topic>();
  private lastError: string | null = null;
  /** Messages this process put on the bus, and handed to subscriptions, by topic family (for the metrics). */
  readonly traffic = { published: new Tally(topicFamily), delivered: new Tally(topicFamily) };

  constructor(redisUrl: string | null) {
    if (redisUrl) {
      // Every wait on Redis is bounded, so that no request waits for it forever:
      // - the publisher (publishing, rate limits) fails a command at once while Redis is away
      //   (no offline queue) and after 2 s on a connection that stopped answering; the outbox
      //   keeps unsent events and the rate limits fall back to each process's memory;
      // - the subscriber keeps its queue: a SUBSCRIBE made while Redis is away is sent when
      //   it is back (a subscription simply gets nothing meanwhile; the outbox catches it up).
      const common = { connectTimeout: CONNECT_TIMEOUT_MS, lazyConnect: false } as const;
      this.redis = {
        publisher: new Redis(redisUrl, { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: COMMAND_TIMEOUT_MS }),
        subscriber: new Redis(redisUrl, { ...common, maxRetriesPerRequest: null }),
      };
      // One warning when Redis goes away (not one per reconnection attempt), one line when it is back.
      const unavailable = new ThrottledWarning(this.logger, 'Redis');
      for (const [name, client] of Object.entries(this.redis)) {
        client.on('error', (error: Error) => {
          this.lastError = error.message || error.name;
          unavailable.warn(`unavailable (${this.lastError}); serving without it and reconnecting`);
        });
        client.on('ready', () => {
          if (name === 'publisher') this.lastError = null;
          if (this.redis && Object.values(this.redis).every((c) => c.status === 'ready')) unavailable.resolved('connection restored');
        });
      }
      // Redis pub/sub keeps nothing: what was published while the subscriber connection was
      // down is gone. Consumers that keep an outbox replay it when this fires (also after a
      // start without Redis: the relay may publish before a queued SUBSCRIBE is in place).
      let mayHaveMissed = false;
      this.redis.subscriber.on('error', () => (mayHaveMissed = true));
      this.redis.subscriber.on('ready', () => {
        if (mayHaveMissed) this.tellReconnected();
        mayHaveMissed = true;
      });
      this.engine = new RedisPubSub({ publisher: this.redis.publisher, subscriber: this.redis.subscriber });
    } else {
      this.redis = null;
      // One listener per live subscription is the normal case here, thousands of them.
      const emitter = new EventEmitter();
      emitter.setMaxListeners(0);
      this.engine = new PubSub({ eventEmitter: emitter });
    }
  }

  /**
   * Gives Redis its first chance to connect before the relays start publishing, bounded:
   * done at the first answer either way (ready, or refused), or after the connect timeout.
   */
  async onModuleInit(): Promise<void> {
    const publisher = this.redis?.publisher;
    if (!publisher || publisher.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        publisher.off('ready', done).off('error', done);
        resolve();
      };
      const timer = setTimeout(done, CONNECT_TIMEOUT_MS);
      publisher.once('ready', done).once('error', done);
    });
  }

  /** Whether Redis answers commands now (always true without Redis), and why not. */
  get redisHealth(): { readonly ready: boolean; readonly reason: string | null } {
    if (!this.redis) return { ready: true, reason: null };
    const ready = this.redis.publisher.status === 'ready';
    return { ready, reason: ready ? null : (this.lastError ?? `connection ${this.redis.publisher.status}`) };
  }

  get distributed(): boolean {
    return this.redis !== null;
  }

  /** The Redis connection for ordinary commands (shared state such as rate limits), when there is one. */
  get redisClient(): Redis | null {
    return this.redis?.publisher ?? null;
  }

  async publish(topic: string, payload: object): Promise<void> {
    await this.engine.publish(topic, payload);
    this.traffic.published.add(topic);
  }

  /**
   * Tells every receiver the bus is back, once each. Found through the topics they listen to:
   * a set of its own would hold an entry for each of thousands of streams to use on the rare
   * reconnection (one Redis listener, not an EventEmitter listener per stream either).
   */
  private tellReconnected(): void {
    const told = new Set<Receiver<unknown>>();
    for (const { receivers } of this.topics.values()) {
      for (const receiver of receivers) {
        if (told.has(receiver)) continue;
        told.add(receiver);
        receiver.reconnected?.();
      }
    }
  }

  /**
   * Hands `receiver` every payload published on `topics` (one or several) from now on;
   * resolves once the bus has the subscriptions in place (Redis acknowledged SUBSCRIBE), with
   * what to give `unlisten`. A receiver, not an iterator: a stream waiting for its next message
   * then holds no pending read of its own (thousands of idle subscribers). The engine is
   * subscribed once per topic however many receivers it has here (hundreds of one user's or
   * agency's subscriptions): a receiver costs an entry in its topics' sets, not a listener, a
   * callback and the engine's bookkeeping each.
   */
  async listen<T>(topics: string | readonly string[], receiver: Receiver<T>): Promise<Listening> {
    // Mapped, not pushed: a stream keeps this for its life, and an array grown by push holds room for 17.
    const joined = (typeof topics === 'string' ? [topics] : topics).map((name) => {
      const topic = this.topicNamed(name);
      topic.receivers.add(receiver as Receiver<unknown>);
      return topic;
    });
    try {
      await Promise.all(joined.map((topic) => topic.subscribed));
    } catch (error) {
      this.unlisten(joined, receiver);
      throw error;
    }
    return joined;
  }

  /** Stops handing `receiver` the payloads of what `listen` gave; the engine lets go of a topic with its last receiver. */
  unlisten<T>(listening: Listening, receiver: Receiver<T>): void {
    for (const topic of listening) {
      if (!topic.receivers.delete(receiver as Receiver<unknown>) || topic.receivers.size > 0) continue;
      if (this.topics.get(topic.name) === topic) this.topics.delete(topic.name);
      topic.subscribed.then(
        (id) => this.engine.unsubscribe(id),
        () => undefined,
      );
    }
  }

  /** The topic's receivers, subscribed on the engine with the first of them. */
  private topicNamed(name: string): Topic {
    const known = this.topics.get(name);
    if (known) return known;
    const receivers = new Set<Receiver<unknown>>();
    const subscribed = this.engine.subscribe(
      name,
      (payload: unknown) => {
        for (const receiver of receivers) receiver.receive(payload);
      },
      {},
    );
    const topic: Topic = { name, receivers, subscribed };
    this.topics.set(name, topic);
    // Refused (Redis went away before it answered): the next listener asks again.
    subscribed.catch(() => {
      if (this.topics.get(name) === topic) this.topics.delete(name);
    });
    return topic;
  }

  /** Every payload published on `topic` from now on, until the iterator is returned. */
  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.engine.asyncIterableIterator<T>(topic);
  }

  async onApplicationShutdown(): Promise<void> {
    // quit() waits for Redis to answer; away, there is nothing to say goodbye to.
    if (this.redis) await Promise.all(Object.values(this.redis).map((client) => (client.status === 'ready' ? client.quit() : client.disconnect()))).catch(() => undefined);
  }
}
