import { categoryDistribution } from "./category-distribution.js";
import { chosenApologetic } from "./chosen-apologetic.js";
import { chosenComplies } from "./chosen-complies.js";
import { chosenLecturing } from "./chosen-lecturing.js";
import { chosenNoAlternative } from "./chosen-no-alternative.js";
import { chosenNoQuestion } from "./chosen-no-question.js";
import { chosenOverlong } from "./chosen-overlong.js";
import { chosenRobotic } from "./chosen-robotic.js";
import { chosenTooShort } from "./chosen-too-short.js";
import { chosenVague } from "./chosen-vague.js";
import { contextMismatch } from "./context-mismatch.js";
import { controlChars } from "./control-chars.js";
import { corruptFile } from "./corrupt-file.js";
import { decompressedTooLarge } from "./decompressed-too-large.js";
import { duplicateExample } from "./duplicate-example.js";
import { duplicateKey } from "./duplicate-key.js";
import { duplicatePrompt } from "./duplicate-prompt.js";
import { emptyResponse } from "./empty-response.js";
import { identicalResponses } from "./identical-responses.js";
import { invalidJson } from "./invalid-json.js";
import { lengthBias } from "./length-bias.js";
import { lfsPointer } from "./lfs-pointer.js";
import { lineTooLong } from "./line-too-long.js";
import { loneSurrogate } from "./lone-surrogate.js";
import { minSize } from "./min-size.js";
import { missingCategory } from "./missing-category.js";
import { missingField } from "./missing-field.js";
import { mixedShapes } from "./mixed-shapes.js";
import { mojibake } from "./mojibake.js";
import { nearDuplicate } from "./near-duplicate.js";
import { notPreferenceData } from "./not-preference-data.js";
import { notUtf8 } from "./not-utf8.js";
import { outsideWorkspace } from "./outside-workspace.js";
import { pii } from "./pii.js";
import { refusalInChosen } from "./refusal-in-chosen.js";
import { rejectedIsRefusal } from "./rejected-is-refusal.js";
import { rejectedTooShort } from "./rejected-too-short.js";
import { replacementChar } from "./replacement-char.js";
import type { Rule } from "./rule.js";
import { scoreInverted } from "./score-inverted.js";
import { scoreTie } from "./score-tie.js";
import { splitLeakage } from "./split-leakage.js";
import { truncatedResponse } from "./truncated-response.js";
import { unknownCategory } from "./unknown-category.js";
import { unreadPromptField } from "./unread-prompt-field.js";
import { wrongType } from "./wrong-type.js";

/**
 * Every rule, in the order reports and docs list them. Rule ids are public: users write them in config.
 * Adding a rule: its file, and its line here; every list below is derived from this one.
 */
const RULE_MODULES = [
  // Files and records
  lfsPointer,
  corruptFile,
  decompressedTooLarge,
  notUtf8,
  outsideWorkspace,
  notPreferenceData,
  mixedShapes,
  invalidJson,
  lineTooLong,
  duplicateKey,
  missingField,
  wrongType,
  emptyResponse,
  contextMismatch,
  unreadPromptField,
  // Pairs
  identicalResponses,
  chosenTooShort,
  rejectedTooShort,
  scoreInverted,
  scoreTie,
  duplicateExample,
  duplicatePrompt,
  nearDuplicate,
  splitLeakage,
  // Text quality
  truncatedResponse,
  mojibake,
  controlChars,
  replacementChar,
  loneSurrogate,
  pii,
  // Categories
  missingCategory,
  unknownCategory,
  // Refusal style
  chosenComplies,
  chosenLecturing,
  chosenNoAlternative,
  chosenNoQuestion,
  chosenApologetic,
  chosenRobotic,
  chosenVague,
  chosenOverlong,
  rejectedIsRefusal,
  refusalInChosen,
  // The dataset as a whole
  minSize,
  categoryDistribution,
  lengthBias,
] as const;

export const RULES: readonly Rule[] = RULE_MODULES as unknown as readonly Rule[];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rules the readers report while reading (the check's read-file.ts and the normalisers in read/). */
export type ReaderRuleId = Extract<(typeof RULE_MODULES)[number], { kind: "reader" }>["id"];

/** Rules whose findings are about a whole file: their fingerprint holds no record's content, and no line counts. */
export const FILE_LEVEL_RULES: ReadonlySet<string> = new Set(
  RULES.filter((r) => r.scope === "file").map((r) => r.id),
);

/** Rules whose findings judge a dataset as a whole: the gates a reviewer cares about first. */
export const GATE_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.gate).map((r) => r.id));
