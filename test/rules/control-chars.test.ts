import {
  fires,
  GOOD_CHOSEN,
  GOOD_REJECTED,
  PROMPT,
  pair,
  passes,
  realRecord,
  testRule,
} from "../support/rule-tester.js";

const chosen = (text: string) => pair({ chosen: text });

testRule("control-chars", {
  valid: [
    passes(pair()),
    passes(chosen(`${GOOD_CHOSEN}\n\tLine two.\r\nLine three.`)),
    // UTF-8 read as Latin-1: "—" and "’" become "â" and two C1 controls, which are mojibake's finding.
    passes(chosen(`${GOOD_CHOSEN} Wait\u00e2\u0080\u0094it\u00e2\u0080\u0099s done.`)),
    passes(pair({ prompt: `${PROMPT} \u00e2\u0080\u009ctoday\u00e2\u0080\u009d` })),
    // LLaMA-Factory's kto_en_demo, element 260: "Belle Ã\u0089poque" is mojibake, its C1 control part of it.
    passes(realRecord("llamafactory-kto_en_demo.json", 259), "kto_en_demo element 260"),
  ],
  invalid: [
    fires(
      chosen(`${GOOD_CHOSEN}\u0007`),
      `chosen holds U+0007 at character ${GOOD_CHOSEN.length + 1} (1 control character)`,
    ),
    fires(pair({ rejected: `\u001b[31m${GOOD_REJECTED}` }), "rejected holds U+001B at character 1"),
    fires(pair({ prompt: `${PROMPT}\u0085` }), "prompt holds U+0085"),
    // "\\frac" written as "\frac" in JSON: a form feed and "rac", as in LLaMA-Factory's dpo_en_demo.
    fires(chosen(`${GOOD_CHOSEN} \frac{1}{2}`), "chosen holds U+000C"),
    // A control character outside the mojibake is still found.
    fires(chosen(`${GOOD_CHOSEN} Wait\u00e2\u0080\u0094it\u0085 is done.`), "chosen holds U+0085"),
    fires(
      chosen(`\u0090${GOOD_CHOSEN} Wait\u00e2\u0080\u0094it is done.`),
      "chosen holds U+0090 at character 1",
    ),
    fires(chosen(`${GOOD_CHOSEN}\u0000\u0000\u0000`), "(3 control characters)"),
    // LLaMA-Factory's dpo_en_demo, element 287.
    fires(realRecord("llamafactory-dpo_en_demo.json", 286), "control character", "dpo_en_demo element 287"),
  ],
});
