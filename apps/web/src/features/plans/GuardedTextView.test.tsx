import { screen } from '@testing-library/react';
import { renderInJapanese } from '../../test/render';
import { GuardedTextView } from './GuardedTextView';

function renderTerm(value: Parameters<typeof GuardedTextView>[0]['value']) {
  return renderInJapanese(
    <dl>
      <GuardedTextView term="住まい" value={value} />
    </dl>,
  );
}

describe('GuardedTextView', () => {
  it('shows a text with the basis it is shown on', () => {
    renderTerm({ category: 'HOUSING', text: '家賃を3か月滞納', redacted: false, basis: 'CONSENT' });
    expect(screen.getByRole('term')).toHaveTextContent('住まい本人同意');
    expect(screen.getByRole('definition')).toHaveTextContent('家賃を3か月滞納');
  });

  it('says 非開示 and why for a withheld text, never leaving it blank', () => {
    renderTerm({ category: 'MENTAL_HEALTH', text: null, redacted: true, basis: null });
    expect(screen.getByRole('term')).toHaveTextContent('住まい非開示');
    expect(screen.getByRole('definition')).toHaveTextContent('本人の同意がなく、支援会議の対象でもないため表示できません。');
  });

  it('says 記入なし for a field left blank', () => {
    renderTerm(null);
    expect(screen.getByRole('definition')).toHaveTextContent('記入なし');
  });
});
