import { useQuery } from '@apollo/client/react';
import { Link, useParams } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { hasCode } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { linkText } from '../../ui/classes';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { Fact } from '../plans/PlanView';
import { m } from './messages';
import { REFERRAL_INTRODUCTION } from './operations';

/**
 * 紹介票: the sheet the host receives, with only what the person agreed to share, the host's
 * details and whom to contact. Each opening is an issue the server audits, so it is always asked anew.
 */
export function ReferralIntroductionPage() {
  const intl = useIntl();
  const { referralId = '' } = useParams({ strict: false });
  const { dateTime } = useDateFormat();
  const { data, error, loading } = useQuery(REFERRAL_INTRODUCTION, { variables: { id: referralId }, fetchPolicy: 'network-only' });
  const sheet = data?.referralIntroduction;

  if (!sheet) {
    if (loading) return <Loading />;
    // Not this user's to issue, not yet agreed, or not there: the same answer for all three.
    if (hasCode(error, 'NOT_FOUND') || hasCode(error, 'FORBIDDEN') || hasCode(error, 'BAD_USER_INPUT')) return <IntroductionUnavailable />;
    return <ErrorNotice error={error} />;
  }
  const { resource } = sheet;
  return (
    <>
      <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-4">
        <Link to="/cases" className={linkText}>
          {intl.formatMessage(m.backToCases)}
        </Link>
        <Button onClick={() => window.print()}>{intl.formatMessage(m.print)}</Button>
      </div>
      <PageHeading title={intl.formatMessage(m.introductionTitle)} />
      <p className="mb-6 text-std-16N-170">{intl.formatMessage(m.introductionLead)}</p>
      <dl className="grid gap-6 rounded-8 border border-solid-gray-420 p-6 md:grid-cols-2">
        <Fact term={intl.formatMessage(m.host)}>
          <span className="block text-std-17B-170">{resource.name}</span>
          <span className="block">{resource.organizationName}</span>
          {resource.address && <span className="block">{resource.address}</span>}
          {resource.phone && <span className="block">{resource.phone}</span>}
        </Fact>
        <Fact term={intl.formatMessage(m.agency)}>{sheet.agencyName}</Fact>
        <Fact term={intl.formatMessage(m.contact)}>{sheet.referredByName}</Fact>
        <Fact term={intl.formatMessage(m.issuedAt)}>{dateTime(sheet.issuedAt)}</Fact>
      </dl>
      <section aria-labelledby="introduction-shared" className="mt-6 rounded-8 border border-solid-gray-420 p-6">
        <h2 id="introduction-shared" className="mb-2 text-std-20B-150">
          {intl.formatMessage(m.sharedWithHost)}
        </h2>
        <p className="whitespace-pre-wrap text-std-16N-170">{sheet.sharedWithHost || intl.formatMessage(m.nothingShared)}</p>
      </section>
    </>
  );
}

function IntroductionUnavailable() {
  const intl = useIntl();
  return (
    <>
      <PageHeading title={intl.formatMessage(m.introductionNotFound)} />
      <p className="mb-4 text-std-16N-170">{intl.formatMessage(m.introductionNotFoundBody)}</p>
      <Link to="/cases" className={linkText}>
        {intl.formatMessage(m.backToCases)}
      </Link>
    </>
  );
}
