import { randomInt } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { Operations } from '@renkei/testing';
import type { Locator, Page } from 'playwright-core';
import { checkPage } from './support/accessibility.js';
import { chooseOption } from './support/combobox.js';
import { DEMO_PASSWORD, useBrowserApp } from './support/browser-app.js';

const COORDINATOR = 'coordinator@sakura.example';
const HOUSING = 'housing@sakura.example';
const KANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ';

/** A person no other test (nor demo data) has: a random katakana surname, and its hiragana. */
function uniquePerson() {
  const surname = Array.from({ length: 4 }, () => KANA[randomInt(KANA.length)]).join('');
  const hiragana = surname.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) - 0x60));
  return { fullName: `${surname} 春子`, fullNameKana: `${surname} ハルコ`, hiragana, birthDate: '1958-03-21', address: '桜市南町5-6-7' };
}

type Person = ReturnType<typeof uniquePerson>;

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === element.ownerDocument.activeElement);
}

/** Presses Tab until `locator` has the focus, as a keyboard user would (bounded, so a lost focus fails). */
async function tabTo(page: Page, locator: Locator, maxPresses = 30): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Focus never reached ${locator.toString()}`);
}

describe('ケース: 一覧・相談受付・ケース詳細', () => {
  const scope = useBrowserApp();
  // One sign-in per user for the file's API calls: signing in is slow on purpose (argon2).
  const tokens = new Map<string, Promise<string>>();
  const api = async (email: string) => {
    if (!tokens.has(email)) tokens.set(email, scope.app.login(email, DEMO_PASSWORD));
    return scope.app.http.as(await (tokens.get(email) as Promise<string>));
  };

  async function openCase(person: Person): Promise<string> {
    const { fullName, fullNameKana, birthDate, address } = person;
    const data = await (await api(COORDINATOR)).data<{ openCase: { id: string } }>(Operations.OPEN_CASE, {
      input: { title: `ブラウザ確認 ${person.hiragana}`, subject: { fullName, fullNameKana, birthDate, address }, needs: ['HOUSING'] },
    });
    return data.openCase.id;
  }

  async function changeStatus(caseId: string, status: string): Promise<void> {
    await (await api(COORDINATOR)).data(Operations.CHANGE_CASE_STATUS, { caseId, status });
  }

  async function searchList(page: Page, text: string): Promise<void> {
    await page.getByRole('searchbox', { name: '氏名・ふりがな' }).fill(text);
    await page.getByRole('button', { name: '検索する' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === text);
  }

  it('a housing caseworker takes an intake with consent through the form; the coordinator finds it by kana and opens it', async () => {
    const person = uniquePerson();
    const counter = await scope.signedIn(HOUSING);
    await counter.goto('/cases');
    await counter.getByRole('heading', { name: 'ケース一覧' }).waitFor();
    await checkPage(counter, 'cases-list');

    await counter.getByRole('button', { name: '相談受付' }).click();
    const dialog = counter.getByRole('dialog', { name: '相談受付（断らない相談支援）' });
    await dialog.getByLabel(/^氏名/).fill(person.fullName);
    await dialog.getByLabel('ふりがな').fill(person.fullNameKana);
    await dialog.getByRole('group', { name: '生年月日' }).getByRole('spinbutton').first().click();
    await counter.keyboard.type(person.birthDate.replaceAll('-', ''));
    await dialog.getByLabel('住所').fill(person.address);
    await dialog.getByRole('checkbox', { name: '住まい' }).check();
    await dialog.getByRole('checkbox', { name: '家計' }).check();
    await dialog.getByLabel('相談内容（受付メモ）').fill('家賃を3か月滞納している。母の介護もある。');
    await dialog.getByRole('radio', { name: /^同意あり/ }).check();
    await dialog.getByLabel('同意の方法').selectOption({ label: '書面' });
    await checkPage(counter, 'cases-intake-dialog');
    await dialog.getByRole('button', { name: '受け付ける' }).click();

    await counter.getByRole('heading', { name: '受付 Intake' }).waitFor();
    await counter.getByText(person.fullName).waitFor();

    const coordinator = await scope.signedIn(COORDINATOR);
    await coordinator.goto('/cases');
    await searchList(coordinator, person.hiragana);
    const rows = coordinator.getByRole('row').filter({ hasText: person.fullName });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    await rows.getByRole('link', { name: '受付 Intake' }).click();
    await coordinator.getByRole('heading', { name: '受付 Intake' }).waitFor();
    await coordinator.getByText('閲覧の根拠：本人同意').waitFor();
    await coordinator.getByText('家賃を3か月滞納している。母の介護もある。').waitFor();
  });

  it('the coordinator moves a case to a next status, and only the legal steps are offered; a team caseworker sees the status, not the buttons', async () => {
    const caseId = await openCase(uniquePerson());
    const page = await scope.signedIn(COORDINATOR);
    await page.goto(`/cases/${caseId}`);
    const status = page.getByRole('region', { name: '状況' });
    const steps = status.getByRole('button', { name: /にする$/ });
    await steps.first().waitFor();
    // From アセスメント the hand offers only 終結: the support plan moves the case into プラン作成 and on.
    expect(await steps.allTextContents()).toEqual(['「終結」にする']);
    await checkPage(page, 'cases-case-page');

    await status.getByRole('button', { name: '「終結」にする' }).click();
    const dialog = page.getByRole('dialog', { name: '状況を「終結」にしますか' });
    await dialog.getByLabel('変更の理由（任意）').fill('本人が転居');
    await dialog.getByRole('button', { name: '変更する' }).click();
    await status.getByText('状況を「終結」にしました。').waitFor();
    await status.getByRole('button', { name: '「アセスメント」にする' }).waitFor();
    expect(await steps.allTextContents()).toEqual(['「アセスメント」にする']);
    expect(await status.locator('[aria-current="step"]').textContent()).toContain('終結');

    const housing = await api(HOUSING);
    const { me } = await housing.data<{ me: { agency: { id: string } } }>('{ me { agency { id } } }');
    await (await api(COORDINATOR)).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: me.agency.id });
    const caseworker = await scope.signedIn(HOUSING);
    await caseworker.goto(`/cases/${caseId}`);
    const seen = caseworker.getByRole('region', { name: '状況' });
    await seen.getByText('終結', { exact: true }).first().waitFor();
    expect(await seen.getByRole('button').count()).toBe(0);
    expect(await caseworker.getByRole('button', { name: /をチームから外す$/ }).count()).toBe(0);
  });

  it('the coordinator adds an agency to the team and removes it after confirming', async () => {
    const caseId = await openCase(uniquePerson());
    const page = await scope.signedIn(COORDINATOR);
    await page.goto(`/cases/${caseId}`);
    const team = page.getByRole('region', { name: 'ケースチーム' });
    // A searchable list: part of the name narrows it; the option is chosen as a person would.
    await chooseOption(page, team.getByRole('combobox', { name: '追加する機関' }), '保健', '桜市 保健センター Health Centre（保健・医療）');
    await team.getByRole('button', { name: 'チームに追加' }).click();
    await team.getByText('桜市 保健センター Health Centreをチームに追加しました。').waitFor();

    await team.getByRole('button', { name: '桜市 保健センター Health Centreをチームから外す' }).click();
    const dialog = page.getByRole('dialog', { name: 'チームから外しますか' });
    await dialog.getByText(/すぐにこのケースを見られなくなります/).waitFor();
    await checkPage(page, 'cases-team-remove-dialog');
    await dialog.getByRole('button', { name: '外す' }).click();
    await team.getByText('桜市 保健センター Health Centreをチームから外しました。').waitFor();
    expect(await team.getByRole('listitem').filter({ hasText: '保健センター' }).count()).toBe(0);
  });

  it('filters the list by status, kept in the address', async () => {
    const person = uniquePerson();
    const closed = await openCase(person);
    const assessing = await openCase(person);
    // A step taken by hand: the support plan takes the others.
    await changeStatus(closed, 'CLOSED');

    const page = await scope.signedIn(COORDINATOR);
    await page.goto(`/cases?q=${encodeURIComponent(person.hiragana)}`);
    const links = page.getByRole('table').getByRole('link');
    await page.getByRole('row').filter({ hasText: person.fullName }).nth(1).waitFor();
    expect(await links.count()).toBe(2);

    await page.getByLabel('状況').selectOption({ label: '終結' });
    await page.waitForURL((url) => url.searchParams.get('status') === 'CLOSED');
    await page.getByRole('table').getByText('終結', { exact: true }).waitFor();
    await page.getByRole('table').locator(`a[href="/cases/${assessing}"]`).waitFor({ state: 'detached' });
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([`/cases/${closed}`]);

    await page.getByLabel('状況').selectOption({ label: '相談受付' });
    await page.getByText('条件に合うケースはありません。').waitFor();
    await checkPage(page, 'cases-list-empty');

    await page.getByLabel('状況').selectOption({ label: 'すべて' });
    await page.getByRole('row').filter({ hasText: person.fullName }).nth(1).waitFor();
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')).sort())).toEqual([`/cases/${closed}`, `/cases/${assessing}`].sort());
  });

  it('pages the list with さらに表示, following the connection’s cursor', async () => {
    const person = uniquePerson();
    const ids: string[] = [];
    for (let i = 0; i < 21; i++) ids.push(await openCase(person));
    const page = await scope.signedIn(COORDINATOR);
    await page.goto(`/cases?q=${encodeURIComponent(person.fullNameKana)}`);
    await page.getByText('ケース一覧（21件）').waitFor();
    const rows = page.getByRole('table').getByRole('link');
    expect(await rows.count()).toBe(20);
    await page.getByRole('button', { name: 'さらに表示' }).click();
    await page.getByRole('table').locator(`a[href="/cases/${ids[0]}"]`).waitFor();
    expect(await rows.count()).toBe(21);
    expect(await page.getByRole('button', { name: 'さらに表示' }).count()).toBe(0);
  });

  it('shows 非開示, and why, on the page of a case whose record is withheld from the reader', async () => {
    const person = uniquePerson();
    const { fullName, fullNameKana, birthDate, address } = person;
    const { registerIntake } = await (await api(HOUSING)).data<{ registerIntake: { id: string } }>(Operations.REGISTER_INTAKE, {
      input: { subject: { fullName, fullNameKana, birthDate, address }, needs: ['HOUSING'], note: '本人同意なしの受付', consentToConnect: { given: false } },
    });
    const page = await scope.signedIn(COORDINATOR);
    await page.goto(`/cases/${registerIntake.id}`);
    const record = page.getByRole('region', { name: '本人情報' });
    await record.getByText('非開示', { exact: true }).waitFor();
    await record.getByText(/本人の同意または支援会議などの根拠がないため、表示できません。/).waitFor();
    const text = await page.locator('main').textContent();
    expect(text).not.toContain(fullName);
    expect(text).not.toContain('本人同意なしの受付');
    await checkPage(page, 'cases-case-withheld');

    await page.goto('/cases?status=INTAKE');
    await page.getByRole('link', { name: '受付 Intake' }).first().waitFor();
    const row = page.getByRole('row').filter({ has: page.locator(`a[href="/cases/${registerIntake.id}"]`) });
    await row.getByText('非開示', { exact: true }).waitFor();
  });

  it('says plainly that a case cannot be found or seen', async () => {
    const page = await scope.signedIn(HOUSING);
    await page.goto('/cases/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { name: 'ケースが見つからないか、閲覧する権限がありません' }).waitFor();
    await checkPage(page, 'cases-case-not-found');
  });

  it('takes an intake by keyboard alone (Tab, typing, Space, Enter), checking the form before sending', async () => {
    const person = uniquePerson();
    const page = await scope.signedIn(HOUSING);
    await page.goto('/cases');
    const open = page.getByRole('button', { name: '相談受付' });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '相談受付（断らない相談支援）' });
    await dialog.waitFor();

    // Sending it empty names each missing field, before anything reaches the server.
    await tabTo(page, dialog.getByRole('button', { name: '受け付ける' }));
    await page.keyboard.press('Enter');
    await dialog.getByText('＊同意の有無を選んでください。').waitFor();
    expect(await dialog.getByLabel(/^氏名/).getAttribute('aria-invalid')).toBe('true');

    await tabTo(page, dialog.getByLabel(/^氏名/));
    await page.keyboard.type(person.fullName);
    await page.keyboard.press('Tab');
    await page.keyboard.type(person.fullNameKana);
    await page.keyboard.press('Tab');
    // The birth date is typed 年・月・日, each segment moving on to the next when full.
    await page.keyboard.type('19580321');
    await tabTo(page, dialog.getByLabel('住所'));
    await page.keyboard.type(person.address);
    await page.keyboard.press('Tab');
    expect(await isFocused(dialog.getByRole('checkbox', { name: '住まい' }))).toBe(true);
    await page.keyboard.press('Space');
    await tabTo(page, dialog.getByLabel('相談内容（受付メモ）'));
    await page.keyboard.type('キーボードだけで受け付けた相談');
    await page.keyboard.press('Tab');
    expect(await isFocused(dialog.getByRole('radio', { name: /^同意あり/ }))).toBe(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await isFocused(dialog.getByLabel('同意の方法'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, dialog.getByRole('button', { name: '受け付ける' }));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: '受付 Intake' }).waitFor();
    const record = page.getByRole('region', { name: '本人情報' });
    await record.getByText(person.fullName).waitFor();
    await record.getByText('キーボードだけで受け付けた相談').waitFor();
    await record.getByText('昭和33年3月21日').waitFor();
  });
});
