import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYamlText, quickValue } from './yaml-file.ts';

/** What `yaml`, the careful parser, makes of a document; undefined where it refuses it. */
function carefulValue(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true });
  return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 });
}

const digits = fc.stringMatching(/^[0-9]{1,6}$/);
/** Scalars near every rule of the two parsers: numbers in each base, with underscores, signs, exponents, words. */
const scalar = fc.oneof(
  digits,
  fc.tuple(fc.constantFrom('', '+', '-'), digits).map(([sign, d]) => sign + d),
  fc.tuple(digits, digits).map(([a, b]) => `${a}_${b}`),
  fc.tuple(digits, digits).map(([a, b]) => `${a}.${b}`),
  fc.tuple(digits, digits, fc.constantFrom('e', 'E', 'e-', 'e+')).map(([a, b, e]) => `${a}${e}${b}`),
  fc
    .tuple(fc.constantFrom('0b', '0o', '0x', '0B', '0O', '0X', '0'), fc.stringMatching(/^[0-9a-fA-F_]{1,6}$/))
    .map(([base, d]) => base + d),
  fc.constantFrom('.5', '1.', '-.inf', '+.inf', '.inf', '.NaN', '.nan', '.Inf', '1:30', '1_000', '1__0', '_1', '0b101'),
  fc.constantFrom('~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'yes', 'no', 'on', 'off', 'y', 'n'),
  fc.constantFrom('2024-01-24', '2024-01-24T10:00:00Z', '12:30:00', '1,000', '10%', 'USD 1.2'),
  fc
    .stringMatching(/^[a-zA-Z0-9 .+\-_]{1,12}$/)
    .map((text) => text.trim())
    .filter((text) => text.length > 0),
);

describe('reading a YAML file', () => {
  it('gives the same value on the fast path as the careful parser, for any plain scalar', () => {
    fc.assert(
      fc.property(scalar, (text) => {
        const document = `value: ${text}\nlist:\n  - ${text}\n${text}: key\n`;
        const fast = quickValue(document);
        const careful = carefulValue(document);
        // The fast path may leave a document to the careful parser, never read it differently.
        if (fast.ok) expect(fast.value, document).toEqual(careful);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads 0b101 and 1_000 as the text they are, whichever path reads the file', () => {
    const text = 'binary: 0b101\ngrouped: 1_000\noctal: 0o17\nhex: 0x1F\n';
    const withAnchor = `${text}anchored: &a 1\nalias: *a\n`;
    const plain = parseYamlText('plain.yaml', text);
    const careful = parseYamlText('anchored.yaml', withAnchor);
    expect(plain.ok && plain.yaml.value).toEqual({ binary: '0b101', grouped: '1_000', octal: 15, hex: 31 });
    expect(careful.ok && careful.yaml.value).toMatchObject({ binary: '0b101', grouped: '1_000', octal: 15, hex: 31 });
  });
});
