import type { ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

/**
 * A modal dialog (react-aria: focus is trapped and restored, Escape closes it), styled after
 * the Digital Agency's dialog example.
 */
export function Dialog({ title, isOpen, onOpenChange, children }: { title: string; isOpen: boolean; onOpenChange: (open: boolean) => void; children: ReactNode }) {
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={onOpenChange} isDismissable className="fixed inset-0 z-50 flex items-center justify-center bg-opacity-gray-500 p-4">
      <Modal className="max-h-[90vh] w-full max-w-2xl overflow-auto rounded-12 bg-white p-6 shadow-3">
        <AriaDialog className="outline-none">
          <Heading slot="title" className="mb-4 text-std-24B-150">
            {title}
          </Heading>
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
