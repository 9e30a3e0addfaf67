// Regenerates what is generated from the code: the README's rules table and the config JSON Schema.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import {
  RULES_TABLE_END,
  RULES_TABLE_START,
  renderConfigSchema,
  renderRulesTable,
  replaceBetweenMarkers,
} from "../src/docs.js";

const readme = await readFile("README.md", "utf8");
await writeFile(
  "README.md",
  replaceBetweenMarkers(readme, RULES_TABLE_START, RULES_TABLE_END, renderRulesTable()),
);
await mkdir("schema", { recursive: true });
await writeFile("schema/dataset-ci.schema.json", renderConfigSchema());
