import {
  fires,
  GOOD_CHOSEN,
  GOOD_REJECTED,
  pair,
  passes,
  realRecord,
  testRule,
} from "../support/rule-tester.js";

const chosen = (text: string) => pair({ chosen: `${GOOD_CHOSEN} ${text}` });
const rejected = (text: string) => pair({ rejected: `${GOOD_REJECTED} ${text}` });
const EMAIL = "chosen holds an e-mail address";
const PHONE = "a phone number";
const CARD = "rejected holds a payment card number";
const KEY = "holds an API key or token";

testRule("pii", {
  valid: [
    passes(pair()),
    // Reserved example domains, fictional 555 numbers, dates, years, versions, addresses of machines.
    passes(chosen("Write to user@example.com or jane@mail.example.org, or call (212) 555-0123.")),
    passes(chosen("It ran in 2019 2020 2021 2022, on 2024-01-15, version 1.2.3.4, host 192.168.100.200.")),
    // A number failing Luhn, a 13-digit sum, placeholders that are not keys.
    passes(chosen("Order 4111 1111 1111 1112; 256626720691 + 1646615806005 = 1903242526696.")),
    passes(chosen("Set OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxx or YOUR_API_KEY in the file.")),
    // Every name RFC 2606 and RFC 6761 reserve for examples, and one-letter toys of a text about patterns.
    passes(
      chosen("Try ann@example.net, bob@mail.example, carl@host.test, dee@nowhere.invalid, eve@EXAMPLE.ORG."),
    ),
    passes(chosen("The pattern \\w+@\\w+\\.\\w+ matches x@y.co and a@b.com, not a@b.")),
    // Only the configured kinds are looked for.
    {
      record: chosen("Write to jane.doe@gmail.com."),
      options: { kinds: ["phone", "card"] },
      name: "e-mail not configured",
    },
  ],
  invalid: [
    fires(chosen("Write to jane.doe@gmail.com."), `${EMAIL} at character ${GOOD_CHOSEN.length + 11}`),
    // Near the reserved names, but not them; a one-letter mailbox on a real domain.
    {
      record: chosen("Write to ann@example.co.uk or ann@myexample.com."),
      findings: [{ line: 1, message: `${EMAIL} at character ${GOOD_CHOSEN.length + 11} (2 in this text)` }],
    },
    fires(chosen("Write to j@gmail.com."), EMAIL),
    fires(chosen("Write to ann@testing.org."), EMAIL),
    // One finding per kind and field, counting the others.
    fires(chosen("Call +44 20 7946 0958 or (415) 867-5309."), `chosen holds ${PHONE} at character`),
    fires(rejected("Pay with 4111 1111 1111 1111, exp 09/27."), CARD),
    fires(rejected("Use the key AKIAIOSFODNN7EXAMPLE with the secret."), `rejected ${KEY} (AWS access key)`),
    fires(
      pair({ prompt: `My token is ghp_${"aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5"}, fix it` }),
      `prompt ${KEY}`,
    ),
    fires(rejected("OPENAI_API_KEY=sk-proj-4fR9tXq2LmZ8vB7nK1cW3yH6jD0sPaE5"), `rejected ${KEY}`),
    fires(rejected("\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow…"), `rejected ${KEY} (private key)`),
    // Each kind of key by its prefix (the screen before the patterns looks for every one of them).
    fires(rejected("The session key was ASIAQ3EGRW5JKT7PLM2N today."), `rejected ${KEY} (AWS access key)`),
    fires(
      rejected("Token: github_pat_11ABCDEFG0aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 here."),
      `rejected ${KEY} (GitHub token)`,
    ),
    fires(rejected("Post with xoxb-1234567890-abcdefGHIJ please."), `rejected ${KEY} (Slack token)`),
    fires(rejected("Charge it with sk_live_4eC39HqLyjWDarjtT1zdp7dc now."), `rejected ${KEY} (Stripe key)`),
    fires(
      rejected("Maps key AIzaSyD3xK9mPq2Lr8vT5wN7bY1cF4hJ6gE0aZs works."),
      `rejected ${KEY} (Google API key)`,
    ),
    fires(
      rejected("Login with hf_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY first."),
      `rejected ${KEY} (Hugging Face token)`,
    ),
    fires(
      rejected("Send eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dGhpc2lzYXNpZ25hdHVyZQ as the header."),
      `rejected ${KEY} (JSON Web Token)`,
    ),
    // Two kinds in one text: two findings, in the order they appear.
    {
      record: chosen("jane.doe@gmail.com (415) 867-5309"),
      findings: [
        { line: 1, message: EMAIL },
        { line: 1, message: PHONE },
      ],
    },
    {
      record: chosen("jane.doe@gmail.com (415) 867-5309"),
      options: { kinds: ["phone"] },
      findings: [{ line: 1, message: `chosen holds ${PHONE}` }],
      name: "only the phone configured",
    },
    // HH-RLHF harmless, line 353: a made-up address on a real-looking domain; its "+1 (555) 555-5555" is fictional.
    {
      record: realRecord("hh-rlhf-harmless-base-test.jsonl.gz", 352),
      findings: [
        { line: 1, message: EMAIL },
        { line: 1, message: "rejected holds an e-mail address" },
      ],
      name: "HH-RLHF harmless line 353",
    },
  ],
});
