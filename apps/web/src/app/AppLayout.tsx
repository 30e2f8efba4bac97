import { Link, Navigate, Outlet } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { setLocale, useLocale } from '../i18n/locale';
import { session, useSession } from '../session/session-store';
import { Button } from '../ui/Button';
import { focusRing } from '../ui/classes';
import { ErrorNotice } from '../ui/ErrorNotice';
import { EmergencyBanner } from '../features/emergency/EmergencyBanner';
import { hasRole, useMe } from './me';
import { m } from './messages';

const navLink = `inline-flex min-h-12 items-center border-b-4 border-transparent px-3 text-std-16B-170 text-solid-gray-800 hover:border-solid-gray-420 hover:text-blue-1000 ${focusRing}`;
const navActive = { className: 'border-blue-900! text-blue-1000', 'aria-current': 'page' as const };

/** The frame of every signed-in page: who is signed in where, the menu, and sign-out. */
export function AppLayout() {
  const intl = useIntl();
  const locale = useLocale();
  const { token } = useSession();
  const { data, error } = useMe();
  if (!token) return <Navigate to="/login" />;
  const me = data?.me;
  const works = hasRole(me, 'CASEWORKER', 'COORDINATOR');
  return (
    <div className="min-h-screen">
      <a href="#main" className={`sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 ${focusRing}`}>
        {intl.formatMessage(m.skipToContent)}
      </a>
      <header className="app-header border-b border-solid-gray-420 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3 md:px-6">
          <div className="flex items-baseline gap-3">
            <Link to="/" className={`text-std-24B-150 text-blue-1000 ${focusRing}`}>
              {intl.formatMessage(m.appName)}
            </Link>
            {data && <span className="text-std-16N-170 text-solid-gray-700">{data.municipality.name}</span>}
          </div>
          <div className="flex flex-wrap items-center gap-3">
            {me && (
              <p className="text-right text-dns-16N-130" aria-label={intl.formatMessage(m.userInfo)}>
                <span className="block text-dns-16B-130">{me.displayName}</span>
                <span className="block text-solid-gray-700">{me.agency.name}</span>
              </p>
            )}
            <Button variant="text" size="sm" lang={locale === 'ja' ? 'en' : 'ja'} aria-label={intl.formatMessage(m.languageLabel)} onClick={() => setLocale(locale === 'ja' ? 'en' : 'ja')}>
              {intl.formatMessage(m.language)}
            </Button>
            <Button variant="outline" size="sm" onClick={() => session.end('signedOut')}>
              {intl.formatMessage(m.signOut)}
            </Button>
          </div>
        </div>
        <nav aria-label={intl.formatMessage(m.mainNav)} className="mx-auto max-w-7xl px-4 md:px-6">
          <ul className="flex flex-wrap gap-1">
            {works && (
              <>
                <li><Link to="/" className={navLink} activeProps={navActive} activeOptions={{ exact: true }}>{intl.formatMessage(m.navTasks)}</Link></li>
                <li><Link to="/cases" className={navLink} activeProps={navActive}>{intl.formatMessage(m.navCases)}</Link></li>
                <li><Link to="/conferences" className={navLink} activeProps={navActive}>{intl.formatMessage(m.navConferences)}</Link></li>
              </>
            )}
            {me && <li><Link to="/resources" className={navLink} activeProps={navActive}>{intl.formatMessage(m.navResources)}</Link></li>}
            {me && <li><Link to="/community-activities" className={navLink} activeProps={navActive}>{intl.formatMessage(m.navCommunity)}</Link></li>}
            {hasRole(me, 'ADMIN') && <li><Link to="/admin" className={navLink} activeProps={navActive}>{intl.formatMessage(m.navAdmin)}</Link></li>}
            {hasRole(me, 'ADMIN') && <li><Link to="/retention" className={navLink} activeProps={navActive}>{intl.formatMessage(m.navRetention)}</Link></li>}
            {hasRole(me, 'AUDITOR', 'ADMIN') && <li><Link to="/audit" className={navLink} activeProps={navActive}>{intl.formatMessage(m.navAudit)}</Link></li>}
            {hasRole(me, 'AUDITOR', 'COORDINATOR') && <li><Link to="/emergency-accesses" className={navLink} activeProps={navActive}>{intl.formatMessage(m.navEmergency)}</Link></li>}
            {hasRole(me, 'COORDINATOR', 'ADMIN') && <li><Link to="/indicators" className={navLink} activeProps={navActive}>{intl.formatMessage(m.navIndicators)}</Link></li>}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none md:px-6">
        <ErrorNotice error={error} />
        <EmergencyBanner />
        <Outlet />
      </main>
    </div>
  );
}
