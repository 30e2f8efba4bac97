import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInJapanese } from '../../test/render';
import { DisclosureDocument } from './DisclosureDocument';
import { disclosure } from './disclosure-fixture';
import { documentOf } from './disclosure-file';
import { en, m, mv } from './messages';

const props = { document: documentOf(disclosure), era: false };

describe('DisclosureDocument', () => {
  it('sets out the team, the consents, the provisions, the plan and the withheld records, under the municipality and the person', () => {
    renderInJapanese(<DisclosureDocument {...props} />);
    const doc = screen.getByRole('article', { name: '保有個人情報開示書（本人開示）' });
    expect(within(doc).getByText('桜市')).toBeInTheDocument();
    expect(within(doc).getByText('山田 太郎')).toBeInTheDocument();
    const sections = within(doc).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(sections.filter((title) => !title?.startsWith('目標'))).toEqual(['支援チーム（機関と役割）', '同意', '提供記録', '支援プラン', '不開示とした記録']);
    expect(screen.getByRole('region', { name: '支援チーム（機関と役割）' })).toHaveTextContent('桜市 居住支援法人主担当');
  });

  it('gives each consent’s state and rules, and the combined provisions with their period and days', () => {
    renderInJapanese(<DisclosureDocument {...props} />);
    const consents = screen.getByRole('region', { name: '同意' });
    expect(consents).toHaveTextContent('撤回済み');
    expect(consents).toHaveTextContent('本人の申し出');
    expect(within(consents).getByRole('row', { name: /許可.*住まいの分野の機関.*基本情報、住まい.*支援の調整/ })).toBeInTheDocument();
    const rows = within(screen.getByRole('region', { name: '提供記録' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '桜市 自立相談支援機関桜市 居住支援法人本人同意基本情報、住まい2026年11月20日～2026年11月25日3日',
      '桜市 自立相談支援機関（記録なし）支援会議基本情報2026年11月26日1日',
    ]);
  });

  it('counts the withheld records per ground with the article, never which', () => {
    renderInJapanese(<DisclosureDocument {...props} />);
    const withheld = screen.getByRole('region', { name: '不開示とした記録' });
    expect(within(withheld).getByRole('listitem')).toHaveTextContent('2件（第78条第1項第7号：事務の適正な遂行に支障）');
    expect(screen.queryByText('保健 三奈', { exact: false })).toBeNull();
  });

  it('shows the plan in force with its withheld texts as the plan screens do', () => {
    renderInJapanese(<DisclosureDocument {...props} />);
    const plan = screen.getByRole('region', { name: '支援プラン' });
    expect(plan).toHaveTextContent('第2版');
    expect(plan).toHaveTextContent('自分の家に住み続けたい');
    expect(plan).toHaveTextContent('本人の同意がなく、支援会議の対象でもないため表示できません。');
  });

  it('writes the day produced in Japan, in 和暦 when chosen, and says when nothing is withheld or no plan is in force', () => {
    renderInJapanese(<DisclosureDocument document={{ ...props.document, withheld: [], plan: null }} era />);
    expect(screen.getByText('令和8年12月2日')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '不開示とした記録' })).toHaveTextContent('ありません。');
    expect(screen.getByRole('region', { name: '支援プラン' })).toHaveTextContent('現在実施中の支援プランはありません。');
  });
});

describe('the disclosure’s texts', () => {
  it('has an English text for every Japanese one', () => {
    const ids = [m, mv].flatMap((messages) => Object.values(messages).map((message) => message.id));
    expect(ids.filter((id) => !id || !(id in en))).toEqual([]);
  });
});
