import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { Loading } from '../../ui/Loading';
import { RadioOption } from '../../ui/RadioOption';
import { m as ui } from '../../ui/messages';
import { SharedWithHostField } from './SharedWithHostField';
import { useCheckMessage } from '../../ui/useCheckMessage';
import { FollowUpFields } from './FollowUpFields';
import { m, mv } from './messages';
import { CASE_REFERRALS, REFER_TO_RESOURCE, REFERRAL_PLAN_ROLES, REFERRAL_RESOURCE_SEARCH } from './operations';
import { checkRefer, referInput, type FormErrors, type ReferForm } from './referral-form';

const EMPTY: ReferForm = { resourceId: null, note: '', sharedWithHost: '', planRoleId: '', followUpOn: '', hostFollowUpOn: '' };

/**
 * 社会資源につなぐ: find a resource in the directory, say what the host may know, plan the
 * follow-ups. The server decides who may refer; a refusal (FORBIDDEN) is said in the dialog.
 */
export function ReferDialog({ caseId, onClose, onReferred }: { caseId: string; onClose: () => void; onReferred: (message: string) => void }) {
  const intl = useIntl();
  const text = useCheckMessage(m);
  const [form, setForm] = useState<ReferForm>(EMPTY);
  const [chosenName, setChosenName] = useState('');
  const [errors, setErrors] = useState<FormErrors<ReferForm>>({});
  const [refer, { error, loading }] = useMutation(REFER_TO_RESOURCE, { refetchQueries: [{ query: CASE_REFERRALS, variables: { id: caseId } }], awaitRefetchQueries: true });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkRefer(form);
    setErrors(found);
    if (Object.keys(found).length > 0 || !form.resourceId) return;
    const { data } = await refer({ variables: { input: referInput(caseId, { ...form, resourceId: form.resourceId }) } }).catch(() => ({ data: undefined }));
    if (data) onReferred(intl.formatMessage(mv.referred, { resource: data.referToResource.resource?.name ?? chosenName }));
  };

  return (
    <Dialog title={intl.formatMessage(m.referTitle)} isOpen onOpenChange={(open) => !open && onClose()}>
      <div className="flex flex-col gap-6">
        <p className="text-std-16N-170">{intl.formatMessage(m.referLead)}</p>
        <ResourcePicker
          chosenId={form.resourceId}
          error={text(errors.resourceId)}
          onChoose={(id, name) => {
            setForm({ ...form, resourceId: id });
            setChosenName(name);
          }}
        />
        <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-6" noValidate>
          <PlanRoleField caseId={caseId} value={form.planRoleId} onChange={(planRoleId) => setForm({ ...form, planRoleId })} />
          <TextArea label={intl.formatMessage(m.note)} rows={3} maxLength={2000} value={form.note} error={text(errors.note)} onChange={(event) => setForm({ ...form, note: event.target.value })} />
          <SharedWithHostField value={form.sharedWithHost} error={text(errors.sharedWithHost)} onChange={(sharedWithHost) => setForm({ ...form, sharedWithHost })} />
          <FollowUpFields days={form} errors={errors} onChange={(days) => setForm({ ...form, ...days })} />
          <ErrorNotice error={error} />
          <div className="flex flex-wrap justify-end gap-3">
            <Button variant="text" onClick={onClose}>
              {intl.formatMessage(ui.cancel)}
            </Button>
            <Button type="submit" disabled={loading}>
              {intl.formatMessage(loading ? m.submitting : m.referSubmit)}
            </Button>
          </div>
        </form>
      </div>
    </Dialog>
  );
}

/** The directory's text search (hiragana and katakana alike), and the results to choose one from. */
function ResourcePicker({ chosenId, error, onChoose }: { chosenId: string | null; error: string | undefined; onChoose: (id: string, name: string) => void }) {
  const intl = useIntl();
  const [typed, setTyped] = useState('');
  const [searched, setSearched] = useState('');
  const { data, loading, error: searchError } = useQuery(REFERRAL_RESOURCE_SEARCH, { variables: { text: searched }, skip: !searched });
  const results = data?.resources.edges.map((edge) => edge.node) ?? [];
  const search = () => setSearched(typed.trim());

  return (
    <div className="flex flex-col gap-4">
      <div role="search" aria-label={intl.formatMessage(m.search)} className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-64">
          <TextField
            label={intl.formatMessage(m.search)}
            hint={intl.formatMessage(m.searchHint)}
            type="search"
            maxLength={100}
            value={typed}
            error={searched ? undefined : error}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => {
              // Enter searches here rather than sending the referral.
              if (event.key === 'Enter') {
                event.preventDefault();
                search();
              }
            }}
          />
        </div>
        <Button variant="outline" onClick={search}>
          {intl.formatMessage(m.searchSubmit)}
        </Button>
      </div>
      <ErrorNotice error={searchError} />
      {loading && <Loading />}
      {searched && data && results.length === 0 && <p className="text-std-16N-170">{intl.formatMessage(m.noResults)}</p>}
      {results.length > 0 && (
        <ChoiceGroup legend={intl.formatMessage(m.results)} error={error} itemsClassName="flex flex-col gap-2">
          {results.map((resource) => (
            <RadioOption
              key={resource.id}
              name="referral-resource"
              label={intl.formatMessage(mv.resourceOption, { name: resource.name, organization: resource.organizationName, area: resource.area })}
              checked={chosenId === resource.id}
              onChange={() => onChoose(resource.id, resource.name)}
            />
          ))}
        </ChoiceGroup>
      )}
    </div>
  );
}

/** A role (役割分担) of the plan in force, when there is one with roles; the referral is then planned from it. */
function PlanRoleField({ caseId, value, onChange }: { caseId: string; value: string; onChange: (planRoleId: string) => void }) {
  const intl = useIntl();
  const { data } = useQuery(REFERRAL_PLAN_ROLES, { variables: { id: caseId } });
  const roles = data?.case?.plan?.goals.flatMap((goal) => goal.roles) ?? [];
  if (roles.length === 0) return null;
  const options = [
    { value: '', label: intl.formatMessage(m.noPlanRole) },
    ...roles.map((role) => ({ value: role.id, label: intl.formatMessage(mv.roleOption, { agency: role.agency.name, action: role.action.text ?? intl.formatMessage(m.withheldAction) }) })),
  ];
  return <SelectField label={intl.formatMessage(m.planRole)} options={options} value={value} onChange={(event) => onChange(event.target.value)} />;
}
