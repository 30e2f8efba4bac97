import { useIntl, type MessageDescriptor } from 'react-intl';

/**
 * A field's check message by its key (a form's schema gives keys, the feature's messages the
 * sentences); a key that names no message is a server refusal with its sentence already.
 */
export function useCheckMessage(messages: Readonly<Record<string, MessageDescriptor>>): (key: string | undefined) => string | undefined {
  const intl = useIntl();
  return (key) => {
    if (!key) return undefined;
    const descriptor = Object.hasOwn(messages, key) ? messages[key] : undefined;
    return descriptor ? intl.formatMessage(descriptor) : key;
  };
}
