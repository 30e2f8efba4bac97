import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { focusRing } from './classes';

export type ButtonVariant = 'solid-fill' | 'outline' | 'text';
export type ButtonSize = 'lg' | 'md' | 'sm';

// After the Digital Agency's button example: three weights, three sizes, underline on hover.
const variants: Record<ButtonVariant, string> = {
  'solid-fill':
    'border-4 border-double border-transparent bg-blue-900 text-white hover:bg-blue-1000 hover:underline active:bg-blue-1200 disabled:bg-solid-gray-300 disabled:text-solid-gray-50',
  outline:
    'border border-current bg-white text-blue-900 hover:bg-blue-200 hover:text-blue-1000 hover:underline active:bg-blue-300 active:text-blue-1200 disabled:bg-white disabled:text-solid-gray-300',
  text: 'text-blue-900 underline hover:bg-blue-50 hover:text-blue-1000 hover:decoration-[calc(3/16*1rem)] active:bg-blue-100 active:text-blue-1200 disabled:text-solid-gray-300',
};
const sizes: Record<ButtonSize, string> = {
  lg: 'min-w-[calc(136/16*1rem)] min-h-14 rounded-8 px-4 py-3 text-oln-16B-100',
  md: 'min-w-24 min-h-12 rounded-8 px-4 py-2 text-oln-16B-100',
  sm: 'min-w-20 min-h-9 rounded-6 px-3 py-0.5 text-oln-16B-100',
};

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: ButtonVariant;
  readonly size?: ButtonSize;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'solid-fill', size = 'md', className = '', type = 'button', ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      className={`inline-flex items-center justify-center gap-1 underline-offset-[calc(3/16*1rem)] disabled:cursor-not-allowed disabled:no-underline ${focusRing} ${variants[variant]} ${sizes[size]} ${className}`}
      {...rest}
    />
  );
});
