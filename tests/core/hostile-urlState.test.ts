/**
 * Whatever a link carries — random bytes, markup, oversized values, look-alike Unicode — reading it never throws,
 * always yields a state the atlas can show, and ignores what it does not understand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseUrlState,
  serializeUrlState,
  type UrlState,
  type UrlStateContext,
} from '../../src/core/share/urlState.ts';
import {
  hostileString,
  SCRIPT_PAYLOADS,
  tainted,
  UNICODE_TRICKS,
  anyValue,
} from '../support/hostileInput.ts';

const KNOWN = ['KAZ', 'IRN', 'QAT', 'IND'];
const context: UrlStateContext = {
  isKnownCountry: (code) => KNOWN.includes(code),
  firstDate: '1996-04-26',
  lastDate: '2025-12-31',
};
const defaults: UrlState = {
  org: 'SCO',
  date: 'article',
  country: null,
  lang: 'en',
  embed: false,
  title: true,
  legend: true,
  controls: true,
};

const PARAMS = ['v', 'org', 'date', 'country', 'lang', 'embed', 'title', 'legend', 'controls'] as const;
/** One valid spelling of each parameter's value, for the tests that break exactly one thing in it. */
const VALID_VALUES: Record<(typeof PARAMS)[number], string[]> = {
  v: ['1'],
  org: ['sco', 'CICA', 'both'],
  date: ['article', 'latest', '2024-07-04', '2001-06-15'],
  country: ['KAZ', 'irn'],
  lang: ['en', 'ar'],
  embed: ['1', 'true', '0'],
  title: ['0', 'false'],
  legend: ['0', '1'],
  controls: ['false', 'true'],
};

/** A state the atlas can apply without checking anything again. */
function expectValidState(state: Partial<UrlState>) {
  expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
  for (const [key, value] of Object.entries(state)) {
    switch (key) {
      case 'org':
        expect(['SCO', 'CICA', 'both']).toContain(value);
        break;
      case 'date':
        expect(typeof value).toBe('string');
        expect(
          value === 'article' ||
            value === 'latest' ||
            (/^\d{4}-\d{2}-\d{2}$/.test(String(value)) &&
              String(value) >= context.firstDate &&
              String(value) <= context.lastDate),
        ).toBe(true);
        break;
      case 'country':
        expect(KNOWN).toContain(value);
        break;
      case 'lang':
        expect(['en', 'ar']).toContain(value);
        break;
      case 'embed':
      case 'title':
      case 'legend':
      case 'controls':
        expect(typeof value).toBe('boolean');
        break;
      default:
        throw new Error(`unexpected key in the state: ${JSON.stringify(key)}`);
    }
  }
}

function expectPrintable(ignored: string[]) {
  expect(ignored.length).toBeLessThanOrEqual(8);
  expect(new Set(ignored).size).toBe(ignored.length);
  for (const name of ignored) {
    expect(Array.from(name).length).toBeLessThanOrEqual(64);
    expect(name).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
  }
}

const paramName = fc.oneof(
  fc.constantFrom(...PARAMS, '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'origins', ''),
  hostileString,
);
const paramValue = fc.oneof(
  fc.constantFrom(...Object.values(VALID_VALUES).flat()),
  hostileString,
  fc.constantFrom(...Object.values(VALID_VALUES).flat()).chain(tainted),
);

function search(pairs: [string, string][]): string {
  const params = new URLSearchParams();
  for (const [name, value] of pairs) params.append(name, value);
  return `?${params.toString()}`;
}

describe('reading a hostile link', () => {
  it('never throws and always gives a valid state, whatever the query string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileString,
          fc.string({ unit: 'binary' }).map((s) => `?${s}`),
        ),
        (query) => {
          const { state, ignored } = parseUrlState(query, context);
          expectValidState(state);
          expectPrintable(ignored);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on a value that is not a string at all', () => {
    fc.assert(
      fc.property(
        anyValue.filter((value) => typeof value !== 'string'),
        (value) => {
          const { state, ignored } = parseUrlState(value as string, context);
          expect(state).toEqual({});
          expect(ignored).toEqual([]);
        },
      ),
    );
  });

  it('gives a valid state for any mix of known, unknown and hostile parameters and values', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(paramName, paramValue), { maxLength: 30 }), (pairs) => {
        const { state, ignored } = parseUrlState(search(pairs), context);
        expectValidState(state);
        expectPrintable(ignored);
      }),
      { numRuns: 500 },
    );
  });

  it('ignores and reports a value with one invisible, look-alike or markup character in it', () => {
    const brokenPair = fc
      .constantFrom(...PARAMS)
      .chain((name) => fc.tuple(fc.constant(name), fc.constantFrom(...VALID_VALUES[name]).chain(tainted)));
    fc.assert(
      fc.property(brokenPair, ([name, value]) => {
        const { state, ignored } = parseUrlState(search([[name, value]]), context);
        expect(state).toEqual({});
        expect(ignored).toEqual([name]);
      }),
      { numRuns: 400 },
    );
  });

  it('reads back every valid state it writes', () => {
    const validState = fc.record<UrlState>({
      org: fc.constantFrom('SCO', 'CICA', 'both'),
      date: fc.oneof(
        fc.constantFrom('article', 'latest'),
        fc
          .date({
            min: new Date('1996-04-26T00:00:00Z'),
            max: new Date('2025-12-31T00:00:00Z'),
            noInvalidDate: true,
          })
          .map((d) => d.toISOString().slice(0, 10)),
      ),
      country: fc.constantFrom(null, ...KNOWN),
      lang: fc.constantFrom('en', 'ar'),
      embed: fc.boolean(),
      title: fc.boolean(),
      legend: fc.boolean(),
      controls: fc.boolean(),
    });
    fc.assert(
      fc.property(validState, (state) => {
        const parsed = parseUrlState(serializeUrlState(state, defaults), context);
        expect(parsed.ignored).toEqual([]);
        expect({ ...defaults, ...parsed.state }).toEqual(state);
      }),
    );
  });

  it('refuses the dotless ı, full-width letters and other look-alikes of a real country code', () => {
    for (const value of UNICODE_TRICKS) {
      const { state } = parseUrlState(search([['country', value]]), context);
      expect(state, value).toEqual({});
    }
    expect(parseUrlState('?country=\u0131rn', context).state).toEqual({});
    expect(parseUrlState('?country=irn', context).state).toEqual({ country: 'IRN' });
  });

  it('reports a few junk parameters once each, however many the link carries', () => {
    const junk = Array.from({ length: 5000 }, (_, i) => `p${i % 50}=x`).join('&');
    const { state, ignored } = parseUrlState(`?${junk}&org=cica`, context);
    expect(state).toEqual({ org: 'CICA' });
    expect(ignored).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
  });

  it('shows a parameter name that hides a bidi override or zero-width character with those characters replaced', () => {
    const { ignored } = parseUrlState(
      search([
        ['\u202Egnp.exe', '1'],
        ['or\u200Bg', 'sco'],
      ]),
      context,
    );
    expect(ignored).toEqual(['\uFFFDgnp.exe', 'or\uFFFDg']);
  });

  it('never takes a script payload as a setting', () => {
    for (const payload of SCRIPT_PAYLOADS) {
      const { state } = parseUrlState(search(PARAMS.map((name) => [name, payload])), context);
      expect(state, payload).toEqual({});
    }
  });
});
