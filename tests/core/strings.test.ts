/**
 * The interface strings: every table made with `defineStrings` has the same keys in each language, no key is in
 * two tables, and every key is read somewhere in `src/` — as `t.key`, the one way the code reads a string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/i18n/strings.ts';

const root = join(import.meta.dirname, '../..');
const sourceFiles = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|svelte)$/.test(file))
  .map((file) => join(root, 'src', file));
const tableFiles = sourceFiles.filter((file) => readFileSync(file, 'utf8').includes('= defineStrings('));

type Table = Record<string, unknown>;

/** Every table the source defines, by file and export name. */
const tables: { name: string; file: string; languages: Record<string, Table> }[] = [];
for (const file of tableFiles) {
  const module = (await import(file)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(module)) {
    if (value && typeof value === 'object' && Object.keys(value).sort().join() === [...LANGS].sort().join())
      tables.push({ name, file: relative(root, file), languages: value as Record<string, Table> });
  }
}

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPluralForms = (value: object) => Object.keys(value).every((key) => PLURAL_CATEGORIES.has(key));

/** Paths of keys one table has and the other lacks; plural forms only need `other`, as languages differ. */
function missingKeys(from: Table, to: Table, path = ''): string[] {
  return Object.entries(from).flatMap(([key, value]) => {
    const here = `${path}${key}`;
    const other = to[key];
    if (other === undefined) return [here];
    if (value && typeof value === 'object') {
      if (!other || typeof other !== 'object') return [here];
      if (isPluralForms(value) && isPluralForms(other)) return 'other' in other ? [] : [`${here}.other`];
      return missingKeys(value as Table, other as Table, `${here}.`);
    }
    return typeof other === typeof value ? [] : [here];
  });
}

describe('the interface strings', () => {
  it('are found in every feature that has some', () => {
    expect(tables.map((t) => t.name).sort()).toEqual(
      expect.arrayContaining(['appStrings', 'embedStrings', 'exportStrings', 'timelineStrings']),
    );
  });

  it.each(tables.map((table) => [table.name, table] as const))(
    '%s has the same keys in every language',
    (_, table) => {
      for (const a of LANGS)
        for (const b of LANGS) {
          if (a === b) continue;
          expect(missingKeys(table.languages[a]!, table.languages[b]!), `in ${a}, missing in ${b}`).toEqual(
            [],
          );
        }
    },
  );

  it('has no key in two tables', () => {
    const owners = new Map<string, string[]>();
    for (const table of tables)
      for (const key of Object.keys(table.languages.en!))
        owners.set(key, [...(owners.get(key) ?? []), table.name]);
    const shared = [...owners]
      .filter(([, names]) => names.length > 1)
      .map(([key, names]) => `${key}: ${names}`);
    expect(shared).toEqual([]);
  });

  it('has no key that nothing in src/ reads', () => {
    const code = sourceFiles
      .filter((file) => !tableFiles.includes(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = tables.flatMap((table) =>
      Object.keys(table.languages.en!)
        .filter((key) => !new RegExp(`\\bt\\.${key}\\b|\\bt\\[['"]${key}['"]\\]`).test(code))
        .map((key) => `${table.name}.${key} (${table.file})`),
    );
    expect(unused).toEqual([]);
  });
});
