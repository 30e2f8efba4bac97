import { registerEnumType } from '@nestjs/graphql';

/** How soon the person needs support, as the coordinator judges it in the assessment (緊急度). */
export enum AssessmentUrgency {
  /** 低: no pressing need. */
  LOW = 'LOW',
  /** 中 */
  MODERATE = 'MODERATE',
  /** 高: support should start soon. */
  HIGH = 'HIGH',
  /** 緊急: life, safety or housing at immediate risk. */
  CRISIS = 'CRISIS',
}

registerEnumType(AssessmentUrgency, { name: 'AssessmentUrgency', description: 'How soon the person needs support (緊急度: 低 / 中 / 高 / 緊急).' });
