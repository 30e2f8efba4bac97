import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Operations } from '@renkei/testing';
import { checkPage } from './support/accessibility.js';
import { DEMO_PASSWORD, useBrowserApp } from './support/browser-app.js';

const AUDITOR = 'auditor@sakura.example';

/** A reading no other test gives: katakana, one letter per hex digit. */
const uniqueKana = () => `カンサ ${[...randomUUID().slice(0, 8)].map((d) => 'アイウエオカキクケコサシスセソタ'[parseInt(d, 16)]).join('')}`;

describe('監査', () => {
  const scope = useBrowserApp();

  const tokenOf = (email: string) => scope.app.login(email, DEMO_PASSWORD);

  /** A fresh case of the coordinator's, under a unique name, whose record the housing caseworker read on consent. */
  async function caseProvidedToHousing(fullNameKana = 'カンサ カクニン'): Promise<{ caseId: string; subjectName: string }> {
    const coordinator = scope.app.http.as(await tokenOf('coordinator@sakura.example'));
    const housing = scope.app.http.as(await tokenOf('housing@sakura.example'));
    const subjectName = `監査 確認${randomUUID().slice(0, 6)}`;
    const { openCase } = await coordinator.data<{ openCase: { id: string } }>(Operations.OPEN_CASE, {
      input: { title: `提供記録の確認 ${subjectName}`, subject: { fullName: subjectName, fullNameKana, birthDate: '1970-01-01', address: '桜市中央1-1-1' }, needs: ['HOUSING'] },
    });
    const { agencies } = await coordinator.data<{ agencies: { id: string; sector: string }[] }>(Operations.AGENCIES);
    await coordinator.data(Operations.ADD_TEAM_MEMBER, { caseId: openCase.id, agencyId: agencies.find((a) => a.sector === 'HOUSING')?.id });
    const now = Date.now();
    await coordinator.data(Operations.RECORD_CONSENT, {
      input: {
        caseId: openCase.id,
        method: 'WRITTEN',
        obtainedAt: new Date(now - 60_000).toISOString(),
        validFrom: new Date(now - 60_000).toISOString(),
        provisions: [{ effect: 'PERMIT', recipientSectors: ['HOUSING'], dataCategories: ['BASIC'], purposes: ['CASE_COORDINATION'] }],
      },
    });
    await housing.data(Operations.CASE, { id: openCase.id });
    return { caseId: openCase.id, subjectName };
  }

  it('the auditor reads a case’s provision records: who received which items, when, on which basis', async () => {
    const { caseId, subjectName } = await caseProvidedToHousing();
    const page = await scope.signedIn(AUDITOR);
    await page.waitForURL('**/audit');
    await page.getByRole('heading', { name: '監査', level: 1 }).waitFor();
    const provisions = page.getByRole('region', { name: '提供記録' });
    await provisions.getByLabel('ケースID').fill(caseId);
    await provisions.getByRole('button', { name: '提供記録を表示する' }).click();
    await provisions.getByText(`本人 ${subjectName}：提供記録`, { exact: false }).waitFor();
    const row = provisions.getByRole('row').filter({ hasText: '桜市 居住支援法人' });
    await row.first().getByText('住まい 次郎 (housing caseworker)').waitFor();
    await row.first().getByText('基本情報').waitFor();
    await row.first().getByText('本人同意').waitFor();
    await row.first().getByText('自立相談支援機関', { exact: false }).waitFor();
    await checkPage(page, 'audit-provisions');

    // Read again the same day: the 提供記録 keeps its one record, the trail the read, which names it.
    await scope.app.http.as(await tokenOf('housing@sakura.example')).data(Operations.CASE, { id: caseId });
    const trail = page.getByRole('region', { name: '操作記録' });
    await trail.getByLabel('ケースID').fill(caseId);
    await trail.getByRole('button', { name: 'この条件で表示する' }).click();
    await trail.getByRole('row', { name: /ケース記録の提供.*同じ日の提供記録 1件と同じ内容の閲覧/ }).waitFor();
    await expect(trail.getByRole('row', { name: /ケース記録の提供/ }).count()).resolves.toBe(2);

    // Printable: the controls leave the paper, the records stay.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: '印刷' }).isVisible()).resolves.toBe(false);
    await expect(provisions.getByRole('button', { name: '提供記録を表示する' }).isVisible()).resolves.toBe(false);
    await row.first().waitFor();
  });

  it('the auditor looks a person up by kana and reads the records of both their cases, an earlier closed one and a new one', async () => {
    const kana = uniqueKana();
    const earlier = await caseProvidedToHousing(kana);
    await scope.app.http.as(await tokenOf('coordinator@sakura.example')).data(Operations.CHANGE_CASE_STATUS, { caseId: earlier.caseId, status: 'CLOSED' });
    const later = await caseProvidedToHousing(kana);
    const page = await scope.signedIn(AUDITOR);
    const provisions = page.getByRole('region', { name: '提供記録' });
    const byPerson = provisions.getByRole('form', { name: '本人で調べる' });

    // Asked for nothing, the form says what is missing.
    await byPerson.getByRole('button', { name: 'この本人の記録を探す' }).click();
    await byPerson.getByText('ふりがなを入力してください。').waitFor();

    // Typed in hiragana without the space: the same reading.
    await byPerson.getByLabel('ふりがな').fill(kana.replace(' ', '').replace(/[ァ-ヶ]/g, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) - 0x60)));
    await byPerson.getByRole('button', { name: 'この本人の記録を探す' }).click();
    await provisions.getByText('ケース 2件、提供記録 2件', { exact: false }).waitFor();
    // One table per case, the earlier case first.
    const headings = provisions.getByRole('heading', { level: 3, name: /^ケース（ID: / });
    await expect(headings.allTextContents()).resolves.toEqual([`ケース（ID: ${earlier.caseId}）`, `ケース（ID: ${later.caseId}）`]);
    for (const { subjectName } of [earlier, later]) {
      await provisions.getByText(`本人 ${subjectName}：提供記録 1件`).waitFor();
    }
    await expect(provisions.getByRole('row').filter({ hasText: '住まい 次郎 (housing caseworker)' }).count()).resolves.toBe(2);
    await checkPage(page, 'audit-provisions-person');

    // Printable like a case's: the forms leave the paper, both cases' records stay.
    await page.emulateMedia({ media: 'print' });
    await expect(byPerson.isVisible()).resolves.toBe(false);
    await headings.last().waitFor();
  });

  it('the auditor filters the trail, pages it, checks the chain, and is told which entry was tampered with', async () => {
    const { caseId, subjectName } = await caseProvidedToHousing();
    await scope.app.http.as(await tokenOf('coordinator@sakura.example')).data(Operations.CHANGE_CASE_STATUS, { caseId, status: 'CLOSED' });
    const page = await scope.signedIn(AUDITOR);
    const trail = page.getByRole('region', { name: '操作記録' });
    await trail.getByText('件を表示', { exact: false }).waitFor();
    await checkPage(page, 'audit');

    // The demo's trail is longer than a page.
    await trail.getByRole('button', { name: 'さらに表示' }).click();
    await trail.getByText(/中 100件を表示/).waitFor();

    await trail.getByLabel('ケースID').fill(caseId);
    await trail.getByLabel('操作', { exact: true }).selectOption({ label: 'ケースの状態変更' });
    await trail.getByRole('button', { name: 'この条件で表示する' }).click();
    await trail.getByText('1件中 1件を表示').waitFor();
    await expect(trail.getByRole('row', { name: /ケースの状態変更/ }).count()).resolves.toBe(1);
    // A row's button narrows to its case; clearing shows all the case's entries again.
    await trail.getByLabel('操作', { exact: true }).selectOption({ label: 'すべての操作' });
    await trail.getByRole('button', { name: 'この条件で表示する' }).click();
    const opened = trail.getByRole('row', { name: /ケースの開始/ });
    await opened.waitFor();
    // From a row to the case's 提供記録, and to everything its actor did.
    await opened.getByRole('button', { name: /の提供記録を見る/ }).click();
    await page.getByRole('region', { name: '提供記録' }).getByText(`本人 ${subjectName}：提供記録`, { exact: false }).waitFor();
    await opened.getByRole('button', { name: /この利用者（.+）で絞り込む/ }).click();
    // The housing caseworker's read of the case leaves the list: only the coordinator's entries stay.
    await trail.getByRole('row', { name: /ケース記録の提供/ }).waitFor({ state: 'detached' });
    await expect(trail.getByLabel('操作した利用者のID').inputValue()).resolves.toMatch(/^[0-9a-f-]{36}$/);

    const chain = page.getByRole('region', { name: '記録の改ざんの検証' });
    await chain.getByRole('button', { name: '改ざんの有無を検証する' }).click();
    await chain.getByText('改ざんは見つかりませんでした。', { exact: false }).waitFor();

    // As a rogue database owner would, behind the append-only trigger's back. Last in this
    // file: the municipality's chain stays broken afterwards.
    await scope.app.auditLinked();
    const [victim] = await scope.app.dataSource.query<{ id: string; sequence: string }[]>(`SELECT id, sequence FROM audit_events WHERE case_id = $1 AND action = 'case.opened'`, [caseId]);
    await scope.app.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(`UPDATE audit_events SET details = '{"forged": true}' WHERE id = $1`, [victim?.id]);
    });
    await chain.getByRole('button', { name: '改ざんの有無を検証する' }).click();
    const alert = chain.getByRole('alert');
    await alert.getByText(`第${victim?.sequence}番の記録`, { exact: false }).waitFor();
    await expect(alert.textContent()).resolves.toContain(`ID: ${victim?.id}`);
    await expect(alert.textContent()).resolves.toMatch(/\d{4}\/\d{1,2}\/\d{1,2} \d{2}:\d{2}/);
    await checkPage(page, 'audit-chain-broken');
  });
});
