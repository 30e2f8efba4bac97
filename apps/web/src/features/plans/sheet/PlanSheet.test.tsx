import { screen, within } from '@testing-library/react';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { renderInJapanese } from '../../../test/render';
import { en, m, mv } from './messages';
import { PlanSheet } from './PlanSheet';
import { plan } from './plan-fixture';
import { sheetFile } from './sheet-file';

const props = { plan, caseTitle: '家賃滞納の相談', municipality: '桜市', approvalConference: '12月の重層的支援会議', era: false };

describe('PlanSheet', () => {
  it('prints the person’s wishes first, then the family’s, the policy and the goals, under the municipality and the version', () => {
    renderInJapanese(<PlanSheet {...props} />);
    expect(screen.getByText('桜市')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: '支援プラン（第2版）' })).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings.slice(0, 4)).toEqual(['本人の希望（本人の言葉で）', '家族の希望', '総合的な方針', '目標と役割分担']);
    expect(screen.getByRole('region', { name: '本人の希望（本人の言葉で）' })).toHaveTextContent('自分の家に住み続けたい');
    expect(screen.getByRole('region', { name: '家族の希望' })).toHaveTextContent('記入なし');
  });

  it('sets out each goal with its roles (agency, what, how often), and 非開示 where the reader may not see a text', () => {
    renderInJapanese(<PlanSheet {...props} />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '短期目標家賃の滞納を解消する2027年3月31日桜市 居住支援法人家主と支払い計画を調整する週1回',
      '桜市 自立相談支援機関家計の見直しを一緒に行う月1回',
      '長期目標非開示未定桜市 保健センター非開示月2回',
    ]);
  });

  it('writes dates as days in Japan time, and in 和暦 when chosen', () => {
    const { unmount } = renderInJapanese(<PlanSheet {...props} />);
    const follow = () => screen.getByRole('region', { name: '主担当機関・モニタリング' });
    const agreement = () => screen.getByRole('region', { name: '本人の同意' });
    const approval = () => screen.getByRole('region', { name: '承認（支援決定）' });
    expect(follow()).toHaveTextContent('桜市 居住支援法人');
    expect(follow()).toHaveTextContent('2027年1月15日');
    // 15:30 UTC on 30 November is already 1 December in Japan.
    expect(agreement()).toHaveTextContent('書面');
    expect(agreement()).toHaveTextContent('2026年12月1日');
    expect(approval()).toHaveTextContent('重層的支援会議「12月の重層的支援会議」');
    expect(approval()).toHaveTextContent('2026年12月2日');

    unmount();
    renderInJapanese(<PlanSheet {...props} era />);
    expect(follow()).toHaveTextContent('令和9年1月15日');
    expect(agreement()).toHaveTextContent('令和8年12月1日');
    expect(screen.getByRole('table')).toHaveTextContent('令和9年3月31日');
  });

  it('says when the agreement and the approval are not recorded yet', () => {
    renderInJapanese(<PlanSheet {...props} plan={{ ...plan, status: 'DRAFT', agreement: null, approval: null }} />);
    expect(screen.getByRole('region', { name: '本人の同意' })).toHaveTextContent('未記録');
    expect(screen.getByRole('region', { name: '承認（支援決定）' })).toHaveTextContent('未承認');
  });
});

describe('the downloaded sheet', () => {
  // The stylesheet's content is checked in the browser test: Vitest does not load CSS files.
  it('is the same sheet as a page of its own, carrying its own stylesheet and no script', async () => {
    const intl = createIntl({ locale: 'ja-JP', timeZone: 'Asia/Tokyo', messages: {}, onError: () => undefined });
    const html = await sheetFile(intl, { ...props, era: true });
    expect(html).toMatch(/^<!doctype html>\n<html lang="ja">/);
    expect(html).toContain('<title>支援プラン（第2版） 家賃滞納の相談</title>');
    expect(html).toMatch(/<head>[\s\S]*<style>[\s\S]*<\/style>[\s\S]*<\/head>/);
    expect(html).not.toMatch(/<script|<link/);
    const body = new DOMParser().parseFromString(html, 'text/html').body;
    expect(body.querySelector('h1')?.textContent).toBe('支援プラン（第2版）');
    expect(body.textContent).toContain('令和9年1月15日');
    expect(body.textContent).toContain('非開示');
  });

  it('escapes the case title in the file’s title', async () => {
    const intl = createIntl({ locale: 'ja-JP', timeZone: 'Asia/Tokyo', messages: {}, onError: () => undefined });
    const html = await sheetFile(intl, { ...props, caseTitle: '<b>A&B</b>' });
    expect(html).toContain('<title>支援プラン（第2版） &#60;b&#62;A&#38;B&#60;/b&#62;</title>');
  });
});

describe('the sheet’s texts', () => {
  it('has an English text for every Japanese one', () => {
    const ids = [m, mv].flatMap((messages) => Object.values(messages).map((message) => message.id));
    expect(ids.filter((id) => !id || !(id in en))).toEqual([]);
  });
});
