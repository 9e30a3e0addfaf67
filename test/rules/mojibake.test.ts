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

testRule("mojibake", {
  valid: [
    passes(pair()),
    passes(
      chosen(`${GOOD_CHOSEN} São Paulo, naïve, café, Straße…, ¿Qué tal? «Bonjour» — 25°C, ½ cup, © 2024.`),
    ),
    // Capital letters of Latin-1 next to each other that are no UTF-8 sequence.
    passes(chosen(`${GOOD_CHOSEN} ÀÉÎÕÜ are vowels with accents.`)),
  ],
  invalid: [
    fires(
      chosen(GOOD_CHOSEN.replace("can't", "canâ€™t")),
      `chosen has mojibake at character ${GOOD_CHOSEN.indexOf("can't") + 4}: "â€™" is "’" decoded as Windows-1252 (1 garbled sequence)`,
    ),
    fires(pair({ rejected: `${GOOD_REJECTED} Meet at the cafÃ©.` }), "rejected has mojibake"),
    fires(pair({ prompt: `${PROMPT} â€œtodayâ€\u009d` }), "(2 garbled sequences)"),
    // UTF-8 read as Latin-1: C1 controls in the sequence.
    fires(
      chosen(`${GOOD_CHOSEN} Wait\u00e2\u0080\u0094it\u00e2\u0080\u0099s done.`),
      '"—" decoded as Windows-1252',
    ),
    // LLaMA-Factory's dpo_en_demo, element 16: "her fiancÃ© Cal Hockley" in the prompt.
    fires(
      realRecord("llamafactory-dpo_en_demo.json", 15),
      '"Ã©" is "é" decoded as Windows-1252',
      "dpo_en_demo element 16",
    ),
    // Its kto_en_demo, element 260: "Belle Ã\u0089poque", a C1 control inside the sequence.
    fires(realRecord("llamafactory-kto_en_demo.json", 259), "has mojibake", "kto_en_demo element 260"),
  ],
});
