import { describe, expect, it } from 'vitest';
import { JsonScanner } from './body-guard';

const scan = (text: string, chunk = 7) => {
  const scanner = new JsonScanner(4);
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += chunk) {
    const problem = scanner.scan(bytes.subarray(i, i + chunk));
    if (problem) return problem;
  }
  return null;
};

describe('the raw body scanner', () => {
  it('counts nesting outside strings only, across chunk borders', () => {
    expect(scan('{"a":[[{"b":1}]]}')).toBeNull();
    expect(scan('{"a":[[{"b":[1]}]]}')).toContain('deeper than 4');
    expect(scan('{"a":"[[[[[[{{{{{"}', 1)).toBeNull();
    expect(scan('{"a":"\\"[[[[[["}', 1)).toBeNull();
  });

  it('finds an escaped NUL or a raw NUL byte, but not an escaped backslash before u0000', () => {
    expect(scan('{"a":"x\\u0000"}', 1)).toContain('NUL');
    expect(scan('{"a":"x\\\\u0000"}', 1)).toBeNull();
    expect(scan('{"a\\u0000":1}', 3)).toContain('NUL');
    expect(scan('{"a":"\u0000"}')).toContain('NUL');
    expect(scan('{"a":"\\u00e4\\u0001"}', 2)).toBeNull();
  });
});
