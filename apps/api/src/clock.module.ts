import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '@renkei/kernel';

/** The time source every context injects; tests pass their own to move time instead of sleeping. */
@Global()
@Module({})
export class ClockModule {
  static forRoot(clock: Clock = new SystemClock()): DynamicModule {
    return { module: ClockModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}
