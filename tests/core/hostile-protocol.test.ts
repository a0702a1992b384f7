/**
 * Whatever a host page posts — any value `postMessage` can carry, our envelope with hostile fields, look-alike codes,
 * oversized or cyclic payloads — reading it never throws, yields only a command the atlas can apply, and ignores
 * the rest with a fixed reason that never repeats what was sent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_MESSAGE_BYTES,
  parseHostMessage,
  PROTOCOL,
  PROTOCOL_VERSION,
  type CommandContext,
  type HostCommand,
  type ParseResult,
} from '../../src/core/share/protocol.ts';
import {
  anyValue,
  hostileString,
  OVERSIZED,
  SCRIPT_PAYLOADS,
  tainted,
  UNICODE_TRICKS,
  UNKNOWN_CODES,
} from '../support/hostileInput.ts';

const KNOWN = ['KAZ', 'IRN', 'QAT', 'IND'];
const context: CommandContext = {
  isKnownCountry: (code) => KNOWN.includes(code),
  firstDate: '1996-04-26',
  lastDate: '2025-12-31',
};
const REASONS = [
  'message too large',
  'unsupported version',
  'unknown country',
  'unknown organisation',
  'invalid date',
  'unknown language',
  'unknown message type',
];
const TYPES = ['select', 'setOrg', 'setDate', 'setLang', 'resetView'] as const;
const envelope = { source: PROTOCOL, version: PROTOCOL_VERSION };

/** A command the atlas can apply as it is, carrying nothing but its own fields. */
function expectValidCommand(command: HostCommand) {
  switch (command.type) {
    case 'select':
      expect(Object.keys(command).sort()).toEqual(['country', 'type']);
      if (command.country !== null) expect(KNOWN).toContain(command.country);
      break;
    case 'setOrg':
      expect(Object.keys(command).sort()).toEqual(['org', 'type']);
      expect(['SCO', 'CICA', 'both']).toContain(command.org);
      break;
    case 'setDate':
      expect(Object.keys(command).sort()).toEqual(['date', 'type']);
      expect(
        command.date === 'article' ||
          command.date === 'latest' ||
          (/^\d{4}-\d{2}-\d{2}$/.test(command.date) &&
            command.date >= context.firstDate &&
            command.date <= context.lastDate),
      ).toBe(true);
      break;
    case 'setLang':
      expect(Object.keys(command).sort()).toEqual(['lang', 'type']);
      expect(['en', 'ar']).toContain(command.lang);
      break;
    case 'resetView':
      expect(Object.keys(command)).toEqual(['type']);
      break;
    default:
      throw new Error(`unexpected command ${JSON.stringify(command)}`);
  }
}

function expectHandled(result: ParseResult | null) {
  if (result === null) return;
  if (result.ok) expectValidCommand(result.command);
  else expect(REASONS).toContain(result.reason);
}

const fieldValue = fc.oneof(
  hostileString,
  anyValue,
  fc.constantFrom('KAZ', 'kaz', 'SCO', 'cica', 'both', 'article', 'latest', '2024-07-04', 'en', 'ar', null),
);
const ourMessage = fc
  .record(
    {
      type: fc.oneof(fc.constantFrom(...TYPES), hostileString),
      country: fieldValue,
      org: fieldValue,
      date: fieldValue,
      lang: fieldValue,
      direction: fc.oneof(fc.constant('host-to-atlas'), hostileString),
      extra: anyValue,
    },
    { requiredKeys: ['type'] },
  )
  .map((fields) => ({ ...envelope, ...fields }));

describe('reading a hostile message from the host page', () => {
  it('never throws on anything postMessage can deliver, and answers with null, a valid command or a fixed reason', () => {
    fc.assert(
      fc.property(anyValue, (data) => expectHandled(parseHostMessage(data, context))),
      { numRuns: 1000 },
    );
  });

  it('gives only valid commands for our envelope with any field values', () => {
    fc.assert(
      fc.property(ourMessage, (message) => expectHandled(parseHostMessage(message, context))),
      { numRuns: 1000 },
    );
  });

  it('leaves messages of other libraries alone', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), anyValue),
        fc.oneof(hostileString, anyValue).filter((source) => source !== PROTOCOL),
        (fields, source) => {
          expect(parseHostMessage({ ...fields, source }, context)).toBeNull();
        },
      ),
    );
    expect(parseHostMessage({ ...envelope, direction: 'atlas-to-host', type: 'select' }, context)).toBeNull();
  });

  it('refuses a value with one invisible, look-alike or markup character in it', () => {
    const broken = fc.oneof(
      fc
        .constantFrom('KAZ', 'irn')
        .chain(tainted)
        .map((country) => ({ type: 'select', country })),
      fc
        .constantFrom('SCO', 'cica', 'both')
        .chain(tainted)
        .map((org) => ({ type: 'setOrg', org })),
      fc
        .constantFrom('article', '2024-07-04')
        .chain(tainted)
        .map((date) => ({ type: 'setDate', date })),
      fc
        .constantFrom('en', 'ar')
        .chain(tainted)
        .map((lang) => ({ type: 'setLang', lang })),
    );
    fc.assert(
      fc.property(broken, (fields) => {
        const result = parseHostMessage({ ...envelope, ...fields }, context);
        expect(result?.ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses script payloads, look-alikes and unknown codes in every field', () => {
    for (const value of [...SCRIPT_PAYLOADS, ...UNICODE_TRICKS, ...UNKNOWN_CODES, OVERSIZED]) {
      for (const [type, field] of [
        ['select', 'country'],
        ['setOrg', 'org'],
        ['setDate', 'date'],
        ['setLang', 'lang'],
      ]) {
        const result = parseHostMessage({ ...envelope, type, [field as string]: value }, context);
        expect(result?.ok, `${type} ${value.slice(0, 40)}`).toBe(false);
      }
      expect(parseHostMessage({ ...envelope, type: value }, context)?.ok).toBe(false);
    }
    expect(parseHostMessage({ ...envelope, type: 'select', country: '\u0131rn' }, context)).toEqual({
      ok: false,
      reason: 'unknown country',
    });
  });

  it('refuses oversized, deeply nested and cyclic messages without reading their commands', () => {
    const padded = { ...envelope, type: 'select', country: 'KAZ', padding: 'x'.repeat(MAX_MESSAGE_BYTES) };
    expect(parseHostMessage(padded, context)).toEqual({ ok: false, reason: 'message too large' });

    let deep: Record<string, unknown> = {};
    const nested = { ...envelope, type: 'select', country: 'KAZ', deep };
    for (let i = 0; i < 100_000; i++) deep = deep.next = {};
    expect(parseHostMessage(nested, context)).toEqual({ ok: false, reason: 'message too large' });

    const cyclic: Record<string, unknown> = { ...envelope, type: 'select', country: 'KAZ' };
    cyclic.self = cyclic;
    expect(parseHostMessage(cyclic, context)).toEqual({ ok: false, reason: 'message too large' });
  });

  it('cannot be steered through the prototype chain', () => {
    const viaProto = JSON.parse(
      `{"source":"${PROTOCOL}","version":1,"type":"select","__proto__":{"country":"KAZ"}}`,
    );
    expect(parseHostMessage(viaProto, context)).toEqual({ ok: false, reason: 'unknown country' });
    const inherited = Object.assign(Object.create({ source: PROTOCOL, version: 1 }), { type: 'resetView' });
    expect(parseHostMessage(inherited, context)).toBeNull();
    expect(({} as Record<string, unknown>).country).toBeUndefined();
  });

  it('still understands the valid commands', () => {
    expect(parseHostMessage({ ...envelope, type: 'select', country: 'kaz' }, context)).toEqual({
      ok: true,
      command: { type: 'select', country: 'KAZ' },
    });
    expect(parseHostMessage({ ...envelope, type: 'setDate', date: '2024-07-04' }, context)).toEqual({
      ok: true,
      command: { type: 'setDate', date: '2024-07-04' },
    });
  });
});
