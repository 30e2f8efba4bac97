import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '@renkei/kernel';

/** The time source every context injects; tests replace it to move time instead of sleeping. */
@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
export class ClockModule {}
