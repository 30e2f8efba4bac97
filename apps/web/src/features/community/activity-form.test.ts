import { describe, expect, it } from 'vitest';
import { activityFormSchema, emptyActivityForm, fieldOfViolation, fromActivity, toActivityInput, type ActivityForm, type ActivityFormError } from './activity-form';
import { m } from './messages';

const filled: ActivityForm = {
  ...emptyActivityForm('2026-11-20'),
  place: ' 東地区公民館 ',
  kind: 'EXCHANGE',
  participantCount: ' 24 ',
  bodies: [{ name: '東町自治会' }, { name: ' 社会福祉協議会 ' }],
  resources: [{ id: 'r1', name: 'さくらの居場所' }],
  note: ' 初めての方が3人 ',
};

const errorsOf = (form: ActivityForm) => {
  const result = activityFormSchema.safeParse(form);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('the 活動を記録する form', () => {
  it('maps a checked form to the API input: trimmed, a number of participants, resource ids', () => {
    expect(errorsOf(filled)).toEqual({});
    expect(toActivityInput(filled)).toEqual({
      heldOn: '2026-11-20',
      place: '東地区公民館',
      kind: 'EXCHANGE',
      participantCount: 24,
      bodies: ['東町自治会', '社会福祉協議会'],
      resourceIds: ['r1'],
      note: '初めての方が3人',
    });
  });

  it('takes the number of participants as a whole number from 0 to 100000', () => {
    expect(errorsOf({ ...filled, participantCount: '0' })).toEqual({});
    for (const count of ['', '-1', '2.5', '100001', '二十']) expect(errorsOf({ ...filled, participantCount: count })).toEqual({ participantCount: 'errCount' });
  });

  it('refuses a missing place and kind, a future day, an empty body and the same body twice', () => {
    expect(errorsOf({ ...filled, place: ' ', kind: '', heldOn: '2999-01-01', bodies: [{ name: '東町自治会' }, { name: '' }, { name: '東町自治会' }] })).toEqual({
      place: 'errRequired',
      kind: 'errKind',
      heldOn: 'errFuture',
      'bodies.1.name': 'errRequired',
      'bodies.2.name': 'errDuplicateBody',
    });
  });

  it('reads a saved activity back into the form', () => {
    const saved = { ...toActivityInput(filled), resources: [{ id: 'r1', name: 'さくらの居場所' }] };
    expect(fromActivity(saved)).toEqual({ ...filled, place: '東地区公民館', participantCount: '24', bodies: [{ name: '東町自治会' }, { name: '社会福祉協議会' }], note: '初めての方が3人' });
  });

  it('shows a refusal of the server at the field it names', () => {
    expect(fieldOfViolation('input.place')).toBe('place');
    expect(fieldOfViolation('input.bodies.2')).toBe('bodies.2.name');
    expect(fieldOfViolation('input.bodies[1]')).toBe('bodies.1.name');
    expect(fieldOfViolation('input.bodies')).toBe('bodies');
    expect(fieldOfViolation('input.resourceIds.0')).toBe('resources');
    expect(fieldOfViolation('expectedVersion')).toBeNull();
  });

  it('has a sentence for every check', () => {
    const keys: ActivityFormError[] = ['errRequired', 'errTooLong', 'errDate', 'errFuture', 'errCount', 'errKind', 'errDuplicateBody', 'errTooManyBodies', 'errTooManyResources'];
    expect(keys.filter((key) => !m[key])).toEqual([]);
  });
});
