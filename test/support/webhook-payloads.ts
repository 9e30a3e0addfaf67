// The event payloads the e2e tests hand the action, checked against GitHub's own description of each
// webhook's payload (the `webhooks` of test/fixtures/github-openapi.json, extracted by
// scripts/extract-github-openapi.mjs). A test's payload carries only what the action reads, so the check is
// that every field it has is one GitHub documents for that event, with the documented type: a misnamed or
// mistyped field, which real GitHub would never send, fails the test.
import { readFileSync } from "node:fs";
import path from "node:path";

interface Schema {
  type?: string | string[];
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
}

const WEBHOOKS = (
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../fixtures/github-openapi.json"), "utf8")) as {
    webhooks: Record<string, Schema>;
  }
).webhooks;

/** Where `payload` departs from the documented payload of `event` (none for an event not described). */
export function payloadViolations(event: string, payload: unknown): string[] {
  const schema = WEBHOOKS[event];
  if (!schema) return [];
  const problems: string[] = [];
  check(schema, payload, event, problems);
  return problems;
}

function variants(schema: Schema): Schema[] {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.flatMap(variants);
  if (schema.allOf) {
    // Every part applies: merge their properties into one object schema.
    const merged: Schema = { type: "object", properties: {} };
    for (const part of schema.allOf.flatMap(variants))
      Object.assign(merged.properties ?? {}, part.properties);
    return [merged];
  }
  return [schema];
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function accepts(schema: Schema, value: unknown): boolean {
  const actual = typeOf(value);
  if (actual === "null" && schema.nullable) return true;
  if (schema.enum && !schema.enum.includes(value)) return false;
  if (schema.type === undefined) return true;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes(actual) || (actual === "integer" && types.includes("number"));
}

function check(schema: Schema, value: unknown, where: string, problems: string[]): void {
  const options = variants(schema).filter((option) => accepts(option, value));
  if (options.length === 0) {
    problems.push(`${where}: ${JSON.stringify(value)?.slice(0, 60)} is not what GitHub documents`);
    return;
  }
  if (typeOf(value) === "array") {
    const items = options.find((option) => option.items)?.items;
    if (items) {
      for (const [i, item] of (value as unknown[]).entries()) check(items, item, `${where}[${i}]`, problems);
    }
    return;
  }
  if (typeOf(value) !== "object") return;
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    const declared = options.find((option) => option.properties?.[key])?.properties?.[key];
    if (declared) check(declared, field, `${where}.${key}`, problems);
    else if (!options.some((option) => option.additionalProperties)) {
      problems.push(`${where}.${key} is not a field GitHub documents`);
    }
  }
}
