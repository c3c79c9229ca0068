import { describe, expect, it } from 'vitest';
import { formUrlEncode, formUrlEncodeComponent } from './index';

describe('formUrlEncode', () => {
  it('matches python urllib.parse.urlencode on everything but * and ~', () => {
    // Captured from /usr/bin/python3 (3.11): urllib.parse.urlencode([...]) with these pairs.
    const fields: [string, string][] = [
      ['name', 'Ann Lee'],
      ['q', 'a&b=c'],
      ['sum', '1+1'],
      ['pct', '100%'],
      ['uni', 'é€😀'],
      ['empty', ''],
      ['nl', 'x\r\ny'],
      ['safe', '-._'],
      ['misc', "!'()/?:@#[]"],
    ];
    const python =
      'name=Ann+Lee&q=a%26b%3Dc&sum=1%2B1&pct=100%25&uni=%C3%A9%E2%82%AC%F0%9F%98%80&empty=&nl=x%0D%0Ay&safe=-._&misc=%21%27%28%29%2F%3F%3A%40%23%5B%5D';
    expect(formUrlEncode(fields)).toBe(python);
  });

  it('matches python requests data=[...] (captured)', () => {
    expect(formUrlEncode([['name', 'Ann Lee'], ['q', 'a&b=c']])).toBe('name=Ann+Lee&q=a%26b%3Dc');
  });

  it('follows URLSearchParams where python differs: * kept, ~ escaped', () => {
    // python: quote_plus('*~') == '%2A~'; browsers: '*%7E'.
    expect(formUrlEncodeComponent('*~')).toBe('*%7E');
  });

  it('agrees with this runtime URLSearchParams on every ASCII character and some unicode', () => {
    let all = '';
    for (let c = 1; c < 128; c++) all += String.fromCharCode(c);
    all += 'é€😀\u00a0';
    expect(formUrlEncode([[all, all]])).toBe(new URLSearchParams([[all, all]]).toString());
  });

  it('repeats keys in order', () => {
    expect(formUrlEncode([['a', '1'], ['b', '2'], ['a', '3']])).toBe('a=1&b=2&a=3');
  });
});
