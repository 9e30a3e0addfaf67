// GitHub's REST description as the stand-in uses it: every operation the action may call (extracted into
// test/fixtures/github-openapi.json by scripts/extract-github-openapi.mjs), compiled once into a route and
// validators of its parameters, request body and documented responses.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import type { RecordedRequest } from "./types.js";

interface Operation {
  operationId: string;
  method: string;
  path: string;
  parameters: Array<{ name: string; in: string; required: boolean; schema: object }>;
  requestBody: object | null;
  responses: Record<string, { schema: object | null }>;
}

export const SPEC = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../fixtures/github-openapi.json"), "utf8"),
) as { operations: Operation[] };

// GitHub's description is OpenAPI 3.0 (`nullable`); formats are documentation there, not constraints.
export const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });

export interface CompiledOperation extends Operation {
  pattern: RegExp;
  pathNames: string[];
  validateBody: ValidateFunction | null;
  validateResponse: Map<string, ValidateFunction | null>;
  validateParameter: Map<string, ValidateFunction>;
}

const OPERATIONS: CompiledOperation[] = SPEC.operations.map((operation) => {
  const pathNames: string[] = [];
  const pattern = new RegExp(
    `^${operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      pathNames.push(name);
      return "([^/]+)";
    })}$`,
  );
  return {
    ...operation,
    pattern,
    pathNames,
    validateBody: operation.requestBody ? ajv.compile(operation.requestBody) : null,
    validateResponse: new Map(
      Object.entries(operation.responses).map(([status, r]) => [
        status,
        r.schema ? ajv.compile(r.schema) : null,
      ]),
    ),
    validateParameter: new Map(operation.parameters.map((p) => [p.name, ajv.compile(p.schema)])),
  };
});

/** The operation a request names, with its path's parameters; null when GitHub documents none. */
export function route(method: string, pathname: string) {
  for (const operation of OPERATIONS) {
    if (operation.method !== method) continue;
    const found = operation.pattern.exec(pathname);
    if (!found) continue;
    const params = Object.fromEntries(
      operation.pathNames.map((name, i) => [name, decodeURIComponent(found[i + 1] as string)]),
    );
    return { operation, params };
  }
  return null;
}

/** Every way a request departs from its operation's description: parameters, query and body. */
export function requestViolations(
  operation: CompiledOperation,
  params: Record<string, string>,
  query: Record<string, string>,
  body: unknown,
  record: RecordedRequest,
): string[] {
  const violations: string[] = [];
  const where = `${record.method} ${record.path}`;
  for (const parameter of operation.parameters) {
    const value =
      parameter.in === "path"
        ? params[parameter.name]
        : parameter.in === "query"
          ? query[parameter.name]
          : undefined;
    if (parameter.in !== "path" && parameter.in !== "query") continue;
    if (value === undefined) {
      if (parameter.required)
        violations.push(`${where}: missing ${parameter.in} parameter ${parameter.name}`);
      continue;
    }
    const validate = operation.validateParameter.get(parameter.name) as ValidateFunction;
    const typed = /^-?\d+$/.test(value) && !validate(value) ? Number(value) : value;
    if (!validate(typed)) {
      violations.push(`${where}: ${parameter.name}=${value} ${ajv.errorsText(validate.errors)}`);
    }
  }
  for (const name of Object.keys(query)) {
    if (!operation.parameters.some((p) => p.in === "query" && p.name === name)) {
      violations.push(`${where}: unknown query parameter ${name}`);
    }
  }
  if (operation.validateBody) {
    if (!operation.validateBody(body)) {
      violations.push(`${where}: request body ${ajv.errorsText(operation.validateBody.errors)}`);
    }
  } else if (body !== undefined) {
    violations.push(`${where}: a body where the operation takes none`);
  }
  return violations;
}

export interface SchemaNode {
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  minimum?: number;
}

/** The documented schema of an operation's answer with this status. */
export function responseSchema(operationId: string, status: string): SchemaNode | undefined {
  return SPEC.operations.find((o) => o.operationId === operationId)?.responses[status]?.schema as
    | SchemaNode
    | undefined;
}

/** The smallest value a schema accepts: required properties only, null where allowed, first enum value. */
export function smallestInstance(schema: unknown): unknown {
  const node = (schema ?? {}) as SchemaNode;
  const variant = node.allOf?.[0] ?? node.anyOf?.[0] ?? node.oneOf?.[0];
  if (node.allOf && node.allOf.length > 1) {
    return Object.assign({}, ...node.allOf.map((part) => smallestInstance(part)));
  }
  if (variant) return smallestInstance(variant);
  if (node.nullable && node.type !== "object") return null;
  if (node.enum) return node.enum[0];
  switch (node.type) {
    case "object":
    case undefined:
      if (!node.properties) return node.nullable ? null : {};
      if (node.nullable) return null;
      return Object.fromEntries(
        (node.required ?? []).map((key) => [key, smallestInstance(node.properties?.[key])]),
      );
    case "array":
      return [];
    case "string":
      return "";
    case "integer":
    case "number":
      return node.minimum ?? 0;
    case "boolean":
      return false;
    default:
      return null;
  }
}
