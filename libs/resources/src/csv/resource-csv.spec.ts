import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { CsvEncoding, decodeCsv, encodeCsv } from '@renkei/spreadsheets';
import { DayOfWeek, ParticipationForm, ResourceTarget } from '../resource-enums.js';
import { checkResourceInput } from '../resource-validation.js';
import type { CsvResource } from './resource-csv-columns.js';
import { columnError, readResourceCsv } from './resource-csv-read.js';
import { writeResourceCsv } from './resource-csv-write.js';

const HEADER = 'name,alternate_name,organization_name,description,eligibility,participation_forms,service_area,address_1,schedule,fees,languages';
const ROWS = [
  'さくら子ども食堂,サクラコドモショクドウ,NPO法人さくら,毎週木曜の夕食。,子ども; 子育て,MEALS,中央地区,桜市中央1-2-3,"THURSDAY 17:00-19:00 第1週は休み",無料,ja',
  '髙橋の居場所カフェ①,タカハシノイバショ,㈱髙橋,誰でも来られる居場所。,ANYONE,居場所; 趣味・交流,東地区,桜市東2-1,月曜日 10:00～15:00; FR 9:30-12:00,1回300円,ja; en',
];
const FILE = [HEADER, ...ROWS].join('\r\n') + '\r\n';

describe('the directory CSV: encodings', () => {
  const utf8 = Buffer.from(FILE, 'utf8');
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
  const sjis = iconv.encode(FILE, 'cp932');

  it('reads Shift_JIS (with ① and ㈱ of Windows-31J) and UTF-8 with and without a BOM to the same text', () => {
    expect(decodeCsv(utf8)).toEqual({ text: FILE, encoding: CsvEncoding.UTF8 });
    expect(decodeCsv(bom)).toEqual({ text: FILE, encoding: CsvEncoding.UTF8 });
    expect(decodeCsv(sjis)).toEqual({ text: FILE, encoding: CsvEncoding.SHIFT_JIS });
    expect(decodeCsv(sjis, CsvEncoding.SHIFT_JIS).text).toBe(FILE);
    expect(decodeCsv(bom, CsvEncoding.UTF8).text).toBe(FILE);
  });

  it('reads the same resources from every encoding', () => {
    const read = [utf8, bom, sjis].map((bytes) => readResourceCsv(decodeCsv(bytes).text));
    expect(read[0].errors).toEqual([]);
    expect(read[0].rows).toHaveLength(2);
    expect(read[1]).toEqual(read[0]);
    expect(read[2]).toEqual(read[0]);
  });

  it('refuses bytes that are text in neither encoding, or Shift_JIS given as UTF-8', () => {
    expect(() => decodeCsv(Buffer.from([0x41, 0x82, 0xff, 0xff]))).toThrow('neither UTF-8 nor Shift_JIS');
    expect(() => decodeCsv(sjis, CsvEncoding.UTF8)).toThrow('not valid UTF-8');
  });

  it('writes UTF-8 with a BOM, and refuses a Shift_JIS export of what Shift_JIS cannot hold', () => {
    expect(encodeCsv('a', CsvEncoding.UTF8)).toEqual(Buffer.from([0xef, 0xbb, 0xbf, 0x61]));
    expect(decodeCsv(encodeCsv(FILE, CsvEncoding.SHIFT_JIS)).text).toBe(FILE);
    expect(() => encodeCsv('𠮷野家', CsvEncoding.SHIFT_JIS)).toThrow('Shift_JIS cannot represent');
  });

  it('writes the characters JIS and Windows code differently (〜, −) in the forms Excel reads', () => {
    expect(decodeCsv(encodeCsv('10:00〜12:00 −5', CsvEncoding.SHIFT_JIS)).text).toBe('10:00～12:00 －5');
  });
});

describe('the directory CSV: reading rows', () => {
  it('reads codes and Japanese labels, day spellings and times into the input', () => {
    const { rows, errors } = readResourceCsv(FILE);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      line: 2,
      id: null,
      input: {
        name: 'さくら子ども食堂',
        targets: [ResourceTarget.CHILDREN, ResourceTarget.CHILD_REARING],
        forms: [ParticipationForm.MEALS],
        schedules: [{ dayOfWeek: DayOfWeek.THURSDAY, opensAt: '17:00', closesAt: '19:00', note: '第1週は休み' }],
        phone: null,
        latitude: null,
        languages: ['ja'],
      },
    });
    expect(rows[1].input).toMatchObject({
      targets: [ResourceTarget.ANYONE],
      forms: [ParticipationForm.IBASHO, ParticipationForm.HOBBY],
      schedules: [
        { dayOfWeek: DayOfWeek.MONDAY, opensAt: '10:00', closesAt: '15:00', note: null },
        { dayOfWeek: DayOfWeek.FRIDAY, opensAt: '09:30', closesAt: '12:00', note: null },
      ],
      languages: ['ja', 'en'],
    });
  });

  it('names the physical line and the column of each unreadable cell, past a value that spans lines', () => {
    const file = [
      HEADER,
      '"二行の\r\n説明のある食堂",ニギョウ,団体,説明,子ども,MEALS,中央地区,住所,,無料,ja',
      '',
      '悪い行,ワルイギョウ,団体,説明,老人,MEALS,中央地区,住所,月曜 午前,無料,ja',
      '良い行,ヨイギョウ,団体,説明,子ども,料理,中央地区,住所,,無料,ja',
    ].join('\r\n');
    const { rows, errors } = readResourceCsv(file);
    expect(errors).toEqual([
      { line: 5, field: 'eligibility', message: expect.stringContaining('"老人"') },
      { line: 5, field: 'schedule', message: 'cannot read "月曜 午前"; write e.g. MONDAY 10:00-15:00' },
      { line: 6, field: 'participation_forms', message: expect.stringContaining('"料理"') },
    ]);
    // Rows with a bad cell come back without that field, for the directory to check the rest.
    expect(rows.map((r) => r.line)).toEqual([2, 5, 6]);
    expect(rows[1].input).not.toHaveProperty('targets');
  });

  it('names the column of what the directory’s own rules refuse, as the API would', async () => {
    const file = [HEADER, 'カナでない,漢字,団体,説明,子ども,MEALS,中央地区,住所,MONDAY 10:00-12:00; TU 15:00-10:00,無料,japanese'].join('\n');
    const [row] = readResourceCsv(file).rows;
    const { violations } = await checkResourceInput(row.input);
    expect(violations.map((v) => columnError({ line: row.line, ...v }))).toEqual([
      { line: 2, field: 'alternate_name', message: 'nameKana must be written in kana' },
      { line: 2, field: 'schedule', message: 'entry 2: closesAt must be later than opensAt' },
      { line: 2, field: 'languages', message: expect.stringContaining('ISO 639-1') },
    ]);
  });

  it('refuses an unknown or missing column in the header, a short row and an unclosed quote', () => {
    const file = [`${HEADER},colour`, `${ROWS[0]},red`, 'x,y', `${ROWS[0]},"unclosed`].join('\n');
    expect(readResourceCsv(file).errors).toEqual([
      { line: 4, field: '', message: expect.stringContaining('never closed') },
      { line: 1, field: 'colour', message: expect.stringContaining('unknown column') },
      { line: 3, field: '', message: 'the row has 2 values; the header names 12 columns' },
    ]);
    expect(readResourceCsv(HEADER.replace(',fees', '')).errors).toEqual([{ line: 1, field: 'fees', message: 'the column is missing' }]);
  });
});

describe('the directory CSV: export then import', () => {
  const resources: CsvResource[] = [
    {
      id: '0b6f3c4e-2a3b-4c5d-8e9f-0a1b2c3d4e5f',
      name: 'ひまわりカフェ "認知症カフェ", 毎月',
      nameKana: 'ヒマワリカフェ',
      organizationName: '桜市社会福祉協議会',
      description: '一行目\n二行目; セミコロンと \\ バックスラッシュ',
      targets: [ResourceTarget.ELDERLY, ResourceTarget.ANYONE],
      forms: [ParticipationForm.IBASHO, ParticipationForm.MEALS],
      area: '中央地区',
      address: '桜市中央1-1',
      latitude: 35.6812,
      longitude: 139.7671,
      schedules: [
        { dayOfWeek: DayOfWeek.WEDNESDAY, opensAt: '13:30', closesAt: '24:00', note: '第2; 第4週のみ \\ 祝日休み' },
        { dayOfWeek: DayOfWeek.SUNDAY, opensAt: '09:00', closesAt: '10:00', note: null },
      ],
      phone: '03-1234-5678',
      email: 'cafe@example.jp',
      url: 'https://example.jp/cafe',
      cost: '1回100円',
      accessibility: '車いす可',
      languages: ['ja', 'vi'],
    },
    {
      id: '1c7a4d5f-3b4c-4d6e-9fa0-1b2c3d4e5f60',
      name: '若者サポート',
      nameKana: 'わかものさぽーと',
      organizationName: 'NPO',
      description: '就労体験',
      targets: [],
      forms: [],
      area: '西地区',
      address: '桜市西3',
      latitude: null,
      longitude: null,
      schedules: [],
      phone: null,
      email: null,
      url: null,
      cost: '無料',
      accessibility: '',
      languages: [],
    },
  ];

  it('writes a description that a spreadsheet would run as text, and reads it back as written', () => {
    const formula = { ...resources[0], name: '=HYPERLINK("http://example.invalid","開く")' };
    const text = writeResourceCsv([formula]);
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"",""開く"")"`);
    expect(readResourceCsv(text).rows[0]?.input.name).toBe(formula.name);
  });

  it('reads an export back to the same ids and inputs, in both encodings', () => {
    const text = writeResourceCsv(resources);
    for (const encoding of [CsvEncoding.UTF8, CsvEncoding.SHIFT_JIS]) {
      const { rows, errors } = readResourceCsv(decodeCsv(encodeCsv(text, encoding)).text);
      expect(errors).toEqual([]);
      expect(rows.map((r) => ({ id: r.id, ...r.input }))).toEqual(resources);
    }
  });
});
