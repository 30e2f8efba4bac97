import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@renkei/agencies';
import { AuditModule } from '@renkei/audit';
import { CasesModule } from '@renkei/cases';
import { IdentityModule } from '@renkei/identity';
import { TaskEventEntity } from './task-event.entity.js';
import { TaskEventStream } from './task-event-stream.js';
import { TaskEventsOutbox } from './task-events.outbox.js';
import { TaskFieldsResolver, TaskSnapshotFieldsResolver } from './task-fields.resolver.js';
import { TaskReminders } from './task-reminders.js';
import { TaskCommentEntity, TaskEntity } from './task.entity.js';
import { TasksResolver } from './tasks.resolver.js';
import { TasksService } from './tasks.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity, TaskCommentEntity, TaskEventEntity]), AgenciesModule, AuditModule, CasesModule, IdentityModule],
  providers: [TasksService, TaskEventsOutbox, TaskEventStream, TaskReminders, TasksResolver, TaskFieldsResolver, TaskSnapshotFieldsResolver],
  exports: [TasksService, TaskReminders],
})
export class TasksModule {}
