import { useIntl } from 'react-intl';
import { ComboBoxField } from '../../ui/ComboBoxField';
import { m } from './messages';

export interface AgencyOption {
  readonly id: string;
  readonly name: string;
}

/** One of the municipality's agencies, searched by name; a refusal shows under it. */
export function AgencyField({ label, hint, agencies, value, onChange, error }: {
  label: string;
  hint?: string;
  agencies: readonly AgencyOption[];
  value: string;
  onChange: (agencyId: string) => void;
  error?: string | undefined;
}) {
  const intl = useIntl();
  return (
    <div className="flex flex-col gap-2">
      <ComboBoxField
        label={label}
        options={agencies.map((agency) => ({ id: agency.id, label: agency.name }))}
        selectedId={value || null}
        onChange={(id) => onChange(id ?? '')}
        openLabel={intl.formatMessage(m.agencyList)}
      />
      {hint && <p className="text-std-16N-170 text-solid-gray-700">{hint}</p>}
      {error && (
        <p role="alert" className="text-dns-16N-130 text-error-1">
          ＊{error}
        </p>
      )}
    </div>
  );
}
