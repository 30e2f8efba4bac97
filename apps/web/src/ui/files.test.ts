import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fileToBase64 } from './files';

describe('files', () => {
  it('round-trips bytes that are not text (Shift_JIS 子ども食堂)', () => {
    const sjis = new Uint8Array([0x8e, 0x71, 0x82, 0xc7, 0x82, 0xe0, 0x90, 0x48, 0x93, 0xb0]);
    expect(base64ToBytes(bytesToBase64(sjis))).toEqual(sjis);
  });

  it('encodes a file larger than one slice', async () => {
    const bytes = new Uint8Array(100_000).map((_, index) => index % 256);
    const encoded = await fileToBase64(new Blob([bytes]));
    expect(base64ToBytes(encoded)).toEqual(bytes);
  });

  it('keeps a UTF-8 BOM', () => {
    expect(bytesToBase64(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('77u/YQ==');
  });
});
