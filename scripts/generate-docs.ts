// Regenerates what is generated from the code: the rules table of docs/rules.md, the action inputs and
// outputs tables of docs/action.md (from action.yml), and the config JSON Schema.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import {
  ACTION_INPUTS_END,
  ACTION_INPUTS_START,
  ACTION_OUTPUTS_END,
  ACTION_OUTPUTS_START,
  ACTION_TABLES_DOC,
  RULES_TABLE_DOC,
  RULES_TABLE_END,
  RULES_TABLE_START,
  renderActionTables,
  renderConfigSchema,
  renderRulesTable,
  replaceBetweenMarkers,
} from "../src/cli/docs.js";

const rulesDoc = await readFile(RULES_TABLE_DOC, "utf8");
await writeFile(
  RULES_TABLE_DOC,
  replaceBetweenMarkers(rulesDoc, RULES_TABLE_START, RULES_TABLE_END, renderRulesTable()),
);

const tables = renderActionTables(await readFile("action.yml", "utf8"));
let actionDoc = await readFile(ACTION_TABLES_DOC, "utf8");
actionDoc = replaceBetweenMarkers(actionDoc, ACTION_INPUTS_START, ACTION_INPUTS_END, tables.inputs);
actionDoc = replaceBetweenMarkers(actionDoc, ACTION_OUTPUTS_START, ACTION_OUTPUTS_END, tables.outputs);
await writeFile(ACTION_TABLES_DOC, actionDoc);

await mkdir("schema", { recursive: true });
await writeFile("schema/dataset-ci.schema.json", renderConfigSchema());
