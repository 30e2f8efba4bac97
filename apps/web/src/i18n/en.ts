import { en as admin } from '../features/admin/messages';
import { en as audit } from '../features/audit/messages';
import { en as cases } from '../features/cases/messages';
import { en as conferences } from '../features/conferences/messages';
import { en as disclosure } from '../features/disclosure/messages';
import { en as emergency } from '../features/emergency/messages';
import { en as login } from '../features/login/messages';
import { en as resources } from '../features/resources/messages';
import { en as retention } from '../features/retention/messages';
import { en as hosts } from '../features/participation/hosts/messages';
import { en as community } from '../features/community/messages';
import { en as tasks } from '../features/tasks/messages';
import { en as app } from '../app/messages';
import { en as labels } from '../app/labels';
import { en as caseConsents } from '../features/cases/consents/messages';
import { en as caseSummaries } from '../features/cases/summaries/messages';
import { en as plans } from '../features/plans/messages';
import { en as planEvaluation } from '../features/plans/evaluation/messages';
import { en as planSheet } from '../features/plans/sheet/messages';
import { en as participation } from '../features/participation/messages';
import { en as indicators } from '../features/indicators/messages';
import { en as common } from '../ui/messages';

/** The English catalogue: each feature keeps its own beside its Japanese texts. */
export const englishMessages: Record<string, string> = {
  ...common,
  ...app,
  ...labels,
  ...login,
  ...tasks,
  ...cases,
  ...caseSummaries,
  ...caseConsents,
  ...plans,
  ...conferences,
  ...planEvaluation,
  ...planSheet,
  ...disclosure,
  ...admin,
  ...retention,
  ...audit,
  ...emergency,
  ...resources,
  ...hosts,
  ...community,
  ...participation,
  ...indicators,
};
