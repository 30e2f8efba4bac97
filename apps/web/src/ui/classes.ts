// The Digital Agency design system's focus indicator: a black outline over a yellow ring,
// visible on any background (WCAG 2.4.7, 2.4.11).
export const focusRing =
  'focus-visible:outline focus-visible:outline-4 focus-visible:outline-black focus-visible:outline-offset-[calc(2/16*1rem)] focus-visible:ring-[calc(2/16*1rem)] focus-visible:ring-yellow-300';

export const inputBase =
  'w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-[calc(11/16*1rem)] text-std-16N-170 text-solid-gray-800 hover:border-black aria-[invalid=true]:border-error-1 disabled:border-solid-gray-300 disabled:bg-solid-gray-50 disabled:text-solid-gray-420 ' +
  'focus:outline focus:outline-4 focus:outline-black focus:outline-offset-[calc(2/16*1rem)] focus:ring-[calc(2/16*1rem)] focus:ring-yellow-300';

export const linkText = `text-blue-1000 underline underline-offset-[calc(3/16*1rem)] hover:text-blue-1100 hover:decoration-[calc(3/16*1rem)] active:text-orange-700 ${focusRing} focus-visible:bg-yellow-300`;
