import { screen } from '@testing-library/react';
import { renderInJapanese } from '../test/render';
import { TextField } from './fields';

describe('TextField', () => {
  it('names the control by its label, marks it required, and ties the error to it', () => {
    renderInJapanese(<TextField label="メールアドレス" required error="メールアドレスを正しい形式で入力してください。" hint="職場のアドレス" />);
    const input = screen.getByLabelText(/メールアドレス/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(input).toHaveAccessibleDescription('職場のアドレス ＊メールアドレスを正しい形式で入力してください。');
    expect(screen.getByText('※必須')).toBeInTheDocument();
  });
});
