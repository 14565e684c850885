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

  it('gives the same answers whatever the chunks, with long strings full of brackets, quotes and escapes', () => {
    const inside = `${'[{'.repeat(50)}\\\\\\"${'ә'.repeat(40)}\\\\u0000`;
    const bodies: [string, string | null][] = [
      [`{"a":"${inside}","b":[1]}`, null],
      [`{"a":"${inside}","b":[[[[1]]]]}`, 'deeper than 4'],
      [`{"a":"${inside}\\u0000"}`, 'NUL'],
      [`{"${inside}":{"c":"\\\\"},"d":"]]]]"}`, null],
    ];
    for (const [body, problem] of bodies) {
      if (!problem) expect(() => JSON.parse(body)).not.toThrow();
      for (const chunk of [1, 2, 5, 64, 100_000]) {
        const found = scan(body, chunk);
        if (problem) expect(found, `${chunk}: ${body}`).toContain(problem);
        else expect(found, `${chunk}: ${body}`).toBeNull();
      }
    }
  });
});
