import { forwardRef, useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useIntl } from 'react-intl';
import { inputBase } from './classes';
import { m } from './messages';

interface FieldFrame {
  readonly label: ReactNode;
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
  readonly required?: boolean;
}

/** Label, hint and error around a control, wired by ids so screen readers read all three. */
function Frame({ id, label, error, hint, required, children }: FieldFrame & { id: string; children: ReactNode }) {
  const intl = useIntl();
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="flex items-center gap-2 text-std-17B-170 text-solid-gray-800">
        {label}
        {required && <span className="text-oln-16N-100 text-error-1">{intl.formatMessage(m.required)}</span>}
      </label>
      {hint && <p id={`${id}-hint`} className="text-std-16N-170 text-solid-gray-700">{hint}</p>}
      {children}
      {error && (
        <p id={`${id}-error`} className="text-dns-16N-130 text-error-1">
          ＊{error}
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, { error, hint }: FieldFrame): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

type InputProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

export const TextField = forwardRef<HTMLInputElement, InputProps>(function TextField({ label, error, hint, required, className = '', ...rest }, ref) {
  const id = useId();
  return (
    <Frame id={id} label={label} error={error} hint={hint} required={required}>
      <input ref={ref} id={id} aria-invalid={error ? true : undefined} aria-required={required || undefined} aria-describedby={describedBy(id, { label, error, hint })} className={`${inputBase} ${className}`} {...rest} />
    </Frame>
  );
});

type TextAreaProps = FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea({ label, error, hint, required, className = '', rows = 4, ...rest }, ref) {
  const id = useId();
  return (
    <Frame id={id} label={label} error={error} hint={hint} required={required}>
      <textarea ref={ref} id={id} rows={rows} aria-invalid={error ? true : undefined} aria-required={required || undefined} aria-describedby={describedBy(id, { label, error, hint })} className={`${inputBase} ${className}`} {...rest} />
    </Frame>
  );
});

type SelectProps = FieldFrame & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { readonly options: ReadonlyArray<{ value: string; label: string }> };

export const SelectField = forwardRef<HTMLSelectElement, SelectProps>(function SelectField({ label, error, hint, required, options, className = '', ...rest }, ref) {
  const id = useId();
  return (
    <Frame id={id} label={label} error={error} hint={hint} required={required}>
      <select ref={ref} id={id} aria-invalid={error ? true : undefined} aria-required={required || undefined} aria-describedby={describedBy(id, { label, error, hint })} className={`${inputBase} ${className}`} {...rest}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
});

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id'> & { readonly label: ReactNode };

export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox({ label, className = '', ...rest }, ref) {
  const id = useId();
  return (
    <div className={`flex items-center gap-2 ${className}`}>
      <input ref={ref} id={id} type="checkbox" className="size-6 shrink-0 accent-blue-900 focus-visible:outline focus-visible:outline-4 focus-visible:outline-black focus-visible:ring-2 focus-visible:ring-yellow-300" {...rest} />
      <label htmlFor={id} className="text-std-16N-170">{label}</label>
    </div>
  );
});
