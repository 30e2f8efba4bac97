import type { Key } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { inputBase } from './classes';

export interface ComboBoxOption {
  readonly id: string;
  readonly label: string;
}

/**
 * A searchable choice from a long list (e.g. a municipality's agencies): type part of a name
 * and pick it, by mouse or keyboard (react-aria's combobox: arrow keys, Enter, Escape).
 */
export function ComboBoxField({
  label,
  options,
  selectedId,
  onChange,
  openLabel,
}: {
  label: string;
  options: readonly ComboBoxOption[];
  selectedId: string | null;
  onChange: (id: string | null) => void;
  /** The name of the button that opens the whole list. */
  openLabel: string;
}) {
  return (
    <ComboBox
      className="flex flex-col gap-2"
      defaultItems={options}
      selectedKey={selectedId}
      onSelectionChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      menuTrigger="focus"
    >
      <Label className="text-std-17B-170 text-solid-gray-800">{label}</Label>
      <div className="relative">
        <Input className={`${inputBase} pr-12`} />
        <Button aria-label={openLabel} className="absolute inset-y-0 right-0 flex w-12 items-center justify-center rounded-r-8 text-solid-gray-800 hover:bg-solid-gray-50 focus-visible:outline focus-visible:outline-4 focus-visible:outline-black">
          <span aria-hidden="true">▼</span>
        </Button>
      </div>
      <Popover className="w-(--trigger-width) overflow-auto rounded-8 border border-solid-gray-600 bg-white shadow-2">
        <ListBox className="max-h-72 py-1 outline-none">
          {(option: ComboBoxOption) => (
            <ListBoxItem
              id={option.id}
              textValue={option.label}
              className="cursor-pointer px-4 py-2 text-std-16N-170 outline-none data-[focused]:bg-blue-100 data-[selected]:font-bold data-[focus-visible]:outline data-[focus-visible]:outline-2 data-[focus-visible]:outline-black"
            >
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
