import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from '@renkei/config';
import { Clock, SystemClock } from '@renkei/kernel';
import { StoryClock } from './demo/story-clock.js';

/** The time source every context injects; tests pass their own to move time instead of sleeping. */
@Global()
@Module({})
export class ClockModule {
  static forRoot(clock: Clock = new SystemClock()): DynamicModule {
    // With demo data on, the demo sets it back while it tells its history (demo/story-clock.ts).
    const provider = { provide: Clock, inject: [AppConfig], useFactory: (config: AppConfig): Clock => (config.demoData ? new StoryClock(clock) : clock) };
    return { module: ClockModule, providers: [provider], exports: [Clock] };
  }
}
