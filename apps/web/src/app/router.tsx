import { createRootRoute, createRoute, createRouter, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import { LoginPage } from '../features/login/LoginPage';
import { validateActivitiesSearch } from '../features/community/search-params';
import { validateResourcesSearch } from '../features/resources/search-params';
import { validateIndicatorsSearch } from '../features/indicators/period';
import { validateRecordsSearch } from '../features/indicators/records-search';
import { session } from '../session/session-store';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

const rootRoute = createRootRoute({ component: Outlet, notFoundComponent: NotFoundPage });

export const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: '/login', component: LoginPage });

// Every other page needs a session; without one (or when it ends) the login page says why.
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  component: AppLayout,
  beforeLoad: () => {
    if (!session.snapshot.token) throw redirect({ to: '/login' });
  },
});

export const tasksRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/tasks/TasksPage'), 'TasksPage'),
});

export interface CasesSearch {
  readonly status?: string;
  readonly q?: string;
}

export const casesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/cases',
  validateSearch: (search: Record<string, unknown>): CasesSearch => ({
    ...(typeof search['status'] === 'string' ? { status: search['status'] } : {}),
    ...(typeof search['q'] === 'string' ? { q: search['q'] } : {}),
  }),
  component: lazyRouteComponent(() => import('../features/cases/CasesPage'), 'CasesPage'),
});

export const caseRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/cases/$caseId',
  component: lazyRouteComponent(() => import('../features/cases/CasePage'), 'CasePage'),
});

export const assessmentRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/cases/$caseId/assessment',
  component: lazyRouteComponent(() => import('../features/plans/AssessmentPage'), 'AssessmentPage'),
});

export const newPlanRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/cases/$caseId/plans/new',
  component: lazyRouteComponent(() => import('../features/plans/PlanPages'), 'NewPlanPage'),
});

export const planRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/cases/$caseId/plans/$planId',
  component: lazyRouteComponent(() => import('../features/plans/PlanPages'), 'PlanPage'),
});

export const planEvaluationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/cases/$caseId/plans/$planId/evaluate',
  component: lazyRouteComponent(() => import('../features/plans/evaluation/EvaluatePlanPage'), 'EvaluatePlanPage'),
});

export const planSheetRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/cases/$caseId/plans/$planId/sheet',
  component: lazyRouteComponent(() => import('../features/plans/sheet/PlanSheetPage'), 'PlanSheetPage'),
});

export const conferencesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/conferences',
  component: lazyRouteComponent(() => import('../features/conferences/ConferencesPage'), 'ConferencesPage'),
});

export const conferenceRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/conferences/$conferenceId',
  component: lazyRouteComponent(() => import('../features/conferences/ConferenceRoomPage'), 'ConferenceRoomPage'),
});

export const conferenceRecordRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/conferences/$conferenceId/record',
  component: lazyRouteComponent(() => import('../features/conferences/ConferenceRecordPage'), 'ConferenceRecordPage'),
});

export const adminRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/admin',
  component: lazyRouteComponent(() => import('../features/admin/AdminPage'), 'AdminPage'),
});

export const retentionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/retention',
  component: lazyRouteComponent(() => import('../features/retention/RetentionPage'), 'RetentionPage'),
});

export const auditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/audit',
  component: lazyRouteComponent(() => import('../features/audit/AuditPage'), 'AuditPage'),
});

export const emergencyAccessesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/emergency-accesses',
  component: lazyRouteComponent(() => import('../features/emergency/EmergencyAccessesPage'), 'EmergencyAccessesPage'),
});

export const disclosureRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/cases/$caseId/disclosure',
  component: lazyRouteComponent(() => import('../features/disclosure/DisclosurePage'), 'DisclosurePage'),
});

// 社会資源 (issue 15): the directory every signed-in user searches; ADMIN and COORDINATOR maintain it.
export const resourcesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/resources',
  validateSearch: validateResourcesSearch,
  component: lazyRouteComponent(() => import('../features/resources/ResourcesPage'), 'ResourcesPage'),
});

export const newResourceRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/resources/new',
  component: lazyRouteComponent(() => import('../features/resources/ResourceEditorPages'), 'NewResourcePage'),
});

export const resourceImportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/resources/import',
  component: lazyRouteComponent(() => import('../features/resources/ResourceImportPage'), 'ResourceImportPage'),
});

// 地域づくり (issue 15): the activity log every user reads, its period in the address; coordinators record.
export const communityActivitiesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/community-activities',
  validateSearch: validateActivitiesSearch,
  component: lazyRouteComponent(() => import('../features/community/CommunityActivitiesPage'), 'CommunityActivitiesPage'),
});

export const newCommunityActivityRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/community-activities/new',
  component: lazyRouteComponent(() => import('../features/community/ActivityEditorPages'), 'NewActivityPage'),
});

export const editCommunityActivityRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/community-activities/$activityId/edit',
  component: lazyRouteComponent(() => import('../features/community/ActivityEditorPages'), 'EditActivityPage'),
});

// 受入先への支援 (参加支援): the hosts still needing support, for coordinators and caseworkers.
export const hostsNeedingSupportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/resources/hosts',
  component: lazyRouteComponent(() => import('../features/participation/hosts/HostsNeedingSupportPage'), 'HostsNeedingSupportPage'),
});

export const resourceRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/resources/$resourceId',
  component: lazyRouteComponent(() => import('../features/resources/ResourcePage'), 'ResourcePage'),
});

export const editResourceRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/resources/$resourceId/edit',
  component: lazyRouteComponent(() => import('../features/resources/ResourceEditorPages'), 'EditResourcePage'),
});

// 紹介票 (issue 15, 参加支援): the printable introduction of a referral for its host.
export const referralIntroductionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/referrals/$referralId/introduction',
  component: lazyRouteComponent(() => import('../features/participation/ReferralIntroductionPage'), 'ReferralIntroductionPage'),
});

// 指標 (issue 17): the figures of the period for coordinators and administrators, and the records behind one.
export const indicatorsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/indicators',
  validateSearch: validateIndicatorsSearch,
  component: lazyRouteComponent(() => import('../features/indicators/IndicatorsPage'), 'IndicatorsPage'),
});

export const indicatorRecordsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/indicators/records',
  validateSearch: validateRecordsSearch,
  component: lazyRouteComponent(() => import('../features/indicators/IndicatorRecordsPage'), 'IndicatorRecordsPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  signedInRoute.addChildren([tasksRoute, casesRoute, caseRoute, assessmentRoute, newPlanRoute, planRoute, planEvaluationRoute, planSheetRoute, disclosureRoute, conferencesRoute, conferenceRoute, conferenceRecordRoute, adminRoute, retentionRoute, auditRoute, emergencyAccessesRoute, resourcesRoute, newResourceRoute, resourceImportRoute, hostsNeedingSupportRoute, resourceRoute, editResourceRoute, communityActivitiesRoute, newCommunityActivityRoute, editCommunityActivityRoute, referralIntroductionRoute, indicatorsRoute, indicatorRecordsRoute]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
