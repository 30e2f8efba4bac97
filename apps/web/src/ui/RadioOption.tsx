import { forwardRef, type InputHTMLAttributes } from 'react';

/** One labelled radio button of a ChoiceGroup (registered with react-hook-form by the caller). */
export const RadioOption = forwardRef<HTMLInputElement, Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { label: string }>(function RadioOption({ label, ...rest }, ref) {
  return (
    <label className="flex items-center gap-2 text-std-16N-170">
      <input ref={ref} type="radio" className="size-6 shrink-0 accent-blue-900" {...rest} />
      {label}
    </label>
  );
});
