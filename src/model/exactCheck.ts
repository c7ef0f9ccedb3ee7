/**
 * A quick yes/no to "would zod accept this value just as it is?", built once by walking a zod schema's
 * definition (`schema._zod.def`), so the rules live only in the schema.
 *
 * Why: jitless zod (the CSP forbids the eval it would otherwise use) builds a full copy of its input with
 * an issue list for every value, which is most of the cost of validating a dataset of tens of thousands of
 * spans, and enough to take a large import past its time budget. A dataset that is exactly valid needs no
 * copy: the closures built here check it in place and allocate nothing. Whenever they say no, or meet
 * something they do not understand, the caller runs zod itself, so its issues and paths are what the user
 * sees.
 *
 * "Exactly" is stricter than zod's acceptance: an object must be a plain object with no key the schema does
 * not name (z.object would strip it, so its output would differ from the input). When the check says yes,
 * zod's parse succeeds and returns a copy deep-equal to the value.
 */
import { z } from 'zod';

type Schema = z.core.$ZodType;
/** zod types a def's checks as `$ZodCheck<never>` (their input type is erased); they are run on unknown values. */
type Check = z.core.$ZodCheck<unknown>;
type Guard = (value: unknown) => boolean;

/**
 * Checks that only look at the value and never change it. They are run through their own zod functions, so
 * every detail is zod's (min_length, for one, counts code points, not UTF-16 units).
 */
const PREDICATE_CHECKS = new Set(['min_length', 'max_length', 'length_equals', 'greater_than', 'less_than', 'number_format']);

function isPredicate(check: Check): boolean {
  const def = check._zod.def;
  if (PREDICATE_CHECKS.has(def.check)) return true;
  // Other string formats (url, email...) have checks of their own, some of which rewrite the value.
  return def.check === 'string_format' && (def as z.core.$ZodCheckStringFormatDef).format === 'regex';
}

/** The checks zod runs on a value of this schema: as zod does, a schema that is itself a check (z.int()) comes first. */
function checksOf(schema: Schema): Check[] {
  const own = (schema._zod.def.checks ?? []) as Check[];
  return schema._zod.traits.has('$ZodCheck') ? [schema as unknown as Check, ...own] : own;
}

/** One payload reused for every predicate: a check pushes onto `issues` only when it fails. */
const scratch: z.core.ParsePayload = { value: undefined, issues: [] };

function passes(check: Check, value: unknown): boolean {
  scratch.value = value;
  void check._zod.check(scratch);
  if (!scratch.issues.length) return true;
  scratch.issues.length = 0;
  return false;
}

/** Adds the schema's checks to a guard of its shape; null when a check is of a kind not understood here. */
function withChecks(schema: Schema, shape: Guard): Guard | null {
  const checks = checksOf(schema);
  if (!checks.length) return shape;
  if (checks.every(isPredicate))
    return (value) => {
      if (!shape(value)) return false;
      // Indexed loops here and below: a dataset is checked once, mostly before the engine has optimised
      // this code, and unoptimised for...of is much slower.
      for (let i = 0; i < checks.length; i++) if (!passes(checks[i]!, value)) return false;
      return true;
    };
  // A refinement (.refine) may be anything: this node is left to zod, which is cheap as such nodes are small
  // (a URL, a figure's time). The shape guard still runs first, as zod's success says nothing of stripped keys.
  if (checks.every((check) => isPredicate(check) || check._zod.def.check === 'custom'))
    return (value) => shape(value) && z.safeParse(schema, value).success;
  return null;
}

const isString: Guard = (value) => typeof value === 'string';
// zod's number refuses NaN and ±Infinity.
const isFiniteNumber: Guard = (value) => typeof value === 'number' && Number.isFinite(value);
const isBoolean: Guard = (value) => typeof value === 'boolean';

/** A guard for a schema, or null when the schema uses anything not understood here. */
function compile(schema: Schema): Guard | null {
  const def = schema._zod.def;
  // zod's defs are not a discriminated union in its types: `type` names which def interface this one is.
  switch (def.type) {
    case 'string':
      return (def as z.core.$ZodStringDef).coerce ? null : withChecks(schema, isString);
    case 'number':
      return (def as z.core.$ZodNumberDef).coerce ? null : withChecks(schema, isFiniteNumber);
    case 'boolean':
      return (def as z.core.$ZodBooleanDef).coerce ? null : withChecks(schema, isBoolean);
    case 'enum':
    case 'literal': {
      // The very set zod's enum and literal parsers look the value up in.
      const values = schema._zod.values as ReadonlySet<unknown> | undefined;
      return values ? withChecks(schema, (value) => values.has(value)) : null;
    }
    case 'array':
      return compileArray(schema, def as z.core.$ZodArrayDef);
    case 'object':
      return compileObject(schema, def as z.core.$ZodObjectDef);
    default:
      // Optional is understood only as an object's field (see compileObject); everything else (unions,
      // defaults, transforms, pipes...) may produce a value other than its input, or is not needed yet.
      return null;
  }
}

function compileArray(schema: Schema, def: z.core.$ZodArrayDef): Guard | null {
  const element = compile(def.element);
  if (!element) return null;
  return withChecks(schema, (value) => {
    if (!Array.isArray(value)) return false;
    for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
    // A named property on an array (structured clone keeps one) is dropped from zod's copy. Every index is
    // present (a hole would have failed the element guard), so any key beyond them is such a property.
    return Object.keys(value).length === value.length;
  });
}

interface Field {
  name: string;
  /** `.optional()`: the key may be missing or undefined. */
  optional: boolean;
  guard: Guard;
}

function compileObject(schema: Schema, def: z.core.$ZodObjectDef): Guard | null {
  // A catchall (z.looseObject, z.strictObject) keeps or reports other keys: not needed here.
  if (def.catchall) return null;
  const shape = def.shape;
  const names = Object.keys(shape);
  // zod skips a `__proto__` field and reads symbol keys: neither is needed here.
  if (names.includes('__proto__') || Object.getOwnPropertySymbols(shape).length) return null;
  const fields: Field[] = [];
  for (const name of names) {
    const field = shape[name]!;
    const optional = field._zod.def.type === 'optional';
    // z.exactOptional() refuses an explicit undefined, unlike .optional(); checks on the optional itself
    // (`.optional().refine(...)`) would be skipped by looking only at the inner schema.
    if (optional && (field._zod.traits.has('$ZodExactOptional') || checksOf(field).length)) return null;
    const guard = compile(optional ? (field._zod.def as z.core.$ZodOptionalDef).innerType : field);
    if (!guard) return null;
    fields.push({ name, optional, guard });
  }
  const known = new Set(names);
  return withChecks(schema, (value) => {
    // Plain objects only (what JSON.parse and structuredClone make): zod's copy is always one.
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
    const record = value as Record<string, unknown>;
    // A key the schema does not name would be stripped from zod's copy.
    for (const key in record) if (!known.has(key)) return false;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      const item = record[field.name];
      if (item === undefined ? !field.optional : !field.guard(item)) return false;
    }
    return true;
  });
}

/**
 * A type guard that says yes only when zod would accept the value and return a copy deep-equal to it; it
 * never says yes to anything zod refuses. The claim `value is z.output<S>` is sound because of that: the
 * value has exactly the keys and the primitives of zod's output (the guard says no to unknown keys and to
 * named properties on arrays, and the walker to defaults, transforms, coercion and checks that rewrite: the
 * ways zod's output can differ from its input). A schema it cannot read gives a guard that always says no, leaving every value to zod.
 */
export function exactGuard<S extends Schema>(schema: S): (value: unknown) => value is z.output<S> {
  const guard = compile(schema) ?? (() => false);
  return guard as (value: unknown) => value is z.output<S>;
}
