import { createRootRoute, createRoute, createRouter, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import { LoginPage } from '../features/login/LoginPage';
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

export const auditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/audit',
  component: lazyRouteComponent(() => import('../features/audit/AuditPage'), 'AuditPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  signedInRoute.addChildren([tasksRoute, casesRoute, caseRoute, assessmentRoute, newPlanRoute, planRoute, planEvaluationRoute, planSheetRoute, conferencesRoute, conferenceRoute, conferenceRecordRoute, adminRoute, auditRoute]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
