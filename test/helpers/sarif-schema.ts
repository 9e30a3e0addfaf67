import { createRequire } from "node:module";
import AjvModule from "ajv-draft-04";
import addFormatsModule from "ajv-formats";

// The SARIF 2.1.0 JSON schema as Microsoft's SARIF SDK publishes it for validation, in @microsoft/jest-sarif
// (lib/schemas/sarif-2.1.0-rtm.5.json, the schema SchemaStore serves as sarif-2.1.0-rtm.5). No npm package
// ships the OASIS final schema (draft-07, sarif-schema-2.1.0.json); rtm.5 is JSON Schema draft-04, hence
// ajv-draft-04. It differs from the final in GUID patterns, three artifact roles and the language pattern,
// none of which dataset-ci writes.
const require = createRequire(import.meta.url);
const schema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json") as object;

// Both are CommonJS: under NodeNext their classes are the modules' `default`.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

const ajv = new Ajv({
  allErrors: true,
  // The schema's `language` pattern has a stray `]` that only a non-Unicode RegExp accepts.
  unicodeRegExp: false,
  // Its `anyOf` branches require properties they do not declare (allowed by JSON Schema; ajv's strict
  // mode questions it).
  strict: false,
});
addFormats(ajv);

export const validateSarif = ajv.compile(schema);

/** The schema's errors for a log, as one readable string ("" when valid). */
export function sarifErrors(log: unknown): string {
  return validateSarif(log) ? "" : ajv.errorsText(validateSarif.errors, { separator: "\n" });
}
