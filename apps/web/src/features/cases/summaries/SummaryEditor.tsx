import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { dataCategoryLabels, label } from '../../../app/labels';
import type { DataCategory } from '../../../gql/enums';
import { Button } from '../../../ui/Button';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { SelectField, TextArea } from '../../../ui/fields';
import { m as ui } from '../../../ui/messages';
import { m, mv } from './messages';
import { CASE_SUMMARIES, UPSERT_CASE_SUMMARY } from './queries';

// The server's limit on one section (libs/summaries MAX_SECTION_LENGTH).
const MAX_BODY = 20_000;

const schema = z.object({
  sections: z
    .array(z.object({ category: z.string(), body: z.string().trim().min(1, 'bodyRequired').max(MAX_BODY, 'bodyTooLong') }))
    .min(1, 'sectionsRequired'),
});
type Draft = z.infer<typeof schema>;
type ErrorKey = 'bodyRequired' | 'bodyTooLong' | 'sectionsRequired';

/**
 * The caller's own agency's summary, edited whole: upsertCaseSummary replaces the current
 * version with a new one (earlier ones are kept).
 */
export function SummaryEditor({ caseId, agencyName, initial, onDone }: {
  caseId: string;
  agencyName: string;
  initial: { category: DataCategory; body: string }[];
  onDone: (savedVersion: number | null) => void;
}) {
  const intl = useIntl();
  const [save, { error, loading }] = useMutation(UPSERT_CASE_SUMMARY, { refetchQueries: [{ query: CASE_SUMMARIES, variables: { id: caseId } }], awaitRefetchQueries: true });
  const { register, control, handleSubmit, formState } = useForm<Draft>({ resolver: zodResolver(schema), defaultValues: { sections: initial } });
  const { fields, append, remove } = useFieldArray({ control, name: 'sections' });
  const unused = (Object.keys(dataCategoryLabels) as DataCategory[]).filter((category) => !fields.some((f) => f.category === category));
  const [toAdd, setToAdd] = useState<string>('');
  const selected = unused.find((category) => category === toAdd) ?? unused[0];
  const message = (key: string | undefined) => (key ? intl.formatMessage(m[key as ErrorKey]) : undefined);

  const submit = handleSubmit(async ({ sections }) => {
    const result = await save({ variables: { caseId, sections: sections.map((s) => ({ category: s.category as DataCategory, body: s.body })) } }).catch(() => null);
    if (result?.data) onDone(result.data.upsertCaseSummary.version);
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-4 rounded-8 border-2 border-blue-900 p-4">
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-std-20B-150">{intl.formatMessage(mv.editorTitle, { agency: agencyName })}</legend>
        <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.editorHint)}</p>
        {fields.map((field, index) => {
          const category = label(intl, dataCategoryLabels, field.category as DataCategory);
          return (
            <div key={field.id} className="flex flex-col gap-2">
              <TextArea label={category} required rows={5} error={message(formState.errors.sections?.[index]?.body?.message)} {...register(`sections.${index}.body`)} />
              <div>
                <Button variant="text" size="sm" onClick={() => remove(index)}>
                  {intl.formatMessage(mv.removeSection, { category })}
                </Button>
              </div>
            </div>
          );
        })}
        {selected && (
          <div className="flex flex-wrap items-end gap-3">
            <div className="min-w-60">
              <SelectField
                label={intl.formatMessage(m.addCategory)}
                value={selected}
                onChange={(event) => setToAdd(event.target.value)}
                options={unused.map((category) => ({ value: category, label: label(intl, dataCategoryLabels, category) }))}
              />
            </div>
            <Button
              variant="outline"
              onClick={() => {
                append({ category: selected, body: '' });
                setToAdd('');
              }}
            >
              {intl.formatMessage(m.addSection)}
            </Button>
          </div>
        )}
        {formState.errors.sections?.root?.message || formState.errors.sections?.message ? (
          <p role="alert" className="text-dns-16N-130 text-error-1">＊{message(formState.errors.sections.root?.message ?? formState.errors.sections.message)}</p>
        ) : null}
      </fieldset>
      <ErrorNotice error={error} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={loading}>
          {intl.formatMessage(m.save)}
        </Button>
        <Button variant="outline" onClick={() => onDone(null)}>
          {intl.formatMessage(ui.cancel)}
        </Button>
      </div>
    </form>
  );
}
