import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderInJapanese } from '../../test/render';
import { plan } from '../plans/sheet/plan-fixture';
import { APPROVE_PLAN } from './operations';
import { PlanApprovalPanel } from './PlanApprovalPanel';

const proposed = { ...plan, status: 'PROPOSED' as const, approval: null, goals: plan.goals.map((goal) => ({ ...goal, roles: goal.roles.map((role) => ({ ...role, taskId: null })) })) };

function renderPanel(shown: typeof plan, mocks: MockedProviderProps['mocks'] = []) {
  return renderInJapanese(
    <MockedProvider mocks={mocks}>
      <PlanApprovalPanel conferenceId="c-1" plan={shown} mayApprove={shown.status === 'PROPOSED'} />
    </MockedProvider>,
  );
}

describe('PlanApprovalPanel', () => {
  it('shows the plan compactly: goals with roles and agencies, the lead agency and the agreement', () => {
    renderPanel(proposed);
    const panel = screen.getByRole('region', { name: /支援プラン 第2版/ });
    expect(panel).toHaveTextContent('会議に提出');
    expect(panel).toHaveTextContent('短期目標：家賃の滞納を解消する（目標期日：2027年3月31日）');
    expect(panel).toHaveTextContent('桜市 居住支援法人（週1回）：家主と支払い計画を調整する');
    expect(panel).toHaveTextContent('主担当機関：桜市 居住支援法人');
    expect(panel).toHaveTextContent('本人の同意：書面（2026年12月1日）');
    expect(screen.getByRole('button', { name: '支援決定（プランを承認）' })).not.toHaveAccessibleDescription();
  });

  it('says the agreement is missing, and shows the server’s refusal as a sentence of the meeting', async () => {
    const unagreed = { ...proposed, agreement: null };
    renderPanel(unagreed, [{ request: { query: APPROVE_PLAN, variables: { id: plan.id, conferenceId: 'c-1' } }, result: { errors: [new GraphQLError('No agreement', { extensions: { code: 'CONFLICT' } })] } }]);
    const approve = screen.getByRole('button', { name: '支援決定（プランを承認）' });
    expect(approve).toHaveAccessibleDescription('本人の同意が未記録です。同意を記録するまで、このプランは承認できません。');
    await userEvent.click(approve);
    const dialog = screen.getByRole('dialog', { name: '支援プラン第2版の支援決定' });
    expect(dialog).toHaveTextContent('役割分担3件');
    await userEvent.click(screen.getByRole('button', { name: '承認する' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('本人の同意が記録されていないため、承認できませんでした。');
  });

  it('after the approval in this meeting, says so and which roles became tasks; no button any more', () => {
    renderPanel(plan);
    expect(screen.getByRole('status')).toHaveTextContent(/この会議で支援決定しました（.+）。役割分担2件を、各機関にタスクとして依頼しました。/);
    expect(screen.getAllByText('タスク依頼済み')).toHaveLength(2);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
