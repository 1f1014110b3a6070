import { describe, expect, it } from 'vitest';

import { byteSize } from './byte-size';

describe('file sizes', () => {
  it('words bytes, kilobytes and megabytes like a file manager', () => {
    expect(byteSize(512, 'en')).toBe('512 B');
    expect(byteSize(340 * 1024 + 100, 'en')).toBe('340 KB');
    expect(byteSize(1_250_000, 'en')).toBe('1.2 MB');
    expect(byteSize(12 * 1024 * 1024 * 1024, 'zh-CN')).toBe('12,288 MB');
  });
});
