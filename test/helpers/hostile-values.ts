import fc from 'fast-check';
import { z } from 'zod';

/**
 * Inputs a hostile or broken window could send to the core, for property tests: values of every
 * kind Electron's structured clone or the preview bridge's JSON can carry, and values shaped like a
 * procedure's input with something wrong inside. `invalidFor` keeps only what the schema refuses,
 * so a test asserting a refusal asserts something. `hostileFileName`: names of uploaded files.
 */

/** One shared large string: generating a fresh megabyte per run would only slow the tests. */
const HUGE = 'ə'.repeat(1 << 19);

/** Strings that have broken programs before. */
const ODD_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '\u202Egpj.exe',
  '\uD800',
  '\uDFFF\uD800',
  '\uFEFF',
  '\u200B\u200D',
  '\u2028\u2029',
  'İıI i',
  'e\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦',
  'ﷺ',
  '𝕂ö𝕣𝕡ü',
  '../../../etc/passwd',
  'C:\\Windows\\System32\\CON',
  'CON',
  'NUL.pdf',
  "'; DROP TABLE residents; --",
  '" OR 1=1 --',
  '%s%s%n',
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '2026-02-30',
  '0000-00-00',
  '9999-99-99T99:99:99Z',
  'NaN',
  '-1',
  '1e400',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  HUGE,
];

const ODD_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  -1,
  0.5,
  -2147483649,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MAX_VALUE,
];

/** Keys that change an object's prototype or shadow what every object has, when code copies carelessly. */
export const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];

/** An own property named `__proto__` (as JSON.parse makes one), which `{ __proto__: x }` would not. */
function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}

/** An object nested `depth` levels deep, built without recursion. */
function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) {
    value = asArray ? [value] : { a: value };
  }
  return value;
}

const DEEP = [nested(5000, false), nested(5000, true)];

/** Objects whose keys attack the prototype chain, as JSON (the preview bridge) and code produce them. */
const polluting: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...POLLUTING_KEYS).map((key) => JSON.parse(`{"${key}": {"polluted": true, "isAdmin": true}}`) as unknown),
  fc.constant(JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown),
  fc.constantFrom(...POLLUTING_KEYS).map((key) => withOwnKey({}, key, { polluted: true })),
  fc.constant(Object.create(null) as unknown),
);

/** A value of any kind and shape, including the odd ones: prototype keys, deep nesting, huge strings. */
export const anyHostile: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.anything({ key: fc.oneof(fc.string(), fc.constantFrom(...POLLUTING_KEYS)), maxDepth: 3 }), weight: 4 },
  {
    arbitrary: fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      maxDepth: 2,
    }),
    weight: 2,
  },
  { arbitrary: fc.constantFrom<unknown>(...ODD_STRINGS, ...ODD_NUMBERS, null, undefined, true, 0n, new Date(Number.NaN), ...DEEP), weight: 2 },
  { arbitrary: polluting, weight: 2 },
  { arbitrary: fc.array(fc.constantFrom<unknown>({}, [], null), { maxLength: 3 }), weight: 1 },
);

const oddString = fc.oneof(fc.constantFrom(...ODD_STRINGS), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-composite' }));
const oddNumber = fc.oneof(fc.constantFrom(...ODD_NUMBERS), fc.double(), fc.integer());

/** A value that fits `schema`'s shape at this node (its type, an allowed option) without caring for its checks. */
function plausible(schema: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  const inner = (child: z.ZodType): fc.Arbitrary<unknown> => shaped(child, depth + 1);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodReadonly || schema instanceof z.ZodNonOptional) {
    const wrapped = inner(schema.unwrap() as z.ZodType);
    return schema instanceof z.ZodNullable ? fc.oneof(wrapped, fc.constant(null)) : fc.oneof(wrapped, fc.constant(undefined));
  }
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault || schema instanceof z.ZodCatch) {
    return inner(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodPipe) {
    return inner(schema.in as z.ZodType);
  }
  if (schema instanceof z.ZodLazy) {
    return depth > 4 ? anyHostile : inner(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodObject) {
    return objectLike(schema, depth);
  }
  if (schema instanceof z.ZodArray) {
    return fc.array(inner(schema.element as z.ZodType), { maxLength: 4 });
  }
  if (schema instanceof z.ZodTuple) {
    return fc.tuple(...(schema.def.items as z.ZodType[]).map(inner));
  }
  if (schema instanceof z.ZodRecord) {
    return fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...POLLUTING_KEYS)), inner(schema.valueType as z.ZodType), { maxKeys: 3 });
  }
  if (schema instanceof z.ZodUnion) {
    return fc.oneof(...(schema.options as z.ZodType[]).map(inner));
  }
  if (schema instanceof z.ZodIntersection) {
    return fc.oneof(inner(schema.def.left as z.ZodType), inner(schema.def.right as z.ZodType));
  }
  if (schema instanceof z.ZodEnum) {
    return fc.oneof(fc.constantFrom(...(schema.options as (string | number)[])), oddString);
  }
  if (schema instanceof z.ZodLiteral) {
    return fc.constantFrom(...([...schema.values] as unknown[]));
  }
  if (schema instanceof z.ZodString) {
    return fc.oneof(fc.string(), oddString);
  }
  if (schema instanceof z.ZodNumber) {
    return oddNumber;
  }
  if (schema instanceof z.ZodBoolean) {
    return fc.boolean();
  }
  return anyHostile;
}

/** An object with the schema's keys (some left out, some extra or polluting ones added), each value shaped by its own schema. */
function objectLike(schema: z.ZodObject, depth: number): fc.Arbitrary<unknown> {
  const fields = Object.entries<z.ZodType>(schema.shape);
  const values = fc.tuple(...fields.map(([, child]) => fc.option(shaped(child, depth + 1), { freq: 6, nil: undefined })));
  const extra = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...POLLUTING_KEYS), fc.string()), anyHostile), { maxLength: 2 });
  return fc.tuple(values, extra, fc.boolean()).map(([chosen, added, leaveOut]) => {
    const result: Record<string, unknown> = {};
    fields.forEach(([key], index) => {
      const value = chosen[index];
      if (value !== undefined || !leaveOut) {
        withOwnKey(result, key, value);
      }
    });
    for (const [key, value] of added) {
      withOwnKey(result, key, value);
    }
    return result;
  });
}

/** Mostly a value of the schema's shape at this node, sometimes anything at all. */
function shaped(schema: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) {
    return anyHostile;
  }
  return fc.oneof({ arbitrary: plausible(schema, depth), weight: 5 }, { arbitrary: anyHostile, weight: 1 });
}

/**
 * Inputs `schema` refuses: anything at all, or something shaped like a valid input with one or more
 * things wrong inside (a type, a missing or extra key, an odd string or number, a polluting key).
 */
export function invalidFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  return fc
    .oneof({ arbitrary: shaped(schema, 0), weight: 3 }, { arbitrary: anyHostile, weight: 1 })
    .filter((input) => !schema.safeParse(input).success);
}

/** Names people and attackers give files: paths, hidden characters, device names, every script. */
export const hostileFileName = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom('/', '\\', '..', '.', ' ', '\u0000', '\n', '\u202E', '\u200B', '\uFEFF', '\uD800', ':', '*', '?', '"', '<', '>', '|'),
        fc.constantFrom('CON', 'con', 'PRN', 'AUX', 'NUL', 'nul', 'COM1', 'LPT9', 'COM¹', 'CONIN$'),
        fc.constantFrom('.pdf', '.PDF', '.png', '.jpg', '.jpeg', '.exe', '.html', '.pdf.exe'),
        fc.constantFrom('Məhkəmə qərarı', 'şəkil', 'Ərizə', 'İsmayılov', 'файл', '报告', '👩‍👧', 'e\u0301'),
        fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
  fc.constantFrom('ə'.repeat(300), `${'a'.repeat(400)}.pdf`, `${'😀'.repeat(80)}.png`),
);
