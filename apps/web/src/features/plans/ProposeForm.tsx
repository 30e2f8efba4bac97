import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { conferenceStatusLabels, label } from '../../app/labels';
import type { PlanProposalConferencesQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { linkText } from '../../ui/classes';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { RadioOption } from '../../ui/RadioOption';
import { m, mv } from './messages';
import { PROPOSAL_CONFERENCES, PROPOSE_PLAN } from './operations';
import { proposalChoices, proposalRange } from './proposal-choices';

type Conference = PlanProposalConferencesQuery['conferences'][number];

/**
 * 会議に提出: the chair puts the plan before their 重層的支援会議 that has the case on its agenda.
 * A meeting of theirs without it is listed with a link to its page, where they add the case.
 */
export function ProposeForm({ planId, caseId, chairId, onProposed }: { planId: string; caseId: string; chairId: string; onProposed: () => void }) {
  const intl = useIntl();
  const { dateTime } = useDateFormat();
  // Fixed when the form opens, so the query keeps one identity while it is shown.
  const [range] = useState(proposalRange);
  const { data, error: loadError, loading: loadingConferences } = useQuery(PROPOSAL_CONFERENCES, { variables: range, fetchPolicy: 'cache-and-network' });
  const [propose, { error, loading }] = useMutation(PROPOSE_PLAN);
  const [chosen, setChosen] = useState('');
  if (!data) return loadingConferences ? <Loading /> : <ErrorNotice error={loadError} />;

  const { onAgenda, others } = proposalChoices(data.conferences, caseId, chairId);
  const name = (conference: Conference) =>
    intl.formatMessage(mv.conferenceOption, { title: conference.title, at: dateTime(conference.scheduledAt), status: label(intl, conferenceStatusLabels, conference.status) });
  const submit = async () => {
    if (!chosen) return;
    const result = await propose({ variables: { id: planId, conferenceId: chosen } }).catch(() => null);
    if (result?.data) onProposed();
  };

  return (
    <div className="flex flex-col gap-4">
      <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.proposeLead)}</p>
      {onAgenda.length === 0 ? (
        <p className="text-std-16N-170">{intl.formatMessage(m.proposeNone)}</p>
      ) : (
        <ChoiceGroup legend={intl.formatMessage(m.proposeConference)} itemsClassName="flex flex-col gap-2">
          {onAgenda.map((conference) => (
            <RadioOption key={conference.id} name="conference" value={conference.id} checked={chosen === conference.id} onChange={() => setChosen(conference.id)} label={name(conference)} />
          ))}
        </ChoiceGroup>
      )}
      {others.length > 0 && (
        <div>
          <h3 className="mb-2 text-std-17B-170">{intl.formatMessage(m.otherConferences)}</h3>
          <ul className="flex flex-col gap-1">
            {others.map((conference) => (
              <li key={conference.id}>
                <Link to="/conferences/$conferenceId" params={{ conferenceId: conference.id }} className={linkText}>
                  {name(conference)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ErrorNotice error={error} />
      {onAgenda.length > 0 && (
        <div>
          <Button disabled={!chosen || loading} onClick={() => void submit()}>
            {intl.formatMessage(m.propose)}
          </Button>
        </div>
      )}
    </div>
  );
}
