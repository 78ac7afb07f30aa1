import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';
import { evidenceFor } from './evidence.ts';

describe('detectLanguage', () => {
  it('tells English, Dutch and Vietnamese apart by their common words', () => {
    expect(detectLanguage('The province has attracted USD 3.4 billion from 252 new projects.').language).toBe('en');
    expect(detectLanguage('De provincie heeft met 14 buitenlandse gemeenten een relatie.').language).toBe('nl');
    expect(detectLanguage('Tỉnh đã thu hút hơn 1,5 tỷ USD vốn đầu tư của các nhà đầu tư.').language).toBe('vi');
  });

  it('goes by the body, not a few words of page furniture in another language', () => {
    expect(
      detectLanguage('Tiêu đề\nHình ảnh\nThe province has had relations with 10 foreign localities and the world.').language,
    ).toBe('en');
  });

  it('gives no language for a text without any of the common words', () => {
    expect(detectLanguage('12 34 56').language).toBeUndefined();
  });
});

describe('evidenceFor', () => {
  const at = (text: string, figure: string) => ({ start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });

  it('is the clause of the figure, cut at clause punctuation but not at decimal commas or short brackets', () => {
    const text = 'In 2019, the province attracted USD 3.4 billion from 252 new projects. Het bbp (bbp) steeg met 7,48%; verder.';
    expect(evidenceFor(text, at(text, 'USD 3.4 billion'))).toBe('the province attracted USD 3.4 billion from 252 new projects');
    expect(evidenceFor(text, at(text, '7,48%'))).toBe('Het bbp (bbp) steeg met 7,48%');
  });

  it('grows a clause shorter than four words and cuts a long one to 40 words around the figure', () => {
    const short = 'Binh Duong is thriving, ranked third, in attracting investment.';
    expect(evidenceFor(short, at(short, 'third'))).toBe('Binh Duong is thriving, ranked third');
    const long = `${'word '.repeat(50)}with 42 projects ${'more '.repeat(50)}`;
    const evidence = evidenceFor(long, at(long, '42'));
    expect(evidence).toContain('with 42 projects');
    expect(evidence.split(/\s+/)).toHaveLength(40);
  });
});
