// Table styling shared by every list, after the Digital Agency's table example.
export const table = {
  frame: 'w-full overflow-x-auto',
  table: 'w-full border-collapse text-left text-std-16N-170',
  head: 'border-b-2 border-solid-gray-800 bg-solid-gray-50 text-std-16B-170',
  headCell: 'px-3 py-2 align-bottom',
  row: 'border-b border-solid-gray-420',
  cell: 'px-3 py-2 align-top',
} as const;
