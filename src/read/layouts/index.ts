import { SHAPE_NAMES, type ShapeName } from "../../model/example.js";
import type { JsonObject } from "../messages.js";
import { hhRlhf } from "./hh-rlhf.js";
import { alpacaPairs, questionPairs, questionPairsByResponseKeys, rankedList } from "./instruction-pairs.js";
import { kto } from "./kto.js";
import type { Detector, Layout } from "./layout.js";
import { llamaFactoryV1 } from "./llamafactory.js";
import { openAiDpo } from "./openai-dpo.js";
import { shareGpt } from "./sharegpt.js";
import { trlConversational, trlStandard, trlStandardImplicit } from "./trl.js";

/**
 * Every layout's test, in the order detectShape asks them; the first that says yes names the record's
 * shape. The order matters: the layouts whose keys are their own come first, those that share `prompt`,
 * `chosen` and `rejected` after, and trl-standard-implicit (any pair) last. Adding a layout: its file in
 * this folder, its name in SHAPE_NAMES (model/example.ts), and its line here.
 */
const DETECTION_ORDER: readonly (Layout | Detector)[] = [
  llamaFactoryV1,
  openAiDpo,
  shareGpt,
  kto,
  questionPairsByResponseKeys,
  rankedList,
  trlConversational,
  trlStandard,
  alpacaPairs,
  questionPairs,
  hhRlhf,
  trlStandardImplicit,
];

function isLayout(entry: Layout | Detector): entry is Layout {
  return "normalise" in entry;
}

/** Every layout, once, in SHAPE_NAMES order (the order docs/formats.md and the not-preference-data finding list them). */
export const LAYOUTS: readonly Layout[] = SHAPE_NAMES.map((name) => {
  const found = DETECTION_ORDER.filter(isLayout).filter((layout) => layout.name === name);
  if (found.length !== 1) throw new Error(`${found.length} layouts are named ${name}: give each shape one`);
  return found[0] as Layout;
});

const LAYOUT_BY_NAME: ReadonlyMap<ShapeName, Layout> = new Map(
  LAYOUTS.map((layout) => [layout.name, layout]),
);

export function layoutNamed(name: ShapeName): Layout {
  return LAYOUT_BY_NAME.get(name) as Layout;
}

/** The shape of the first layout whose test matches the record, or null when none does. */
export function detectLayout(record: JsonObject): ShapeName | null {
  for (const detector of DETECTION_ORDER) if (detector.detects(record)) return detector.name;
  return null;
}
