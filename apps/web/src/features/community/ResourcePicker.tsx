import { useQuery } from '@apollo/client/react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TextField } from '../../ui/fields';
import { useCheckMessage } from '../../ui/useCheckMessage';
import { MAX_RESOURCES, type ActivityForm } from './activity-form';
import { m, mv } from './messages';
import { RESOURCE_PICKER } from './operations';

/**
 * 関連する社会資源: found in the directory by name or reading (the resources query) and added
 * one by one. The search sits inside the activity's form, so Enter searches instead of saving.
 */
export function ResourcePicker() {
  const intl = useIntl();
  const { control, formState } = useFormContext<ActivityForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'resources', keyName: 'key' });
  const error = useCheckMessage(m);
  const [typed, setTyped] = useState('');
  const [text, setText] = useState('');
  const found = useQuery(RESOURCE_PICKER, { variables: { text }, skip: !text });
  const headingId = useId();
  const linked = new Set(fields.map((field) => field.id));
  const results = (found.data?.resources.edges ?? []).map((edge) => edge.node);
  const search = () => setText(typed.trim());
  const searchOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    search();
  };
  const fieldError = error(formState.errors.resources?.message ?? formState.errors.resources?.root?.message);

  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-2 text-std-17B-170 text-solid-gray-800">{intl.formatMessage(m.resourcesLegend)}</legend>
      {fields.length === 0 ? (
        <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.noLinkedResource)}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {fields.map((resource, index) => (
            <li key={resource.key} className="flex flex-wrap items-center gap-3">
              <span className="text-std-16B-170">{resource.name}</span>
              <Button variant="text" size="sm" onClick={() => remove(index)}>
                {intl.formatMessage(mv.removeResource, { name: resource.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {fieldError && <p className="text-dns-16N-130 text-error-1">＊{fieldError}</p>}
      <div className="grid items-end gap-3 sm:grid-cols-[minmax(0,1fr)_auto]">
        <TextField type="search" label={intl.formatMessage(m.resourceSearch)} hint={intl.formatMessage(m.resourcesHint)} maxLength={100} value={typed} onChange={(event) => setTyped(event.target.value)} onKeyDown={searchOnEnter} />
        <Button variant="outline" onClick={search}>
          {intl.formatMessage(m.resourceSearchSubmit)}
        </Button>
      </div>
      <ErrorNotice error={found.error} />
      {text && found.data && (
        <section aria-labelledby={headingId}>
          <h3 id={headingId} className="mb-2 text-std-16B-170">
            {intl.formatMessage(m.resourceResults)}
          </h3>
          {results.length === 0 ? (
            <p className="text-std-16N-170">{intl.formatMessage(m.noResourceFound)}</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {results.map((resource) => (
                <li key={resource.id} className="flex flex-wrap items-center gap-3">
                  {linked.has(resource.id) ? (
                    <span className="text-std-16N-170">{intl.formatMessage(mv.added, { name: resource.name })}</span>
                  ) : (
                    <Button variant="outline" size="sm" disabled={fields.length >= MAX_RESOURCES} onClick={() => append({ id: resource.id, name: resource.name })}>
                      {intl.formatMessage(mv.addResource, { name: resource.name })}
                    </Button>
                  )}
                  <span className="text-std-16N-170 text-solid-gray-700">{resource.area}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </fieldset>
  );
}
