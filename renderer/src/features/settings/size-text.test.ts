import { describe, expect, it } from 'vitest';
import { sizeText } from './size-text';

describe('sizeText', () => {
  it('names sizes in КБ and МБ', () => {
    expect(sizeText('ru', 3 * 1024 * 1024 + 512 * 1024)).toBe('3,5 МБ');
    expect(sizeText('kk', 200)).toBe('1 КБ');
  });
});
