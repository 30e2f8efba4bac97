import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64ToBytes, bytesToBase64, downloadBase64, fileToBase64 } from './files';

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

  describe('downloadBase64', () => {
    afterEach(() => {
      vi.useRealTimers();
      vi.restoreAllMocks();
    });

    it('keeps the file’s URL alive after the click, for browsers that read it later, and frees it afterwards', () => {
      vi.useFakeTimers();
      const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:renkei/1');
      const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
      const clicked: string[] = [];
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        clicked.push(`${this.download} ${this.href}`);
      });

      downloadBase64('77u/YQ==', '一覧.csv');

      expect(create).toHaveBeenCalledOnce();
      expect(clicked).toEqual(['一覧.csv blob:renkei/1']);
      expect(document.querySelector('a[download]')).toBeNull();
      expect(revoke).not.toHaveBeenCalled();
      vi.runAllTimers();
      expect(revoke).toHaveBeenCalledWith('blob:renkei/1');
    });
  });
});
