// Regenerates what is generated from the code: the README's rules table, its action inputs and outputs
// tables (from action.yml), and the config JSON Schema.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import {
  ACTION_INPUTS_END,
  ACTION_INPUTS_START,
  ACTION_OUTPUTS_END,
  ACTION_OUTPUTS_START,
  RULES_TABLE_END,
  RULES_TABLE_START,
  renderActionTables,
  renderConfigSchema,
  renderRulesTable,
  replaceBetweenMarkers,
} from "../src/cli/docs.js";

const tables = renderActionTables(await readFile("action.yml", "utf8"));
let readme = await readFile("README.md", "utf8");
readme = replaceBetweenMarkers(readme, RULES_TABLE_START, RULES_TABLE_END, renderRulesTable());
readme = replaceBetweenMarkers(readme, ACTION_INPUTS_START, ACTION_INPUTS_END, tables.inputs);
readme = replaceBetweenMarkers(readme, ACTION_OUTPUTS_START, ACTION_OUTPUTS_END, tables.outputs);
await writeFile("README.md", readme);
await mkdir("schema", { recursive: true });
await writeFile("schema/dataset-ci.schema.json", renderConfigSchema());
