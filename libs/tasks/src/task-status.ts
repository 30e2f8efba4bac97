/** Where a task stands, from the assignee's point of view. */
export enum TaskStatus {
  REQUESTED = 'REQUESTED', // 依頼中: not yet taken up
  ACCEPTED = 'ACCEPTED', // 受諾
  IN_PROGRESS = 'IN_PROGRESS', // 対応中
  ON_HOLD = 'ON_HOLD', // 保留
  COMPLETED = 'COMPLETED', // 完了
  REJECTED = 'REJECTED', // 辞退 (the assignee cannot take it)
  CANCELLED = 'CANCELLED', // 取消
}

/** The words the screens use (マイタスク), for files and documents. */
export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, string>> = {
  [TaskStatus.REQUESTED]: '依頼中',
  [TaskStatus.ACCEPTED]: '受諾済み',
  [TaskStatus.IN_PROGRESS]: '対応中',
  [TaskStatus.ON_HOLD]: '保留',
  [TaskStatus.COMPLETED]: '完了',
  [TaskStatus.REJECTED]: '辞退',
  [TaskStatus.CANCELLED]: '取消',
};

const { REQUESTED, ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED, REJECTED, CANCELLED } = TaskStatus;

const TRANSITIONS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  [REQUESTED]: [ACCEPTED, REJECTED, CANCELLED],
  [ACCEPTED]: [IN_PROGRESS, ON_HOLD, COMPLETED, CANCELLED],
  [IN_PROGRESS]: [ON_HOLD, COMPLETED, CANCELLED],
  [ON_HOLD]: [IN_PROGRESS, CANCELLED],
  [COMPLETED]: [],
  [REJECTED]: [],
  [CANCELLED]: [],
};

/** Statuses in which a task is still someone's to do (reminders, reviews, reassignment). */
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = [REQUESTED, ACCEPTED, IN_PROGRESS, ON_HOLD];

export function canTransitionTask(from: TaskStatus, to: TaskStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
