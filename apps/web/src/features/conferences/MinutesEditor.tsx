import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { hasCode } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TextArea } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { m } from './messages';
import { addedSince } from './minutes';
import { ADD_MINUTES, CONFERENCE } from './operations';

interface Seen {
  readonly version: number;
  readonly minutes: string;
}

/**
 * Adds a paragraph to one agenda case's minutes. The version is the one the writer saw when
 * they began to write: if someone added meanwhile, the server refuses (CONFLICT) and the
 * editor shows their text beside the writer's own, kept, to merge and add again.
 */
export function MinutesEditor({ conferenceId, caseId, version, minutes }: { conferenceId: string; caseId: string; version: number; minutes: string }) {
  const intl = useIntl();
  const apollo = useApolloClient();
  const theirsId = useId();
  const [draft, setDraft] = useState('');
  const [seen, setSeen] = useState<Seen | null>(null);
  const [theirs, setTheirs] = useState<string | null>(null);
  const [empty, setEmpty] = useState(false);
  const [saved, setSaved] = useState(false);
  const [add, { loading, error, reset }] = useMutation(ADD_MINUTES);

  const change = (text: string) => {
    // The minutes as they were when the writer began: what this paragraph answers to.
    if (!seen) setSeen({ version, minutes });
    setDraft(text);
    setEmpty(false);
    setSaved(false);
  };

  const save = async () => {
    if (!draft.trim()) return setEmpty(true);
    const base = seen ?? { version, minutes };
    try {
      await add({ variables: { conferenceId, caseId, text: draft.trim(), expectedVersion: base.version } });
      setDraft('');
      setSeen(null);
      setTheirs(null);
      setSaved(true);
    } catch (failure) {
      if (!hasCode(failure, 'CONFLICT')) return;
      const { data } = await apollo.query({ query: CONFERENCE, variables: { id: conferenceId }, fetchPolicy: 'network-only' });
      const fresh = data?.conference?.agenda.find((item) => item.caseId === caseId);
      if (!fresh) return;
      setTheirs(addedSince(base.minutes, fresh.minutes ?? ''));
      setSeen({ version: fresh.minutesVersion, minutes: fresh.minutes ?? '' });
      reset();
    }
  };

  return (
    <div className="flex flex-col gap-3">
      {theirs !== null && (
        <Notice tone="warning" title={intl.formatMessage(m.conflictTitle)}>
          <p>{intl.formatMessage(m.conflictHelp)}</p>
        </Notice>
      )}
      <div className={theirs !== null ? 'grid gap-4 md:grid-cols-2' : ''}>
        {theirs !== null && (
          <div className="flex flex-col gap-2">
            <h4 id={theirsId} className="text-std-17B-170 text-solid-gray-800">
              {intl.formatMessage(m.theirText)}
            </h4>
            <blockquote aria-labelledby={theirsId} className="whitespace-pre-wrap rounded-8 border border-solid-gray-420 bg-solid-gray-50 px-4 py-3 text-std-16N-170">
              {theirs}
            </blockquote>
          </div>
        )}
        <TextArea label={intl.formatMessage(m.addMinutes)} rows={4} value={draft} onChange={(event) => change(event.target.value)} error={empty ? intl.formatMessage(m.minutesEmpty) : undefined} />
      </div>
      <ErrorNotice error={error} />
      {saved && <Notice tone="success">{intl.formatMessage(m.minutesSaved)}</Notice>}
      <div>
        <Button disabled={loading} onClick={() => void save()}>
          {intl.formatMessage(theirs !== null ? m.mergeSave : m.saveMinutes)}
        </Button>
      </div>
    </div>
  );
}
