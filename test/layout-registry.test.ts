import { describe, expect, it } from "vitest";
import { SHAPE_NAMES, type ShapeName } from "../src/model/example.js";
import { LAYOUTS } from "../src/read/layouts/index.js";
import { detectShape, KNOWN_LAYOUTS, shapeFamily } from "../src/read/shapes.js";

const user = (content: string) => ({ role: "user", content });
const assistant = (content: string) => ({ role: "assistant", content });
const transcript = (reply: string) => `\n\nHuman: Hi\n\nAssistant: ${reply}`;

describe("the layout registry", () => {
  it("has one layout for each shape name, in SHAPE_NAMES order", () => {
    expect(LAYOUTS.map((layout) => layout.name)).toEqual([...SHAPE_NAMES]);
  });

  it("names every family's keys where a not-preference-data finding lists the layouts", () => {
    const named = new Set(LAYOUTS.filter((layout) => layout.knownAs).map((layout) => layout.family));
    for (const layout of LAYOUTS) expect(named).toContain(shapeFamily(layout.name));
    for (const layout of LAYOUTS) if (layout.knownAs) expect(KNOWN_LAYOUTS).toContain(layout.knownAs);
  });

  // Records whose keys fit more than one layout's test: the layout asked first wins, so moving a layout
  // in DETECTION_ORDER changes one of these. The last three fit one layout's keys, or none, but only in part.
  const AMBIGUOUS: Array<[ShapeName | null, Record<string, unknown>]> = [
    ["llamafactory-v1", { chosen_messages: [user("P"), assistant("C")], preferred_output: [assistant("C")] }],
    ["openai-dpo", { preferred_output: [assistant("C")], conversations: [], chosen: "C" }],
    ["sharegpt", { conversations: [], chosen: "C", label: true, completion: "C" }],
    ["kto", { label: true, completion: "C", response_chosen: "C" }],
    ["question-pairs", { response_chosen: "C", prompt: "P", response: ["C", "R"] }],
    ["kto", { label: false, completion: "C", prompt: "P", response: ["C", "R"] }],
    ["trl-standard", { prompt: "P", response: ["C", "R"], chosen: "C" }],
    ["trl-conversational", { prompt: "P", instruction: "I", chosen: [assistant("C")], rejected: [] }],
    ["trl-standard", { prompt: "P", instruction: "I", chosen: "C", rejected: "R" }],
    ["alpaca-pairs", { instruction: "I", question: "Q", chosen: "C", rejected: "R" }],
    ["question-pairs", { question: "Q", chosen: transcript("C"), rejected: transcript("R") }],
    ["hh-rlhf", { chosen: transcript("C"), rejected: transcript("R") }],
    ["question-pairs", { response_rejected: "R" }],
    [null, { prompt: [user("P")], response: "C" }],
    [null, { instruction: "I", output: [assistant("C")] }],
  ];

  it.each(AMBIGUOUS)("reads a record that fits several layouts as the first asked: %s", (shape, record) => {
    expect(detectShape(record)).toBe(shape);
  });
});
