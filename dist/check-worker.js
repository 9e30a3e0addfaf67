import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 747:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(919);
/* harmony import */ var _check_check_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(847);
/* harmony import */ var _check_threads_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(515);
// A worker thread's entry (threads.ts): does its part of the plan and posts its findings with their keys.
// Bundled as dist/check-worker.js, next to dist/index.js and dist/cli.js, which start it.



const input = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
let output;
try {
    const post = (offer) => node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage(offer);
    output = {
        ok: true,
        ...(await (0,_check_check_js__WEBPACK_IMPORTED_MODULE_1__/* .checkThreadPart */ .yj)(input.options, (0,_check_threads_js__WEBPACK_IMPORTED_MODULE_2__/* .threadPart */ .qK)(input.plan, input.thread, post))),
    };
}
catch (error) {
    output = {
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
    };
}
node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage(output);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yj: () => (/* binding */ checkThreadPart)
});

// UNUSED EXPORTS: check, checkInParts

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __nccwpck_require__(816);
;// CONCATENATED MODULE: ./.tmp/bundle-js/model/schema-bounds.js

// Bounds on every number, string and list of a report, so one forged value in a report read back (the
// analysis a publish run downloads) cannot dominate memory or the rendering. Our own reports keep within
// them: messages and excerpts are bounded where they are made.
/** The longest message, excerpt, note or fix text. */
const MAX_TEXT = 20_000;
/** The longest path, field or dataset name. */
const MAX_NAME = 1_000;
const count = schemas/* number */.aig().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const schema_bounds_text = schemas/* string */.YjP().max(MAX_TEXT);
const schema_bounds_name = schemas/* string */.YjP().max(MAX_NAME);
/** A share of a whole, 0–1. */
const share = schemas/* number */.aig().min(0).max(1);

;// CONCATENATED MODULE: ./.tmp/bundle-js/model/finding.js
// What a rule says about a line, file or dataset, and the severities that decide the verdict.


const SEVERITIES = ["error", "warning", "notice"];
/** Higher is more severe; used to order findings and to apply `fail-on`. */
const finding_SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
/**
 * A correction that is mechanical and certain, as ESLint's fix is a range and its new text: here lines
 * `line` to `endLine` of the file (1-based, inclusive) and the text they should read instead, without the
 * final line break. The review offers it as a one-click GitHub suggestion.
 */
const findingFixSchema = schemas/* object */.Ikc({
    line: count.min(1),
    endLine: count.min(1),
    text: schema_bounds_text,
});
/**
 * What a rule or reader says about a line; the engine adds the rule id and the configured severity. The
 * schema is the type (Finding is inferred from it) and validates a report read back (action/analysis.ts).
 */
const findingSchema = schemas/* object */.Ikc({
    // Rendered as **rule** next to the registry's text: only a rule id's characters are allowed.
    rule: schemas/* string */.YjP().regex(/^[a-z][a-z0-9-]{0,63}$/, "should be a rule id"),
    severity: schemas/* enum */.k5n(SEVERITIES),
    /** 1-based line; 1 for findings about the whole file. Absent for dataset-level findings. */
    line: count.min(1).optional(),
    /**
     * The line the record ends on, when it spans lines (a pretty-printed JSON array element, a CSV row
     * with a quoted cell that breaks lines): absent when it is `line`.
     */
    endLine: count.min(1).optional(),
    /**
     * 1-based row, instead of `line`, in a file whose records have no lines (Parquet). Findings about a
     * whole Parquet file have neither.
     */
    row: count.min(1).optional(),
    /** The field the finding is about, as a path into the record (`chosen`, `conversations[2].value`). */
    field: schema_bounds_name.optional(),
    message: schema_bounds_text,
    /** A short piece of the offending text, already bounded; renderers still escape it. */
    excerpt: schema_bounds_text.optional(),
    /** The record's lines as they should read, when the fix is mechanical and certain. */
    fix: findingFixSchema.optional(),
    /**
     * Identifies the finding across runs by its rule and content, not its line (see src/check/content-hash.ts);
     * computed when a baseline is in use or being written. base64url of a sha256 prefix.
     */
    fingerprint: schemas/* string */.YjP()
        .regex(/^[0-9A-Za-z_-]{1,128}$/)
        .optional(),
    /** The baseline accepts this finding: it is reported but does not count toward the gate. */
    baselined: schemas/* literal */.euz(true).optional(),
});
const FAIL_ON_LEVELS = [...SEVERITIES, "never"];
/**
 * The one validation of a fail-on value, wherever it comes from: the config's `fail-on`, the CLI's
 * `--fail-on`, the action's `fail-on` input and an analysis artifact's report.
 */
const failOnSchema = schemas/* enum */.k5n(FAIL_ON_LEVELS, {
    message: `should be one of ${FAIL_ON_LEVELS.slice(0, -1).join(", ")} or ${FAIL_ON_LEVELS.at(-1)}`,
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/model/example.js
// The one model every reader normalises to, and every rule and renderer reads.
// Nothing in here (or anywhere under src/ except src/action/) knows about GitHub.
const SHAPE_NAMES = [
    "trl-standard",
    "trl-standard-implicit",
    "trl-conversational",
    "hh-rlhf",
    "sharegpt",
    "llamafactory-v1",
    "openai-dpo",
    "kto",
    "alpaca-pairs",
    "question-pairs",
    "ranked-list",
];
const CONTAINER_NAMES = ["jsonl", "json", "csv", "parquet"];
/** Containers whose records have no lines: a record's position is its 1-based row number. */
const ROW_CONTAINERS = new Set(["parquet"]);

;// CONCATENATED MODULE: ./.tmp/bundle-js/model/report.js




// The report's JSON shape (`--format json`, the action's `report` output, the analysis a publish run
// reads back). One schema: the types are inferred from it, and action/analysis.ts validates with it.
/** Keys may be added, never changed. */
const report_REPORT_VERSION = 1;
/** One category of a dataset against its target band, as reports show it. */
const categoryReportSchema = schemas/* object */.Ikc({
    name: schema_bounds_name,
    count: count,
    /** Share of the categorised examples, 0–1. */
    share: share,
    min: share.optional(),
    max: share.optional(),
    ok: schemas/* boolean */.zMY(),
    /** Examples of this category to add to reach the band's minimum (0 when inside or over). */
    needed: count,
    /** Examples of this category over the band's maximum: remove this many, or add others. */
    excess: count,
});
const fileReportSchema = schemas/* object */.Ikc({
    path: schema_bounds_name,
    /** null when the file was not read as data (an LFS pointer, unreadable). */
    container: schemas/* enum */.k5n(CONTAINER_NAMES).nullable(),
    compression: schemas/* enum */.k5n(["gzip", "zstd"]).nullable(),
    /** null when no record had a preference shape. */
    shape: schemas/* enum */.k5n(SHAPE_NAMES).nullable(),
    examples: count,
    /** The file's split (train, test, validation, …), when the config declares it or its name tells it. */
    split: schema_bounds_name.optional(),
    findings: schemas/* array */.YOg(findingSchema),
    /** What the reader wants a person to know that is not a finding (rules that did not apply, and why). */
    notes: schemas/* array */.YOg(schema_bounds_text),
});
/** A file's report before it is read: nothing found yet. */
function report_emptyFileReport(path, split) {
    return {
        path,
        container: null,
        compression: null,
        shape: null,
        examples: 0,
        ...(split !== undefined ? { split } : {}),
        findings: [],
        notes: [],
    };
}
const datasetReportSchema = schemas/* object */.Ikc({
    name: schema_bounds_name,
    files: schemas/* array */.YOg(schema_bounds_name),
    examples: count,
    "min-size": count,
    recommended: schemas/* tuple */.PVZ([count, count]).optional(),
    /** Examples carrying a category of the taxonomy: the denominator of the shares. */
    categorised: count,
    categories: schemas/* array */.YOg(categoryReportSchema),
    findings: schemas/* array */.YOg(findingSchema),
});
const summarySchema = schemas/* object */.Ikc({
    files: count,
    examples: count,
    errors: count,
    warnings: count,
    notices: count,
    /** Findings the baseline accepts: reported, not counted above, never failing the gate. */
    baselined: count,
});
const reportSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(report_REPORT_VERSION),
    passed: schemas/* boolean */.zMY(),
    "fail-on": failOnSchema,
    summary: summarySchema,
    files: schemas/* array */.YOg(fileReportSchema),
    datasets: schemas/* array */.YOg(datasetReportSchema),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/messages.js
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** TRL's test for a conversational field: a list whose first element is an object with `role`. */
function isMessageList(value) {
    return Array.isArray(value) && isObject(value[0]) && "role" in value[0];
}
/** How a value reads in a message ("a number", "null", "a list"), for wrong-type findings. */
function describeType(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return isMessageList(value) ? "a list of messages" : "a list";
    if (typeof value === "object")
        return "an object";
    if (typeof value === "string")
        return "a string";
    return `a ${typeof value}`;
}
/** Reads a field that must be a string, or reports it missing or of the wrong type. */
function readString(record, key, problems) {
    const value = record[key];
    if (value === undefined) {
        problems.push({ rule: "missing-field", field: key, message: `the record has no "${key}"` });
        return undefined;
    }
    if (typeof value !== "string") {
        problems.push({
            rule: "wrong-type",
            field: key,
            message: `${key} should be a string, found ${describeType(value)}`,
        });
        return undefined;
    }
    return value;
}
/** ShareGPT's speaker names, mapped to the roles every other shape uses (LLaMA-Factory's mapping). */
const SHAREGPT_ROLES = {
    human: "user",
    user: "user",
    gpt: "assistant",
    assistant: "assistant",
    system: "system",
    function_call: "tool_call",
    observation: "tool",
};
/**
 * Reads one message's text. Content may be a string, or a list of typed parts
 * (`{type: "text", text}` in OpenAI's style, `{type: "text", value}` in LLaMA-Factory v1's);
 * parts that are not text (images, audio) are left out of the text.
 */
function messageText(content) {
    if (typeof content === "string")
        return content;
    if (content === null)
        return "";
    if (!Array.isArray(content))
        return undefined;
    const texts = [];
    for (const part of content) {
        if (typeof part === "string")
            texts.push(part);
        else if (isObject(part)) {
            const text = part.text ?? part.value;
            if ((part.type === undefined || part.type === "text") && typeof text === "string")
                texts.push(text);
        }
        else
            return undefined;
    }
    return texts.join("");
}
/** Reads one message object, or reports why it is not one. */
function readMessage(value, field, style, problems) {
    if (!isObject(value)) {
        problems.push({
            rule: "wrong-type",
            field,
            message: `${field} should be a message object, found ${describeType(value)}`,
        });
        return undefined;
    }
    const roleKey = style === "from-value" ? "from" : "role";
    const contentKey = style === "from-value" ? "value" : "content";
    const role = value[roleKey];
    if (role === undefined) {
        problems.push({
            rule: "missing-field",
            field: `${field}.${roleKey}`,
            message: `${field} has no "${roleKey}"`,
        });
        return undefined;
    }
    if (typeof role !== "string") {
        problems.push({
            rule: "wrong-type",
            field: `${field}.${roleKey}`,
            message: `${field}.${roleKey} should be a string, found ${describeType(role)}`,
        });
        return undefined;
    }
    if (!(contentKey in value)) {
        problems.push({
            rule: "missing-field",
            field: `${field}.${contentKey}`,
            message: `${field} has no "${contentKey}"`,
        });
        return undefined;
    }
    const content = messageText(value[contentKey]);
    if (content === undefined) {
        problems.push({
            rule: "wrong-type",
            field: `${field}.${contentKey}`,
            message: `${field}.${contentKey} should be text, found ${describeType(value[contentKey])}`,
        });
        return undefined;
    }
    return { role: style === "from-value" ? (SHAREGPT_ROLES[role] ?? role) : role, content };
}
/** Reads a list of messages; `undefined` (with problems) when it is absent or not a list. */
function readMessages(record, key, style, problems, fieldPrefix = key, container = record) {
    const value = container[key];
    if (value === undefined) {
        problems.push({
            rule: "missing-field",
            field: fieldPrefix,
            message: `the record has no "${fieldPrefix}"`,
        });
        return undefined;
    }
    if (!Array.isArray(value)) {
        problems.push({
            rule: "wrong-type",
            field: fieldPrefix,
            message: `${fieldPrefix} should be a list of messages, found ${describeType(value)}`,
        });
        return undefined;
    }
    const messages = [];
    for (let i = 0; i < value.length; i++) {
        const message = readMessage(value[i], `${fieldPrefix}[${i}]`, style, problems);
        if (message)
            messages.push(message);
    }
    return messages;
}
function sameMessage(a, b) {
    return a.role === b.role && a.content === b.content;
}
/** Length of the longest common prefix of two conversations: TRL's implicit-prompt extraction. */
function commonPrefixLength(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && sameMessage(a[n], b[n]))
        n++;
    return n;
}
/** The context as one text: a lone user turn is itself; anything longer is labelled turn by turn. */
function renderContext(messages) {
    if (messages.length === 1 && messages[0]?.role === "user")
        return messages[0].content;
    return messages.map((m) => `${m.role}: ${m.content}`).join("\n\n");
}
/** A response written as turns (several assistant turns, or a completion's messages), as one text. */
function responseText(messages) {
    return messages.map((m) => m.content).join("\n\n");
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/layouts/layout.js
/** Whether a record names a chosen or a rejected response, as most pair layouts do. */
function hasChosenOrRejected(record) {
    return "chosen" in record || "rejected" in record;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/layouts/hh-rlhf.js


// Anthropic's hh-rlhf: `chosen` and `rejected` are whole transcripts (`\n\nHuman: …\n\nAssistant: …`) that
// share every turn but the last.
/** `chosen` / `rejected` transcripts, each ending in the assistant turn that is its response. */
const hhRlhf = {
    name: "hh-rlhf",
    family: "trl",
    paired: true,
    knownAs: "hh-rlhf transcripts",
    keysRead: ["chosen", "rejected"],
    detects: (record) => hasChosenOrRejected(record) && (isTranscript(record.chosen) || isTranscript(record.rejected)),
    normalise: normaliseHhRlhf,
};
const TRANSCRIPT_TURN = /\n\n(Human|Assistant):[ \t]?/g;
function isTranscript(value) {
    return typeof value === "string" && value.includes("\n\nHuman:") && value.includes("\n\nAssistant:");
}
/** Parses an hh-rlhf transcript (`\n\nHuman: …\n\nAssistant: …`) into turns. */
function parseTranscript(text) {
    const turns = [];
    const markers = [...text.matchAll(TRANSCRIPT_TURN)];
    const preamble = text.slice(0, markers[0]?.index ?? text.length);
    if (preamble.trim() !== "")
        turns.push({ role: "system", content: preamble.trim() });
    markers.forEach((marker, i) => {
        const start = (marker.index ?? 0) + marker[0].length;
        const end = markers[i + 1]?.index ?? text.length;
        turns.push({ role: marker[1] === "Human" ? "user" : "assistant", content: text.slice(start, end) });
    });
    return turns;
}
/** The transcript's context (every turn before the last assistant turn) and that last turn. */
function splitTranscript(record, key, problems) {
    const text = readString(record, key, problems);
    if (text === undefined)
        return undefined;
    const turns = parseTranscript(text);
    const last = turns.at(-1);
    if (last?.role !== "assistant") {
        problems.push({
            rule: "missing-field",
            field: key,
            message: `${key} does not end with an "Assistant:" turn, so it holds no response`,
        });
        return undefined;
    }
    return { context: turns.slice(0, -1), response: last.content };
}
function normaliseHhRlhf(record, problems) {
    const chosen = splitTranscript(record, "chosen", problems);
    const rejected = splitTranscript(record, "rejected", problems);
    if (chosen && rejected) {
        const shared = commonPrefixLength(chosen.context, rejected.context);
        if (shared !== chosen.context.length || shared !== rejected.context.length) {
            problems.push({
                rule: "context-mismatch",
                field: "rejected",
                message: `the transcripts differ before their last assistant turn (from turn ${shared + 1}), so the pair does not share one prompt`,
            });
        }
    }
    return {
        context: chosen?.context ?? rejected?.context,
        chosen: chosen?.response,
        rejected: rejected?.response,
    };
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/layouts/instruction-pairs.js


// The layouts whose prompt is written as an instruction or a question rather than as messages:
// LLaMA-Factory's Alpaca-style preference records, MedicalGPT's and Intel's question pairs, and ranked
// lists (LLaMA-Factory's `ranking: true` Alpaca layout, PKU-SafeRLHF-derived files). Each becomes the same
// context every other shape gives: an optional system turn, the history's turns, then the user turn.
/** The two keys a ranked list may be under, in the order they are looked for. */
const RANKED_LIST_KEYS = ["response", "output"];
function isRankedListKey(key) {
    return RANKED_LIST_KEYS.includes(key);
}
/** A list of responses ranked best first, as ranked-list records hold it (not a list of messages). */
function isRankedList(value) {
    return Array.isArray(value) && (value.length === 0 || typeof value[0] === "string");
}
/**
 * Alpaca-style pairs and question pairs are pairs of strings too, in TRL's family: a record without its
 * instruction or question is a record with a missing field (and one with a stray one is told so), not a
 * second shape.
 */
const alpacaPairs = {
    name: "alpaca-pairs",
    family: "trl",
    paired: true,
    knownAs: "instruction/input + chosen/rejected",
    keysRead: ["instruction", "input", "system", "history", "chosen", "rejected"],
    detects: (record) => hasChosenOrRejected(record) && "instruction" in record,
    normalise: normaliseAlpacaPairs,
};
const questionPairs = {
    name: "question-pairs",
    family: "trl",
    paired: true,
    knownAs: "question + chosen/rejected or response_chosen/response_rejected",
    keysRead: ["question", "system", "history", "chosen", "rejected", "response_chosen", "response_rejected"],
    detects: (record) => hasChosenOrRejected(record) && "question" in record,
    normalise: normaliseQuestionPairs,
};
/**
 * MedicalGPT's `response_chosen` / `response_rejected` name the question-pairs layout outright, so they are
 * asked about early, before the keys other layouts share (`prompt`, `instruction`, a ranked `response`).
 */
const questionPairsByResponseKeys = {
    name: "question-pairs",
    detects: (record) => "response_chosen" in record || "response_rejected" in record,
};
const rankedList = {
    name: "ranked-list",
    family: "ranked-list",
    paired: true,
    knownAs: "prompt or instruction + response/output [chosen, rejected]",
    keysRead: ["prompt", "instruction", "input", "system", "history", "response", "output"],
    detects: (record) => !hasChosenOrRejected(record) &&
        RANKED_LIST_KEYS.some((key) => isRankedList(record[key])) &&
        ("prompt" in record || "instruction" in record),
    normalise: normaliseRankedList,
};
/**
 * Alpaca-style pairs: `instruction`, optional `input`, `system` and `history`, `chosen` / `rejected`
 * strings.
 */
function normaliseAlpacaPairs(record, problems) {
    return {
        context: contextOf(record, instructionTurn(record, problems), problems),
        chosen: readString(record, "chosen", problems),
        rejected: readString(record, "rejected", problems),
    };
}
/**
 * Question pairs: `question`, optional `system` and `history`, with `chosen` / `rejected` (Intel's
 * orca_dpo_pairs) or `response_chosen` / `response_rejected` (MedicalGPT's reward layout).
 */
function normaliseQuestionPairs(record, problems) {
    const prefixed = "response_chosen" in record || "response_rejected" in record;
    const chosenField = prefixed ? "response_chosen" : "chosen";
    const rejectedField = prefixed ? "response_rejected" : "rejected";
    return {
        context: contextOf(record, readString(record, "question", problems), problems),
        chosen: readString(record, chosenField, problems),
        rejected: readString(record, rejectedField, problems),
        chosenField,
        rejectedField,
    };
}
/**
 * Ranked lists: `prompt`, or `instruction` with an optional `input`, and `response` (or `output`) holding
 * `[chosen, rejected]`. A list of another length is reported, not guessed at: which two of three
 * responses make the pair, or whether one response is the chosen one, the record does not say.
 */
function normaliseRankedList(record, problems) {
    const query = "prompt" in record || !("instruction" in record)
        ? readString(record, "prompt", problems)
        : instructionTurn(record, problems);
    const key = RANKED_LIST_KEYS.find((k) => Array.isArray(record[k])) ?? "response";
    const context = contextOf(record, query, problems);
    const list = record[key];
    if (!Array.isArray(list)) {
        problems.push(list === undefined
            ? { rule: "missing-field", field: key, message: `the record has no "${key}"` }
            : {
                rule: "wrong-type",
                field: key,
                message: `${key} should be a list of two responses, [chosen, rejected], found ${describeType(list)}`,
            });
        return { context };
    }
    if (list.length !== 2) {
        problems.push({
            rule: "wrong-type",
            field: key,
            message: `${key} should list two responses, [chosen, rejected], found ${list.length}: which make the pair is not guessed`,
        });
        return { context };
    }
    const response = (index) => {
        const value = list[index];
        if (typeof value === "string")
            return value;
        problems.push({
            rule: "wrong-type",
            field: `${key}[${index}]`,
            message: `${key}[${index}] should be a string, found ${describeType(value)}`,
        });
        return undefined;
    };
    return {
        context,
        chosen: response(0),
        rejected: response(1),
        chosenField: `${key}[0]`,
        rejectedField: `${key}[1]`,
    };
}
/**
 * The user turn of an Alpaca-style record: `instruction` and `input` joined as LLaMA-Factory's
 * AlpacaDatasetConverter joins them (each only when non-empty, separated by one line break).
 */
function instructionTurn(record, problems) {
    const instruction = readString(record, "instruction", problems);
    const input = optionalString(record, "input", problems);
    if (instruction === undefined)
        return undefined;
    return [instruction, input].filter((part) => part !== undefined && part !== "").join("\n");
}
/** The context: the system turn, the history's turns, then the user turn (absent when it was unreadable). */
function contextOf(record, query, problems) {
    const context = [];
    const system = optionalString(record, "system", problems);
    if (system !== undefined && system !== "")
        context.push({ role: "system", content: system });
    context.push(...readHistory(record, problems));
    context.push({ role: "user", content: query ?? "" });
    return context;
}
/** A field that may be absent or null; anything but a string is wrong-type. */
function optionalString(record, key, problems) {
    const value = record[key];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === "string")
        return value;
    problems.push({
        rule: "wrong-type",
        field: key,
        message: `${key} should be a string, found ${describeType(value)}`,
    });
    return undefined;
}
/** `history`: earlier turns as `[user, assistant]` pairs of strings, before the prompt (LLaMA-Factory's layout). */
function readHistory(record, problems) {
    const history = record.history;
    if (history === undefined || history === null)
        return [];
    if (!Array.isArray(history)) {
        problems.push({
            rule: "wrong-type",
            field: "history",
            message: `history should be a list of [user, assistant] pairs, found ${describeType(history)}`,
        });
        return [];
    }
    const turns = [];
    history.forEach((pair, i) => {
        if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((turn) => typeof turn === "string")) {
            const found = !Array.isArray(pair)
                ? describeType(pair)
                : pair.length !== 2
                    ? `a list of ${pair.length}`
                    : "a pair that is not two strings";
            problems.push({
                rule: "wrong-type",
                field: `history[${i}]`,
                message: `history[${i}] should be a [user, assistant] pair of strings, found ${found}`,
            });
            return;
        }
        const [user, assistant] = pair;
        turns.push({ role: "user", content: user }, { role: "assistant", content: assistant });
    });
    return turns;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/layouts/kto.js

// KTO's unpaired layout (TRL's and LLaMA-Factory's): one completion per record and a boolean `label`
// saying whether it is desirable. A desirable completion becomes the example's chosen, an undesirable one
// its rejected.
/** `prompt` / `completion` (strings or messages), or one `messages` conversation, with a `label`. */
const kto = {
    name: "kto",
    family: "kto",
    paired: false,
    knownAs: "KTO prompt/completion/label",
    keysRead: ["prompt", "completion", "messages", "label"],
    detects: (record) => "label" in record && ("completion" in record || "messages" in record),
    normalise: normaliseKto,
};
function normaliseKto(record, problems) {
    let context;
    let completion;
    let completionField = "completion";
    if (record.messages !== undefined) {
        const messages = readMessages(record, "messages", "role-content", problems);
        const last = messages?.at(-1);
        if (messages && last?.role === "assistant") {
            context = messages.slice(0, -1);
            completion = last.content;
            completionField = `messages[${messages.length - 1}].content`;
        }
        else if (messages) {
            problems.push({
                rule: "missing-field",
                field: "messages",
                message: "messages does not end with an assistant turn",
            });
        }
    }
    else {
        context =
            typeof record.prompt === "string" || record.prompt === undefined
                ? [{ role: "user", content: readString(record, "prompt", problems) ?? "" }]
                : readMessages(record, "prompt", "role-content", problems);
        completion = isMessageList(record.completion)
            ? responseText(readMessages(record, "completion", "role-content", problems) ?? [])
            : readString(record, "completion", problems);
    }
    const label = record.label;
    if (typeof label !== "boolean") {
        // LLaMA-Factory and TRL both need a real boolean: "true" or 1 is silently misread.
        problems.push({
            rule: "wrong-type",
            field: "label",
            message: `label should be true or false, found ${label === undefined ? "nothing" : describeType(label)}: trainers misread "true" and 1`,
        });
        return { context };
    }
    return label
        ? { context, chosen: completion, chosenField: completionField }
        : { context, rejected: completion, rejectedField: completionField };
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/layouts/split-responses.js

// Splitting two whole conversations (a pair's chosen and rejected sides) into the prompt they share and
// the two responses: TRL's implicit prompt, as trl-conversational and llamafactory-v1 records give them.
/**
 * Splits two whole conversations into the shared prompt (their longest common prefix, as TRL does)
 * and the two responses (what follows it).
 */
function splitImplicitPrompt(chosen, rejected, chosenField, rejectedField, problems) {
    if (!chosen || !rejected) {
        const known = chosen ?? rejected;
        const last = known?.at(-1);
        const context = known && last?.role === "assistant" ? known.slice(0, -1) : known;
        const response = last?.role === "assistant" ? last.content : undefined;
        return {
            context,
            chosen: chosen ? response : undefined,
            rejected: rejected ? response : undefined,
            chosenField,
            rejectedField,
        };
    }
    let shared = commonPrefixLength(chosen, rejected);
    // Identical conversations share everything; keep their last turn as the responses so they compare equal.
    if (shared === chosen.length && shared === rejected.length && shared > 0)
        shared -= 1;
    return splitResponses(chosen.slice(0, shared), chosen.slice(shared), rejected.slice(shared), { chosenField, rejectedField }, problems);
}
/** A turn that belongs to a prompt and never to a response: someone other than the assistant speaking. */
function isPromptTurn(message) {
    return message.role === "user" || message.role === "system";
}
/**
 * Splits the turns that follow a pair's shared prompt into its two responses. When those turns are the
 * assistant's alone, each response is all of them (as TRL reads them). When either side holds a user
 * turn, the two sides differ before their last assistant turn: that is context-mismatch, unless both hold
 * the same turns up to it, and each response is only what follows its side's last user turn, so no rule
 * ever reads a user's words as the response. The context is then the prompt and the chosen side's turns.
 */
function splitResponses(prompt, chosenRest, rejectedRest, fields, problems) {
    const chosenCut = findLastIndex(chosenRest, isPromptTurn) + 1;
    const rejectedCut = findLastIndex(rejectedRest, isPromptTurn) + 1;
    const chosenBefore = chosenRest.slice(0, chosenCut);
    const rejectedBefore = rejectedRest.slice(0, rejectedCut);
    const sameBefore = chosenCut === rejectedCut && commonPrefixLength(chosenBefore, rejectedBefore) === chosenCut;
    if (!sameBefore) {
        const turn = prompt.length + commonPrefixLength(chosenRest, rejectedRest) + 1;
        problems.push({
            rule: "context-mismatch",
            field: fields.rejectedField,
            message: `${fields.chosenField} and ${fields.rejectedField} differ before their last assistant turn (from turn ${turn}), so the pair does not share one prompt`,
        });
    }
    const response = (rest, cut, field) => {
        if (cut === rest.length) {
            // A message of this side already reported as unreadable is why it has no response: one finding, not two.
            const messageReported = problems.some((problem) => problem.field.startsWith(`${field}[`));
            if (!messageReported) {
                problems.push({
                    rule: "missing-field",
                    field,
                    message: `${field} has no response after the shared prompt`,
                });
            }
            return undefined;
        }
        return responseText(rest.slice(cut));
    };
    return {
        context: [...prompt, ...chosenBefore],
        chosen: response(chosenRest, chosenCut, fields.chosenField),
        rejected: response(rejectedRest, rejectedCut, fields.rejectedField),
        ...fields,
    };
}
function findLastIndex(items, test) {
    for (let i = items.length - 1; i >= 0; i--)
        if (test(items[i]))
            return i;
    return -1;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/layouts/llamafactory.js


// LLaMA-Factory v1's own preference layout: two whole conversations, the prompt being the turns they share.
/** `chosen_messages` and `rejected_messages`, lists of `{role, content}` messages. */
const llamaFactoryV1 = {
    name: "llamafactory-v1",
    family: "llamafactory-v1",
    paired: true,
    knownAs: "chosen_messages/rejected_messages",
    keysRead: ["chosen_messages", "rejected_messages"],
    detects: (record) => "chosen_messages" in record || "rejected_messages" in record,
    normalise: (record, problems) => {
        const chosen = readMessages(record, "chosen_messages", "role-content", problems);
        const rejected = readMessages(record, "rejected_messages", "role-content", problems);
        return splitImplicitPrompt(chosen, rejected, "chosen_messages", "rejected_messages", problems);
    },
};

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/layouts/openai-dpo.js

// OpenAI's preference fine-tuning layout: `input.messages`, then one assistant message on each side.
/** `input` (with its `messages`), `preferred_output` and `non_preferred_output`. */
const openAiDpo = {
    name: "openai-dpo",
    family: "openai-dpo",
    paired: true,
    knownAs: "OpenAI input/preferred_output/non_preferred_output",
    keysRead: ["input", "preferred_output", "non_preferred_output"],
    detects: (record) => "preferred_output" in record || "non_preferred_output" in record,
    normalise: normaliseOpenAi,
};
function normaliseOpenAi(record, problems) {
    let context;
    if (!isObject(record.input)) {
        problems.push(record.input === undefined
            ? { rule: "missing-field", field: "input", message: `the record has no "input"` }
            : {
                rule: "wrong-type",
                field: "input",
                message: `input should be an object, found ${describeType(record.input)}`,
            });
    }
    else {
        context = readMessages(record, "messages", "role-content", problems, "input.messages", record.input);
    }
    const output = (key) => {
        const messages = readMessages(record, key, "role-content", problems);
        if (!messages)
            return undefined;
        if (messages.length !== 1 || messages[0]?.role !== "assistant") {
            problems.push({
                rule: "wrong-type",
                field: key,
                message: `${key} should hold exactly one assistant message`,
            });
            return undefined;
        }
        return messages[0].content;
    };
    return { context, chosen: output("preferred_output"), rejected: output("non_preferred_output") };
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/layouts/sharegpt.js


// ShareGPT-style preference records (LLaMA-Factory's and MedicalGPT's): `conversations` of
// `{from, value}` turns, an optional `system`, and the two responses.
/** `conversations` plus `chosen` / `rejected`, each a `{from, value}` message or its plain text. */
const shareGpt = {
    name: "sharegpt",
    family: "sharegpt",
    paired: true,
    knownAs: "ShareGPT conversations + chosen/rejected",
    keysRead: ["conversations", "system", "chosen", "rejected"],
    detects: (record) => "conversations" in record && hasChosenOrRejected(record),
    normalise: normaliseShareGpt,
};
function normaliseShareGpt(record, problems) {
    const context = readMessages(record, "conversations", "from-value", problems);
    if (context && typeof record.system === "string" && record.system !== "") {
        context.unshift({ role: "system", content: record.system });
    }
    const response = (key) => {
        if (record[key] === undefined) {
            problems.push({ rule: "missing-field", field: key, message: `the record has no "${key}"` });
            return undefined;
        }
        // MedicalGPT's loader, like LLaMA-Factory's for its own files, takes a response as a message or as
        // its plain text.
        if (typeof record[key] === "string")
            return record[key];
        return readMessage(record[key], key, "from-value", problems)?.content;
    };
    return { context, chosen: response("chosen"), rejected: response("rejected") };
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/layouts/trl.js



// TRL's preference layouts: `prompt` / `chosen` / `rejected` as strings (standard), the same without a
// prompt (implicit: the prompt is inside both responses), or as lists of messages (conversational).
/** `prompt`, `chosen` and `rejected` strings. */
const trlStandard = {
    name: "trl-standard",
    family: "trl",
    paired: true,
    knownAs: "prompt/chosen/rejected (strings or messages)",
    keysRead: ["prompt", "chosen", "rejected"],
    detects: (record) => hasChosenOrRejected(record) && "prompt" in record,
    normalise: (record, problems) => ({
        context: [{ role: "user", content: readString(record, "prompt", problems) ?? "" }],
        chosen: readString(record, "chosen", problems),
        rejected: readString(record, "rejected", problems),
    }),
};
/** `chosen` and `rejected` strings with no prompt: what is left when no other layout claims a pair. */
const trlStandardImplicit = {
    name: "trl-standard-implicit",
    family: "trl",
    paired: true,
    keysRead: ["chosen", "rejected"],
    detects: hasChosenOrRejected,
    normalise: (record, problems) => ({
        chosen: readString(record, "chosen", problems),
        rejected: readString(record, "rejected", problems),
    }),
};
/** `chosen` / `rejected` (and an optional `prompt`) as lists of `{role, content}` messages. */
const trlConversational = {
    name: "trl-conversational",
    family: "trl",
    paired: true,
    keysRead: ["prompt", "chosen", "rejected"],
    detects: (record) => hasChosenOrRejected(record) &&
        (isMessageList(record.chosen) || isMessageList(record.rejected) || isMessageList(record.prompt)),
    normalise: normaliseTrlConversational,
};
function normaliseTrlConversational(record, problems) {
    const hasPrompt = record.prompt !== undefined;
    const chosen = readMessages(record, "chosen", "role-content", problems);
    const rejected = readMessages(record, "rejected", "role-content", problems);
    if (!hasPrompt)
        return splitImplicitPrompt(chosen, rejected, "chosen", "rejected", problems);
    const context = typeof record.prompt === "string"
        ? [{ role: "user", content: record.prompt }]
        : readMessages(record, "prompt", "role-content", problems);
    // HuggingFaceH4/ultrafeedback_binarized gives the prompt and whole conversations that repeat it: the
    // responses are what follows the prompt's turns.
    const afterPrompt = (messages) => context && context.length > 0 && commonPrefixLength(messages, context) === context.length
        ? messages.slice(context.length)
        : messages;
    if (!chosen || !rejected) {
        return {
            context,
            chosen: chosen ? responseText(afterPrompt(chosen)) : undefined,
            rejected: rejected ? responseText(afterPrompt(rejected)) : undefined,
        };
    }
    return splitResponses(context ?? [], afterPrompt(chosen), afterPrompt(rejected), { chosenField: "chosen", rejectedField: "rejected" }, problems);
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/layouts/index.js








/**
 * Every layout's test, in the order detectShape asks them; the first that says yes names the record's
 * shape. The order matters: the layouts whose keys are their own come first, those that share `prompt`,
 * `chosen` and `rejected` after, and trl-standard-implicit (any pair) last. Adding a layout: its file in
 * this folder, its name in SHAPE_NAMES (model/example.ts), and its line here.
 */
const DETECTION_ORDER = [
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
function isLayout(entry) {
    return "normalise" in entry;
}
/** Every layout, once, in SHAPE_NAMES order (the order docs/formats.md and the not-preference-data finding list them). */
const LAYOUTS = SHAPE_NAMES.map((name) => {
    const found = DETECTION_ORDER.filter(isLayout).filter((layout) => layout.name === name);
    if (found.length !== 1)
        throw new Error(`${found.length} layouts are named ${name}: give each shape one`);
    return found[0];
});
const LAYOUT_BY_NAME = new Map(LAYOUTS.map((layout) => [layout.name, layout]));
function layoutNamed(name) {
    return LAYOUT_BY_NAME.get(name);
}
/** The shape of the first layout whose test matches the record, or null when none does. */
function detectLayout(record) {
    for (const detector of DETECTION_ORDER)
        if (detector.detects(record))
            return detector.name;
    return null;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/scores.js

// A pair's scores (ratings, ranks), read the same way whatever the record's layout.
/**
 * The key pairs real datasets score their responses with: UltraFeedback-binarized's `score_chosen`,
 * Argilla's `chosen-rating` / `chosen_rating`, distilabel's `rating_chosen`, and ranks (lower is better).
 */
const SCORE_KEYS = [
    ["score_chosen", "score_rejected", true],
    ["chosen_score", "rejected_score", true],
    ["chosen_rating", "rejected_rating", true],
    ["chosen-rating", "rejected-rating", true],
    ["rating_chosen", "rating_rejected", true],
    ["chosen_rank", "rejected_rank", false],
    ["rank_chosen", "rank_rejected", false],
];
const SCORE_KEY_NAMES = new Set(SCORE_KEYS.flatMap((keys) => keys.slice(0, 2)));
/** Whether a field holds a response's score, rating or rank (readers of untyped formats make it a number). */
function isScoreKey(key) {
    return SCORE_KEY_NAMES.has(key);
}
/** The first pair of score keys the record has both of; a score that is not a number is wrong-type. */
function readScores(record, problems) {
    for (const [chosenKey, rejectedKey, higherIsBetter] of SCORE_KEYS) {
        if (!(chosenKey in record) || !(rejectedKey in record))
            continue;
        const chosen = record[chosenKey];
        const rejected = record[rejectedKey];
        // null is how Parquet and pandas write a missing score: no score, not a wrong one.
        if (chosen === null || rejected === null)
            return undefined;
        let valid = true;
        for (const [key, value] of [
            [chosenKey, chosen],
            [rejectedKey, rejected],
        ]) {
            if (typeof value !== "number" || !Number.isFinite(value)) {
                problems.push({
                    rule: "wrong-type",
                    field: key,
                    message: `${key} should be a number, found ${typeof value === "number" ? String(value) : describeType(value)}`,
                });
                valid = false;
            }
        }
        if (!valid)
            return undefined;
        return {
            chosen: chosen,
            rejected: rejected,
            fields: [chosenKey, rejectedKey],
            higherIsBetter,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/unread-fields.js
// Nothing dropped silently: a record can carry its prompt (or part of it) under a key its shape does not
// read, as `{"question", "chosen", "rejected"}` read as an implicit-prompt pair would. A trainer reading the
// record by that shape never sees the text either, so the reader says which fields it left unread.
/**
 * Keys whose names say they hold a prompt or part of one (the user's request, its input, a system prompt,
 * earlier turns), in the layouts of docs/formats.md and LLaMA-Factory's,
 * MedicalGPT's and data-juicer's dataset docs. Not `messages` or `conversations`: those hold whole
 * conversations, responses included (UltraFeedback-binarized's `messages` repeats `chosen`).
 */
const PROMPT_FIELD_NAMES = new Set([
    "prompt",
    "instruction",
    "input",
    "question",
    "query",
    "context",
    "system",
    "system_prompt",
    "history",
]);
/** The texts a field holds: a string, or the strings of a list (history's pairs), two levels deep. */
function textsOf(value, depth = 0) {
    if (typeof value === "string")
        return value.trim() === "" ? [] : [value.trim()];
    if (!Array.isArray(value) || depth > 1)
        return [];
    return value.flatMap((item) => textsOf(item, depth + 1));
}
/**
 * The record's prompt-named fields that its shape does not read and whose text the example's prompt does
 * not already hold (a file may repeat its prompt under a second key), in record order.
 */
function unreadPromptFields(record, layout, prompt) {
    const read = layout.keysRead;
    const unread = [];
    for (const key in record) {
        if (!PROMPT_FIELD_NAMES.has(key) || read.includes(key))
            continue;
        if (textsOf(record[key]).some((text) => !prompt.includes(text)))
            unread.push(key);
    }
    return unread;
}
/** The problem to report for a record's unread prompt fields; undefined when there are none. */
function unreadPromptProblem(record, layout, prompt) {
    const unread = unreadPromptFields(record, layout, prompt);
    const shape = layout.name;
    if (unread.length === 0)
        return undefined;
    const names = unread.map((key) => `"${key}"`).join(", ");
    const verb = unread.length === 1 ? "holds" : "hold";
    return {
        rule: "unread-prompt-field",
        field: unread[0],
        message: `${names} ${verb} prompt text that the ${shape} layout does not read: a trainer reading the record as ${shape} never sees it`,
    };
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/shapes.js




// The readers' entry to the layouts (one file per layout family in layouts/, listed in layouts/index.ts):
// tells a record's shape and reads it into the one example model.
/**
 * Tells a record's shape from its keys (docs/formats.md, "What it reads"), or null when it
 * is no kind of preference record.
 */
function detectShape(record) {
    return detectLayout(record);
}
/**
 * The layouts detectShape knows, as a not-preference-data finding lists them (the layouts table of
 * docs/formats.md has one record of each).
 */
const KNOWN_LAYOUTS = LAYOUTS.flatMap((layout) => layout.knownAs ?? []).join(", ");
/**
 * Shapes that share their keys: within a file of one of them, a record that looks like another is a
 * record with a wrong field (reported as missing-field / wrong-type), not a second shape.
 */
function shapeFamily(shape) {
    return layoutNamed(shape).family;
}
/** Whether pair rules (those comparing chosen with rejected) mean anything for this shape. */
function isPaired(shape) {
    return layoutNamed(shape).paired;
}
/** Normalises a record of a known shape to the one example model, collecting what is wrong with it. */
function normalise(record, shape, line, fileIndex) {
    const problems = [];
    const layout = layoutNamed(shape);
    const parts = layout.normalise(record, problems);
    const prompt = parts.context ? renderContext(parts.context) : "";
    const unread = unreadPromptProblem(record, layout, prompt);
    if (unread)
        problems.push(unread);
    const example = {
        fileIndex,
        line,
        shape,
        prompt,
        chosen: nonEmptyResponse(parts.chosen, parts.chosenField ?? "chosen", problems),
        rejected: nonEmptyResponse(parts.rejected, parts.rejectedField ?? "rejected", problems),
        category: readCategory(record, problems),
        conversation: parts.context ?? [],
    };
    const scores = readScores(record, problems);
    if (scores)
        example.scores = scores;
    return { example, problems };
}
function nonEmptyResponse(text, field, problems) {
    if (text === undefined)
        return undefined;
    if (text.trim() === "") {
        problems.push({ rule: "empty-response", field, message: `${field} is empty` });
        return undefined;
    }
    return text;
}
function readCategory(record, problems) {
    const value = record.category;
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== "string") {
        problems.push({
            rule: "wrong-type",
            field: "category",
            message: `category should be a string, found ${describeType(value)}`,
        });
        return undefined;
    }
    return value.trim() === "" ? undefined : value;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/distribution.js
/** Floating-point slack so a band's edges are inclusive: 20 of 100 is inside 20–30 %. */
const EPSILON = 1e-9;
/**
 * Shares are taken over the examples that carry a category of the taxonomy, so uncategorised or
 * mis-categorised examples (their own findings) do not dilute every share at once.
 */
function computeDistribution(targets, totals) {
    const total = totals.categorised;
    return targets.map((target) => {
        const count = totals.categoryCounts.get(target.name) ?? 0;
        const share = total === 0 ? 0 : count / total;
        const needed = target.min !== undefined && share < target.min - EPSILON ? toAdd(count, total, target.min) : 0;
        const excess = target.max !== undefined && share > target.max + EPSILON ? toRemove(count, total, target.max) : 0;
        return {
            name: target.name,
            count,
            share,
            ...(target.min !== undefined ? { min: target.min } : {}),
            ...(target.max !== undefined ? { max: target.max } : {}),
            ok: needed === 0 && excess === 0,
            needed,
            excess,
        };
    });
}
/** Smallest n with (count + n) / (total + n) ≥ min. */
function toAdd(count, total, min) {
    if (min >= 1)
        return Math.max(0, total - count) === 0 ? 0 : Number.POSITIVE_INFINITY;
    return Math.max(1, Math.ceil((min * total - count) / (1 - min) - EPSILON));
}
/** Smallest k with (count − k) / (total − k) ≤ max. */
function toRemove(count, total, max) {
    if (max <= 0)
        return count;
    return Math.max(1, Math.ceil((count - max * total) / (1 - max) - EPSILON));
}

// EXTERNAL MODULE: ./.tmp/bundle-js/rules/registry.js + 50 modules
var registry = __nccwpck_require__(718);
// EXTERNAL MODULE: ./.tmp/bundle-js/read/whitespace.js
var whitespace = __nccwpck_require__(952);
// EXTERNAL MODULE: ./.tmp/bundle-js/rules/fingerprint.js
var rules_fingerprint = __nccwpck_require__(636);
// EXTERNAL MODULE: ./.tmp/bundle-js/rules/language.js
var language = __nccwpck_require__(476);
// EXTERNAL MODULE: ./.tmp/bundle-js/rules/minhash.js
var minhash = __nccwpck_require__(880);
;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/comparable-text.js
// The comparable form of a text, its fingerprint and its word hashes, from one pass (issue 18).
//
// The comparable form is `normaliseForComparison` (language.ts): case-folded with toLowerCase, trimmed, every
// run of whitespace one space. The fingerprint is `fingerprintText` of that form (fingerprint.ts) and the
// word hashes are its words' hashes as minhash.ts defines them (test/support/word-hasher.ts spells the
// definition out). Made separately, they cost a case-folded copy, a trimmed one, a regex test and a rebuilt
// string, then two encodings of the result to bytes and a scan of each. Here the case-folded text is encoded once into a scratch buffer, trimmed and collapsed there
// in place while its words are hashed, and the buffer is hashed as it stands; a string is made only when the
// form differs from the folded text. test/comparable-text.test.ts holds every result to the separate functions.




/**
 * Makes the comparable forms of an example's texts one after the other, with their fingerprints, and
 * (when asked) the word hashes of all of them, fields apart, FIELD_SEPARATOR between fields.
 */
class ComparableTexts {
    /** The word hashes of the fields given since `resetWords`, FIELD_SEPARATOR between fields. */
    words = new Uint32Array(256);
    /** How many of `words` are this example's. */
    wordCount = 0;
    fields = 0;
    buffer = new rules_fingerprint/* TextBuffer */.a8();
    /** Starts the next example's word hashes. */
    resetWords() {
        this.wordCount = 0;
        this.fields = 0;
    }
    /** An absent text hashes as an empty field: a FIELD_SEPARATOR after the field before, no words. */
    addEmptyField() {
        if (this.fields++ > 0)
            this.push(minhash/* FIELD_SEPARATOR */.Zh);
    }
    /**
     * The comparable form of `text` (case-folded already when `folded`; known to be all ASCII when `ascii`,
     * else found out here). Writes its fingerprint into `fingerprint` at `offset` when one is given, and
     * adds its word hashes as the next field when `hashWords`.
     */
    form(text, folded, ascii, fingerprint, offset, hashWords) {
        if (hashWords && this.fields++ > 0)
            this.push(minhash/* FIELD_SEPARATOR */.Zh);
        // Byte length equals character count exactly when every character is ASCII; folding keeps ASCII so.
        if (ascii || Buffer.byteLength(text, "utf8") === text.length) {
            return this.asciiForm(folded ? text : text.toLowerCase(), fingerprint, offset, hashWords);
        }
        return this.wideForm(folded ? text : text.toLowerCase(), fingerprint, offset, hashWords);
    }
    /**
     * `form` of a case-folded ASCII text, one byte a character. Without word hashes, a regex test (and a
     * replace where needed) is faster than any loop here; with them, the loop that hashes the words also
     * collapses the whitespace, storing bytes only from the first change on, and the bytes it leaves are the
     * ones fingerprinted.
     */
    asciiForm(folded, fingerprint, offset, hashWords) {
        const buffer = this.buffer;
        if (!hashWords) {
            const form = (0,language/* comparisonForm */.Ak)(folded);
            if (fingerprint) {
                buffer.ensureCapacity(form.length);
                (0,rules_fingerprint/* fingerprintEncoded */.Ps)(buffer, buffer.bytes.write(form, 0, "latin1"), true, fingerprint, offset);
            }
            return form;
        }
        buffer.ensureCapacity(folded.length);
        const bytes = buffer.bytes;
        const length = bytes.write(folded, 0, "latin1");
        let start = 0;
        while (start < length && (0,whitespace/* isWhitespaceUnit */.s)(bytes[start]))
            start++;
        let end = length;
        while (end > start && (0,whitespace/* isWhitespaceUnit */.s)(bytes[end - 1]))
            end--;
        // Until the first change `out` is `i` and the bytes are already in place; after it, the form is written
        // over the text, never ahead of what has been read.
        let changed = start > 0 || end < length;
        let out = 0;
        let inSpace = false;
        let word = 0;
        let inWord = false;
        for (let i = start; i < end; i++) {
            const code = bytes[i];
            if (code === 32 || (code >= 9 && code <= 13)) {
                if (inSpace || code !== 32)
                    changed = true;
                if (!inSpace) {
                    if (changed)
                        bytes[out] = 32;
                    out++;
                    inSpace = true;
                }
                if (inWord) {
                    this.push(word >>> 0);
                    inWord = false;
                }
                continue;
            }
            inSpace = false;
            if (changed)
                bytes[out] = code;
            out++;
            if (minhash/* ASCII_WORD */.R2[code] === 1) {
                word = inWord
                    ? Math.imul(word ^ code, minhash/* WORD_HASH_PRIME */.y9)
                    : Math.imul(minhash/* WORD_HASH_BASIS */.lh ^ code, minhash/* WORD_HASH_PRIME */.y9);
                inWord = true;
            }
            else if (inWord) {
                this.push(word >>> 0);
                inWord = false;
            }
        }
        if (inWord)
            this.push(word >>> 0);
        const form = changed ? bytes.toString("latin1", 0, out) : folded;
        if (fingerprint)
            (0,rules_fingerprint/* fingerprintEncoded */.Ps)(buffer, out, true, fingerprint, offset);
        return form;
    }
    /** `form` of a case-folded text with characters beyond ASCII, as UTF-16 code units. */
    wideForm(folded, fingerprint, offset, hashWords) {
        const buffer = this.buffer;
        buffer.ensureCapacity(folded.length * 2);
        const units = buffer.units;
        const length = buffer.bytes.write(folded, 0, "utf16le") >>> 1;
        let start = 0;
        while (start < length && (0,whitespace/* isWhitespaceUnit */.s)(units[start]))
            start++;
        let end = length;
        while (end > start && (0,whitespace/* isWhitespaceUnit */.s)(units[end - 1]))
            end--;
        // As in asciiForm: code units are stored only from the first change on.
        let changed = start > 0 || end < length;
        let out = 0;
        let inSpace = false;
        let word = 0;
        let inWord = false;
        /** Every code unit of the form or-ed together: below 128 when the form is ASCII after all. */
        let all = 0;
        for (let i = start; i < end; i++) {
            const code = units[i];
            // Printable ASCII but the space, the usual case, is tested first.
            if (code === 32 || (code < 32 ? code >= 9 && code <= 13 : code >= 0xa0 && (0,whitespace/* isWhitespaceUnit */.s)(code))) {
                if (inSpace || code !== 32)
                    changed = true;
                if (!inSpace) {
                    if (changed)
                        units[out] = 32;
                    out++;
                    inSpace = true;
                }
                if (inWord) {
                    this.push(word >>> 0);
                    inWord = false;
                }
                continue;
            }
            inSpace = false;
            if (changed)
                units[out] = code;
            out++;
            all |= code;
            if (!hashWords)
                continue;
            if (code < 128 ? minhash/* ASCII_WORD */.R2[code] === 1 : (0,minhash/* isWideWordCode */.ZH)(code)) {
                word = inWord
                    ? Math.imul(word ^ code, minhash/* WORD_HASH_PRIME */.y9)
                    : Math.imul(minhash/* WORD_HASH_BASIS */.lh ^ code, minhash/* WORD_HASH_PRIME */.y9);
                inWord = true;
            }
            else if (inWord) {
                this.push(word >>> 0);
                inWord = false;
            }
        }
        if (inWord)
            this.push(word >>> 0);
        const form = changed ? buffer.bytes.toString("utf16le", 0, out * 2) : folded;
        if (fingerprint) {
            if (all < 128) {
                // Folding made it ASCII (the Kelvin sign folds to "k"): hashed one byte a character, as fingerprintText
                // hashes every ASCII text. Each byte goes where no unit still to be read is.
                const bytes = buffer.bytes;
                for (let i = 0; i < out; i++)
                    bytes[i] = units[i];
                (0,rules_fingerprint/* fingerprintEncoded */.Ps)(buffer, out, true, fingerprint, offset);
            }
            else
                (0,rules_fingerprint/* fingerprintEncoded */.Ps)(buffer, out * 2, false, fingerprint, offset);
        }
        return form;
    }
    push(hash) {
        if (this.wordCount === this.words.length)
            this.words = (0,minhash/* grow */.wS)(this.words);
        this.words[this.wordCount++] = hash;
    }
}
/** An absent text's fingerprint: all zeros, as `fingerprintText(undefined)` writes. */
function clearFingerprint(fingerprint, offset) {
    fingerprint.fill(0, offset, offset + rules_fingerprint/* FINGERPRINT_WORDS */.Pr);
}

// EXTERNAL MODULE: ./.tmp/bundle-js/rules/refusal.js
var refusal = __nccwpck_require__(48);
// EXTERNAL MODULE: ./.tmp/bundle-js/rules/text-fields.js
var text_fields = __nccwpck_require__(915);
;// CONCATENATED MODULE: ./.tmp/bundle-js/check/example-view.js





/**
 * What every rule reads of an example besides its texts, derived once here rather than once a rule: the
 * match texts, the refusal reading and scope, which texts hold unusual characters, the comparable forms,
 * their fingerprints and their word hashes.
 */
class ExampleView {
    harmCategories;
    /** Every example's fingerprints, in one array reused from example to example (rules copy what they keep). */
    fingerprints = new Int32Array(3 * rules_fingerprint/* FINGERPRINT_WORDS */.Pr);
    /** Makes the comparable forms with their fingerprints and word hashes, one pass a text. */
    texts = new ComparableTexts();
    /** Every example's word hashes, one object reused from example to example. */
    wordHashes = { words: this.texts.words, length: 0, promptLength: 0 };
    constructor(
    /** The dataset's categories that expect a refusal. */
    harmCategories) {
        this.harmCategories = harmCategories;
    }
    /**
     * Extends the example in place (it is fresh from the normaliser, so it is not copied) into what the rules
     * read. `forEveryRule`: the per-example rules run on it (else only stateful ones, which read the comparable
     * forms, fingerprints and word hashes); `hashTexts`: some rule on it reads the fingerprints; `hashWords`:
     * some rule on it reads the word hashes.
     */
    prepare(example, category, { forEveryRule, hashTexts, hashWords }) {
        const checked = example;
        // A text without unusual characters is all ASCII, and so is its case-folded copy.
        let promptAscii = false;
        let chosenAscii = false;
        let rejectedAscii = false;
        // The responses are case-folded once, for both their match texts and their comparable forms; the
        // comparable forms fold the rest (ASCII texts as they are encoded, without a copy).
        let chosen;
        let rejected;
        if (forEveryRule) {
            checked.unusualTexts =
                (text_fields/* UNUSUAL_CHARACTER */.ym.test(example.prompt) ? 1 : 0) |
                    (example.chosen !== undefined && text_fields/* UNUSUAL_CHARACTER */.ym.test(example.chosen) ? 2 : 0) |
                    (example.rejected !== undefined && text_fields/* UNUSUAL_CHARACTER */.ym.test(example.rejected) ? 4 : 0);
            promptAscii = (checked.unusualTexts & text_fields/* FIELD_BIT */.tz.prompt) === 0;
            chosenAscii = (checked.unusualTexts & text_fields/* FIELD_BIT */.tz.chosen) === 0;
            rejectedAscii = (checked.unusualTexts & text_fields/* FIELD_BIT */.tz.rejected) === 0;
            chosen = example.chosen?.toLowerCase();
            rejected = example.rejected?.toLowerCase();
            // Curly apostrophes are not ASCII: an ASCII text has none to straighten.
            checked.chosenMatchText = !chosen ? "" : chosenAscii ? chosen : (0,language/* straightenApostrophes */._9)(chosen);
            checked.rejectedMatchText = !rejected ? "" : rejectedAscii ? rejected : (0,language/* straightenApostrophes */._9)(rejected);
            checked.chosenReading = chosen ? (0,refusal/* readRefusal */.ni)(checked.chosenMatchText, chosenAscii) : "answer";
            checked.refusalScope =
                category !== undefined ? this.harmCategories.has(category) : checked.chosenReading === "refusal";
        }
        const texts = this.texts;
        const fingerprints = hashTexts ? this.fingerprints : undefined;
        texts.resetWords();
        const prompt = texts.form(example.prompt, false, promptAscii, fingerprints, 0, hashWords);
        const promptLength = texts.wordCount;
        let chosenForm;
        if (example.chosen === undefined) {
            if (fingerprints)
                clearFingerprint(fingerprints, rules_fingerprint/* FINGERPRINT_WORDS */.Pr);
            if (hashWords)
                texts.addEmptyField();
        }
        else {
            chosenForm = texts.form(chosen ?? example.chosen, chosen !== undefined, chosenAscii, fingerprints, rules_fingerprint/* FINGERPRINT_WORDS */.Pr, hashWords);
        }
        let rejectedForm;
        if (example.rejected === undefined) {
            if (fingerprints)
                clearFingerprint(fingerprints, 2 * rules_fingerprint/* FINGERPRINT_WORDS */.Pr);
            if (hashWords)
                texts.addEmptyField();
        }
        else {
            rejectedForm = texts.form(rejected ?? example.rejected, rejected !== undefined, rejectedAscii, fingerprints, 2 * rules_fingerprint/* FINGERPRINT_WORDS */.Pr, hashWords);
        }
        checked.comparable = { prompt, chosen: chosenForm, rejected: rejectedForm };
        checked.fingerprints = this.fingerprints;
        const wordHashes = this.wordHashes;
        wordHashes.words = texts.words;
        wordHashes.length = texts.wordCount;
        wordHashes.promptLength = promptLength;
        checked.wordHashes = wordHashes;
        return checked;
    }
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./.tmp/bundle-js/check/content-hash.js


// Content hashes that identify an example or a finding across runs (baselines, review dedup), whatever line it sits on.
/** A short, stable hash of parts, none of which can run into the next. */
function digest(parts) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)("sha256");
    for (const part of parts)
        hash.update(part).update("\u0000");
    return hash.digest("base64url").slice(0, 22);
}
/** What an example holds, whitespace and case aside: the same content hashes the same wherever it sits. */
function exampleContentHash(example) {
    return digest([
        "example",
        (0,language/* normaliseForComparison */.HX)(example.prompt),
        example.chosen === undefined ? "\u0001" : (0,language/* normaliseForComparison */.HX)(example.chosen),
        example.rejected === undefined ? "\u0001" : (0,language/* normaliseForComparison */.HX)(example.rejected),
        example.category ?? "\u0001",
    ]);
}
/** The content hash of a record that is no example (a line that is not JSON, a value that is no object). */
function rawContentHash(text) {
    return digest(["raw", text]);
}
/**
 * A finding's fingerprint: its rule, where it is (the file's path, or the dataset's name), the content
 * of the example it is about (none for findings about a whole file or dataset), the field, and the
 * rule's key for findings that repeat on one field (pii's kinds, category-distribution's categories).
 */
function findingFingerprint(finding, scope, content, key) {
    return digest([finding.rule, scope, content ?? "", finding.field ?? "", key ?? ""]);
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/check/record-ends.js
/**
 * Where the multi-line records of one file end, by the line they start on: for findings that rules report
 * at the end of the dataset, naming only a line (near-duplicate, split-leakage). Records arrive in line
 * order, so two growing arrays and a binary search hold them: 8 bytes a multi-line record, nothing for a
 * JSON Lines file.
 */
class RecordEnds {
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    size = 0;
    /** The start line of the last record seen: of records sharing a line, the first one's end is kept. */
    lastStart = 0;
    /** Notes a record; `endLine` is undefined for a one-line record. */
    add(line, endLine) {
        if (line === this.lastStart)
            return;
        this.lastStart = line;
        if (endLine === undefined)
            return;
        if (this.size === this.starts.length) {
            this.starts = grow(this.starts);
            this.ends = grow(this.ends);
        }
        this.starts[this.size] = line;
        this.ends[this.size] = endLine;
        this.size++;
    }
    /** The end line of the record starting at `line`, when it spans lines. */
    endOf(line) {
        let low = 0;
        let high = this.size - 1;
        while (low <= high) {
            const middle = (low + high) >>> 1;
            const start = this.starts[middle];
            if (start === line)
                return this.ends[middle];
            if (start < line)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return undefined;
    }
}
function grow(array) {
    const bigger = new Int32Array(array.length * 2);
    bigger.set(array);
    return bigger;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/check/record-fix.js

/**
 * The longest line a fix is offered for: a longer record is fixed by hand, not in a review comment, and
 * the report (which carries the fixed line) stays within its bounds.
 */
const MAX_FIXED_LINE = MAX_TEXT;
/**
 * A rule's fix of one field, made the new text of the record's line (a JSON Lines line, as the file holds
 * it): the field's value is replaced in place, so the rest of the line keeps its spelling. Undefined
 * unless the edit is certain: the value is spelt exactly once after its key, and the fixed line parses to
 * the same record but for the field. Prose is never rewritten: only a field's whole value is.
 */
function lineFix(lineText, line, fix) {
    if (lineText.length > MAX_FIXED_LINE)
        return undefined;
    let record;
    try {
        record = JSON.parse(lineText);
    }
    catch {
        return undefined;
    }
    if (typeof record !== "object" || record === null || Array.isArray(record))
        return undefined;
    if (record[fix.field] !== fix.from)
        return undefined;
    const pattern = new RegExp(`(${escapeRegExp(JSON.stringify(fix.field))}\\s*:\\s*)${escapeRegExp(JSON.stringify(fix.from))}`, "g");
    if ([...lineText.matchAll(pattern)].length !== 1)
        return undefined;
    const fixed = lineText.replace(pattern, (_, key) => `${key}${JSON.stringify(fix.to)}`);
    if (fixed.length > MAX_FIXED_LINE)
        return undefined;
    try {
        const expected = { ...record, [fix.field]: fix.to };
        if (JSON.stringify(JSON.parse(fixed)) !== JSON.stringify(expected))
            return undefined;
    }
    catch {
        return undefined;
    }
    return { line, endLine: line, text: fixed };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/check/thread-part.js

const END_SEQ = Number.MAX_SAFE_INTEGER;
const READER_ORDER = 1_000_000;
const RULE_ORDER = new Map(registry/* RULES */.y0.map((rule, i) => [rule.id, i]));
const READER_RULES = new Set(registry/* RULES */.y0.filter((r) => r.kind === "reader").map((r) => r.id));
/** A finding's place in the one-thread order among the findings made at the same example. */
function findingOrder(ruleId) {
    return READER_RULES.has(ruleId) ? READER_ORDER : (RULE_ORDER.get(ruleId) ?? READER_ORDER);
}
/** The "N more" findings come last, by file and then by rule (in every thread count alike). */
function thread_part_byFileAndRule(a, b) {
    return a.fileIndex - b.fileIndex || (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0);
}
/** One list of several threads' keyed findings, by key; a stable sort keeps each thread's own order. */
function thread_part_mergeKeyed(lists) {
    return lists.flat().sort((a, b) => a.seq - b.seq || a.order - b.order);
}
/** The threads' counts of each rule's findings in each file, added up, with the earliest omitted finding. */
function thread_part_totalCounts(counts) {
    const totals = new Map();
    for (const { fileIndex, ruleId, count, firstOmitted } of counts) {
        const key = `${fileIndex}:${ruleId}`;
        const total = totals.get(key) ?? { fileIndex, ruleId, count: 0 };
        totals.set(key, total);
        total.count += count;
        if (firstOmitted && (!total.firstOmitted || firstOmitted.seq < total.firstOmitted.seq))
            total.firstOmitted = firstOmitted;
    }
    return totals;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/check/finding-sink.js







/**
 * Where every finding of one dataset's check goes: rules and readers report plain inputs; the sink gives
 * each its configured severity, its line (and end line) or row, its fix, its fingerprint, applies the
 * finding cap, and keeps each finding's place for the merge of a threaded check.
 */
class FindingSink {
    config;
    datasetName;
    files;
    fileTasks;
    hashing;
    part;
    /** The dataset's own findings (min-size, category-distribution, …), in the order they were made. */
    datasetFindings = [];
    /** Examples visited so far (END_SEQ once every file is read): where a finding falls in the file order. */
    seq = 0;
    keyedDatasetFindings = [];
    /** How many findings each rule made in each file (`fileIndex:rule`), and the first left unlisted. */
    findingCounts = new Map();
    /**
     * Fingerprints need the content of the example a finding is about. Rules that report at the end of the
     * dataset name only a line, so each example's content hash is kept by line (when hashing only).
     */
    contentByLine = new Map();
    contentOfExample = new WeakMap();
    /** Where each file's multi-line records end, for findings reported by line at the end of the dataset. */
    recordEnds = new Map();
    constructor(config, datasetName, 
    /** Every file of the check so far, by index (the sink adds to those of its dataset). */
    files, fileTasks, 
    /** Whether findings get fingerprints (a baseline is used or written). */
    hashing, part) {
        this.config = config;
        this.datasetName = datasetName;
        this.files = files;
        this.fileTasks = fileTasks;
        this.hashing = hashing;
        this.part = part;
        if (part)
            part.datasetFindings.push(this.keyedDatasetFindings);
    }
    severityOf(ruleId) {
        return this.config.rules.get(ruleId)?.severity;
    }
    /** Counts one more example visited: findings made from here on fall after it. */
    nextExample() {
        this.seq++;
    }
    /** Every file is read: what is reported from here on (the rules' `end`) falls after every example. */
    atEnd() {
        this.seq = END_SEQ;
    }
    /** Keeps an example's content hash, so findings about it (and about its line, later) get fingerprints. */
    rememberContent(fileIndex, example, content) {
        this.contentOfExample.set(example, content);
        let lines = this.contentByLine.get(fileIndex);
        if (!lines) {
            lines = new Map();
            this.contentByLine.set(fileIndex, lines);
        }
        // Records sharing a line (a one-line JSON array) share the first one's content.
        if (!lines.has(example.line))
            lines.set(example.line, content);
    }
    contentOf(example) {
        return this.contentOfExample.get(example);
    }
    /** Keeps where an example's record ends, so findings about its line, later, name its every line. */
    rememberEnd(fileIndex, example) {
        let ends = this.recordEnds.get(fileIndex);
        if (!ends) {
            ends = new RecordEnds();
            this.recordEnds.set(fileIndex, ends);
        }
        ends.add(example.line, example.endLine);
    }
    /** The end line of the record starting at a file's line, when it spans lines. */
    endLineAt(fileIndex, line) {
        return this.recordEnds.get(fileIndex)?.endOf(line);
    }
    /** Adds a finding to a file, unless its rule is off or the file is read for dataset checks only. */
    addFileFinding(fileIndex, ruleId, line, input, about = {}) {
        const severity = this.severityOf(ruleId);
        if (!severity || !this.fileTasks[fileIndex]?.report)
            return;
        if (this.part && !this.part.owns(ruleId))
            return;
        // A file of a million broken lines would hold a million findings: past the cap they are counted, and
        // one finding at the end says how many more there are (the gate sees the rule's severity either way).
        const countKey = `${fileIndex}:${ruleId}`;
        let counted = this.findingCounts.get(countKey);
        if (!counted) {
            counted = { count: 0 };
            this.findingCounts.set(countKey, counted);
        }
        counted.count++;
        if (counted.count > this.config.limits.maxFindingsPerRule) {
            counted.firstOmitted ??= { seq: this.seq, line };
            return;
        }
        const file = this.files[fileIndex];
        const fileLevel = registry/* FILE_LEVEL_RULES */.GZ.has(ruleId);
        const endLine = !fileLevel && about.endLine !== undefined && about.endLine > line ? about.endLine : undefined;
        const fix = !fileLevel && input.fix !== undefined && about.lineText !== undefined
            ? lineFix(about.lineText, line, input.fix)
            : undefined;
        const finding = toFinding(ruleId, severity, input, line, endLine, fix);
        if (isRowContainer(file)) {
            // Parquet records have rows, not lines; a finding about the whole file has neither.
            delete finding.line;
            if (!fileLevel)
                finding.row = line;
        }
        if (this.hashing) {
            const content = fileLevel
                ? undefined
                : (about.content ?? this.contentByLine.get(fileIndex)?.get(line) ?? `message:${input.message}`);
            finding.fingerprint = findingFingerprint(finding, file?.path ?? "", content, input.key);
        }
        file?.findings.push(finding);
        if (this.part) {
            this.part.fileFindings[fileIndex] ??= [];
            this.keep(this.part.fileFindings[fileIndex], finding, ruleId, line);
        }
    }
    addDatasetFinding(ruleId, severity, input) {
        const finding = toFinding(ruleId, severity, input);
        if (this.hashing) {
            finding.fingerprint = findingFingerprint(finding, `dataset:${this.datasetName}`, undefined, input.key);
        }
        this.datasetFindings.push(finding);
        if (this.part)
            this.keep(this.keyedDatasetFindings, finding, ruleId);
    }
    /**
     * Ends the dataset's findings: in a one-thread check, adds the "N more" finding of each capped rule; in
     * one thread's part, hands its counts to the merge, which applies the cap to all threads together.
     */
    finish() {
        const counts = [...this.findingCounts].map(([countKey, counted]) => {
            const separator = countKey.indexOf(":");
            return {
                fileIndex: Number(countKey.slice(0, separator)),
                ruleId: countKey.slice(separator + 1),
                ...counted,
            };
        });
        if (this.part) {
            this.part.counts.push(...counts);
            return;
        }
        const cap = this.config.limits.maxFindingsPerRule;
        for (const { fileIndex, ruleId, count, firstOmitted } of counts.sort(thread_part_byFileAndRule)) {
            if (!firstOmitted)
                continue;
            const file = this.files[fileIndex];
            const severity = this.severityOf(ruleId);
            file.findings.push(finding_sink_omittedFinding(ruleId, severity, count - cap, cap, firstOmitted.line, file, this.hashing));
        }
    }
    /** Keeps a finding's key, for the merge of a threaded check. */
    keep(list, finding, ruleId, line = 0) {
        list.push({ finding, seq: this.seq, order: findingOrder(ruleId), line });
    }
}
/** Whether the file's records have rows, not lines (Parquet). */
function isRowContainer(file) {
    return file?.container != null && ROW_CONTAINERS.has(file.container);
}
function toFinding(rule, configured, input, line, endLine, fix) {
    // A rule may lower its own finding's severity (min-size's "below recommended"), never raise it.
    const severity = input.severity && finding_SEVERITY_RANK[input.severity] < finding_SEVERITY_RANK[configured] ? input.severity : configured;
    return {
        rule,
        severity,
        ...(line !== undefined ? { line } : {}),
        ...(endLine !== undefined ? { endLine } : {}),
        ...(input.field !== undefined ? { field: input.field } : {}),
        message: input.message,
        ...(input.excerpt !== undefined ? { excerpt: input.excerpt } : {}),
        ...(fix !== undefined ? { fix } : {}),
    };
}
/** The finding that says how many more of a rule's findings in a file are not listed (the finding cap). */
function finding_sink_omittedFinding(ruleId, severity, omitted, cap, line, file, hashing) {
    const finding = toFinding(ruleId, severity, {
        message: `${omitted.toLocaleString("en-US")} more ${ruleId} findings in this file from here on are not listed (limits.max-findings-per-rule: ${cap})`,
    }, line);
    if (isRowContainer(file)) {
        delete finding.line;
        finding.row = line;
    }
    // The count is part of its identity: a baseline that accepts 40 more does not accept 41.
    if (hashing)
        finding.fingerprint = findingFingerprint(finding, file.path, undefined, `omitted:${omitted}`);
    return finding;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./.tmp/bundle-js/read/read-limits.js
// Caps on what one dataset file may make a reader hold or produce. A pull request can carry any bytes: a
// single line of hundreds of megabytes, or a few megabytes of gzip that inflate to gigabytes. The caps keep
// memory and time bounded; what is past a cap is reported, never silently dropped.
const MIB = 1024 * 1024;
/**
 * 16 MiB a record: the longest record of the real fixtures is under 100 KB, and a conversation of a
 * hundred long turns is still a few MB. 1 GiB decompressed: GitHub refuses files over 100 MB and JSON
 * text compresses about 4–10:1, so a committed dataset file inflates to well under it; gzip cannot
 * inflate more than ~1,032:1, so a bomb needs a megabyte to reach it.
 */
const read_limits_DEFAULT_READ_LIMITS = {
    maxLineBytes: 16 * MIB,
    maxDecompressedBytes: 1024 * MIB,
};
/**
 * 100,000 findings of one rule in one file: every finding of any real file is listed (a baseline and the
 * annotations need each one), while a file of millions of broken lines (100 MB of "1\n" is 50 million
 * wrong-type records, 4.6 GB of findings) holds some 30 MB of them.
 */
const DEFAULT_MAX_FINDINGS_PER_RULE = 100_000;
/** Thrown by a byte source that reached a cap: the engine reports it under `rule`, not as a corrupt file. */
class ReadLimitError extends Error {
    rule;
    constructor(rule, message) {
        super(message);
        this.rule = rule;
    }
}
/** A byte count as people read it: "16 MiB", "4 GiB", "512 bytes". */
function formatBytes(bytes) {
    if (bytes >= 1024 * MIB && bytes % (1024 * MIB) === 0)
        return `${bytes / (1024 * MIB)} GiB`;
    if (bytes >= MIB && bytes % MIB === 0)
        return `${bytes / MIB} MiB`;
    if (bytes >= 1024 && bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
}

;// CONCATENATED MODULE: ./node_modules/fzstd/esm/index.mjs
// Some numerical data is initialized as -1 even when it doesn't need initialization to help the JIT infer types
// aliases for shorter compressed code (most minifers don't do this)
var ab = ArrayBuffer, u8 = Uint8Array, u16 = Uint16Array, i16 = Int16Array, u32 = (/* unused pure expression or super */ null && (Uint32Array)), i32 = Int32Array;
var slc = function (v, s, e) {
    if (u8.prototype.slice)
        return u8.prototype.slice.call(v, s, e);
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    var n = new u8(e - s);
    n.set(v.subarray(s, e));
    return n;
};
var fill = function (v, n, s, e) {
    if (u8.prototype.fill)
        return u8.prototype.fill.call(v, n, s, e);
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    for (; s < e; ++s)
        v[s] = n;
    return v;
};
var cpw = function (v, t, s, e) {
    if (u8.prototype.copyWithin)
        return u8.prototype.copyWithin.call(v, t, s, e);
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    while (s < e) {
        v[t++] = v[s++];
    }
};
/**
 * Codes for errors generated within this library
 */
var ZstdErrorCode = {
    InvalidData: 0,
    WindowSizeTooLarge: 1,
    InvalidBlockType: 2,
    FSEAccuracyTooHigh: 3,
    DistanceTooFarBack: 4,
    UnexpectedEOF: 5
};
// error codes
var ec = [
    'invalid zstd data',
    'window size too large (>2046MB)',
    'invalid block type',
    'FSE accuracy too high',
    'match distance too far back',
    'unexpected EOF'
];
var err = function (ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
    if (!nt)
        throw e;
    return e;
};
var rb = function (d, b, n) {
    var i = 0, o = 0;
    for (; i < n; ++i)
        o |= d[b++] << (i << 3);
    return o;
};
var b4 = function (d, b) { return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0; };
// read Zstandard frame header
var rzfh = function (dat, w) {
    var n3 = dat[0] | (dat[1] << 8) | (dat[2] << 16);
    if (n3 == 0x2FB528 && dat[3] == 253) {
        // Zstandard
        var flg = dat[4];
        //    single segment       checksum             dict flag     frame content flag
        var ss = (flg >> 5) & 1, cc = (flg >> 2) & 1, df = flg & 3, fcf = flg >> 6;
        if (flg & 8)
            err(0);
        // byte
        var bt = 6 - ss;
        // dict bytes
        var db = df == 3 ? 4 : df;
        // dictionary id
        var di = rb(dat, bt, db);
        bt += db;
        // frame size bytes
        var fsb = fcf ? (1 << fcf) : ss;
        // frame source size
        var fss = rb(dat, bt, fsb) + ((fcf == 1) && 256);
        // window size
        var ws = fss;
        if (!ss) {
            // window descriptor
            var wb = 1 << (10 + (dat[5] >> 3));
            ws = wb + (wb >> 3) * (dat[5] & 7);
        }
        if (ws > 2145386496)
            err(1);
        var buf = new u8((w == 1 ? (fss || ws) : w ? 0 : ws) + 12);
        buf[0] = 1, buf[4] = 4, buf[8] = 8;
        return {
            b: bt + fsb,
            y: 0,
            l: 0,
            d: di,
            w: (w && w != 1) ? w : buf.subarray(12),
            e: ws,
            o: new i32(buf.buffer, 0, 3),
            u: fss,
            c: cc,
            m: Math.min(131072, ws)
        };
    }
    else if (((n3 >> 4) | (dat[3] << 20)) == 0x184D2A5) {
        // skippable
        return b4(dat, 4) + 8;
    }
    err(0);
};
// most significant bit for nonzero
var msb = function (val) {
    var bits = 0;
    for (; (1 << bits) <= val; ++bits)
        ;
    return bits - 1;
};
// read finite state entropy
var rfse = function (dat, bt, mal) {
    // table pos
    var tpos = (bt << 3) + 4;
    // accuracy log
    var al = (dat[bt] & 15) + 5;
    if (al > mal)
        err(3);
    // size
    var sz = 1 << al;
    // probabilities symbols  repeat   index   high threshold
    var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
    // optimization: single allocation is much faster
    var buf = new ab(512 + (sz << 2));
    var freq = new i16(buf, 0, 256);
    // same view as freq
    var dstate = new u16(buf, 0, 256);
    var nstate = new u16(buf, 512, sz);
    var bb1 = 512 + (sz << 1);
    var syms = new u8(buf, bb1, sz);
    var nbits = new u8(buf, bb1 + sz);
    while (sym < 255 && probs > 0) {
        var bits = msb(probs + 1);
        var cbt = tpos >> 3;
        // mask
        var msk = (1 << (bits + 1)) - 1;
        var val = ((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (tpos & 7)) & msk;
        // mask (1 fewer bit)
        var msk1fb = (1 << bits) - 1;
        // max small value
        var msv = msk - probs - 1;
        // small value
        var sval = val & msk1fb;
        if (sval < msv)
            tpos += bits, val = sval;
        else {
            tpos += bits + 1;
            if (val > msk1fb)
                val -= msv;
        }
        freq[++sym] = --val;
        if (val == -1) {
            probs += val;
            syms[--ht] = sym;
        }
        else
            probs -= val;
        if (!val) {
            do {
                // repeat byte
                var rbt = tpos >> 3;
                re = ((dat[rbt] | (dat[rbt + 1] << 8)) >> (tpos & 7)) & 3;
                tpos += 2;
                sym += re;
            } while (re == 3);
        }
    }
    if (sym > 255 || probs)
        err(0);
    var sympos = 0;
    // sym step (coprime with sz - formula from zstd source)
    var sstep = (sz >> 1) + (sz >> 3) + 3;
    // sym mask
    var smask = sz - 1;
    for (var s = 0; s <= sym; ++s) {
        var sf = freq[s];
        if (sf < 1) {
            dstate[s] = -sf;
            continue;
        }
        // This is split into two loops in zstd to avoid branching, but as JS is higher-level that is unnecessary
        for (i = 0; i < sf; ++i) {
            syms[sympos] = s;
            do {
                sympos = (sympos + sstep) & smask;
            } while (sympos >= ht);
        }
    }
    // After spreading symbols, should be zero again
    if (sympos)
        err(0);
    for (i = 0; i < sz; ++i) {
        // next state
        var ns = dstate[syms[i]]++;
        // num bits
        var nb = nbits[i] = al - msb(ns);
        nstate[i] = (ns << nb) - sz;
    }
    return [(tpos + 7) >> 3, {
            b: al,
            s: syms,
            n: nbits,
            t: nstate
        }];
};
// read huffman
var rhu = function (dat, bt) {
    //  index  weight count
    var i = 0, wc = -1;
    //    buffer             header byte
    var buf = new u8(292), hb = dat[bt];
    // huffman weights
    var hw = buf.subarray(0, 256);
    // rank count
    var rc = buf.subarray(256, 268);
    // rank index
    var ri = new u16(buf.buffer, 268);
    // NOTE: at this point bt is 1 less than expected
    if (hb < 128) {
        // end byte, fse decode table
        var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
        bt += hb;
        var epos = ebt << 3;
        // last byte
        var lb = dat[bt];
        if (!lb)
            err(0);
        //  state1   state2   state1 bits   state2 bits
        var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
        // fse pos
        // pre-increment to account for original deficit of 1
        var fpos = (++bt << 3) - 8 + msb(lb);
        for (;;) {
            fpos -= btr1;
            if (fpos < epos)
                break;
            var cbt = fpos >> 3;
            st1 += ((dat[cbt] | (dat[cbt + 1] << 8)) >> (fpos & 7)) & ((1 << btr1) - 1);
            hw[++wc] = fdt.s[st1];
            fpos -= btr2;
            if (fpos < epos)
                break;
            cbt = fpos >> 3;
            st2 += ((dat[cbt] | (dat[cbt + 1] << 8)) >> (fpos & 7)) & ((1 << btr2) - 1);
            hw[++wc] = fdt.s[st2];
            btr1 = fdt.n[st1];
            st1 = fdt.t[st1];
            btr2 = fdt.n[st2];
            st2 = fdt.t[st2];
        }
        if (++wc > 255)
            err(0);
    }
    else {
        wc = hb - 127;
        for (; i < wc; i += 2) {
            var byte = dat[++bt];
            hw[i] = byte >> 4;
            hw[i + 1] = byte & 15;
        }
        ++bt;
    }
    // weight exponential sum
    var wes = 0;
    for (i = 0; i < wc; ++i) {
        var wt = hw[i];
        // bits must be at most 11, same as weight
        if (wt > 11)
            err(0);
        wes += wt && (1 << (wt - 1));
    }
    // max bits
    var mb = msb(wes) + 1;
    // table size
    var ts = 1 << mb;
    // remaining sum
    var rem = ts - wes;
    // must be power of 2
    if (rem & (rem - 1))
        err(0);
    hw[wc++] = msb(rem) + 1;
    for (i = 0; i < wc; ++i) {
        var wt = hw[i];
        ++rc[hw[i] = wt && (mb + 1 - wt)];
    }
    // huf buf
    var hbuf = new u8(ts << 1);
    //    symbols                      num bits
    var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
    ri[mb] = 0;
    for (i = mb; i > 0; --i) {
        var pv = ri[i];
        fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << (mb - i)));
    }
    if (ri[0] != ts)
        err(0);
    for (i = 0; i < wc; ++i) {
        var bits = hw[i];
        if (bits) {
            var code = ri[bits];
            fill(syms, i, code, ri[bits] = code + (1 << (mb - bits)));
        }
    }
    return [bt, {
            n: nb,
            b: mb,
            s: syms
        }];
};
// Tables generated using this:
// https://gist.github.com/101arrowz/a979452d4355992cbf8f257cbffc9edd
// default literal length table
var dllt = /*#__PURE__*/ rfse(/*#__PURE__*/ new u8([
    81, 16, 99, 140, 49, 198, 24, 99, 12, 33, 196, 24, 99, 102, 102, 134, 70, 146, 4
]), 0, 6)[1];
// default match length table
var dmlt = /*#__PURE__*/ rfse(/*#__PURE__*/ new u8([
    33, 20, 196, 24, 99, 140, 33, 132, 16, 66, 8, 33, 132, 16, 66, 8, 33, 68, 68, 68, 68, 68, 68, 68, 68, 36, 9
]), 0, 6)[1];
// default offset code table
var doct = /*#__PURE__ */ rfse(/*#__PURE__*/ new u8([
    32, 132, 16, 66, 102, 70, 68, 68, 68, 68, 36, 73, 2
]), 0, 5)[1];
// bits to baseline
var b2bl = function (b, s) {
    var len = b.length, bl = new i32(len);
    for (var i = 0; i < len; ++i) {
        bl[i] = s;
        s += 1 << b[i];
    }
    return bl;
};
// literal length bits
var llb = /*#__PURE__ */ new u8(( /*#__PURE__ */new i32([
    0, 0, 0, 0, 16843009, 50528770, 134678020, 202050057, 269422093
])).buffer, 0, 36);
// literal length baseline
var llbl = /*#__PURE__ */ b2bl(llb, 0);
// match length bits
var mlb = /*#__PURE__ */ new u8(( /*#__PURE__ */new i32([
    0, 0, 0, 0, 0, 0, 0, 0, 16843009, 50528770, 117769220, 185207048, 252579084, 16
])).buffer, 0, 53);
// match length baseline
var mlbl = /*#__PURE__ */ b2bl(mlb, 3);
// decode huffman stream
var dhu = function (dat, out, hu) {
    var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
    if (!lb)
        err(0);
    var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
    for (; pos > eb && i < ss;) {
        var cbt = pos >> 3;
        var val = (dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (pos & 7);
        st = ((st << btr) | val) & msk;
        out[++i] = hu.s[st];
        pos -= (btr = hu.n[st]);
    }
    if (pos != eb || i + 1 != ss)
        err(0);
};
// decode huffman stream 4x
// TODO: use workers to parallelize
var dhu4 = function (dat, out, hu) {
    var bt = 6;
    var ss = out.length, sz1 = (ss + 3) >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
    dhu(dat.subarray(bt, bt += dat[0] | (dat[1] << 8)), out.subarray(0, sz1), hu);
    dhu(dat.subarray(bt, bt += dat[2] | (dat[3] << 8)), out.subarray(sz1, sz2), hu);
    dhu(dat.subarray(bt, bt += dat[4] | (dat[5] << 8)), out.subarray(sz2, sz3), hu);
    dhu(dat.subarray(bt), out.subarray(sz3), hu);
};
// read Zstandard block
var rzb = function (dat, st, out) {
    var _a;
    var bt = st.b;
    //    byte 0        block type
    var b0 = dat[bt], btype = (b0 >> 1) & 3;
    st.l = b0 & 1;
    var sz = (b0 >> 3) | (dat[bt + 1] << 5) | (dat[bt + 2] << 13);
    // end byte for block
    var ebt = (bt += 3) + sz;
    if (btype == 1) {
        if (bt >= dat.length)
            return;
        st.b = bt + 1;
        if (out) {
            fill(out, dat[bt], st.y, st.y += sz);
            return out;
        }
        return fill(new u8(sz), dat[bt]);
    }
    if (ebt > dat.length)
        return;
    if (btype == 0) {
        st.b = ebt;
        if (out) {
            out.set(dat.subarray(bt, ebt), st.y);
            st.y += sz;
            return out;
        }
        return slc(dat, bt, ebt);
    }
    if (btype == 2) {
        //    byte 3        lit btype     size format
        var b3 = dat[bt], lbt = b3 & 3, sf = (b3 >> 2) & 3;
        // lit src size  lit cmp sz 4 streams
        var lss = b3 >> 4, lcs = 0, s4 = 0;
        if (lbt < 2) {
            if (sf & 1)
                lss |= (dat[++bt] << 4) | ((sf & 2) && (dat[++bt] << 12));
            else
                lss = b3 >> 3;
        }
        else {
            s4 = sf;
            if (sf < 2)
                lss |= ((dat[++bt] & 63) << 4), lcs = (dat[bt] >> 6) | (dat[++bt] << 2);
            else if (sf == 2)
                lss |= (dat[++bt] << 4) | ((dat[++bt] & 3) << 12), lcs = (dat[bt] >> 2) | (dat[++bt] << 6);
            else
                lss |= (dat[++bt] << 4) | ((dat[++bt] & 63) << 12), lcs = (dat[bt] >> 6) | (dat[++bt] << 2) | (dat[++bt] << 10);
        }
        ++bt;
        // add literals to end - can never overlap with backreferences because unused literals always appended
        var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
        // starting point for literals
        var spl = buf.length - lss;
        if (lbt == 0)
            buf.set(dat.subarray(bt, bt += lss), spl);
        else if (lbt == 1)
            fill(buf, dat[bt++], spl);
        else {
            // huffman table
            var hu = st.h;
            if (lbt == 2) {
                var hud = rhu(dat, bt);
                // subtract description length
                lcs += bt - (bt = hud[0]);
                st.h = hu = hud[1];
            }
            else if (!hu)
                err(0);
            (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
        }
        // num sequences
        var ns = dat[bt++];
        if (ns) {
            if (ns == 255)
                ns = (dat[bt++] | (dat[bt++] << 8)) + 0x7F00;
            else if (ns > 127)
                ns = ((ns - 128) << 8) | dat[bt++];
            // symbol compression modes
            var scm = dat[bt++];
            if (scm & 3)
                err(0);
            var dts = [dmlt, doct, dllt];
            for (var i = 2; i > -1; --i) {
                var md = (scm >> ((i << 1) + 2)) & 3;
                if (md == 1) {
                    // rle buf
                    var rbuf = new u8([0, 0, dat[bt++]]);
                    dts[i] = {
                        s: rbuf.subarray(2, 3),
                        n: rbuf.subarray(0, 1),
                        t: new u16(rbuf.buffer, 0, 1),
                        b: 0
                    };
                }
                else if (md == 2) {
                    // accuracy log 8 for offsets, 9 for others
                    _a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
                }
                else if (md == 3) {
                    if (!st.t)
                        err(0);
                    dts[i] = st.t[i];
                }
            }
            var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
            var lb = dat[ebt - 1];
            if (!lb)
                err(0);
            var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
            var lst = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << llt.b) - 1);
            cbt = (spos -= oct.b) >> 3;
            var ost = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << oct.b) - 1);
            cbt = (spos -= mlt.b) >> 3;
            var mst = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << mlt.b) - 1);
            for (++ns; --ns;) {
                var llc = llt.s[lst];
                var lbtr = llt.n[lst];
                var mlc = mlt.s[mst];
                var mbtr = mlt.n[mst];
                var ofc = oct.s[ost];
                var obtr = oct.n[ost];
                cbt = (spos -= ofc) >> 3;
                var ofp = 1 << ofc;
                var off = ofp + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16) | (dat[cbt + 3] << 24)) >>> (spos & 7)) & (ofp - 1));
                cbt = (spos -= mlb[mlc]) >> 3;
                var ml = mlbl[mlc] + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (spos & 7)) & ((1 << mlb[mlc]) - 1));
                cbt = (spos -= llb[llc]) >> 3;
                var ll = llbl[llc] + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (spos & 7)) & ((1 << llb[llc]) - 1));
                cbt = (spos -= lbtr) >> 3;
                lst = llt.t[lst] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << lbtr) - 1));
                cbt = (spos -= mbtr) >> 3;
                mst = mlt.t[mst] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << mbtr) - 1));
                cbt = (spos -= obtr) >> 3;
                ost = oct.t[ost] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << obtr) - 1));
                if (off > 3) {
                    st.o[2] = st.o[1];
                    st.o[1] = st.o[0];
                    st.o[0] = off -= 3;
                }
                else {
                    var idx = off - (ll != 0);
                    if (idx) {
                        off = idx == 3 ? st.o[0] - 1 : st.o[idx];
                        if (idx > 1)
                            st.o[2] = st.o[1];
                        st.o[1] = st.o[0];
                        st.o[0] = off;
                    }
                    else
                        off = st.o[0];
                }
                for (var i = 0; i < ll; ++i) {
                    buf[oubt + i] = buf[spl + i];
                }
                oubt += ll, spl += ll;
                var stin = oubt - off;
                if (stin < 0) {
                    var len = -stin;
                    var bs = st.e + stin;
                    if (len > ml)
                        len = ml;
                    for (var i = 0; i < len; ++i) {
                        buf[oubt + i] = st.w[bs + i];
                    }
                    oubt += len, ml -= len, stin = 0;
                }
                for (var i = 0; i < ml; ++i) {
                    buf[oubt + i] = buf[stin + i];
                }
                oubt += ml;
            }
            if (oubt != spl) {
                while (spl < buf.length) {
                    buf[oubt++] = buf[spl++];
                }
            }
            else
                oubt = buf.length;
            if (out)
                st.y += oubt;
            else
                buf = slc(buf, 0, oubt);
        }
        else if (out) {
            st.y += lss;
            if (spl) {
                for (var i = 0; i < lss; ++i) {
                    buf[i] = buf[spl + i];
                }
            }
        }
        else if (spl)
            buf = slc(buf, spl);
        st.b = ebt;
        return buf;
    }
    err(2);
};
// concat
var cct = function (bufs, ol) {
    if (bufs.length == 1)
        return bufs[0];
    var buf = new u8(ol);
    for (var i = 0, b = 0; i < bufs.length; ++i) {
        var chk = bufs[i];
        buf.set(chk, b);
        b += chk.length;
    }
    return buf;
};
/**
 * Decompresses Zstandard data
 * @param dat The input data
 * @param buf The output buffer. If unspecified, the function will allocate
 *            exactly enough memory to fit the decompressed data. If your
 *            data has multiple frames and you know the output size, specifying
 *            it will yield better performance.
 * @returns The decompressed data
 */
function decompress(dat, buf) {
    var bufs = [], nb = +!buf;
    var bt = 0, ol = 0;
    for (; dat.length;) {
        var st = rzfh(dat, nb || buf);
        if (typeof st == 'object') {
            if (nb) {
                buf = null;
                if (st.w.length == st.u) {
                    bufs.push(buf = st.w);
                    ol += st.u;
                }
            }
            else {
                bufs.push(buf);
                st.e = 0;
            }
            for (; !st.l;) {
                var blk = rzb(dat, st, buf);
                if (!blk)
                    err(5);
                if (buf)
                    st.e = st.y;
                else {
                    bufs.push(blk);
                    ol += blk.length;
                    cpw(st.w, 0, blk.length);
                    st.w.set(blk, st.w.length - blk.length);
                }
            }
            bt = st.b + (st.c * 4);
        }
        else
            bt = st;
        dat = dat.subarray(bt);
    }
    return cct(bufs, ol);
}
/**
 * Decompressor for Zstandard streamed data
 */
var Decompress = /*#__PURE__*/ (function () {
    /**
     * Creates a Zstandard decompressor
     * @param ondata The handler for stream data
     */
    function Decompress(ondata) {
        this.ondata = ondata;
        this.c = [];
        this.l = 0;
        this.z = 0;
    }
    /**
     * Pushes data to be decompressed
     * @param chunk The chunk of data to push
     * @param final Whether or not this is the last chunk in the stream
     */
    Decompress.prototype.push = function (chunk, final) {
        if (typeof this.s == 'number') {
            var sub = Math.min(chunk.length, this.s);
            chunk = chunk.subarray(sub);
            this.s -= sub;
        }
        var sl = chunk.length;
        var ncs = sl + this.l;
        if (!this.s) {
            if (final) {
                if (!ncs) {
                    this.ondata(new u8(0), true);
                    return;
                }
                // min for frame + one block
                if (ncs < 5)
                    err(5);
            }
            else if (ncs < 18) {
                this.c.push(chunk);
                this.l = ncs;
                return;
            }
            if (this.l) {
                this.c.push(chunk);
                chunk = cct(this.c, ncs);
                this.c = [];
                this.l = 0;
            }
            if (typeof (this.s = rzfh(chunk)) == 'number')
                return this.push(chunk, final);
        }
        if (typeof this.s != 'number') {
            if (ncs < (this.z || 3)) {
                if (final)
                    err(5);
                this.c.push(chunk);
                this.l = ncs;
                return;
            }
            if (this.l) {
                this.c.push(chunk);
                chunk = cct(this.c, ncs);
                this.c = [];
                this.l = 0;
            }
            if (!this.z && ncs < (this.z = (chunk[this.s.b] & 2) ? 4 : 3 + ((chunk[this.s.b] >> 3) | (chunk[this.s.b + 1] << 5) | (chunk[this.s.b + 2] << 13)))) {
                if (final)
                    err(5);
                this.c.push(chunk);
                this.l = ncs;
                return;
            }
            else
                this.z = 0;
            for (;;) {
                var blk = rzb(chunk, this.s);
                if (!blk) {
                    if (final)
                        err(5);
                    var adc = chunk.subarray(this.s.b);
                    this.s.b = 0;
                    this.c.push(adc), this.l += adc.length;
                    return;
                }
                else {
                    this.ondata(blk, false);
                    cpw(this.s.w, 0, blk.length);
                    this.s.w.set(blk, this.s.w.length - blk.length);
                }
                if (this.s.l) {
                    var rest = chunk.subarray(this.s.b);
                    this.s = this.s.c * 4;
                    this.push(rest, final);
                    return;
                }
            }
        }
        else if (final)
            err(5);
    };
    return Decompress;
}());


;// CONCATENATED MODULE: ./.tmp/bundle-js/read/zstd-stream.js


// Zstandard decoded with fzstd (pure JavaScript), fed one block at a time by a walker that reads the frame
// and block headers itself (RFC 8878 §3.1). fzstd trusts what a frame declares: it allocates the declared
// window (up to 2 GiB) and shifts the whole window after every block, and it decodes all it is given
// before a caller can count the output. A 3,450-byte file declaring a 1.875 GiB window took 100 s and
// 2 GB; 64 KB of RLE blocks decoded to 2.2 GB before an 8 MiB cap was checked. The walker refuses large
// windows before fzstd sees them, hands fzstd one block at a time (at most 128 KiB of output), counts the
// output as it comes, and bounds the window shifting per byte decoded.
/**
 * Largest window accepted: 8 MiB, the window of `zstd -19` (windowLog 23). Only `--long` or `--ultra`
 * write larger ones, and fzstd moves the whole window after every block.
 */
const ZSTD_MAX_WINDOW_BYTES = 8 * 1024 * 1024;
/**
 * Bytes of window shifting allowed per byte decoded, beyond a first allowance of 16 windows. A real stream's
 * blocks are 128 KiB, so an 8 MiB window shifts 64 bytes per byte decoded; a stream of one-byte blocks would
 * shift a window per byte.
 */
const ZSTD_SHIFT_PER_BYTE = 128;
const MAGIC = 0xfd2fb528;
/** Skippable frames: magic 0x184D2A50 to 0x184D2A5F, a 4-byte size, then that many bytes to skip. */
const SKIPPABLE_MASK = 0xfffffff0;
const SKIPPABLE = 0x184d2a50;
/** A growable byte queue: the walker takes whole headers and blocks out of it. */
class Bytes {
    parts = [];
    length = 0;
    push(chunk) {
        this.parts.push(chunk);
        this.length += chunk.length;
    }
    /** The first `n` bytes, without taking them (n ≤ length). */
    peek(n) {
        if (this.parts.length > 1 && this.parts[0].length < n) {
            this.parts = [Buffer.concat(this.parts)];
        }
        return this.parts[0].subarray(0, n);
    }
    take(n) {
        const taken = this.peek(n);
        const first = this.parts[0];
        if (first.length === n)
            this.parts.shift();
        else
            this.parts[0] = first.subarray(n);
        this.length -= n;
        return taken;
    }
}
/**
 * Zstandard frames decoded as they stream in, refusing a window over ZSTD_MAX_WINDOW_BYTES and stopping
 * once the output passes `cap` bytes; a stream that ends mid-frame is an error.
 */
async function* unzstd(compressed, cap) {
    const decoded = [];
    let total = 0;
    // fzstd may hand out views of its window buffer, which it reuses: copy each piece.
    const decoder = new Decompress((data) => {
        if (data.length === 0)
            return;
        total += data.length;
        if (total > cap) {
            throw new ReadLimitError("decompressed-too-large", `the zstd stream decompresses to more than the cap of ${formatBytes(cap)} (limits.max-decompressed-bytes)`);
        }
        decoded.push(Buffer.from(data));
    });
    const feed = (piece, final) => {
        try {
            decoder.push(piece, final);
        }
        catch (error) {
            if (error instanceof ReadLimitError)
                throw error;
            // fzstd throws errors whose code is a number ("5: unexpected EOF"): say what failed instead.
            throw new Error(`zstd: ${error instanceof Error ? error.message : String(error)}`);
        }
    };
    const pending = new Bytes();
    let state = { at: "frame" };
    let shifted = 0;
    /** Passes whole headers and blocks to fzstd; false when more bytes are needed. */
    const step = () => {
        switch (state.at) {
            case "frame": {
                if (pending.length < 4)
                    return false;
                const magic = pending.peek(4).readUInt32LE(0);
                if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE) {
                    if (pending.length < 8)
                        return false;
                    const size = pending.peek(8).readUInt32LE(4);
                    feed(pending.take(8), false);
                    state = { at: "skip", left: size };
                    return true;
                }
                if (magic !== MAGIC)
                    throw new Error("zstd: not a Zstandard frame (bad magic number)");
                if (pending.length < 5)
                    return false;
                const descriptor = pending.peek(5)[4];
                const singleSegment = (descriptor >> 5) & 1;
                const dictionaryBytes = [0, 1, 2, 4][descriptor & 3];
                const sizeFlag = descriptor >> 6;
                const contentSizeBytes = sizeFlag === 0 ? singleSegment : 1 << sizeFlag;
                const headerBytes = 5 + (singleSegment ? 0 : 1) + dictionaryBytes + contentSizeBytes;
                if (pending.length < headerBytes)
                    return false;
                const header = pending.peek(headerBytes);
                let window;
                if (singleSegment) {
                    const at = headerBytes - contentSizeBytes;
                    window =
                        contentSizeBytes === 1
                            ? header[at]
                            : contentSizeBytes === 2
                                ? header.readUInt16LE(at) + 256
                                : contentSizeBytes === 4
                                    ? header.readUInt32LE(at)
                                    : Number(header.readBigUInt64LE(at));
                }
                else {
                    const windowDescriptor = header[5];
                    const base = 2 ** (10 + (windowDescriptor >> 3));
                    window = base + (base / 8) * (windowDescriptor & 7);
                }
                if (window > ZSTD_MAX_WINDOW_BYTES) {
                    throw new ReadLimitError("decompressed-too-large", `the zstd frame declares a window of ${formatBytes(window)}, over the ${formatBytes(ZSTD_MAX_WINDOW_BYTES)} this reader accepts (zstd -19's; recompress without --long or --ultra)`);
                }
                feed(pending.take(headerBytes), false);
                state = { at: "block", window: Math.max(window, 1), checksum: ((descriptor >> 2) & 1) === 1 };
                return true;
            }
            case "skip": {
                if (state.left === 0) {
                    state = { at: "frame" };
                    return true;
                }
                if (pending.length === 0)
                    return false;
                const n = Math.min(state.left, pending.length);
                feed(pending.take(n), false);
                state = { at: "skip", left: state.left - n };
                return true;
            }
            case "block": {
                if (pending.length < 3)
                    return false;
                const head = pending.peek(3);
                const value = head[0] | (head[1] << 8) | (head[2] << 16);
                const last = (value & 1) === 1;
                const type = (value >> 1) & 3;
                const size = value >>> 3;
                if (type === 3)
                    throw new Error("zstd: a block of the reserved type (the stream is corrupt)");
                const blockBytes = 3 + (type === 1 ? 1 : size);
                if (pending.length < blockBytes)
                    return false;
                // fzstd moves its whole window after each block: bound that work by the bytes decoded.
                shifted += state.window;
                if (shifted > ZSTD_SHIFT_PER_BYTE * total + 16 * state.window) {
                    throw new ReadLimitError("decompressed-too-large", `the zstd stream's blocks are too small for its ${formatBytes(state.window)} window: decoding it would take time out of proportion to its size`);
                }
                feed(pending.take(blockBytes), false);
                if (last)
                    state = state.checksum ? { at: "checksum" } : { at: "frame" };
                return true;
            }
            case "checksum": {
                if (pending.length < 4)
                    return false;
                feed(pending.take(4), false);
                state = { at: "frame" };
                return true;
            }
        }
    };
    for await (const chunk of compressed) {
        pending.push(chunk);
        while (step()) {
            while (decoded.length > 0)
                yield decoded.shift();
        }
    }
    if (pending.length > 0 || state.at !== "frame")
        throw new Error("zstd: unexpected EOF");
    feed(Buffer.alloc(0), true);
    while (decoded.length > 0)
        yield decoded.shift();
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/byte-source.js






/** gzip's magic bytes (RFC 1952 §2.3.1): detected from content, not from the file name. */
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
/** A Zstandard frame's magic number, little-endian (RFC 8878 §3.1.1). */
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);
/** The xz container's header magic (xz file format §2.1.1.1). */
const XZ_MAGIC = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);
/** What every Git LFS pointer file starts with (git-lfs spec v1). */
const LFS_POINTER_PREFIX = "version https://git-lfs.github.com/spec/v1";
/** Read size: large enough that per-chunk overhead vanishes, small enough to keep memory flat. */
const CHUNK_BYTES = 1 << 20;
/**
 * Opens a file as a stream of decoded bytes: gunzipped when its content is gzip, decompressed with fzstd
 * (pure JavaScript, fed block by block: zstd-stream.ts) when it is Zstandard. xz is refused with a reason: no well-kept pure-JavaScript
 * decoder exists to bundle.
 */
async function openByteSource(path, limits = read_limits_DEFAULT_READ_LIMITS) {
    const magic = Buffer.alloc(XZ_MAGIC.length);
    const handle = await (0,promises_namespaceObject.open)(path, "r");
    let bytesRead;
    try {
        ({ bytesRead } = await handle.read(magic, 0, magic.length, 0));
    }
    finally {
        await handle.close();
    }
    const starts = (prefix) => bytesRead >= prefix.length && magic.subarray(0, prefix.length).equals(prefix);
    if (starts(XZ_MAGIC)) {
        throw new Error("xz compression is not supported (no well-kept pure-JavaScript decoder to bundle): decompress it with 'xz -d', or recompress it with gzip or zstd");
    }
    const compression = starts(GZIP_MAGIC) ? "gzip" : starts(ZSTD_MAGIC) ? "zstd" : null;
    const raw = (0,external_node_fs_.createReadStream)(path, { highWaterMark: CHUNK_BYTES });
    const stream = compression === "gzip"
        ? raw.pipe((0,external_node_zlib_namespaceObject.createGunzip)({ chunkSize: CHUNK_BYTES }))
        : compression === "zstd"
            ? external_node_stream_namespaceObject.Readable.from(unzstd(raw, limits.maxDecompressedBytes))
            : raw;
    if (compression !== null)
        raw.on("error", (error) => stream.destroy(error));
    const iterator = stream[Symbol.asyncIterator]();
    const first = await iterator.next();
    const head = first.done ? Buffer.alloc(0) : first.value;
    const cap = compression === null ? Number.POSITIVE_INFINITY : limits.maxDecompressedBytes;
    const tooLarge = () => new ReadLimitError("decompressed-too-large", `the ${compression} stream decompresses to more than the cap of ${formatBytes(cap)} (limits.max-decompressed-bytes)`);
    async function* chunks() {
        try {
            // The first chunk counts too: a cap under one chunk (CHUNK_BYTES) would otherwise never be reached.
            let decoded = head.length;
            if (decoded > cap)
                throw tooLarge();
            if (head.length > 0)
                yield head;
            for (;;) {
                const next = await iterator.next();
                if (next.done)
                    return;
                decoded += next.value.length;
                // A gzip bomb inflates ~1,000:1: stop at the cap rather than decompress gigabytes.
                if (decoded > cap)
                    throw tooLarge();
                yield next.value;
            }
        }
        finally {
            stream.destroy();
        }
    }
    return { compression, head, chunks: chunks(), close: () => stream.destroy() };
}
/** True when the decoded content is a Git LFS pointer rather than data. */
function isLfsPointer(head) {
    return head.subarray(0, LFS_POINTER_PREFIX.length).toString("latin1") === LFS_POINTER_PREFIX;
}
/** The first character that is not whitespace or a BOM, or "" for an empty or blank file. */
function firstSignificantChar(head) {
    const text = head.subarray(0, 4096).toString("utf8");
    const match = /[^\s\uFEFF]/.exec(text);
    return match ? match[0] : "";
}

;// CONCATENATED MODULE: external "stream"
const external_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/is_object.js
const is_object = function (obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/CsvError.js
class CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== undefined) {
      Error.captureStackTrace(this, CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value)
          ? value.toString(options.encoding)
          : value == null
            ? value
            : JSON.parse(JSON.stringify(value));
      }
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_columns_array.js



const normalize_columns_array = function (columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === undefined || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal",
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`,
      ]);
    }
  }
  return normalizedColumns;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/ResizeableBuffer.js
class ResizeableBuffer {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
}

/* harmony default export */ const utils_ResizeableBuffer = (ResizeableBuffer);

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/init_state.js


const init_state = function (options) {
  // ECMAScript WhiteSpace + LineTerminator codepoints, encoded under
  // `options.encoding`. Aligns trimming with `String.prototype.trim()`.
  // https://tc39.es/ecma262/#sec-white-space
  // https://tc39.es/ecma262/#sec-line-terminators
  //
  // Codepoints unrepresentable in the target encoding are dropped: Node's
  // Buffer substitutes them with `?` (0x3F), and including those would cause
  // literal `?` bytes in the input to be trimmed under `latin1`/`ascii`.
  const timchars = [
    // Basic Latin
    0x0020, // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    0x0009, // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    0x000a, // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    0x000d, // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    0x000c, // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    0x000b, // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    0x00a0, // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    0x1680, // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    0x2000, // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    0x2001, // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    0x2002, // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    0x2003, // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    0x2004, // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    0x2005, // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    0x2006, // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    0x2007, // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    0x2008, // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    0x2009, // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    0x200a, // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    0x2028, // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    0x2029, // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    0x202f, // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    0x205f, // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    0x3000, // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    0xfeff, // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding,
    );
    if (codepoint !== 0x3f && encoded.length === 1 && encoded[0] === 0x3f) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  // First-byte lookup table for `__isCharTrimable`. Non-whitespace bytes
  // (the common case) bail out in O(1) without scanning every timchar.
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: undefined,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: undefined,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote:
      Buffer.isBuffer(options.escape) &&
      Buffer.isBuffer(options.quote) &&
      Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns)
      ? options.columns.length
      : undefined,
    field: new utils_ResizeableBuffer(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      // Skip if the remaining buffer can be delimiter
      ...(options.delimiter
        ? options.delimiter.map((delimiter) => delimiter.length)
        : []),
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      // Skip if the remaining buffer can be a multi-byte trim character
      ...timchars.map((t) => t.length),
    ),
    previousBuf: undefined,
    quoting: false,
    stop: false,
    rawBuffer: new utils_ResizeableBuffer(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength:
      options.record_delimiter.length === 0
        ? 0
        : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("\t", options.encoding)[0],
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: timchars,
    timcharFirstBytes: timcharFirstBytes,
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/underscore.js
const underscore = function (str) {
  return str.replace(/([A-Z])/g, function (_, match) {
    return "_" + match.toLowerCase();
  });
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_options.js





const normalize_options = function (opts) {
  const options = {};
  // Merge with user options
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  // Normalize option `encoding`
  // Note: defined first because other options depends on it
  // to convert chars/strings into buffers.
  if (options.encoding === undefined || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (
    typeof options.encoding !== "string" &&
    options.encoding !== null
  ) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`,
      ],
      options,
    );
  }
  // Normalize option `bom`
  if (
    options.bom === undefined ||
    options.bom === null ||
    options.bom === false
  ) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`,
      ],
      options,
    );
  }
  // Normalize option `cast`
  options.cast_function = null;
  if (
    options.cast === undefined ||
    options.cast === null ||
    options.cast === false ||
    options.cast === ""
  ) {
    options.cast = undefined;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`,
      ],
      options,
    );
  }
  // Normalize option `cast_date`
  if (
    options.cast_date === undefined ||
    options.cast_date === null ||
    options.cast_date === false ||
    options.cast_date === ""
  ) {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function (value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`,
      ],
      options,
    );
  }
  // Normalize option `columns`
  options.cast_first_line_to_header = undefined;
  if (options.columns === true) {
    // Fields in the first line are converted as-is to columns
    options.cast_first_line_to_header = undefined;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (
    options.columns === undefined ||
    options.columns === null ||
    options.columns === false
  ) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`,
      ],
      options,
    );
  }
  // Normalize option `group_columns_by_name`
  if (
    options.group_columns_by_name === undefined ||
    options.group_columns_by_name === null ||
    options.group_columns_by_name === false
  ) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`,
      ],
      options,
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated.",
      ],
      options,
    );
  }
  // Normalize option `comment`
  if (
    options.comment === undefined ||
    options.comment === null ||
    options.comment === false ||
    options.comment === ""
  ) {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `comment_no_infix`
  if (
    options.comment_no_infix === undefined ||
    options.comment_no_infix === null ||
    options.comment_no_infix === false
  ) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`,
      ],
      options,
    );
  }
  // Normalize option `delimiter_auto`
  if (
    options.delimiter_auto === undefined ||
    options.delimiter_auto === null ||
    options.delimiter_auto === false
  ) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`,
      ],
      options,
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === undefined)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["\t".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4,
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`,
        ],
        options,
      );
    }
    if (options.delimiter_auto.score === undefined)
      options.delimiter_auto.score = (info, options) => {
        return (
          (info.total - info.std) * (options.preferred[info.char_code] || 1)
        );
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`,
        ],
        options,
      );
    }
    if (options.delimiter_auto.size === undefined)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `delimiter`
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (
      options.delimiter === undefined ||
      options.delimiter === null ||
      options.delimiter === false
    ) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function (delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`,
        ],
        options,
      );
    }
    return delimiter;
  });
  // Normalize option `escape`
  if (options.escape === undefined || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`,
      );
    }
  }
  // Normalize option `from`
  if (options.from === undefined || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`,
      );
    }
  }
  // Normalize option `from_line`
  if (options.from_line === undefined || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (
      typeof options.from_line === "string" &&
      /\d+/.test(options.from_line)
    ) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`,
      );
    }
  }
  // Normalize options `ignore_last_delimiters`
  if (
    options.ignore_last_delimiters === undefined ||
    options.ignore_last_delimiters === null
  ) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`,
      ],
      options,
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option",
      ],
      options,
    );
  }
  // Normalize option `info`
  if (
    options.info === undefined ||
    options.info === null ||
    options.info === false
  ) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`,
    );
  }
  // Normalize option `max_record_size`
  if (
    options.max_record_size === undefined ||
    options.max_record_size === null ||
    options.max_record_size === false
  ) {
    options.max_record_size = 0;
  } else if (
    Number.isInteger(options.max_record_size) &&
    options.max_record_size >= 0
  ) {
    // Great, nothing to do
  } else if (
    typeof options.max_record_size === "string" &&
    /\d+/.test(options.max_record_size)
  ) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`,
    );
  }
  // Normalize option `objname`
  if (
    options.objname === undefined ||
    options.objname === null ||
    options.objname === false
  ) {
    options.objname = undefined;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
      // Don't call `toString`, leave objname as a buffer
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
    // Great, nothing to do
  } else if (typeof options.objname === "number") {
    // if(options.objname.length === 0){
    //   throw new Error(`Invalid Option: objname must be a non empty string`);
    // }
    // Great, nothing to do
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`,
    );
  }
  if (options.objname !== undefined) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field",
        );
      }
    } else {
      // A string or a buffer
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index",
        );
      }
    }
  }
  // Normalize option `on_record`
  if (options.on_record === undefined || options.on_record === null) {
    options.on_record = undefined;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`,
      ],
      options,
    );
  }
  // Normalize option `on_skip`
  // options.on_skip ??= (err, chunk) => {
  //   this.emit('skip', err, chunk);
  // };
  if (
    options.on_skip !== undefined &&
    options.on_skip !== null &&
    typeof options.on_skip !== "function"
  ) {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`,
    );
  }
  // Normalize option `quote`
  if (
    options.quote === null ||
    options.quote === false ||
    options.quote === ""
  ) {
    options.quote = null;
  } else {
    if (options.quote === undefined || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`,
      );
    }
  }
  // Normalize option `raw`
  if (
    options.raw === undefined ||
    options.raw === null ||
    options.raw === false
  ) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`,
    );
  }
  // Normalize option `record_delimiter`
  if (options.record_delimiter === undefined) {
    options.record_delimiter = [];
  } else if (
    typeof options.record_delimiter === "string" ||
    Buffer.isBuffer(options.record_delimiter)
  ) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`,
        ],
        options,
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`,
      ],
      options,
    );
  }
  options.record_delimiter = options.record_delimiter.map(function (rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  // Normalize option `relax_column_count`
  if (typeof options.relax_column_count === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count === undefined ||
    options.relax_column_count === null
  ) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`,
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_less === undefined ||
    options.relax_column_count_less === null
  ) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`,
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_more === undefined ||
    options.relax_column_count_more === null
  ) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`,
    );
  }
  // Normalize option `relax_quotes`
  if (typeof options.relax_quotes === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_quotes === undefined ||
    options.relax_quotes === null
  ) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`,
    );
  }
  // Normalize option `skip_empty_lines`
  if (typeof options.skip_empty_lines === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_empty_lines === undefined ||
    options.skip_empty_lines === null
  ) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`,
    );
  }
  // Normalize option `skip_records_with_empty_values`
  if (typeof options.skip_records_with_empty_values === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_empty_values === undefined ||
    options.skip_records_with_empty_values === null
  ) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`,
    );
  }
  // Normalize option `skip_records_with_error`
  if (typeof options.skip_records_with_error === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_error === undefined ||
    options.skip_records_with_error === null
  ) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`,
    );
  }
  // Normalize option `rtrim`
  if (
    options.rtrim === undefined ||
    options.rtrim === null ||
    options.rtrim === false
  ) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`,
    );
  }
  // Normalize option `ltrim`
  if (
    options.ltrim === undefined ||
    options.ltrim === null ||
    options.ltrim === false
  ) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`,
    );
  }
  // Normalize option `trim`
  if (
    options.trim === undefined ||
    options.trim === null ||
    options.trim === false
  ) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`,
    );
  }
  // Normalize options `trim`, `ltrim` and `rtrim`
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  // Normalize option `to`
  if (options.to === undefined || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`,
      );
    }
  }
  // Normalize option `to_line`
  if (options.to_line === undefined || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`,
      );
    }
  }
  return options;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/delimiter_discover.js



// Discussed in [issue #400](https://github.com/adaltas/node-csv/issues/400)
// See https://github.com/python/cpython/blob/ea1b1c579f600cc85d145c60862b2e6b98701b24/Lib/csv.py#L349
const delimiter_discover = function (records, options) {
  // Normalize the configuration
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  // Convert String to Buffer
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  // Convert Buffer to an array of records
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records.push(record);
      const close = () => {};
      const error = parser.parse(data, true, push, close);
      if (error !== undefined) throw error;
      return records;
    })(records);
  }
  // Info array initialization, 127 entries, one per char code
  const info = Array(127)
    .fill()
    .map(() => ({ lines: [] }));
  // Traverse each records, count occurences per char code
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      // Count the character frequency
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === undefined) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  // Traverse each char code, compute the score
  info.map((info, i) => {
    info.char_code = i;
    info.std = std(info.lines);
    info.total = info.lines.reduce((acc, val) => acc + val, 0);
    info.preferred = !!options.preferred[i];
    info.score = options.score(info, options);
  });
  // Extract the dominant character
  const result = info.reduce(
    (acc, info) => (acc.score > info.score ? acc : info),
    {},
  );
  return String.fromCharCode(result.char_code);
};

const std = function (array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n,
  );
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/index.js






const isRecordEmpty = function (record) {
  return record.every(
    (field) =>
      field == null || (field.toString && field.toString().trim() === ""),
  );
};

const cr = 13; // `\r`, carriage return, 0x0D in hexadécimal, 13 in decimal
const nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal

const boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254]),
};

const transform = function (original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0,
  };
  const options = normalize_options(original_options);
  return {
    info: info,
    original_options: original_options,
    options: options,
    state: init_state(options),
    __needMoreData: function (i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } =
        this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0
          ? Buffer.from("\r\n", encoding).length
          : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0,
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function (nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line,
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote,
      } = this.state;
      // Automatic delimiter discovery
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === undefined) {
          delimiterBuf = nextBuf;
        } else if (
          delimiterBufPrevious !== undefined &&
          nextBuf === undefined
        ) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        // Ensure that nextBuf is not concatenated a second time during buffer reconciliation
        nextBuf = undefined;
        // this.delimiterBufPrevious = delimiterBuf;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto),
            ),
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = undefined;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      // Previous buffers reconciliation
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === undefined) {
        if (nextBuf === undefined) {
          // Handle empty string
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== undefined && nextBuf === undefined) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      // Handle UTF BOM
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          // No enough data
          if (end === false) {
            // Wait for more data
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding in boms) {
            if (boms[encoding].compare(buf, 0, boms[encoding].length) === 0) {
              // Skip BOM
              const bomLength = boms[encoding].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              // Renormalize original options with the new encoding
              const options = normalize_options({
                ...this.original_options,
                encoding: encoding,
              });
              // Properties are merged with the existing options instance
              for (const key in options) {
                this.options[key] = options[key];
              }
              // Options will re-evaluate the Buffer with the new encoding
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        // Ensure we get enough space to look ahead
        // There should be a way to move this out of the loop
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        // Auto discovery of record_delimiter, unix, mac and windows supported
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos,
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if (
          (chr === cr || chr === nl) &&
          this.state.wasRowDelimiter === false
        ) {
          this.state.wasRowDelimiter = true;
        }
        // Previous char was a valid escape char
        // treat the current char as a regular char
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          // Escape is only active inside quoted fields
          // We are quoting, the char is an escape chr and there is a chr to escape
          // if(escape !== null && this.state.quoting === true && chr === escape && pos + 1 < bufLen){
          if (
            escape !== null &&
            this.state.quoting === true &&
            this.__isEscape(buf, pos, chr) &&
            pos + escape.length < bufLen
          ) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          // Not currently escaping and chr is a quote
          // TODO: need to compare bytes instead of single char
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable =
                rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment =
                comment !== null &&
                this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr,
              );
              const isNextChrRecordDelimiter =
                record_delimiter.length === 0
                  ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length)
                  : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              // Escape a quote
              // Treat next char as a regular character
              if (
                escape !== null &&
                this.__isEscape(buf, pos, chr) &&
                this.__isQuote(buf, pos + escape.length)
              ) {
                pos += escape.length - 1;
              } else if (
                !nextChr ||
                isNextChrDelimiter ||
                isNextChrRecordDelimiter ||
                isNextChrComment ||
                isNextChrTrimable
              ) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment",
                    ],
                    this.options,
                    this.__infoField(),
                  ),
                );
                if (err !== undefined) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                // In relax_quotes mode, treat opening quote preceded by chrs as regular
                if (relax_quotes === false) {
                  const info = this.__infoField();
                  const bom = Object.keys(boms)
                    .map((b) =>
                      boms[b].equals(this.state.field.toString()) ? b : false,
                    )
                    .filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info.column)} at line ${info.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom ? `(${bom} bom)` : undefined,
                      ],
                      this.options,
                      info,
                      {
                        field: this.state.field,
                      },
                    ),
                  );
                  if (err !== undefined) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos,
            );
            if (recordDelimiterLength !== 0) {
              // Do not emit comments which take a full line
              const skipCommentLine =
                this.state.commenting &&
                this.state.wasQuoting === false &&
                this.state.record.length === 0 &&
                this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
                // Skip full comment line
              } else {
                // Activate records emission if above from_line
                if (
                  this.state.enabled === false &&
                  this.info.lines +
                    (this.state.wasRowDelimiter === true ? 1 : 0) >=
                    from_line
                ) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                // Skip if line is empty and skip_empty_lines activated
                if (
                  skip_empty_lines === true &&
                  this.state.wasQuoting === false &&
                  this.state.record.length === 0 &&
                  this.state.field.length === 0
                ) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== undefined) return errField;
                this.info.bytes =
                  this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== undefined) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (
              comment !== null &&
              (comment_no_infix === false ||
                (this.state.record.length === 0 &&
                  this.state.field.length === 0))
            ) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== undefined) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (
            max_record_size !== 0 &&
            this.state.record_length + this.state.field.length > max_record_size
          ) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
              ),
            );
          }
        }
        const lappend =
          ltrim === false ||
          this.state.quoting === true ||
          this.state.field.length !== 0 ||
          !this.__isCharTrimable(buf, pos);
        // rtrim in non quoting is handle in __onField
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        // Ensure we are not ending in a quoting state
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
          if (err !== undefined) return err;
        } else {
          // Skip last line if it has no characters
          if (
            this.state.wasQuoting === true ||
            this.state.record.length !== 0 ||
            this.state.field.length !== 0
          ) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== undefined) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== undefined) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function (push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values,
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      // Convert the first line into column names
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err =
          columns === false
            ? new CsvError(
                "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
                [
                  "Invalid Record Length:",
                  `expect ${this.state.expectedRecordLength},`,
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              )
            : new CsvError(
                "CSV_RECORD_INCONSISTENT_COLUMNS",
                [
                  "Invalid Record Length:",
                  `columns length is ${columns.length},`, // rename columns
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              );
        if (
          relax_column_count === true ||
          (relax_column_count_less === true &&
            recordLength < this.state.expectedRecordLength) ||
          (relax_column_count_more === true &&
            recordLength > this.state.expectedRecordLength)
        ) {
          this.info.invalid_field_length++;
          this.state.error = err;
          // Error is undefined with skip_records_with_error
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        // With columns, records are object
        if (columns !== false) {
          const obj = {};
          // Transform record array to an object
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === undefined || columns[i].disabled) continue;
            // Turn duplicate columns into an array
            if (
              group_columns_by_name === true &&
              Object.hasOwn(obj, columns[i].name)
            ) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true,
              });
            }
          }
          // Without objname (default)
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [obj[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? obj : [obj[objname], obj],
              push,
            );
            if (err) {
              return err;
            }
          }
          // Without columns, records are array
        } else {
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: record },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [record[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? record : [record[objname], record],
              push,
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function (record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers =
          firstLineToHeaders === undefined
            ? record
            : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`,
              ],
              this.options,
              this.__infoField(),
              {
                headers: headers,
              },
            ),
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function () {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = undefined;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function () {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      // Short circuit for the from_line options
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== undefined) return err;
        field = f;
      }
      this.state.record.push(field);
      // Increment record length if record size must not exceed a limit
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function () {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function (record, push) {
      const { on_record } = this.options;
      if (on_record !== undefined) {
        const info = this.__infoRecord();
        try {
          record = on_record.call(null, record, info);
        } catch (err) {
          return err;
        }
        if (record === undefined || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function (field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      // Dont loose time calling cast
      // because the final record is an object
      // and this field can't be associated to a key present in columns
      if (
        isColumns === true &&
        relax_column_count &&
        this.options.columns.length <= this.state.record.length
      ) {
        return [undefined, undefined];
      }
      if (this.state.castField !== null) {
        try {
          const info = this.__infoField();
          return [undefined, this.state.castField.call(null, field, info)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [undefined, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info = this.__infoField();
        return [undefined, this.options.cast_date.call(null, field, info)];
      }
      return [undefined, field];
    },
    __compareBytes: function (sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function (buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      // Fast bail-out: non-whitespace bytes (the common case) are rejected
      // without scanning the full timchar list.
      const first = buf[pos];
      if (first === undefined || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function (buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (
        ignore_last_delimiters === true &&
        this.state.record.length === this.options.columns.length - 1
      ) {
        return 0;
      } else if (
        ignore_last_delimiters !== false &&
        typeof ignore_last_delimiters === "number" &&
        this.state.record.length === ignore_last_delimiters - 1
      ) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function (buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function (value) {
      return value - parseFloat(value) + 1 >= 0; // Borrowed from jquery
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function (buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function (chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function (buf, pos) {
      const { encoding } = this.options;
      // Note, we don't need to cache this information in state,
      // It is only called on the first line until we find out a suitable
      // record delimiter.
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding),
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function (msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== undefined) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : undefined,
            );
          } catch (err) {
            return err;
          }
        }
        // this.emit('skip', err, raw ? this.state.rawBuffer.toString(encoding) : undefined);
        return undefined;
      } else {
        return err;
      }
    },
    __infoDataSet: function () {
      return {
        ...this.info,
        columns: this.options.columns,
      };
    },
    __infoRecord: function () {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : undefined,
      };
    },
    __infoField: function () {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      // Bytes records are only incremented when all records'fields are parsed
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records: bytes_records,
        column:
          isColumns === true
            ? columns.length > this.state.record.length
              ? columns[this.state.record.length].name
              : null
            : this.state.record.length,
        quoting: this.state.wasQuoting,
      };
    },
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/index.js
/*
CSV Parse

Please look at the [project documentation](https://csv.js.org/parse/) for
additional information.
*/







class Parser extends external_stream_namespaceObject.Transform {
  constructor(opts = {}) {
    super({ ...{ readableObjectMode: true }, ...opts, encoding: null });
    this.api = transform({
      on_skip: (err, chunk) => {
        this.emit("skip", err, chunk);
      },
      ...opts,
    });
    // Backward compatibility
    this.state = this.api.state;
    this.options = this.api.options;
    this.info = this.api.info;
  }
  // Implementation of `Transform._transform`
  _transform(buf, _, callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      buf,
      false,
      (record) => {
        this.push(record);
      },
      () => {
        this.push(null);
        this.end();
        // Fix #333 and break #410
        //   ko: api.stream.iterator.coffee
        //   ko with v21.4.0, ok with node v20.5.1: api.stream.finished # aborted (with generate())
        //   ko: api.stream.finished # aborted (with Readable)
        // this.destroy()
        // Fix #410 and partially break #333
        //   ok: api.stream.iterator.coffee
        //   ok: api.stream.finished # aborted (with generate())
        //   broken: api.stream.finished # aborted (with Readable)
        this.on("end", this.destroy);
      },
    );
    if (err !== undefined) {
      this.state.stop = true;
    }
    callback(err);
  }
  // Implementation of `Transform._flush`
  _flush(callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      undefined,
      true,
      (record) => {
        this.push(record);
      },
      () => {
        this.push(null);
        this.on("end", this.destroy);
      },
    );
    callback(err);
  }
}

const parse = function () {
  let data, options, callback;
  for (const i in arguments) {
    const argument = arguments[i];
    const type = typeof argument;
    if (
      data === undefined &&
      (typeof argument === "string" || Buffer.isBuffer(argument))
    ) {
      data = argument;
    } else if (options === undefined && is_object(argument)) {
      options = argument;
    } else if (callback === undefined && type === "function") {
      callback = argument;
    } else {
      throw new CsvError(
        "CSV_INVALID_ARGUMENT",
        ["Invalid argument:", `got ${JSON.stringify(argument)} at index ${i}`],
        options || {},
      );
    }
  }
  const parser = new Parser(options);
  if (callback) {
    const records =
      options === undefined || options.objname === undefined
        ? []
        : Object.create(null);
    parser.on("readable", function () {
      let record;
      while ((record = this.read()) !== null) {
        if (options === undefined || options.objname === undefined) {
          records.push(record);
        } else {
          Object.assign(records, {
            [record[0]]: record[1],
            // writable: true,
            // enumerable: true,
            // configurable: true
          });
        }
      }
    });
    parser.on("error", function (err) {
      callback(err, undefined, parser.api.__infoDataSet());
    });
    parser.on("end", function () {
      callback(undefined, records, parser.api.__infoDataSet());
    });
  }
  if (data !== undefined) {
    const writer = function () {
      parser.write(data);
      parser.end();
    };
    // Support Deno, Rollup doesn't provide a shim for setImmediate
    if (typeof setImmediate === "function") {
      setImmediate(writer);
    } else {
      setTimeout(writer, 0);
    }
  }
  return parser;
};



;// CONCATENATED MODULE: ./.tmp/bundle-js/read/csv.js




// CSV as LLaMA-Factory, axolotl and OpenRLHF accept it: a header row naming the fields, one record per row,
// nested message lists and message objects JSON-encoded in their cells.
/** A header row: comma-separated names (quoted or not), such as `prompt,chosen,rejected`. */
const HEADER = /^\uFEFF?\s*(?:"[^"\n]{1,200}"|[\w .:/-]{1,200})(?:,(?:"[^"\n]{1,200}"|[\w .:/-]{1,200}))+\s*$/;
/** Whether the first line of the content reads as a CSV header (content decides, not the file name). */
function looksLikeCsv(head) {
    const text = head.subarray(0, 8192).toString("utf8");
    const end = text.indexOf("\n");
    const firstLine = (end === -1 ? text : text.slice(0, end)).replace(/\r$/, "");
    return HEADER.test(firstLine);
}
/**
 * Streams the rows of a CSV file as records keyed by the header's names, each with the 1-based line
 * where its row starts and, when a quoted cell breaks lines, the line where it ends. A row with more or
 * fewer cells than the header is reported, and reading goes on; broken quoting ends the file (csv-parse
 * cannot resynchronise after it), after every row parsed before it.
 */
async function* readCsv(chunks, limits = read_limits_DEFAULT_READ_LIMITS) {
    const core = parse({
        bom: true,
        raw: true,
        info: true,
        relax_column_count: true,
        skip_empty_lines: true,
        // Lines end at LF or CRLF, as in JSON Lines and on GitHub: a lone CR would otherwise count as a
        // line of its own, and a finding's line would point past the file's end.
        record_delimiter: ["\r\n", "\n"],
        // csv-parse holds a row until it ends: past the cap it stops with CSV_MAX_RECORD_SIZE.
        max_record_size: limits.maxLineBytes,
    }).api;
    // csv-parse's own line count takes a lone CR for a line break even with record_delimiter LF/CRLF, so
    // a finding could point past the file's end: lines are counted here, at LF, from the bytes each row
    // ends at.
    const lineCounter = new LineCounter();
    const parsed = [];
    const push = (row) => {
        parsed.push({ ...row, endLine: lineCounter.lineOf(row.info.bytes) });
    };
    const header = {};
    let failure;
    for await (const chunk of chunks) {
        lineCounter.add(chunk);
        failure = core.parse(chunk, false, push, () => { });
        yield* recordsOf(parsed.splice(0), header);
        if (failure !== undefined)
            break;
    }
    if (failure === undefined) {
        failure = core.parse(undefined, true, push, () => { });
        yield* recordsOf(parsed.splice(0), header);
    }
    if (failure === undefined)
        return;
    const { code, lines } = failure;
    if (code !== "CSV_MAX_RECORD_SIZE")
        throw failure;
    // A quoted cell may hide the row's end, so csv-parse cannot pick up after it: reading ends here.
    yield {
        line: lines ?? 1,
        rule: "line-too-long",
        error: `the row is longer than the cap of ${formatBytes(limits.maxLineBytes)} (limits.max-line-bytes): it and the rows after it were not read`,
    };
}
/** The records of parsed rows; the first row of the file is its header, kept in `header`. */
function* recordsOf(rows, header) {
    for (const { record, raw, endLine } of rows) {
        // The row starts as many lines before the one it ends on as its quoted cells break lines. Its raw
        // text may carry skipped blank lines before it and its line break after it.
        const line = endLine - countNewlines(raw.replace(/^[\r\n]+|[\r\n]+$/g, ""));
        if (!header.names) {
            header.names = record.map((name) => name.trim());
            const repeated = repeatedNames(header.names);
            if (repeated)
                yield { line, rule: "duplicate-key", error: repeated };
            continue;
        }
        const names = header.names;
        if (record.length !== names.length) {
            yield {
                line,
                ...(endLine > line ? { endLine } : {}),
                error: `the row has ${record.length} cells, the header ${names.length}`,
                text: raw,
            };
            continue;
        }
        // No prototype: a column named __proto__ is a field like any other, never the record's prototype
        // (which would lend the record a chosen or rejected that no column holds). Of two columns with one
        // name the first is read, as pandas reads it.
        const value = Object.create(null);
        names.forEach((name, i) => {
            if (!Object.hasOwn(value, name))
                value[name] = cellValue(name, record[i]);
        });
        yield endLine > line ? { line, endLine, value } : { line, value };
    }
}
/** What a header naming a column twice says, or undefined. */
function repeatedNames(names) {
    const columns = new Map();
    names.forEach((name, i) => {
        const at = columns.get(name);
        if (at)
            at.push(i + 1);
        else
            columns.set(name, [i + 1]);
    });
    const repeated = [...columns].filter(([, at]) => at.length > 1);
    if (repeated.length === 0)
        return undefined;
    const which = repeated
        .slice(0, 5)
        .map(([name, at]) => `${JSON.stringify(name.slice(0, 40))} (columns ${at.join(", ")})`)
        .join(", ");
    return `the header names ${which} more than once: the first such column is read (as pandas reads it), the others are not`;
}
/**
 * The 1-based line a row ending at a byte offset ends on, counting LF only, over bytes that arrive in
 * chunks. Offsets are asked in increasing order, so chunks wholly counted are let go.
 */
class LineCounter {
    chunks = [];
    /** The absolute offset of chunks[0][0]. */
    start = 0;
    /** How far into the data the count has come, the LFs before that, and the byte just before it. */
    counted = 0;
    newlines = 0;
    previousByte = -1;
    add(chunk) {
        this.chunks.push(chunk);
    }
    lineOf(end) {
        while (this.counted < end && this.chunks.length > 0) {
            const chunk = this.chunks[0];
            const stop = Math.min(end, this.start + chunk.length);
            for (let i = chunk.indexOf(10, this.counted - this.start); i !== -1 && this.start + i < stop;) {
                this.newlines++;
                i = chunk.indexOf(10, i + 1);
            }
            this.previousByte = chunk[stop - this.start - 1] ?? -1;
            this.counted = stop;
            if (stop === this.start + chunk.length) {
                this.start += chunk.length;
                this.chunks.shift();
            }
        }
        // A row that ends with its LF ends on the line that LF closes; the last row of a file without a final
        // LF, on the line after the last LF.
        return this.previousByte === 10 ? this.newlines : this.newlines + 1;
    }
}
function countNewlines(text) {
    let n = 0;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
        n++;
    return n;
}
/**
 * A score cell's number (trimmed first). One way to match each digit: `\d+\.?\d*` could split a run of digits
 * between its two `\d`s in every way, quadratic on a long cell that is not a number ("1" × 300,000 + "x").
 */
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
/**
 * What a cell holds: CSV has only text, so message lists and message objects come JSON-encoded, labels as
 * true/false, and scores as numbers. Any other cell is its text, so a prompt that reads "42" stays text.
 */
function cellValue(name, text) {
    const trimmed = text.trim();
    if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
        try {
            const parsed = JSON.parse(trimmed);
            // A ranked list's responses are a list of strings; in any other column such a list is text.
            const structured = Array.isArray(parsed)
                ? parsed.length === 0 ||
                    (typeof parsed[0] === "object" && parsed[0] !== null) ||
                    (isRankedListKey(name) && isRankedList(parsed))
                : typeof parsed === "object" && parsed !== null;
            if (structured)
                return parsed;
        }
        catch {
            // Text that merely starts with a bracket.
        }
        return text;
    }
    if (name === "label" && /^(?:true|false)$/i.test(trimmed))
        return trimmed.toLowerCase() === "true";
    if (isScoreKey(name)) {
        if (trimmed === "")
            return null;
        if (NUMBER.test(trimmed))
            return Number(trimmed);
    }
    return text;
}

;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./.tmp/bundle-js/read/duplicate-keys.js
// JSON.parse keeps the last of two equal keys without a word (so do Python's json and most parsers, but not
// all: some keep the first, some refuse). A record with "prompt" twice means different things to
// different tools. Only the record's own keys are checked: they are the fields every tool reads.

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
/**
 * Most keys the screen's pattern holds. The pattern is an alternation of every key, so its cost grows with
 * the keys times the text: a record of 600,000 keys took 18 s and 1.1 GB. A record with more keys goes
 * straight to the exact walk, which is linear in the text.
 */
const SCREEN_MAX_KEYS = 64;
let lastKeys = [];
/** `lastKeys` as they are written in JSON (quoted and escaped): what the screen looks for. */
let lastQuotedKeys = [];
function sameKeys(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/**
 * The keys given more than once in the record's top-level object, or undefined when there is none.
 * Two cheap screens first, so the exact walk runs only on the rare record that may have one:
 * - any quoted string followed by a colon (`"…":`), counted in one pass over the record's colons: each
 *   key at any depth is one, so a record of flat fields without `":` in its values shows no more than it
 *   has keys and cannot hold a duplicate. On the bench's files this pass costs a third of the next one
 *   (issue 18: 26–29 ms against 74–92 ms per 100k synthetic records, 52 against 112–121 on real text);
 * - the record's own keys as `"key":`, each found with indexOf (a pattern of every key, tried at each
 *   character of the record, cost ten times as much), for records with nested objects or `":` in a value.
 * A duplicate key at the top is one sighting more than there are keys in both counts, so both pass
 * wherever it is: the walk decides.
 */
function duplicateTopLevelKeys(text, value) {
    const keys = Object.keys(value);
    if (keys.length === 0)
        return undefined;
    if (keys.length > SCREEN_MAX_KEYS)
        return walkForDuplicates(text);
    if (quotedBeforeColon(text, keys.length + 1) <= keys.length)
        return undefined;
    // The records of a file share their keys, so the last key set's quoted forms are kept (compared key by
    // key: no string is built per record).
    if (!sameKeys(keys, lastKeys)) {
        lastKeys = keys;
        lastQuotedKeys = keys.map((key) => JSON.stringify(key));
    }
    let sightings = 0;
    for (const quoted of lastQuotedKeys) {
        for (let at = text.indexOf(quoted); at !== -1; at = text.indexOf(quoted, at + 1)) {
            let next = at + quoted.length;
            while (next < text.length && (0,whitespace/* isWhitespaceUnit */.s)(text.charCodeAt(next)))
                next++;
            if (text.charCodeAt(next) === COLON && ++sightings > keys.length)
                return walkForDuplicates(text);
        }
    }
    return undefined;
}
/** How many colons of the text follow a quote (whitespace between allowed), counting no further than `limit`. */
function quotedBeforeColon(text, limit) {
    let count = 0;
    for (let at = text.indexOf(":"); at !== -1 && count < limit; at = text.indexOf(":", at + 1)) {
        let before = at - 1;
        while (before >= 0 && (0,whitespace/* isWhitespaceUnit */.s)(text.charCodeAt(before)))
            before--;
        if (text.charCodeAt(before) === QUOTE)
            count++;
    }
    return count;
}
/** The keys given more than once in the top-level object of the JSON text: one pass over it. */
function walkForDuplicates(text) {
    const seen = new Set();
    const duplicates = new Set();
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === QUOTE) {
            let end = i + 1;
            let escaped = false;
            while (end < text.length && text.charCodeAt(end) !== QUOTE) {
                if (text.charCodeAt(end) === BACKSLASH) {
                    escaped = true;
                    end += 2;
                }
                else
                    end++;
            }
            if (depth === 1) {
                let next = end + 1;
                while (next < text.length && /\s/.test(text[next]))
                    next++;
                if (text.charCodeAt(next) === COLON) {
                    const key = escaped ? JSON.parse(text.slice(i, end + 1)) : text.slice(i + 1, end);
                    if (seen.has(key))
                        duplicates.add(key);
                    seen.add(key);
                }
            }
            i = end;
        }
        else if (code === 123 || code === 91)
            depth++;
        else if (code === 125 || code === 93)
            depth--;
    }
    return duplicates.size > 0 ? [...duplicates] : undefined;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/jsonl.js


const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/**
 * Splits bytes into JSON Lines records with exact 1-based line numbers.
 * Tolerates CRLF and a UTF-8 BOM, skips blank lines, and reports a line that does not parse
 * with the parser's reason instead of stopping.
 * Yields the records of each chunk together: a yield per record would cost an await (a promise and a
 * trip through the microtask queue) per line, as much as parsing a short line.
 */
async function* readJsonLines(chunks, limits = read_limits_DEFAULT_READ_LIMITS) {
    const { maxLineBytes } = limits;
    const duplicateKeys = limits.duplicateKeys ?? true;
    let line = 0;
    /** The pieces of a line that spans chunks (joined once, at its end: appending chunk by chunk is quadratic). */
    let carry = [];
    let carryBytes = 0;
    /** The length so far of a line past the cap, whose bytes are not kept; -1 when none is being skipped. */
    let skippedBytes = -1;
    let first = true;
    const overlong = (bytes) => ({
        line,
        rule: "line-too-long",
        error: `the line holds ${bytes} bytes, over the cap of ${formatBytes(maxLineBytes)} (limits.max-line-bytes): not read`,
    });
    for await (const chunk of chunks) {
        const records = [];
        let start = 0;
        for (;;) {
            if (carryBytes === 0 && skippedBytes === -1 && start < chunk.length && chunk[start] === NEWLINE) {
                // A run of blank lines (a bomb of newlines inflates to billions): counted here, not one indexOf each.
                let next = start;
                while (next < chunk.length && chunk[next] === NEWLINE)
                    next++;
                line += next - start;
                start = next;
                first = false;
                continue;
            }
            const end = chunk.indexOf(NEWLINE, start);
            if (end === -1)
                break;
            line += 1;
            const length = end - start;
            if (skippedBytes !== -1 || carryBytes + length > maxLineBytes) {
                records.push(overlong(Math.max(skippedBytes, 0) + carryBytes + length));
                skippedBytes = -1;
            }
            else {
                const bytes = carryBytes > 0 ? Buffer.concat([...carry, chunk.subarray(start, end)]) : chunk.subarray(start, end);
                const record = parseLine(bytes, line, first, duplicateKeys);
                if (record)
                    records.push(record);
            }
            carry = [];
            carryBytes = 0;
            first = false;
            start = end + 1;
        }
        if (start < chunk.length) {
            const rest = chunk.length - start;
            if (skippedBytes !== -1)
                skippedBytes += rest;
            else if (carryBytes + rest > maxLineBytes) {
                // Past the cap: drop what is held and only count the rest of the line, up to its newline.
                skippedBytes = carryBytes + rest;
                carry = [];
                carryBytes = 0;
            }
            else {
                carry.push(Buffer.from(chunk.subarray(start)));
                carryBytes += rest;
            }
        }
        if (records.length > 0)
            yield records;
    }
    if (skippedBytes !== -1) {
        line += 1;
        yield [overlong(skippedBytes)];
    }
    else if (carryBytes > 0) {
        line += 1;
        const record = parseLine(Buffer.concat(carry), line, first, duplicateKeys);
        if (record)
            yield [record];
    }
}
function parseLine(bytes, line, firstLine, duplicateKeys) {
    let from = 0;
    let to = bytes.length;
    if (firstLine && to >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        from = 3;
    if (to > from && bytes[to - 1] === CARRIAGE_RETURN)
        to -= 1;
    if (to === from)
        return null;
    const text = bytes.toString("utf8", from, to);
    const firstCode = text.charCodeAt(0);
    // Only a line that starts with whitespace can be blank; skip the trim for every other line.
    if ((firstCode === 0x20 || firstCode === 0x09 || firstCode === CARRIAGE_RETURN) && text.trim() === "") {
        return null;
    }
    return parseRecord(text, line, duplicateKeys, true);
}
/**
 * One record's text (a JSON Lines line, a JSON array element) parsed: its value, with the keys it gives twice
 * when `duplicateKeys` asks to look for them, or why it does not parse. `keepText`: a parsed record keeps
 * its text too (a JSON Lines line is the whole of its line, so a fix can rewrite it).
 */
function parseRecord(text, line, duplicateKeys, keepText = false) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { line, error: jsonReason(error, text), text };
    }
    const keys = duplicateKeys && value !== null && typeof value === "object" && !Array.isArray(value)
        ? duplicateTopLevelKeys(text, value)
        : undefined;
    const record = keepText ? { line, value, text } : { line, value };
    if (keys)
        record.duplicateKeys = keys;
    return record;
}
/** A NaN, Infinity or -Infinity where a value stands (not inside a string, as far as a quick look tells). */
const NON_FINITE_TOKEN = /[:,[]\s*-?(?:NaN|Infinity)\s*[,}\]]/;
/**
 * Why a record did not parse: the parser's reason, and for the non-finite numbers Python's json.dumps
 * writes by default (allow_nan=True) what they are, since "Unexpected token 'N'" does not say.
 */
function jsonReason(error, text) {
    const reason = parserReason(error);
    return reason.startsWith("Unexpected token") && NON_FINITE_TOKEN.test(text)
        ? `${reason}: NaN and Infinity are not JSON (Python's json.dumps writes them unless allow_nan=False); write null or a number`
        : reason;
}
/** JSON.parse's message, without V8's echo of the input (which is untrusted and may be huge). */
function parserReason(error) {
    const message = error instanceof Error ? error.message : String(error);
    // Node 22+ adds "(line 1 column 31)" after the position: one line's column says nothing the
    // position does not, and dropping it keeps reports the same on every Node version.
    return message
        .replace(/,? (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, "")
        .replace(/ \(line \d+ column \d+\)$/, "")
        .slice(0, 200);
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/json-array.js



var Char;
(function (Char) {
    Char[Char["Newline"] = 10] = "Newline";
    Char[Char["Quote"] = 34] = "Quote";
    Char[Char["Comma"] = 44] = "Comma";
    Char[Char["OpenBracket"] = 91] = "OpenBracket";
    Char[Char["Backslash"] = 92] = "Backslash";
    Char[Char["CloseBracket"] = 93] = "CloseBracket";
    Char[Char["OpenBrace"] = 123] = "OpenBrace";
    Char[Char["CloseBrace"] = 125] = "CloseBrace";
    Char[Char["Bom"] = 65279] = "Bom";
})(Char || (Char = {}));
function isWhitespace(code) {
    return code === 32 || code === 10 || code === 13 || code === 9 || code === Char.Bom;
}
/**
 * Streams the elements of one top-level JSON array, each with the 1-based line where it starts (and, for
 * one that spans lines, the line of its closing brace: where a review comment on the whole record ends).
 * It splits the text at the array's top-level commas (tracking strings and nesting) and parses each
 * element on its own, so a broken record is reported at its line and the next one is still read,
 * and memory holds one chunk's records at a time, never the whole array. The records of each chunk are
 * yielded together, as readJsonLines does.
 */
async function* readJsonArray(chunks, limits = read_limits_DEFAULT_READ_LIMITS) {
    const { maxLineBytes } = limits;
    const duplicateKeys = limits.duplicateKeys ?? true;
    const decoder = new external_node_string_decoder_namespaceObject.StringDecoder("utf8");
    let line = 1;
    /** 0: before the array; 1: inside it, between elements; deeper: inside an element. */
    let depth = 0;
    let closed = false;
    let inString = false;
    let escaped = false;
    /** Pieces of the current element's text, when it spans chunks. */
    let pieces = [];
    /** Characters held in `pieces`; -1 once the element is past the cap and its text is no longer kept. */
    let piecesLength = 0;
    /** The current element's length so far, kept or not. */
    let elementLength = 0;
    let elementLine = 0;
    /** The line of the current element's closing brace or bracket: where a multi-line record ends. */
    let elementEndLine = 0;
    let inElement = false;
    let sawComma = false;
    for await (const chunk of chunks) {
        const text = decoder.write(chunk);
        const records = [];
        let elementStart = inElement ? 0 : -1;
        for (let i = 0; i < text.length; i++) {
            const code = text.charCodeAt(i);
            if (code === Char.Newline) {
                line += 1;
                continue;
            }
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (code === Char.Backslash)
                    escaped = true;
                else if (code === Char.Quote)
                    inString = false;
                continue;
            }
            if (closed) {
                if (!isWhitespace(code)) {
                    records.push({ line, error: "unexpected content after the closing ']' of the array" });
                    yield records;
                    return;
                }
                continue;
            }
            if (depth === 0) {
                if (isWhitespace(code))
                    continue;
                if (code !== Char.OpenBracket) {
                    records.push({
                        line,
                        error: `expected a JSON array of records at the top level, found '${text[i]}'`,
                    });
                    yield records;
                    return;
                }
                depth = 1;
                continue;
            }
            if (depth === 1) {
                if (code === Char.Comma || code === Char.CloseBracket) {
                    if (inElement) {
                        elementLength += i - elementStart;
                        let record;
                        if (piecesLength === -1 || elementLength > maxLineBytes) {
                            record = {
                                line: elementLine,
                                rule: "line-too-long",
                                error: `the record holds ${elementLength} characters, over the cap of ${formatBytes(maxLineBytes)} (limits.max-line-bytes): not read`,
                            };
                        }
                        else {
                            pieces.push(text.slice(elementStart, i));
                            record = parseRecord(pieces.join(""), elementLine, duplicateKeys);
                        }
                        if (elementEndLine > elementLine)
                            record.endLine = elementEndLine;
                        records.push(record);
                        pieces = [];
                        piecesLength = 0;
                        elementLength = 0;
                        inElement = false;
                        elementStart = -1;
                    }
                    else if (code === Char.Comma || sawComma) {
                        records.push({
                            line,
                            error: code === Char.Comma ? "unexpected ',': an empty element" : "trailing comma before ']'",
                        });
                    }
                    sawComma = code === Char.Comma;
                    if (code === Char.CloseBracket) {
                        depth = 0;
                        closed = true;
                    }
                    continue;
                }
                if (!inElement) {
                    if (isWhitespace(code))
                        continue;
                    inElement = true;
                    elementStart = i;
                    elementLine = line;
                    elementEndLine = line;
                }
            }
            if (code === Char.Quote)
                inString = true;
            else if (code === Char.OpenBrace || code === Char.OpenBracket)
                depth += 1;
            else if ((code === Char.CloseBrace || code === Char.CloseBracket) && depth > 1) {
                depth -= 1;
                if (depth === 1)
                    elementEndLine = line;
            }
        }
        if (inElement) {
            const rest = text.length - elementStart;
            elementLength += rest;
            if (piecesLength !== -1 && elementLength > maxLineBytes) {
                // Past the cap: drop what is held; the element is still walked to its end, only not kept.
                pieces = [];
                piecesLength = -1;
            }
            else if (piecesLength !== -1) {
                pieces.push(text.slice(elementStart));
                piecesLength += rest;
            }
        }
        if (records.length > 0)
            yield records;
    }
    decoder.end();
    if (!closed) {
        yield [
            {
                line,
                error: depth === 0 ? "the file holds no JSON array" : "unexpected end of file: the array is not closed",
            },
        ];
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(919);
;// CONCATENATED MODULE: ./.tmp/bundle-js/read/parquet-deadline.js
// How long the Parquet decoding thread (parquet.ts) may take over one step before the file counts as
// corrupt. Apart from the reader so that the shells, which read the override from the environment, import
// a module that reads no file.
/**
 * The least time a step of decoding (the footer, or one row group) is given, whatever its size: the thread's
 * start and hyparquet's load take a fraction of a second, and a busy runner may be several times slower.
 */
const PARQUET_DECODE_MIN_MS = 20_000;
/**
 * The time each MiB on disk adds to a step's deadline. Measured (scripts/bench-parquet-decode.mjs, the real
 * DPO demo's rows): hyparquet decodes 38 MiB/s of Snappy-compressed columns (26 ms a MiB) and 64 MiB/s of
 * uncompressed ones; this allows about 40 times as long, on top of PARQUET_DECODE_MIN_MS.
 */
const PARQUET_DECODE_MS_PER_MIB = 1_000;
/**
 * The environment variable the shells read into limits.parquetDeadlineMs (every step's deadline, in ms): the
 * tests' way to end a hang sooner. The reader itself reads no environment.
 */
const PARQUET_DEADLINE_ENV = "DATASET_CI_PARQUET_DEADLINE_MS";
/** PARQUET_DEADLINE_ENV's value as a deadline in ms; undefined when unset or not a positive whole number. */
function parseParquetDeadline(text) {
    if (text === undefined || !/^\s*\d+\s*$/.test(text) || Number(text) <= 0)
        return undefined;
    return Number(text);
}
/** The deadline of a step that decodes `bytes` of the file, in ms, unless `chosen` sets every step's. */
function parquetDeadlineMs(bytes, chosen) {
    if (chosen !== undefined)
        return chosen;
    return PARQUET_DECODE_MIN_MS + Math.ceil((bytes / (1024 * 1024)) * PARQUET_DECODE_MS_PER_MIB);
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/parquet.js







// Parquet, the format of every Hugging Face Hub dataset, read with hyparquet (pure JavaScript) in a thread of
// its own (src/parquet-worker.ts, decoding in parquet-decode.ts), under a deadline: one corrupt byte in a page
// header can make hyparquet loop forever, and nothing in its API can stop it in this thread. Records have no
// lines: each record's position is its 1-based row number in the file, counted across row groups.
/** "PAR1": the magic bytes a Parquet file starts and ends with. */
const PARQUET_MAGIC = Buffer.from("PAR1", "latin1");
/** Whether the file is Parquet (told by its first bytes; the footer is checked when it is read). */
async function isParquet(file) {
    const head = Buffer.alloc(PARQUET_MAGIC.length);
    const handle = await (0,promises_namespaceObject.open)(file, "r");
    try {
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        return bytesRead === head.length && head.equals(PARQUET_MAGIC);
    }
    finally {
        await handle.close();
    }
}
/** The decoder's bundle, next to the bundle this code is in (dist/). */
const WORKER_BUNDLE = "parquet-worker.js";
/** Run from source (the tests), the decoder is the TypeScript entry, loaded through tsx. */
const WORKER_SOURCE = "../parquet-worker.ts";
/** Starts the decoding thread for one file. */
function startDecoder(input) {
    const here = external_node_path_.dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const bundled = external_node_path_.join(here, WORKER_BUNDLE);
    if ((0,external_node_fs_.existsSync)(bundled))
        return new external_node_worker_threads_.Worker(bundled, { workerData: input });
    const source = external_node_path_.join(here, WORKER_SOURCE);
    if (!(0,external_node_fs_.existsSync)(source))
        throw new Error(`the Parquet decoder ${WORKER_BUNDLE} is missing from ${here}`);
    const load = `import("tsx/esm/api").then((tsx) => tsx.tsImport(${JSON.stringify((0,external_node_url_.pathToFileURL)(source).href)}, ${JSON.stringify(import.meta.url)}))`;
    return new external_node_worker_threads_.Worker(load, { eval: true, workerData: input });
}
/**
 * The decoding thread of one file, one step at a time: each step's answer is awaited until its deadline,
 * and a step that passes it ends the thread, as does a thread that stops by itself.
 */
class DecoderThread {
    worker;
    pending = null;
    ended = null;
    constructor(input) {
        this.worker = startDecoder(input);
        // An abandoned reader's thread never keeps the process alive; an awaited step's timer does.
        this.worker.unref();
        this.worker.on("message", (message) => {
            const pending = this.pending;
            this.pending = null;
            pending?.resolve(message);
        });
        const stop = (error) => {
            this.ended ??= error;
            const pending = this.pending;
            this.pending = null;
            pending?.reject(this.ended);
        };
        this.worker.on("error", (error) => stop(new Error(`the Parquet file could not be decoded: its decoder failed (${error.message})`)));
        this.worker.on("exit", (code) => stop(new Error(`the Parquet file could not be decoded: its decoder stopped (exit code ${code})`)));
    }
    /** The next message, within `deadlineMs`; posts `request` first when given. */
    next(deadlineMs, request) {
        if (this.ended)
            return Promise.reject(this.ended);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                // Timers run before the answers that arrived meanwhile are delivered: while this thread was busy
                // (checking the previous row group), the answer may have come in time. One turn of the event loop
                // delivers it; only a step still unanswered after it has passed its deadline.
                setImmediate(() => {
                    if (this.pending !== pending)
                        return;
                    this.pending = null;
                    this.ended = new Error(`the Parquet file could not be decoded within ${Number((deadlineMs / 1000).toFixed(1))} s: a page is probably corrupt`);
                    void this.worker.terminate();
                    reject(this.ended);
                });
            }, deadlineMs);
            const pending = {
                resolve: (message) => {
                    clearTimeout(timer);
                    resolve(message);
                },
                reject: (error) => {
                    clearTimeout(timer);
                    reject(error);
                },
            };
            this.pending = pending;
            if (request)
                this.worker.postMessage(request);
        });
    }
    end() {
        this.ended ??= new Error("the Parquet decoder was ended");
        void this.worker.terminate();
    }
}
/** A failure the decoder posted, as the error the engine reports: a cap's finding, or corrupt-file. */
function failure(message) {
    return message.rule ? new ReadLimitError(message.rule, message.message) : new Error(message.message);
}
/**
 * Streams a Parquet file's rows, one row group at a time from the decoding thread (it decodes the next while
 * these are checked), each with its 1-based row number as its position. Rows are built here, with no
 * prototype: a column named `__proto__` is a field like any other, never the row's prototype (hyparquet's own
 * row objects would take it as one, and lend the row the `chosen` or `rejected` of that struct). A row whose
 * text passes limits.max-line-bytes is line-too-long, as a long line is in the other readers. A step of
 * decoding that passes its deadline (parquetDeadlineMs) ends the file as corrupt.
 */
async function* readParquet(file, limits = read_limits_DEFAULT_READ_LIMITS) {
    const fileBytes = (await (0,promises_namespaceObject.stat)(file)).size;
    const decoder = new DecoderThread({
        file,
        limits: { maxLineBytes: limits.maxLineBytes, maxDecompressedBytes: limits.maxDecompressedBytes },
    });
    try {
        const opened = await decoder.next(parquetDeadlineMs(fileBytes, limits.parquetDeadlineMs));
        if (opened.kind === "failed")
            throw failure(opened);
        if (opened.kind !== "opened")
            throw new Error("the Parquet decoder answered out of turn");
        const { names, groups } = opened;
        // A row group's size is what its metadata declares, which a hostile file may make anything: it
        // counts for no more than the file's size, so the deadline stays bounded by the bytes really there.
        const ask = (group) => {
            const declared = groups[group]?.bytes ?? fileBytes;
            const bytes = Number.isFinite(declared) ? Math.min(Math.max(declared, 0), fileBytes) : fileBytes;
            return decoder.next(parquetDeadlineMs(bytes, limits.parquetDeadlineMs), { group });
        };
        let next = groups.length > 0 ? ask(0) : null;
        // Not awaited until its turn: a failure must not go unhandled meanwhile.
        next?.catch(() => { });
        let groupStart = 0;
        for (let group = 0; group < groups.length && next; group++) {
            const answer = await next;
            if (answer.kind === "failed")
                throw failure(answer);
            if (answer.kind !== "rows")
                throw new Error("the Parquet decoder answered out of turn");
            next = group + 1 < groups.length ? ask(group + 1) : null;
            next?.catch(() => { });
            yield* rowsOf(answer.rows, names, groupStart, limits);
            groupStart += groups[group]?.rows ?? answer.rows.length;
        }
    }
    finally {
        decoder.end();
    }
}
/** One row group's records, from the decoder's cells. */
function* rowsOf(rows, names, groupStart, limits) {
    for (let i = 0; i < rows.length; i++) {
        const line = groupStart + i + 1;
        const cells = rows[i];
        const value = Object.create(null);
        let textBytes = 0;
        names.forEach((name, column) => {
            const cell = withoutPrototypes(cells[column]);
            textBytes += textLength(cell, limits.maxLineBytes - textBytes);
            if (!Object.hasOwn(value, name))
                value[name] = cell;
        });
        if (textBytes > limits.maxLineBytes) {
            yield {
                line,
                rule: "line-too-long",
                error: `the row holds more than ${formatBytes(limits.maxLineBytes)} of text, the cap (limits.max-line-bytes): not read`,
            };
        }
        else {
            yield { line, value };
        }
    }
}
/** The UTF-16 length of the strings in a value, counted until it passes `budget` (bytes are at least as many). */
function textLength(value, budget) {
    let length = 0;
    const stack = [value];
    while (stack.length > 0 && length <= budget) {
        const next = stack.pop();
        if (typeof next === "string")
            length += next.length;
        else if (Array.isArray(next))
            stack.push(...next);
        else if (next !== null && typeof next === "object") {
            for (const key of Object.keys(next)) {
                length += key.length;
                stack.push(next[key]);
            }
        }
    }
    return length;
}
/**
 * A value from the decoding thread with its objects rebuilt with no prototype (crossing threads gave them
 * Object's); an own field named `__proto__` stays a field.
 */
function withoutPrototypes(value) {
    if (Array.isArray(value))
        return value.map(withoutPrototypes);
    if (value !== null && typeof value === "object" && !ArrayBuffer.isView(value)) {
        const copy = Object.create(null);
        for (const key of Object.keys(value)) {
            const field = withoutPrototypes(value[key]);
            if (key === "__proto__")
                Object.defineProperty(copy, key, { value: field, enumerable: true, writable: true });
            else
                copy[key] = field;
        }
        return copy;
    }
    return value;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/open-dataset.js






/**
 * Opens a dataset file: Parquet, gzip and LFS pointers are told from the bytes, and the container from the
 * content (a file whose first character is `[` is one JSON array, one whose first line is a header such as
 * `prompt,chosen,rejected` is CSV; anything else is read as JSON Lines), so a `.json` file that is really
 * JSON Lines still reads.
 */
async function openDataset(path, limits = read_limits_DEFAULT_READ_LIMITS) {
    // Parquet needs random access (its schema is in its footer): it is read from the file, not streamed.
    if (await isParquet(path)) {
        return {
            kind: "data",
            container: "parquet",
            compression: null,
            records: inChunks(readParquet(path, limits)),
        };
    }
    const source = await openByteSource(path, limits);
    if (isLfsPointer(source.head)) {
        source.close(); // nothing of a pointer is parsed
        return { kind: "lfs-pointer", compression: source.compression };
    }
    const notText = notUtf8Text(source.head);
    if (notText) {
        source.close(); // read as UTF-8, it would be a finding per line, each saying nothing useful
        return { kind: "not-text", compression: source.compression, ...notText };
    }
    const first = firstSignificantChar(source.head);
    const container = first === "[" ? "json" : first !== "{" && looksLikeCsv(source.head) ? "csv" : "jsonl";
    const records = container === "json"
        ? readJsonArray(source.chunks, limits)
        : container === "csv"
            ? inChunks(readCsv(source.chunks, limits))
            : readJsonLines(source.chunks, limits);
    return { kind: "data", container, compression: source.compression, records };
}
/** How many records of a record-at-a-time reader (CSV, Parquet) the engine takes at once. */
const CHUNK_RECORDS = 1024;
/**
 * Groups a reader that yields one record at a time into the chunks the engine takes. When the reader
 * fails, the records it gave before failing are handed on first, then its error.
 */
async function* inChunks(records) {
    let chunk = [];
    try {
        for await (const record of records) {
            chunk.push(record);
            if (chunk.length === CHUNK_RECORDS) {
                yield chunk;
                chunk = [];
            }
        }
    }
    catch (error) {
        if (chunk.length > 0)
            yield chunk;
        throw error;
    }
    if (chunk.length > 0)
        yield chunk;
}
/** Byte order marks of the Unicode encodings that are not UTF-8, longest first (UTF-32 LE starts like UTF-16 LE). */
const FOREIGN_BOMS = [
    ["UTF-32 LE", Buffer.from([0xff, 0xfe, 0x00, 0x00])],
    ["UTF-32 BE", Buffer.from([0x00, 0x00, 0xfe, 0xff])],
    ["UTF-16 LE", Buffer.from([0xff, 0xfe])],
    ["UTF-16 BE", Buffer.from([0xfe, 0xff])],
];
/** How much of the head is searched for a NUL byte (git's own binary test looks at the first 8,000 bytes). */
const BINARY_SNIFF_BYTES = 8000;
/** Why the content is not UTF-8 text, and at which line, or null when it may be. */
function notUtf8Text(head) {
    for (const [name, bom] of FOREIGN_BOMS) {
        if (head.length >= bom.length && head.subarray(0, bom.length).equals(bom)) {
            return { line: 1, reason: `the file is ${name} (it starts with that byte order mark), not UTF-8` };
        }
    }
    const nul = head.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
    if (nul === -1)
        return null;
    let line = 1;
    for (let i = head.indexOf(0x0a); i !== -1 && i < nul; i = head.indexOf(0x0a, i + 1))
        line++;
    return { line, reason: `the file is binary, not text: a NUL byte at byte ${nul + 1}` };
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/read/workspace-boundary.js



// The action runs on a pull request's files, and a pull request can add symlinks and change the config:
// a config or baseline that is a symlink to a file elsewhere on the runner, or a glob such as
// `/proc/**/*.jsonl` or `../../*/*.jsonl`, would have the action read, list and quote files outside the
// checkout. Everything the action opens or lists is confined to the workspace by real path.
/** Whether a real path lies inside a real directory (or is that directory). */
function contains(directory, real) {
    const relative = path.relative(directory, real);
    return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
/**
 * Whether `file`, with every symlink resolved, lies inside `directory`: "inside", "outside", or why its
 * real path cannot be told (a symlink loop, a dangling link). A path where nothing exists is "inside":
 * the reader reports it missing.
 */
async function whereIs(file, directory) {
    let real;
    try {
        real = await (0,promises_namespaceObject.realpath)(file);
    }
    catch (error) {
        return (await (0,promises_namespaceObject.lstat)(file).catch(() => null)) === null ? "inside" : { unresolved: error };
    }
    const relative = external_node_path_.relative(await (0,promises_namespaceObject.realpath)(directory), real);
    return relative !== "" && !relative.startsWith("..") && !external_node_path_.isAbsolute(relative) ? "inside" : "outside";
}
/**
 * Why a glob may not be used in the workspace, or undefined. Globs are relative to the workspace: an
 * absolute one or one with a `..` segment names files outside it. (The crawl is confined as well, by
 * confinedFileSystem, which also covers what brace expansion could spell.)
 */
function workspaceGlobProblem(glob) {
    if (path.isAbsolute(glob) || /^[A-Za-z]:/.test(glob)) {
        return "an absolute path: globs are relative to the workspace";
    }
    if (glob.split(/[\\/]/).includes(".."))
        return 'a ".." segment: globs may not leave the workspace';
    return undefined;
}
/** The refusal a confined crawl gets for a directory outside the workspace. */
function outsideError(directory) {
    return Object.assign(new Error(`${directory} is outside the workspace`), { code: "EACCES" });
}
/** A stat for a symlink target outside the workspace: never a directory, so it is never crawled. */
const NOT_A_DIRECTORY = { isDirectory: () => false };
/**
 * The file system tinyglobby crawls with in the workspace: a directory whose real path is outside the
 * workspace is never read, and a symlink that leads outside is listed as a file under its own name (the
 * engine then refuses it with outside-workspace), never followed.
 */
function confinedFileSystem(workspace) {
    const root = nodeFs.realpathSync(workspace);
    const readdir = ((directory, options, callback) => {
        nodeFs.realpath(directory, (error, real) => {
            if (error)
                return callback(error, []);
            if (!contains(root, real))
                return callback(outsideError(directory), []);
            nodeFs.readdir(directory, options, callback);
        });
    });
    const readdirSync = ((directory, options) => {
        if (!contains(root, nodeFs.realpathSync(directory)))
            throw outsideError(directory);
        return nodeFs.readdirSync(directory, options);
    });
    const statConfined = ((file, callback) => {
        if (!contains(root, file))
            return callback(null, NOT_A_DIRECTORY);
        nodeFs.stat(file, callback);
    });
    const statSync = ((file) => contains(root, file) ? nodeFs.statSync(file) : NOT_A_DIRECTORY);
    return {
        readdir,
        readdirSync,
        realpath: nodeFs.realpath,
        realpathSync: nodeFs.realpathSync,
        stat: statConfined,
        statSync,
    };
}
/**
 * Files (relative to the root) with each real file once: symlinks such as `data/copy -> .` or two links
 * to one file would otherwise read it twice and count its examples twice. The name kept is one that
 * passes through no symlink when there is one, else the first. A file whose real path cannot be told
 * (dangling, a loop) is kept for the reader to report.
 */
async function uniqueRealFiles(files, root) {
    const kept = new Map();
    const direct = new Set();
    const unresolved = [];
    const realRoot = await realpath(root).catch(() => path.resolve(root));
    for (const file of files) {
        const absolute = path.resolve(root, file);
        const info = await stat(absolute).catch(() => null);
        if (!info) {
            unresolved.push(file);
            continue;
        }
        const key = `${info.dev}:${info.ino}`;
        const isDirect = (await realpath(absolute).catch(() => "")) === path.join(realRoot, file);
        const previous = kept.get(key);
        if (previous === undefined || (isDirect && !direct.has(key))) {
            kept.set(key, file);
            if (isDirect)
                direct.add(key);
        }
    }
    const keep = new Set([...kept.values(), ...unresolved]);
    return files.filter((file) => keep.has(file));
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/check/options.js
/** How often (in examples) a file's progress is told. */
const PROGRESS_EVERY = 5000;

;// CONCATENATED MODULE: ./.tmp/bundle-js/check/read-file.js








// Reading a file for the check: the readers (read/) give raw records; this turns them into examples and
// into the reader rules' findings (invalid-json, wrong-type, mixed-shapes, not-preference-data, …).
/**
 * Reads one file's examples in order, shape-detected and normalised exactly as `check` reads them, but
 * checks nothing: for `export`, which writes the examples that `check` found no error in.
 */
async function readExamples(file, onExample) {
    const report = emptyFileReport(file);
    await readFile({ path: file, display: file, report: true }, 0, report, {
        hashing: false,
        limits: DEFAULT_READ_LIMITS,
        finding: () => { },
        example: (example, _content, problems) => onExample(example, problems ?? []),
        progress: () => { },
    });
    return report;
}
/** How many records' keys a not-preference-data finding names. */
const KEYS_SAMPLED = 5;
/** Reads one file into examples, reporting what the readers and normalisers find. */
async function readFile(task, fileIndex, report, sink) {
    const where = task.confineTo === undefined ? "inside" : await whereIs(task.path, task.confineTo);
    if (where === "outside") {
        sink.finding("outside-workspace", 1, {
            message: "the path resolves outside the repository (a symlink or ..): not read",
        });
        return;
    }
    if (where !== "inside") {
        // A symlink loop or a dangling link: it leads nowhere, so nothing is read.
        sink.finding("corrupt-file", 1, {
            message: `cannot read the file: ${describeError(where.unresolved)}`,
        });
        return;
    }
    let opened;
    try {
        opened = await openDataset(task.path, sink.limits);
    }
    catch (error) {
        // A cap reached in the first chunk (a zstd frame's window) is that cap's finding, not a corrupt file.
        const rule = error instanceof ReadLimitError ? error.rule : "corrupt-file";
        sink.finding(rule, 1, { message: `cannot read the file: ${describeError(error)}` });
        return;
    }
    report.compression = opened.compression;
    if (opened.kind === "lfs-pointer") {
        sink.finding("lfs-pointer", 1, {
            message: "this checkout holds an LFS pointer, not data: check out with lfs: true",
        });
        return;
    }
    if (opened.kind === "not-text") {
        sink.finding("not-utf8", opened.line, { message: `${opened.reason}: not read` });
        return;
    }
    report.container = opened.container;
    // A fix rewrites the record's line in place: only a JSON Lines file read as it is has one line a record.
    const fixable = opened.container === "jsonl" && opened.compression === null;
    let shape = null;
    let mixedReported = false;
    let records = 0;
    let failed = false;
    const keysSeen = new Set();
    const pending = [];
    const accept = (value, recordShape, raw) => {
        const { line, endLine } = raw;
        const { example, problems } = normalise(value, recordShape, line, fileIndex);
        if (endLine !== undefined)
            example.endLine = endLine;
        const content = sink.hashing ? exampleContentHash(example) : undefined;
        for (const p of problems) {
            sink.finding(p.rule, line, { field: p.field, message: p.message }, content, endLine);
        }
        report.examples++;
        if (report.examples % PROGRESS_EVERY === 0)
            sink.progress(report.examples);
        return sink.example(example, content, problems, fixable ? raw.text : undefined);
    };
    // Export's sink returns a promise (its output's backpressure); checking stays synchronous. The
    // promises of a chunk's records are awaited before the next chunk is read.
    const waits = [];
    const wait = (written) => {
        if (written)
            waits.push(written);
    };
    /** Checks one record; false when reading should stop (enough records seen to call the file no preference data). */
    const take = (raw) => {
        records++;
        if (raw.error !== undefined) {
            const content = sink.hashing && raw.text !== undefined ? rawContentHash(raw.text) : undefined;
            if (raw.rule !== undefined) {
                sink.finding(raw.rule, raw.line, { message: raw.error }, content, raw.endLine);
                return true;
            }
            const what = report.container === "csv" ? "not a valid CSV row" : "not valid JSON";
            sink.finding("invalid-json", raw.line, { message: `${what}: ${raw.error}` }, content, raw.endLine);
            return true;
        }
        if (raw.duplicateKeys !== undefined) {
            const keys = raw.duplicateKeys.map((key) => JSON.stringify(key.slice(0, 40))).join(", ");
            sink.finding("duplicate-key", raw.line, {
                message: `the record gives ${keys} more than once: JSON.parse keeps the last, other tools may keep the first`,
            }, undefined, raw.endLine);
        }
        if (!isObject(raw.value)) {
            const content = sink.hashing ? rawContentHash(serialise(raw.value)) : undefined;
            sink.finding("wrong-type", raw.line, { message: `a record should be a JSON object, found ${typeName(raw.value)}` }, content, raw.endLine);
            return true;
        }
        const detected = detectShape(raw.value);
        if (shape === null) {
            if (detected === null) {
                // Not preference data so far: keep the record, and decide once enough records are seen.
                for (const key of Object.keys(raw.value).slice(0, 20))
                    keysSeen.add(key);
                pending.push({ raw, value: raw.value });
                return pending.length < KEYS_SAMPLED;
            }
            shape = detected;
            report.shape = shape;
            if (shape === "kto")
                report.notes.push(KTO_NOTE);
            // Records before the first preference record are checked as records of the file's shape.
            for (const early of pending)
                wait(accept(early.value, shape, early.raw));
            pending.length = 0;
        }
        let recordShape = shape;
        if (detected !== null && detected !== shape && shapeFamily(detected) !== shapeFamily(shape)) {
            if (!mixedReported) {
                sink.finding("mixed-shapes", raw.line, {
                    message: `this record is ${detected} while the file is ${shape} (first at line ${raw.line})`,
                });
                mixedReported = true;
            }
            recordShape = detected; // still checked, by its own shape: nothing is skipped
        }
        wait(accept(raw.value, recordShape, raw));
        return true;
    };
    const iterator = opened.records[Symbol.asyncIterator]();
    for (;;) {
        // Only the reader's own failures (a truncated gzip, an I/O error) are the file's; a rule that
        // throws is a bug of ours and must not pass for a corrupt file.
        let next;
        try {
            next = await iterator.next();
        }
        catch (error) {
            sink.finding(error instanceof ReadLimitError ? error.rule : "corrupt-file", 1, {
                message: `reading stopped after ${records} records: ${describeError(error)}`,
            });
            failed = true;
            break;
        }
        const goOn = !next.done && next.value.every(take);
        if (waits.length > 0)
            await Promise.all(waits.splice(0));
        if (!goOn)
            break;
    }
    await iterator.return?.(); // releases the file when reading stopped early
    // A file none of whose records parsed already has its invalid-json findings; one more says nothing.
    // A file that could not be read says so already (corrupt-file): what little was read proves nothing.
    if (!failed && shape === null && (records === 0 || keysSeen.size > 0 || pending.length > 0)) {
        const keys = [...keysSeen].slice(0, 12).map((k) => JSON.stringify(k.slice(0, 40)));
        sink.finding("not-preference-data", 1, {
            message: records === 0
                ? "the file holds no records"
                : `no preference records: the records have keys ${keys.join(", ")}; the layouts read are ${KNOWN_LAYOUTS} (dataset-ci's docs/formats.md)`,
        });
    }
    sink.progress(report.examples);
}
const KTO_NOTE = "kto: unpaired examples, so the pair rules (identical-responses, duplicate-prompt) do not apply; chosen-* rules check the desirable completions, rejected-* rules the undesirable ones";
/** JSON.stringify recurses: a value nested 100,000 deep (which JSON.parse reads) overflows its stack. */
function serialise(value) {
    try {
        return JSON.stringify(value) ?? "";
    }
    catch {
        return `unserialisable ${typeName(value)}`;
    }
}
function typeName(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "a list";
    return `a ${typeof value}`;
}
function describeError(error) {
    const code = error?.code;
    const message = error instanceof Error ? error.message : String(error);
    return code && !message.includes(code) ? `${code}: ${message}` : message;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/check/check-dataset.js







/**
 * Checks one dataset: reads its files in order, runs every enabled rule (in a threaded check, those this
 * thread owns) on every example, then the rules' dataset-level ends. Adds its files' reports to `files`.
 */
async function check_dataset_checkDataset(dataset, options, files, fileTasks, part) {
    const { config } = options;
    const firstFileIndex = files.length;
    for (const task of dataset.files) {
        fileTasks.push(task);
        files.push(report_emptyFileReport(task.display, task.split));
    }
    const hashing = options.fingerprints === true || options.baseline !== undefined;
    const sink = new FindingSink(config, dataset.info.name, files, fileTasks, hashing, part);
    const splits = new Map();
    dataset.files.forEach((task, i) => {
        if (task.split !== undefined)
            splits.set(firstFileIndex + i, task.split);
    });
    /** The example the rules are looking at, and its record's line when a fix may rewrite it. */
    let current;
    const active = [];
    const share = part?.share;
    for (const rule of registry/* RULES */.y0) {
        const setting = config.rules.get(rule.id);
        if (!setting || !rule.create)
            continue;
        if (part && !part.owns(rule.id))
            continue; // another thread runs it
        const severity = setting.severity;
        const visitor = rule.create({
            options: setting.options,
            dataset: dataset.info,
            report: (example, input) => sink.addFileFinding(example.fileIndex, rule.id, example.line, input, {
                content: sink.contentOf(example),
                endLine: example.endLine,
                lineText: current?.example === example ? current.lineText : undefined,
            }),
            reportAt: (fileIndex, line, input) => sink.addFileFinding(fileIndex, rule.id, line, input, { endLine: sink.endLineAt(fileIndex, line) }),
            reportDataset: (input) => sink.addDatasetFinding(rule.id, severity, input),
            where: (fileIndex, line) => isRowContainer(files[fileIndex])
                ? `${files[fileIndex]?.path} row ${line}`
                : `${files[fileIndex]?.path}:${line}`,
            splits,
            ...(share && rule.job ? { share: (input, length) => share(rule.id, input, length) } : {}),
        });
        active.push({ rule, visitor });
    }
    const exampleRules = active.filter((a) => a.visitor.example);
    // In a threaded check, this thread runs the per-example rules on its share of the examples only, and its
    // stateful rules on every example: those need only the comparable forms and fingerprints.
    const shardedRules = part ? exampleRules.filter((a) => !a.rule.stateful) : exampleRules;
    const everyExampleRules = part ? exampleRules.filter((a) => a.rule.stateful) : [];
    // Only the rules that say so read the fingerprints: a thread that runs none of them skips hashing.
    const hashTexts = (part ? everyExampleRules : exampleRules).some((a) => a.rule.fingerprints);
    const hashWords = (part ? everyExampleRules : exampleRules).some((a) => a.rule.wordHashes);
    const view = new ExampleView(new Set(dataset.info.categories.filter((c) => c.refusal).map((c) => c.name)));
    const known = new Set(dataset.info.categories.map((c) => c.name));
    const totals = { examples: 0, categorised: 0, categoryCounts: new Map() };
    const visit = (example) => {
        sink.nextExample();
        totals.examples++;
        const category = example.category !== undefined && known.has(example.category) ? example.category : undefined;
        if (category !== undefined) {
            totals.categorised++;
            totals.categoryCounts.set(category, (totals.categoryCounts.get(category) ?? 0) + 1);
        }
        const inShard = part === undefined || part.inShard();
        if (!inShard && everyExampleRules.length === 0)
            return;
        const checked = view.prepare(example, category, { forEveryRule: inShard, hashTexts, hashWords });
        const paired = isPaired(example.shape);
        if (inShard) {
            for (const { rule, visitor } of shardedRules) {
                if (rule.refusalScope && !checked.refusalScope)
                    continue;
                if (rule.helpfulnessScope && checked.refusalScope)
                    continue;
                if (rule.pair && !paired)
                    continue;
                visitor.example?.(checked);
            }
        }
        // Stateful rules have no refusal or helpfulness scope (a test holds them to it).
        for (const { rule, visitor } of everyExampleRules) {
            if (rule.pair && !paired)
                continue;
            visitor.example?.(checked);
        }
    };
    for (let i = 0; i < dataset.files.length; i++) {
        const fileIndex = firstFileIndex + i;
        const task = dataset.files[i];
        await readFile(task, fileIndex, files[fileIndex], {
            hashing,
            // Keys given twice are looked for only where they are reported: the main thread, with the rule on.
            limits: {
                ...config.limits,
                ...(options.parquetDeadlineMs !== undefined ? { parquetDeadlineMs: options.parquetDeadlineMs } : {}),
                duplicateKeys: sink.severityOf("duplicate-key") !== undefined && (part?.owns("duplicate-key") ?? true),
            },
            finding: (ruleId, line, input, content, endLine) => sink.addFileFinding(fileIndex, ruleId, line, input, { content, endLine }),
            example: (example, content, _problems, lineText) => {
                if (content !== undefined)
                    sink.rememberContent(fileIndex, example, content);
                sink.rememberEnd(fileIndex, example);
                current = { example, lineText };
                visit(example);
                current = undefined;
            },
            progress: (examples) => options.onProgress?.({ file: task.display, examples }),
        });
    }
    const distribution = computeDistribution(dataset.info.categories, totals);
    sink.atEnd();
    for (const { visitor } of active)
        visitor.end?.({ ...totals, distribution });
    sink.finish();
    return {
        name: dataset.info.name,
        files: dataset.files.map((f) => f.display),
        examples: totals.examples,
        "min-size": dataset.info.minSize.min,
        ...(dataset.info.minSize.recommended ? { recommended: dataset.info.minSize.recommended } : {}),
        categorised: totals.categorised,
        categories: distribution,
        findings: sink.datasetFindings,
    };
}

// EXTERNAL MODULE: ./.tmp/bundle-js/check/threads.js + 2 modules
var threads = __nccwpck_require__(515);
;// CONCATENATED MODULE: ./.tmp/bundle-js/check/verdict.js


function judge(files, datasets, failOn) {
    const fails = (finding) => failOn !== "never" && !finding.baselined && SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn];
    const failingGates = [];
    let failingFindings = files.reduce((n, file) => n + file.findings.filter(fails).length, 0);
    for (const dataset of datasets) {
        const failing = dataset.findings.filter(fails);
        const gates = failing.filter((f) => GATE_RULES.has(f.rule));
        failingFindings += failing.length - gates.length;
        if (gates.length === 0)
            continue;
        failingGates.push({
            dataset: dataset.name,
            examples: dataset.examples,
            minSize: dataset["min-size"],
            underMinimum: gates.some((f) => f.rule === "min-size"),
            offTarget: gates.filter((f) => f.rule === "category-distribution").length,
        });
    }
    return {
        passed: failingGates.length === 0 && failingFindings === 0,
        summary: summarise(files, datasets),
        failingGates,
        failingFindings,
    };
}
/** A report's verdict, judged again from its findings (what `passed` and `summary` hold, when it is ours). */
function verdictOf(report) {
    return judge(report.files, report.datasets, report["fail-on"]);
}
/** The report with `passed` and `summary` set by the verdict of its findings. */
function verdict_withVerdict(report) {
    const { passed, summary } = verdictOf(report);
    return {
        version: report.version,
        passed,
        "fail-on": report["fail-on"],
        summary,
        files: report.files,
        datasets: report.datasets,
    };
}
function summarise(files, datasets) {
    const summary = {
        files: files.length,
        examples: files.reduce((n, f) => n + f.examples, 0),
        errors: 0,
        warnings: 0,
        notices: 0,
        baselined: 0,
    };
    for (const finding of [...files.flatMap((f) => f.findings), ...datasets.flatMap((d) => d.findings)]) {
        if (finding.baselined)
            summary.baselined++;
        else if (finding.severity === "error")
            summary.errors++;
        else if (finding.severity === "warning")
            summary.warnings++;
        else
            summary.notices++;
    }
    return summary;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/check/check.js








/** Checks every dataset: reads each file once, runs every enabled rule, and builds the report. */
async function check(options) {
    const threaded = await startThreads(options);
    options.onThreads?.(threaded ? threaded.threads : 1);
    return checkInParts(options, threaded ?? undefined);
}
/**
 * The check, in this thread alone or as the main thread's part of a threaded check (with the other
 * threads' results to come). Exported for the tests, which run every part of a plan in one thread.
 */
async function checkInParts(options, threaded) {
    const part = threaded?.main;
    const files = [];
    const datasets = [];
    const fileTasks = [];
    for (const dataset of options.datasets) {
        datasets.push(await checkDataset(dataset, options, files, fileTasks, part));
    }
    if (threaded && part) {
        part.done?.();
        mergeThreads([part, ...(await threaded.workers)], files, datasets, options);
    }
    const reportedFiles = files.filter((_, i) => fileTasks[i]?.report);
    for (const file of reportedFiles)
        file.findings.sort(byLine);
    const findings = [...reportedFiles.flatMap((f) => f.findings), ...datasets.flatMap((d) => d.findings)];
    if (options.baseline)
        applyBaseline(findings, options.baseline);
    return withVerdict({
        version: REPORT_VERSION,
        "fail-on": options.config.failOn,
        files: reportedFiles,
        datasets,
    });
}
/**
 * Every thread's findings, in the order the one-thread check makes them, with the finding cap applied to
 * them together as the one-thread check applies it.
 */
function mergeThreads(parts, files, datasets, options) {
    const cap = options.config.limits.maxFindingsPerRule;
    const totals = totalCounts(parts.flatMap((p) => p.counts));
    files.forEach((file, i) => {
        const merged = mergeKeyed(parts.map((p) => p.fileFindings[i] ?? []));
        const listed = new Map();
        file.findings = [];
        for (const keyed of merged) {
            const { rule } = keyed.finding;
            const count = (listed.get(rule) ?? 0) + 1;
            listed.set(rule, count);
            if (count <= cap) {
                file.findings.push(keyed.finding);
                continue;
            }
            // Past the cap in all the threads together, though not in its own thread.
            const total = totals.get(`${i}:${rule}`);
            if (total && (!total.firstOmitted || keyed.seq < total.firstOmitted.seq))
                total.firstOmitted = { seq: keyed.seq, line: keyed.line };
        }
    });
    const hashing = options.fingerprints === true || options.baseline !== undefined;
    for (const total of [...totals.values()].sort(byFileAndRule)) {
        if (total.count <= cap || !total.firstOmitted)
            continue;
        const file = files[total.fileIndex];
        const severity = options.config.rules.get(total.ruleId)?.severity;
        file.findings.push(omittedFinding(total.ruleId, severity, total.count - cap, cap, total.firstOmitted.line, file, hashing));
    }
    datasets.forEach((dataset, i) => {
        dataset.findings = mergeKeyed(parts.map((p) => p.datasetFindings[i] ?? [])).map((k) => k.finding);
    });
}
/**
 * Runs the checks of one worker thread: the rules it owns, over every dataset, reading every file. What it
 * returns is its findings with their keys; the main thread merges them with its own.
 */
async function checkThreadPart(options, part) {
    const files = [];
    const fileTasks = [];
    for (const dataset of options.datasets)
        await check_dataset_checkDataset(dataset, options, files, fileTasks, part);
    return { fileFindings: part.fileFindings, datasetFindings: part.datasetFindings, counts: part.counts };
}
function byLine(a, b) {
    return ((a.line ?? a.row ?? 0) - (b.line ?? b.row ?? 0) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}


/***/ }),

/***/ 515:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qK: () => (/* binding */ threadPart)
});

// UNUSED EXPORTS: parseThreads, planWork, startThreads

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(919);
// EXTERNAL MODULE: ./.tmp/bundle-js/rules/registry.js + 50 modules
var registry = __nccwpck_require__(718);
;// CONCATENATED MODULE: ./.tmp/bundle-js/check/offered-jobs.js
// A stateful rule's end can be long (near-duplicate's banding: 1.6 s at a million examples) while the main
// thread, done with its own part, only waits for the workers. So a worker offers the main thread part of it
// (RuleContext.share, Rule.job) and goes on with the rest; then takes the job back if the main thread has
// not started it, or waits for its answer. The main thread starts offered jobs only once its own part is
// done (JobDesk): where it is the busiest thread, as with four threads, it would otherwise make itself
// busier still. One word of shared state settles who runs the job, so it runs exactly once; the worker
// waits only for a job the main thread has already started, and the main thread never waits, so neither
// can hold the other up for long.

const OFFERED = 0;
const STARTED = 1;
const DONE = 2;
const TAKEN_BACK = 3;
const FAILED = 4;
const RULE_JOBS = (ruleId) => registry/* RULES_BY_ID */.kF.get(ruleId)?.job;
/**
 * Offers rule `ruleId`'s job on `input` through `post`; returns the function that gives its result: the main
 * thread's when it started the job, else this thread's own run of it.
 */
function offerJob(post, ruleId, input, resultLength, jobs = RULE_JOBS) {
    const job = jobs(ruleId);
    if (!job)
        throw new Error(`rule ${ruleId} has no job to offer`);
    const state = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const result = new Int32Array(new SharedArrayBuffer(resultLength * Int32Array.BYTES_PER_ELEMENT));
    post({ type: "job", ruleId, input, state, result });
    return () => {
        if (Atomics.compareExchange(state, 0, OFFERED, TAKEN_BACK) !== OFFERED) {
            while (Atomics.load(state, 0) === STARTED)
                Atomics.wait(state, 0, STARTED);
            if (Atomics.load(state, 0) === DONE)
                return result;
        }
        // Not started there, or failed there: run here.
        job(input, result);
        return result;
    };
}
/** Runs an offered job in this (the main) thread unless its worker took it back first. */
function runOfferedJob(offer, jobs = RULE_JOBS) {
    if (Atomics.compareExchange(offer.state, 0, OFFERED, STARTED) !== OFFERED)
        return;
    let outcome = FAILED;
    try {
        const job = jobs(offer.ruleId);
        if (job) {
            job(offer.input, offer.result);
            outcome = DONE;
        }
    }
    catch {
        // The worker runs the job itself and reports its error, as it would have without the offer.
    }
    Atomics.store(offer.state, 0, outcome);
    Atomics.notify(offer.state, 0);
}
/** The main thread's side: offers wait until its own part is done, then run as they come. */
class offered_jobs_JobDesk {
    jobs;
    open = false;
    waiting = [];
    constructor(jobs = RULE_JOBS) {
        this.jobs = jobs;
    }
    /** A worker's offer: run now if the main thread's part is done, else kept until it is. */
    receive(offer) {
        if (this.open)
            runOfferedJob(offer, this.jobs);
        else
            this.waiting.push(offer);
    }
    /** The main thread's own part is done: runs the offers its workers have not taken back, and each to come. */
    openDesk() {
        this.open = true;
        for (const offer of this.waiting.splice(0))
            runOfferedJob(offer, this.jobs);
    }
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/check/threads.js
// Checking with more than one thread. Every thread reads the files; the rules that look at one example at a
// time run in every thread, each thread on the blocks of examples it claims first (so a thread with less
// else to do takes more of them), and each stateful rule (duplicates, near-duplicates, length bias:
// Rule.stateful) runs in one thread over every example. The main thread also runs the readers' checks,
// then merges every thread's findings by where each was made (engine.ts, KeyedFinding) and applies the
// finding cap to them together, so the report is byte for byte the one-thread report. Reading and parsing
// are done in every thread: the price of leaving the readers and the stateful rules as they are.







/** The worker's bundle, next to the bundle this code is in (dist/). Run from source, there is none: one thread. */
const WORKER_FILE = "check-worker.js";
/** Examples per block: a thread claims a block of examples to run the per-example rules on. */
const SHARE_BLOCK = 64;
/** Blocks in the shared claims (one byte each, 4 MB: 268 million examples); past them, blocks alternate. */
const SHARE_BLOCKS = (/* unused pure expression or super */ null && (1 << 22));
/**
 * Below this much data a worker's start (loading its bundle, about 0.1 s) costs more than it saves. The
 * environment's DATASET_CI_THREADS overrides it, as the tests do on small files.
 */
const MIN_THREADED_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
/**
 * From this many threads the stateful rules are split over two workers (planWork). Below it the one
 * stateful worker does not bound the wall time, and the split costs the second worker its own comparable
 * forms and fingerprints of every example. Per-thread CPU at 1M examples (docs/benchmarks.md): four
 * threads, the busiest 14.6 s → 12.0 s (means of 3 runs) for 42.4 → 43.0 s in all; three threads,
 * 13.4 s → 14.2 s.
 */
const SPLIT_STATEFUL_FROM = 4;
/** More threads than this each read every record again for a smaller share of the rest. */
const MAX_DEFAULT_THREADS = 4;
/**
 * How many threads to use: the option (the CLI and the action read DATASET_CI_THREADS into it), else one per core (at most
 * MAX_DEFAULT_THREADS) when the data is large enough to repay a worker's start.
 */
function threadCount(options, bytes) {
    if (options.threads !== undefined)
        return options.threads;
    const cores = Math.min(availableParallelism(), MAX_DEFAULT_THREADS);
    return cores > 1 && bytes() >= MIN_THREADED_BYTES ? cores : 1;
}
/** A thread count as DATASET_CI_THREADS gives it: a whole number from 1; anything else is ignored. */
function parseThreads(text) {
    if (text === undefined || !/^\s*\d+\s*$/.test(text))
        return undefined;
    const count = Number(text);
    return count >= 1 ? Math.min(count, 64) : undefined;
}
/** The files' sizes together (compressed, as they are on disk); a file that cannot be read counts nothing. */
function dataBytes(options) {
    let bytes = 0;
    for (const dataset of options.datasets) {
        for (const file of dataset.files) {
            try {
                bytes += statSync(file.path).size;
            }
            catch {
                // the check reports it
            }
        }
    }
    return bytes;
}
/**
 * Who runs the stateful rules: those that look at examples run in the workers, since they share the
 * comparable forms and fingerprints of every example, which a thread computes once for all of them; the
 * main thread, which also runs the readers' checks, keeps the dataset-level ones. From
 * SPLIT_STATEFUL_FROM threads, the rules that shingle words (near-duplicate, split-leakage: signing and
 * banding, the larger part) run in the first worker and the others (the duplicate tables) in the second,
 * so that no one thread holds all of that work. The per-example rules then balance the threads by
 * themselves: a thread with less else to do reaches more blocks first.
 */
function planWork(options, threads) {
    const stateful = Array.from({ length: threads }, () => []);
    for (const id of options.config.rules.keys()) {
        const rule = RULES_BY_ID.get(id);
        if (!rule?.stateful)
            continue;
        let thread = 0;
        if (rule.kind === "example" && threads > 1)
            thread = threads >= SPLIT_STATEFUL_FROM && !rule.wordHashes ? 2 : 1;
        stateful[thread]?.push(id);
    }
    return { stateful, claims: new Uint8Array(new SharedArrayBuffer(SHARE_BLOCKS)) };
}
/**
 * One thread's part of a plan. A worker's part gets `post`, the way to the main thread, to offer it jobs
 * (offered-jobs.ts).
 */
function threadPart(plan, thread, post) {
    const stateful = new Set(plan.stateful[thread]);
    const threads = plan.stateful.length;
    const { claims } = plan;
    let visited = 0;
    let block = -1;
    let mine = false;
    return {
        owns: (id) => {
            const rule = registry/* RULES_BY_ID */.kF.get(id);
            if (rule?.kind === "reader")
                return thread === 0;
            return rule?.stateful ? stateful.has(id) : true;
        },
        inShard: () => {
            const current = Math.floor(visited++ / SHARE_BLOCK);
            if (current !== block) {
                block = current;
                if (block < claims.length) {
                    // Claimed now, or laid out for this thread beforehand (as the tests lay them out).
                    const before = Atomics.compareExchange(claims, block, 0, thread + 1);
                    mine = before === 0 || before === thread + 1;
                }
                else {
                    mine = block % threads === thread;
                }
            }
            return mine;
        },
        ...(post ? { share: (ruleId, input, resultLength) => offerJob(post, ruleId, input, resultLength) } : {}),
        fileFindings: [],
        datasetFindings: [],
        counts: [],
    };
}
/**
 * Starts the worker threads when the check should use them: returns the main thread's part and the
 * workers' results to come, or null to check in this thread alone.
 */
async function startThreads(options) {
    const threads = threadCount(options, () => dataBytes(options));
    if (threads <= 1)
        return null;
    const workerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_FILE);
    if (!existsSync(workerFile))
        return null;
    const plan = planWork(options, threads);
    const { config, datasets, fingerprints, baseline, parquetDeadlineMs } = options;
    const workerOptions = {
        config,
        datasets,
        ...(parquetDeadlineMs !== undefined ? { parquetDeadlineMs } : {}),
        // Findings need their fingerprint before the baseline is applied, in every thread.
        fingerprints: fingerprints === true || baseline !== undefined,
    };
    const desk = new JobDesk();
    const workers = Promise.all(Array.from({ length: threads - 1 }, (_, i) => runWorker(workerFile, {
        options: workerOptions,
        plan,
        thread: i + 1,
    }, desk)));
    // Not awaited until the main thread is done: a failure must not go unhandled meanwhile.
    workers.catch(() => { });
    return { main: { ...threadPart(plan, 0), done: () => desk.openDesk() }, workers, threads };
}
function runWorker(file, input, desk) {
    return new Promise((resolve, reject) => {
        const worker = new Worker(file, { workerData: input });
        let settled = false;
        worker.on("message", (output) => {
            if ("type" in output) {
                desk.receive(output);
                return;
            }
            settled = true;
            if (output.ok)
                resolve({
                    fileFindings: output.fileFindings,
                    datasetFindings: output.datasetFindings,
                    counts: output.counts,
                });
            else
                reject(Object.assign(new Error(`a check thread failed: ${output.message}`), { stack: output.stack }));
        });
        worker.once("error", (error) => {
            settled = true;
            reject(error);
        });
        worker.once("exit", (code) => {
            if (!settled)
                reject(new Error(`a check thread stopped (exit code ${code}) before its findings`));
        });
    });
}


/***/ }),

/***/ 952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ isWhitespaceUnit)
/* harmony export */ });
/**
 * Whether a UTF-16 code unit is whitespace: ECMAScript's WhiteSpace and LineTerminator, the set both a
 * regular expression's `\s` and String.prototype.trim use (JSON's four whitespace characters are among
 * them). One definition for every hand-written scan that must agree with those (test/comparable-text.test.ts
 * holds it to `\s` and `trim` on every code unit).
 */
function isWhitespaceUnit(code) {
    if (code === 32)
        return true;
    if (code < 32)
        return code >= 9 && code <= 13;
    if (code < 0xa0)
        return false;
    if (code < 0x2000)
        return code === 0xa0 || code === 0x1680;
    return (code <= 0x200a ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff);
}


/***/ }),

/***/ 636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PW: () => (/* binding */ combineFingerprints),
/* harmony export */   Pr: () => (/* binding */ FINGERPRINT_WORDS),
/* harmony export */   Ps: () => (/* binding */ fingerprintEncoded),
/* harmony export */   a8: () => (/* binding */ TextBuffer),
/* harmony export */   hi: () => (/* binding */ FingerprintTable)
/* harmony export */ });
/* unused harmony export fingerprintText */
// Fingerprints for the duplicate rules: 128 bits per text instead of the text, kept in typed arrays so a
// million examples cost a few dozen bytes each and no garbage.
//
// The hash is MurmurHash3 x86_128 (with the tail zero-padded, as nothing outside this process reads it).
// It is not cryptographic, and need not be: it only tells whether two examples of the same dataset are
// equal. Two different texts share a fingerprint by accident with probability 2^-128 (for a million
// examples, about 10^-27 that any pair does); crafting a collision could only fake or hide a duplicate
// finding in the crafter's own data.
/** Int32 words in one fingerprint. */
const FINGERPRINT_WORDS = 4;
/** Seeds: one-byte and two-byte input are hashed as different byte streams, so they must not share a seed. */
const SEED_LATIN1 = 0x2f6b_a1c5;
const SEED_UTF16 = 0x5d1e_9b37;
const SEED_COMBINED = 0x13c4_7e29;
/**
 * A scratch buffer texts are encoded into before hashing, seen as bytes, UTF-16 code units and int32 words
 * (the platform's order, as the hash reads them); grown (never shrunk) to fit the longest text seen.
 */
class TextBuffer {
    bytes;
    units;
    words;
    constructor(byteLength = 1 << 16) {
        const buffer = new ArrayBuffer(byteLength);
        this.bytes = Buffer.from(buffer);
        this.units = new Uint16Array(buffer);
        this.words = new Int32Array(buffer);
    }
    /** Makes room for `byteLength` bytes (and the hash's zero padding after them: 16 more). */
    ensureCapacity(byteLength) {
        let size = this.bytes.byteLength;
        if (byteLength + 16 <= size)
            return;
        while (size < byteLength + 16)
            size *= 2;
        const buffer = new ArrayBuffer(size);
        this.bytes = Buffer.from(buffer);
        this.units = new Uint16Array(buffer);
        this.words = new Int32Array(buffer);
    }
}
/** Where `fingerprintText` and `combineFingerprints` encode what they hash. */
const scratch = new TextBuffer();
/**
 * Writes the fingerprint of `text` into `out` at `offset`. The text is encoded natively (one byte a
 * character when it is ASCII, else UTF-16) and hashed 16 bytes at a time, which is several times faster
 * than hashing it character by character in JavaScript, and than a crypto hash. An absent text (a missing
 * response) gets all zeros, which no hashed text yields in practice.
 */
function fingerprintText(text, out, offset) {
    if (text === undefined) {
        out.fill(0, offset, offset + FINGERPRINT_WORDS);
        return;
    }
    scratch.ensureCapacity(text.length * 2);
    // Byte length equals character count exactly when every character is ASCII.
    const ascii = Buffer.byteLength(text, "utf8") === text.length;
    const length = scratch.bytes.write(text, 0, ascii ? "latin1" : "utf16le");
    fingerprintEncoded(scratch, length, ascii, out, offset);
}
/**
 * `fingerprintText` of a text its caller has already encoded into `buffer` as `fingerprintText` would:
 * `length` bytes, one a character when `ascii` (every character is), else UTF-16 little-endian code units.
 */
function fingerprintEncoded(buffer, length, ascii, out, offset) {
    murmur3(buffer, length, ascii ? SEED_LATIN1 : SEED_UTF16, out, offset);
}
/** Writes one fingerprint of `count` consecutive fingerprints of `source` (from `sourceOffset`) into `out`. */
function combineFingerprints(source, sourceOffset, count, out, offset) {
    const length = count * FINGERPRINT_WORDS;
    scratch.ensureCapacity(length * 4);
    const words = scratch.words;
    for (let i = 0; i < length; i++)
        words[i] = source[sourceOffset + i];
    murmur3(scratch, length * 4, SEED_COMBINED, out, offset);
}
/** MurmurHash3 x86_128 of the first `length` bytes of `buffer`. */
function murmur3(buffer, length, seed, out, offset) {
    const bytes = buffer.bytes;
    const words = buffer.words;
    const blocks = (length + 15) >>> 4;
    for (let i = length; i < blocks << 4; i++)
        bytes[i] = 0;
    let h1 = seed;
    let h2 = seed;
    let h3 = seed;
    let h4 = seed;
    for (let i = 0; i < blocks << 2; i += 4) {
        let k1 = words[i];
        let k2 = words[i + 1];
        let k3 = words[i + 2];
        let k4 = words[i + 3];
        k1 = Math.imul(k1, 0x239b961b);
        k1 = (k1 << 15) | (k1 >>> 17);
        h1 ^= Math.imul(k1, 0xab0e9789);
        h1 = (h1 << 19) | (h1 >>> 13);
        h1 = (Math.imul(h1 + h2, 5) + 0x561ccd1b) | 0;
        k2 = Math.imul(k2, 0xab0e9789);
        k2 = (k2 << 16) | (k2 >>> 16);
        h2 ^= Math.imul(k2, 0x38b34ae5);
        h2 = (h2 << 17) | (h2 >>> 15);
        h2 = (Math.imul(h2 + h3, 5) + 0x0bcaa747) | 0;
        k3 = Math.imul(k3, 0x38b34ae5);
        k3 = (k3 << 17) | (k3 >>> 15);
        h3 ^= Math.imul(k3, 0xa1e38b93);
        h3 = (h3 << 15) | (h3 >>> 17);
        h3 = (Math.imul(h3 + h4, 5) + 0x96cd1c35) | 0;
        k4 = Math.imul(k4, 0xa1e38b93);
        k4 = (k4 << 18) | (k4 >>> 14);
        h4 ^= Math.imul(k4, 0x239b961b);
        h4 = (h4 << 13) | (h4 >>> 19);
        h4 = (Math.imul(h4 + h1, 5) + 0x32ac3b17) | 0;
    }
    h1 ^= length;
    h2 ^= length;
    h3 ^= length;
    h4 ^= length;
    h1 = (h1 + h2 + h3 + h4) | 0;
    h2 = (h2 + h1) | 0;
    h3 = (h3 + h1) | 0;
    h4 = (h4 + h1) | 0;
    h1 = fmix32(h1);
    h2 = fmix32(h2);
    h3 = fmix32(h3);
    h4 = fmix32(h4);
    h1 = (h1 + h2 + h3 + h4) | 0;
    out[offset] = h1;
    out[offset + 1] = (h2 + h1) | 0;
    out[offset + 2] = (h3 + h1) | 0;
    out[offset + 3] = (h4 + h1) | 0;
}
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
/**
 * Fingerprints seen so far, each with a few int32 of data (where it was first seen, say): open addressing
 * with linear probing over typed arrays. Per entry: 16 bytes of key, 4 bytes per value word and about 8
 * bytes of slots, where a Map from base64 strings to objects held well over a hundred.
 */
class FingerprintTable {
    /** Entry index + 1 per slot, 0 for an empty slot; the capacity is a power of two, at most half full. */
    slots = new Int32Array(1024);
    keys = new Int32Array(512 * FINGERPRINT_WORDS);
    /** `valueWords` words per entry, for the caller to read and write; reallocated as the table grows. */
    values;
    size = 0;
    constructor(valueWords) {
        this.values = new Int32Array(512 * valueWords);
    }
    /**
     * Finds the entry whose key is the fingerprint at `key[offset…]`: returns its index when present; when
     * absent, adds it and returns `~index` (negative), for the caller to fill its values.
     */
    findOrAdd(key, offset) {
        const k0 = key[offset];
        const k1 = key[offset + 1];
        const k2 = key[offset + 2];
        const k3 = key[offset + 3];
        const mask = this.slots.length - 1;
        // The key is already a well-mixed hash: its first word picks the slot.
        for (let slot = k0 & mask;; slot = (slot + 1) & mask) {
            const entry = this.slots[slot] - 1;
            if (entry === -1) {
                const index = this.add(k0, k1, k2, k3);
                this.slots[slot] = index + 1;
                if (this.size * 2 > this.slots.length)
                    this.rehash();
                return ~index;
            }
            const at = entry * FINGERPRINT_WORDS;
            const keys = this.keys;
            if (keys[at] === k0 && keys[at + 1] === k1 && keys[at + 2] === k2 && keys[at + 3] === k3)
                return entry;
        }
    }
    add(k0, k1, k2, k3) {
        const index = this.size++;
        if (index * FINGERPRINT_WORDS === this.keys.length) {
            this.keys = grow(this.keys);
            this.values = grow(this.values);
        }
        const at = index * FINGERPRINT_WORDS;
        this.keys[at] = k0;
        this.keys[at + 1] = k1;
        this.keys[at + 2] = k2;
        this.keys[at + 3] = k3;
        return index;
    }
    rehash() {
        const slots = new Int32Array(this.slots.length * 2);
        const mask = slots.length - 1;
        for (let index = 0; index < this.size; index++) {
            let slot = this.keys[index * FINGERPRINT_WORDS] & mask;
            while (slots[slot] !== 0)
                slot = (slot + 1) & mask;
            slots[slot] = index + 1;
        }
        this.slots = slots;
    }
}
function grow(array) {
    const grown = new Int32Array(array.length * 2);
    grown.set(array);
    return grown;
}


/***/ }),

/***/ 476:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ comparisonForm),
/* harmony export */   Dk: () => (/* binding */ refusesOnlyVaguely),
/* harmony export */   E$: () => (/* binding */ ALTERNATIVE),
/* harmony export */   H1: () => (/* binding */ matchText),
/* harmony export */   HX: () => (/* binding */ normaliseForComparison),
/* harmony export */   Kg: () => (/* binding */ mentionsPromptSubject),
/* harmony export */   _9: () => (/* binding */ straightenApostrophes),
/* harmony export */   gv: () => (/* binding */ APOLOGETIC),
/* harmony export */   hD: () => (/* binding */ endsWithQuestion),
/* harmony export */   k$: () => (/* binding */ APOLOGY),
/* harmony export */   rj: () => (/* binding */ countWords),
/* harmony export */   t5: () => (/* binding */ ROBOTIC),
/* harmony export */   y9: () => (/* binding */ LECTURING)
/* harmony export */ });
// The phrase patterns the refusal-style wording rules share, each compiled once (whether a text is a
// refusal at all is refusal.ts's question).
// Every pattern runs on text prepared by `matchText`: case-folded, curly apostrophes straightened.
// They fix the seed checklist's traps: it compared "I can help" with lower-cased text (never true),
// and its bare substrings read "I can't wait to help" as a refusal and "you shouldn't have to" as a lecture.
/** Case-folds and straightens apostrophes, so "I can’t" and "i can't" match the same pattern. */
function matchText(text) {
    if (!text)
        return "";
    return straightenApostrophes(text.toLowerCase());
}
/** `matchText` of a text already case-folded (the engine folds each text once for every use). */
function straightenApostrophes(folded) {
    return folded.replace(/[\u2018\u2019\u02bc\u2032]/g, "'");
}
/**
 * "I can't …" and its kin, minus the idioms that are not refusals ("I can't wait", "I can't help but"), with
 * what follows up to the clause's end. "recommend … enough" looks at most six words ahead: an unbounded
 * `[^.!?]*` there rescanned the rest of the sentence at every "I can't recommend", quadratic on a long one.
 */
const REFUSAL_CLAUSE = /\bi (?:can't|cannot|can not|won't|will not|am unable to|'m unable to|am not able to|'m not able to|must decline to|have to decline to)\b(?! (?:wait|believe|stress|emphasi[sz]e|thank you|imagine|help but|resist|recommend (?:[^\s.!?]+ ){0,6}enough|agree more|say enough))([^.!?;:\n]*)/g;
/**
 * Whether the text has "I can't …" clauses and every one of them says what is refused only as "that",
 * "this kind of thing" and the like. Stops at the first clause that names something, the usual case.
 */
function refusesOnlyVaguely(prepared) {
    let clauses = 0;
    REFUSAL_CLAUSE.lastIndex = 0;
    for (let match = REFUSAL_CLAUSE.exec(prepared); match; match = REFUSAL_CLAUSE.exec(prepared)) {
        clauses++;
        if (!isVagueClause(match[1] ?? "")) {
            REFUSAL_CLAUSE.lastIndex = 0;
            return false;
        }
    }
    return clauses > 0;
}
/** Words that name nothing: a refusal clause made only of these leaves the user guessing what was refused. */
const VAGUE_WORDS = new Set("help assist do support with in on you that this it those these such any anything something of kind sort type thing things request requests stuff like one here right now for the there your kinds sorts types".split(" "));
/**
 * A clause made only of VAGUE_WORDS: its words (runs of letters and apostrophes) one after the other, each
 * a whole run. One anchored test, which fails at the first word that names something.
 */
const VAGUE_CLAUSE = new RegExp(`^[^a-z']*(?:(?:${[...VAGUE_WORDS].join("|")})(?![a-z'])[^a-z']*)*$`);
/** True when a refusal clause says what is refused only as "that", "this kind of thing" and the like. */
function isVagueClause(clause) {
    return VAGUE_CLAUSE.test(clause);
}
/** Words too common in requests to a task assistant to show that a refusal names its subject. */
const GENERIC_REQUEST_WORDS = new Set("create task tasks make help want need please with that this from your have what when where about into would could should them they their there some like just also remind reminder reminders schedule list add plan".split(" "));
/**
 * Whether a response names what the prompt asked about: it repeats one of the prompt's content words
 * (compared by their first five letters, so "tracking" names "track" and "neighbor's" names "neighbor").
 * A vague "I can't help with that" followed by "Tracking your neighbor…" does say what it refuses.
 */
function mentionsPromptSubject(prompt, response) {
    const stems = new Set((prompt.match(/[a-z]{4,}/g) ?? [])
        .filter((word) => !GENERIC_REQUEST_WORDS.has(word))
        .map((word) => word.slice(0, 5)));
    if (stems.size === 0)
        return false;
    for (const word of response.match(/[a-z]{4,}/g) ?? []) {
        if (!GENERIC_REQUEST_WORDS.has(word) && stems.has(word.slice(0, 5)))
            return true;
    }
    return false;
}
/**
 * Moralising: judging the user or the request ("it's wrong", "you should know better", "you must respect
 * people's privacy"). Practical advice is not a lecture: "you should help her understand…", "you should
 * call a lawyer" tell the user what would work, so a bare "you should" or "you must" is not enough.
 */
const LECTURING = /\b(?:you (?:should|ought to) (?:know (?:better|that)|be ashamed|feel ashamed|(?:not|never) (?:even )?(?:ask|think about|want|consider))|you (?:must|need to|have to|should|ought to) (?:respect|understand that|realize|realise|recognize|recognise|reconsider|stop (?:asking|thinking|trying)|think (?:about|twice)|learn to respect|be more (?:respectful|considerate|careful about))|it's wrong|it is wrong|that's wrong|that is wrong|this is wrong|how dare|shame on|please reconsider|reconsider your|is (?:deeply |highly |completely |very )?(?:unethical|immoral)|morally wrong|think about the consequences|i urge you to|i strongly advise you (?:not|against)|makes? you (?:a |an )?(?:bad|terrible|horrible|awful|worse|selfish|cruel) person|you(?:'re| are) (?:committing|describing) (?:a |an )?(?:serious )?(?:crime|theft|fraud|assault|ethical violation)|ask(?:ing)? yourself (?:whether|why|if)|(?:is|it's|that's) (?:never|not|not ever) (?:okay|ok|acceptable|right) to|you should be ashamed|be ashamed of yourself)\b/;
/**
 * Offers of something else: what the assistant can do instead ("…, but I can search my database and get
 * it"), or where to turn ("I'd recommend looking for a comparison website", "you could ask a counselor").
 * Capitalised "I can help" included: text is case-folded.
 */
const ALTERNATIVE = /\b(?:i can help|i could help|i can assist|i could assist|i'd be (?:happy|glad) to|i would be (?:happy|glad) to|i'm (?:happy|glad) to|i am (?:happy|glad) to|happy to help|glad to help|(?:but|however|though),? (?:what )?(?:i|we) (?:can|could|am able to|'m able to|would be able to|'d be able to)(?! not)|i can (?:also )?(?:create|set up|make|add|suggest|draft|organi[sz]e|build|schedule|put together|walk you through|offer|show you|recommend|point you|share|give you|provide|work with you|plan|tell you|explain|search|look|find|help)|i could (?:also )?(?:create|set up|make|add|suggest|draft|tell|explain|search|look|find)|(?:i'd|i would|i) (?:recommend|suggest)|i (?:can|could) (?:recommend|suggest)|instead|alternatively|what if|how about|you could|you can (?:try|ask|contact|call|reach|look|search|visit|check|consult|talk|speak|find|use|get|read|learn)|you might (?:try|want to|consider|have better luck)|you may want to|(?:try|consider) (?:asking|contacting|looking|searching|calling|talking|reaching|visiting|using|reading)|reach out to|(?:talk|speak) (?:to|with) (?:a|an|your|someone|somebody)|consult (?:a|an|your)|seek (?:help|advice|support|professional)|one option|another option|a better (?:approach|option|way)|here's what i can|what i can do|let's (?:focus|work|create|set up|try|talk)|why don't you (?:ask|try|search|look|talk)|ask (?:someone|somebody) (?:else|who))\b|(?:不过|但是?|然而)[，,]?\s*(?:我|我们)?(?:可以|能够|愿意)|我(?:可以|能|很乐意|愿意)(?:帮|为|给|向|提供|推荐|告诉)|建议(?:你|您)|(?:你|您)可以(?:尝试|试试|咨询|联系|寻求|考虑|向|去|找|参考|查阅|阅读)|(?:可以|不妨)(?:咨询|联系|寻求)/;
/** Over-apologising: intensified apologies and wishing aloud. */
const APOLOGETIC = /\b(?:i'm (?:so|really|very|truly|terribly|deeply) sorry|i am (?:so|really|very|truly|terribly|deeply) sorry|so sorry|i (?:really |truly )?wish i could|i (?:deeply|sincerely|truly) apologi[sz]e|my (?:sincere|deepest) apologies|please forgive me|i feel (?:terrible|awful|bad) (?:that|about|for))\b/;
/** Counts every apology; two or more in one answer is over-apologising too. */
const APOLOGY = /\b(?:sorry|apologi[sz]e|apologies)\b/g;
/** Cold policy language and persona breaks. */
const ROBOTIC = /\b(?:request denied|access denied|(?:this|your) (?:request|action) (?:is|has been) (?:denied|rejected|not permitted)|(?<!not |n't |never )violates? (?:our |my |the )?(?:content |usage |safety )?(?:polic(?:y|ies)|guidelines|terms)|(?<!not |n't |never )in violation of (?:our |my |the )?(?:polic(?:y|ies)|guidelines|terms)|(?<!not |n't |never )against (?:my|our|the) (?:polic(?:y|ies)|guidelines|programming|rules)|i am not permitted|i'm not permitted|i am programmed|i'm programmed|as an ai(?: language model| assistant)?|(?:cannot|unable to) process (?:this|your) request|this content is prohibited)\b/;
/**
 * Where one sentence ends and the next begins: after . ! ? or …, past closing quotes and brackets, and
 * whitespace; or at a Chinese full stop, exclamation or question mark (。！？), which need no space after.
 */
const SENTENCE_BREAK = /(?<=[.!?…])["'”’)\]]*\s+|(?<=[。！？])["'”’)\]」』]*\s*(?=\S)/g;
/**
 * Whether the last two sentences of a text ask something: the engagement question ending a good refusal
 * ("?", or Chinese "？"). Only the text after the last question mark is scanned: that "?" is in the last two sentences exactly when at most
 * one sentence break follows it (a break never spans a "?", so breaks after it are found from it).
 */
function endsWithQuestion(text) {
    const trimmed = text.trimEnd();
    const question = Math.max(trimmed.lastIndexOf("?"), trimmed.lastIndexOf("？"));
    if (question === -1)
        return false;
    SENTENCE_BREAK.lastIndex = question + 1;
    const firstBreak = SENTENCE_BREAK.exec(trimmed);
    if (firstBreak === null)
        return true; // a failed exec resets lastIndex
    // A break after 。！？ can be empty ("？好"): step past it, or the next exec would find it again.
    if (firstBreak[0] === "")
        SENTENCE_BREAK.lastIndex++;
    const secondBreak = SENTENCE_BREAK.exec(trimmed) !== null;
    SENTENCE_BREAK.lastIndex = 0;
    return !secondBreak;
}
/** Counts words by runs of non-space characters, without building an array of them. */
function countWords(text) {
    let words = 0;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const space = code === 32 || code === 10 || code === 9 || code === 13;
        if (!space && !inWord)
            words++;
        inWord = !space;
    }
    return words;
}
/** Trims, case-folds and collapses whitespace: the normal form for "the same text". */
function normaliseForComparison(text) {
    return comparisonForm(text.toLowerCase());
}
/**
 * `normaliseForComparison` of a text already case-folded with toLowerCase (the engine folds each text once
 * for every use). Trimming and case-folding commute: no whitespace character has a case, and none is one.
 */
function comparisonForm(folded) {
    const trimmed = folded.trim();
    // Most texts have single spaces only: test before rebuilding the string.
    return /[^\S ]| {2}/.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
}


/***/ }),

/***/ 880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ banding),
/* harmony export */   QC: () => (/* binding */ SignatureStore),
/* harmony export */   R2: () => (/* binding */ ASCII_WORD),
/* harmony export */   ZH: () => (/* binding */ isWideWordCode),
/* harmony export */   Zh: () => (/* binding */ FIELD_SEPARATOR),
/* harmony export */   gg: () => (/* binding */ forEachCandidate),
/* harmony export */   lh: () => (/* binding */ WORD_HASH_BASIS),
/* harmony export */   wS: () => (/* binding */ grow),
/* harmony export */   y9: () => (/* binding */ WORD_HASH_PRIME)
/* harmony export */ });
/* unused harmony exports BINS, signWords */
// MinHash signatures for near-duplicate texts, kept small: one byte per bin.
//
// Signatures use one-permutation hashing with optimal densification (Li, Owen & Zhang 2012; Shrivastava
// 2017): every shingle is hashed once and falls into one of BINS bins, each bin keeps its minimum, and
// empty bins borrow a filled bin's value along a fixed random probe sequence. That costs O(shingles + BINS)
// per text instead of O(shingles × BINS) for BINS independent permutations, with the same estimator.
// Each bin is then stored as its lowest 8 bits (b-bit minwise hashing, Li & König 2010): 128 bytes a text.
// Two texts agree on a bin with probability J + (1 − J)/256, which `estimateJaccard` corrects for.
const BINS = 128;
const BIN_SHIFT = 25; // 32 − log2(BINS): the top bits of a shingle's hash choose its bin
const VALUE_MASK = (1 << BIN_SHIFT) - 1;
const CHANCE = 1 / 256;
/** Marks a boundary between fields, so no shingle runs from the prompt into the response unnoticed. */
const FIELD_SEPARATOR = 0x5f3759df;
function mix(h) {
    // murmur3's finaliser: spreads every input bit over every output bit.
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
/** `mix` as a signed 32-bit integer: the same bits, kept in V8's small integers in the signing loops. */
function mixInt(h) {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return h ^ (h >>> 16);
}
/** For each bin, the order in which an empty bin probes the others: the same for every text. */
const PROBES = (() => {
    const probes = new Uint8Array(BINS * BINS);
    for (let bin = 0; bin < BINS; bin++) {
        for (let attempt = 0; attempt < BINS; attempt++)
            probes[bin * BINS + attempt] = mix(bin * 7919 + attempt * 104729 + 1) % BINS;
    }
    return probes;
})();
/**
 * A word is a run of word characters (ASCII_WORD, isWideWordCode); its hash is FNV-1a over its UTF-16 code
 * units: this basis, then each unit xored in and multiplied. Fields are hashed apart: FIELD_SEPARATOR between.
 */
const WORD_HASH_BASIS = 0x811c9dc5;
const WORD_HASH_PRIME = 0x01000193;
/** Which ASCII characters are word characters: letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
    ASCII_WORD[code] = /[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0;
}
/** Beyond ASCII, letters of every script are word characters; Latin-1 signs, punctuation blocks are not. */
function isWideWordCode(code) {
    return (code >= 0xc0 &&
        code !== 0xd7 &&
        code !== 0xf7 &&
        (code < 0x2000 || code > 0x2bff) &&
        (code < 0x3000 || code > 0x303f));
}
/**
 * Each bin's minimum while a text is signed. Signed 32-bit, with an empty bin above every value (values
 * have 25 bits): a Uint32Array's values above 2^31 are doubles to V8, and mixing them cost three times
 * what the rest of signing does.
 */
const bins = new Int32Array(BINS);
const EMPTY_BIN = 0x7fffffff;
/** The rolling hash's base: odd, with well-spread bits. */
const ROLL = 0x01000193;
/**
 * Writes the signature of the word sequence's `size`-word shingles into `out` at `offset` (BINS bytes).
 * A text shorter than one shingle is one shingle of all its words. Returns false for a text without words.
 */
function signWords(words, length, size, out, offset) {
    if (length === 0)
        return false;
    bins.fill(EMPTY_BIN);
    const shingles = Math.max(1, length - size + 1);
    const width = Math.min(size, length);
    // A polynomial rolling hash of the shingle's words (mod 2^32): each step adds a word and drops one.
    let lead = 1; // ROLL^(width − 1): the weight of the word that leaves next
    for (let j = 1; j < width; j++)
        lead = Math.imul(lead, ROLL);
    let rolling = 0;
    for (let j = 0; j < width; j++)
        rolling = (Math.imul(rolling, ROLL) + words[j]) | 0;
    for (let start = 0; start < shingles; start++) {
        if (start > 0) {
            rolling = (rolling - Math.imul(words[start - 1], lead)) | 0;
            rolling = (Math.imul(rolling, ROLL) + words[start + width - 1]) | 0;
        }
        const h = mixInt(rolling ^ width);
        const bin = h >>> BIN_SHIFT;
        const value = h & VALUE_MASK;
        if (value < bins[bin])
            bins[bin] = value;
    }
    for (let bin = 0; bin < BINS; bin++) {
        let value = bins[bin];
        if (value === EMPTY_BIN) {
            for (let attempt = 0; attempt < BINS; attempt++) {
                const other = bins[PROBES[bin * BINS + attempt]];
                if (other !== EMPTY_BIN) {
                    // Which attempt found it is part of the value, so a borrowed value differs from the original.
                    value = mixInt(other + attempt);
                    break;
                }
            }
            // No filled bin on the probe sequence (a text of a few shingles): the empty value's own bits, as before.
            if (value === EMPTY_BIN)
                value = -1;
        }
        out[offset + bin] = mixInt(value ^ bin) & 0xff;
    }
    return true;
}
/**
 * LSH banding for a threshold: `bands` × `rows` = BINS, with rows as large as keeps the S-curve's
 * midpoint (1/bands)^(1/rows) at least 0.05 under the threshold, so pairs at the threshold are found with
 * high probability (16 × 8 at 0.8: 93 %) while dissimilar pairs rarely meet.
 */
function banding(threshold) {
    for (const rows of [16, 8, 4, 2]) {
        const bands = BINS / rows;
        if ((1 / bands) ** (1 / rows) <= threshold - 0.05)
            return { bands, rows };
    }
    return { bands: BINS, rows: 1 };
}
/**
 * Texts per block of signatures: blocks of 512 KB are added as texts come, never copied or doubled. They are
 * SharedArrayBuffers, so another thread can read them without a copy (near-duplicate's banding, split by bands).
 */
const BLOCK_TEXTS = 4096;
const BLOCK_SHIFT = 12;
/**
 * The signatures of a dataset's texts, 128 bytes each in fixed blocks, with three numbers per text (its
 * file index, its line, and one 32-bit word for the caller: an exact hash). Never the texts themselves.
 */
class SignatureStore {
    count = 0;
    blocks = [];
    fileIndex = new Int32Array(1024);
    line = new Int32Array(1024);
    tag = new Uint32Array(1024);
    /** Signs the next text's words (see signWords) and keeps it; false, and nothing kept, for no words. */
    add(words, length, size, fileIndex, line, tag) {
        const slot = this.count;
        if (slot >> BLOCK_SHIFT === this.blocks.length)
            this.blocks.push(new Uint8Array(new SharedArrayBuffer(BLOCK_TEXTS * BINS)));
        const block = this.blocks[slot >> BLOCK_SHIFT];
        if (!signWords(words, length, size, block, (slot & (BLOCK_TEXTS - 1)) * BINS))
            return false;
        if (slot === this.line.length) {
            this.fileIndex = grow(this.fileIndex);
            this.line = grow(this.line);
            this.tag = grow(this.tag);
        }
        this.fileIndex[slot] = fileIndex;
        this.line[slot] = line;
        this.tag[slot] = tag;
        this.count++;
        return true;
    }
    /**
     * The signatures of another store's `count` texts, read in place from its blocks (as another thread receives
     * them): for comparing and banding only, without places or tags.
     */
    static over(blocks, count) {
        const store = new SignatureStore();
        store.blocks = blocks;
        store.count = count;
        return store;
    }
    /** The Jaccard similarity two texts' signatures estimate, corrected for chance agreement of 8-bit values. */
    jaccard(a, b) {
        const blockA = this.blocks[a >> BLOCK_SHIFT];
        const blockB = this.blocks[b >> BLOCK_SHIFT];
        const offsetA = (a & (BLOCK_TEXTS - 1)) * BINS;
        const offsetB = (b & (BLOCK_TEXTS - 1)) * BINS;
        let equal = 0;
        for (let i = 0; i < BINS; i++)
            if (blockA[offsetA + i] === blockB[offsetB + i])
                equal++;
        return Math.max(0, (equal / BINS - CHANCE) / (1 - CHANCE));
    }
    /**
     * `jaccard(a, b)` when it is at least `threshold`, else -1: stops comparing as soon as too many bins
     * differ for the estimate to reach the threshold (most candidate pairs fail within half the bins).
     */
    jaccardAtLeast(a, b, threshold) {
        const blockA = this.blocks[a >> BLOCK_SHIFT];
        const blockB = this.blocks[b >> BLOCK_SHIFT];
        const offsetA = (a & (BLOCK_TEXTS - 1)) * BINS;
        const offsetB = (b & (BLOCK_TEXTS - 1)) * BINS;
        // One bin of slack over the exact bound, so rounding never stops a pair that passes below.
        const allowed = BINS - Math.floor(BINS * (threshold * (1 - CHANCE) + CHANCE)) + 1;
        let differ = 0;
        for (let i = 0; i < BINS; i++) {
            if (blockA[offsetA + i] !== blockB[offsetB + i] && ++differ > allowed)
                return -1;
        }
        const jaccard = Math.max(0, ((BINS - differ) / BINS - CHANCE) / (1 - CHANCE));
        return jaccard >= threshold ? jaccard : -1;
    }
    /** A 32-bit key of one band of a text's signature. */
    bandKey(text, band, rows) {
        const block = this.blocks[text >> BLOCK_SHIFT];
        const from = (text & (BLOCK_TEXTS - 1)) * BINS + band * rows;
        let h = band + 1;
        for (let r = 0; r < rows; r++)
            h = Math.imul(h ^ block[from + r], 0x01000193);
        return mix(h);
    }
    /** `bandKey(text, band, rows)` of every text, in text order, into `keys`: block by block, without a call per text. */
    bandKeys(band, rows, keys) {
        const n = this.count;
        for (let first = 0; first < n; first += BLOCK_TEXTS) {
            const block = this.blocks[first >> BLOCK_SHIFT];
            const texts = Math.min(BLOCK_TEXTS, n - first);
            let from = band * rows;
            for (let t = 0; t < texts; t++, from += BINS) {
                let h = band + 1;
                for (let r = 0; r < rows; r++)
                    h = Math.imul(h ^ block[from + r], 0x01000193);
                keys[first + t] = mix(h);
            }
        }
    }
}
/** A typed array of twice the length holding the same values first. */
function grow(array) {
    const grown = new array.constructor(array.length * 2);
    grown.set(array);
    return grown;
}
/**
 * Calls `visit(earlier, later)` for pairs of texts that share a band, each later text with at most
 * `perGroup` earlier ones of each group (the earliest ones). Only the bands from `fromBand` up to (not
 * including) `toBand` when given: the candidates of each band do not depend on the others'. One band's
 * keys are held at a time (16 bytes a text), ordered by a radix sort of three 11-bit digits that moves
 * each key with its text: stable, so each group keeps the texts' order, linear, and with 2,048 buckets a
 * pass its writes stay in cache, where sorting a million float64 keys per band, or radix passes of 65,536
 * buckets, missed it at every step.
 */
function forEachCandidate(store, threshold, visit, perGroup = 8, fromBand = 0, toBand = banding(threshold).bands) {
    const { rows } = banding(threshold);
    const n = store.count;
    if (n < 2 || fromBand >= toBand)
        return;
    let keys = new Uint32Array(n);
    let texts = new Uint32Array(n);
    let sortedKeys = new Uint32Array(n);
    let sortedTexts = new Uint32Array(n);
    const counts = new Uint32Array(RADIX + 1);
    for (let band = fromBand; band < toBand; band++) {
        store.bandKeys(band, rows, keys);
        for (let i = 0; i < n; i++)
            texts[i] = i;
        for (let shift = 0; shift < 32; shift += RADIX_BITS) {
            counts.fill(0);
            for (let i = 0; i < n; i++) {
                const d = ((keys[i] >>> shift) & RADIX_MASK) + 1;
                counts[d] = counts[d] + 1;
            }
            for (let d = 1; d <= RADIX; d++)
                counts[d] = counts[d] + counts[d - 1];
            for (let i = 0; i < n; i++) {
                const key = keys[i];
                const d = (key >>> shift) & RADIX_MASK;
                const to = counts[d];
                counts[d] = to + 1;
                sortedKeys[to] = key;
                sortedTexts[to] = texts[i];
            }
            [keys, sortedKeys] = [sortedKeys, keys];
            [texts, sortedTexts] = [sortedTexts, texts];
        }
        let groupStart = 0;
        for (let k = 1; k <= n; k++) {
            if (k < n && keys[k] === keys[groupStart])
                continue;
            for (let later = groupStart + 1; later < k; later++) {
                const end = Math.min(later, groupStart + perGroup);
                const text = texts[later];
                for (let earlier = groupStart; earlier < end; earlier++)
                    visit(texts[earlier], text);
            }
            groupStart = k;
        }
    }
}
const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;
const RADIX_MASK = RADIX - 1;


/***/ }),

/***/ 48:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ni: () => (/* binding */ readRefusal),
/* harmony export */   vu: () => (/* binding */ isRefusal)
/* harmony export */ });
/* unused harmony exports refusalLanguage, looksEnglish */
// The one refusal classifier: every rule that asks "is this a refusal?" asks it here (the engine's refusal
// scope, rejected-is-refusal, refusal-in-chosen, chosen-complies and the chosen-* wording rules).
//
// It reads English and Chinese. A text in another script, or in a Latin-script language other than English,
// is "unread": the refusal-style rules stay silent on it rather than guess.
//
// A response is a refusal when one of its first sentences declines ("I can't help with that", "I'm not
// going to answer this", "我不能帮你做这件事") or deflects (pushes back on the request, feigns ignorance of it,
// says it is not its job), and nothing after that turns into doing what was asked ("If you do want to, …",
// "However, here is …", or a long answer). An apology, "As an AI …", a clarifying question or narrating its
// own steps is not a refusal by itself.
//
// Every pattern here runs on one sentence at a time, each cut to MAX_SENTENCE_CHARS, with bounded
// repetitions only: the work per text is bounded whatever the text holds (no quadratic backtracking).
/** How many leading sentences may hold the refusal: an acknowledgment or two often comes first. */
const OPENING_SENTENCES = 3;
/** Sentences are cut to this length before matching, so a pattern's work per sentence is bounded. */
const MAX_SENTENCE_CHARS = 400;
/** How much of a text is scanned, after a refusal, for whether an answer follows. */
const SCAN_CHARS = 3000;
/** How much of a text is scanned to tell its language: its opening is enough, and bounds the work. */
const LANGUAGE_SCAN_CHARS = 600;
/** After the refusal, this many more words with a list or code is an answer, not a refusal with an alternative. */
const ANSWER_WORDS_AFTER_REFUSAL = 150;
/** The same for Chinese, in Han characters. */
const ANSWER_HAN_AFTER_REFUSAL = 300;
/**
 * Which language the classifier reads a text as, told by its script: Han without kana is Chinese; Latin
 * letters with common English words among them are English. Anything else (Japanese, Korean, Cyrillic,
 * Arabic, Devanagari…, or Latin-script French or Spanish) is undefined. Works on raw or case-folded text.
 */
function refusalLanguage(text) {
    const end = Math.min(text.length, LANGUAGE_SCAN_CHARS);
    const opening = text.slice(0, end);
    // Most openings hold no letter of the scripts counted below besides Latin: then the counts can only say
    // "no letters at all" (no Latin letter either) or "Latin wins", and one regex scan, several times faster
    // than the counting loop, tells which (issue 18).
    if (!NON_LATIN_LETTER.test(opening)) {
        if (!LATIN_LETTER.test(opening))
            return "en";
        return looksEnglish(opening) ? "en" : undefined;
    }
    let latin = 0;
    let han = 0;
    let kanaOrHangul = 0;
    let other = 0;
    for (let i = 0; i < end; i++) {
        const c = text.charCodeAt(i);
        if ((c >= 97 && c <= 122) ||
            (c >= 65 && c <= 90) ||
            (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7))
            latin++;
        else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff))
            han++;
        else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff))
            kanaOrHangul++;
        else if (c >= 0x370 && c <= 0x1fff)
            other++;
    }
    // Weigh by words: a Latin word is about five letters, a Chinese word under two characters.
    const latinWords = latin / 5;
    const hanWords = han / 1.5;
    const otherWords = other / 5 + kanaOrHangul / 1.5;
    // No letters at all (a number, a formula): nothing in another language, and nothing that refuses.
    if (latin + han + kanaOrHangul + other === 0)
        return "en";
    if (otherWords > latinWords && otherWords > hanWords)
        return undefined;
    // Japanese writes Han with kana between: any real share of kana makes it Japanese, not Chinese.
    if (hanWords >= latinWords)
        return han > 0 && kanaOrHangul * 10 < han ? "zh" : undefined;
    if (latin === 0)
        return undefined;
    return looksEnglish(opening) ? "en" : undefined;
}
/**
 * A letter `refusalLanguage` counts as Han, kana or Hangul, or "other" (Greek to Georgian, U+0370–U+1FFF):
 * each range of its counting loop, as UTF-16 code units like the loop reads them (no `u` flag).
 */
const NON_LATIN_LETTER = /[\u0370-\u1fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
/** A letter `refusalLanguage` counts as Latin: a-z, A-Z, and U+00C0–U+024F but for × and ÷. */
const LATIN_LETTER = /[a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/;
/** Words frequent in any English text and rare in other Latin-script languages. */
const ENGLISH_WORDS = new Set("the and to of you i it is that this for with be are not can what your my we they have do was will if but about would there how their them he she his her our all one get has had were been more out up so just like when which who its than then also some any at by from or as here these those into over after before each every new time make help there's here's it's that's i'm you're don't can't won't should could".split(" "));
/** How many of a text's first words tell whether it reads as English. */
const ENGLISH_SCAN_WORDS = 60;
/** The share of those words that must be common English words for the text to read as English. */
const ENGLISH_SHARE = 0.1;
/**
 * This many common words settle the test before its 60th word: 6 of at most 60 words is a tenth whatever
 * words follow. English text reaches it within a dozen words, so the scan mostly stops there (issue 18).
 */
const COMMON_WORDS_ENOUGH = 6;
const APOSTROPHE = 39;
/** A word's hash while it is scanned (FNV-1a over its char codes): how `looksEnglish` finds it without slicing it. */
function wordHash(hash, code) {
    return Math.imul(hash ^ code, 0x01000193);
}
const WORD_HASH_START = 0x811c9dc5 | 0;
/**
 * ENGLISH_WORDS by their hash, each hash with the words that have it. Words with an apostrophe are left out:
 * a word is compared only up to its first apostrophe, so they never match.
 */
const ENGLISH_BY_HASH = (() => {
    const byHash = new Map();
    for (const word of ENGLISH_WORDS) {
        if (word.includes("'"))
            continue;
        let hash = WORD_HASH_START;
        for (let i = 0; i < word.length; i++)
            hash = wordHash(hash, word.charCodeAt(i));
        byHash.set(hash, [...(byHash.get(hash) ?? []), word]);
    }
    return byHash;
})();
/** Whether `text[start, end)` is one of ENGLISH_WORDS, given its hash: no string is built. */
function isCommonEnglish(text, start, end, hash) {
    const candidates = ENGLISH_BY_HASH.get(hash);
    if (candidates === undefined)
        return false;
    for (const word of candidates)
        if (word.length === end - start && text.startsWith(word, start))
            return true;
    return false;
}
/**
 * Whether a Latin-script text reads as English: a fair share of its first words (runs of a-z and
 * apostrophes) are common English words, each compared up to its first apostrophe ("it's" as "it"). One
 * scan that stops at the 60th word and builds no string per word: matching every word of the text and
 * editing each with a pattern cost a tenth of the whole check (issue 18). Exported for the test that holds it to that pattern's answers.
 */
function looksEnglish(text) {
    // Case-folded first: toLowerCase maps a few characters outside ASCII into a-z (the Kelvin sign to "k").
    const folded = text.toLowerCase();
    return foldedLooksEnglish(folded, folded.length);
}
/** `looksEnglish` of `folded.slice(0, end)`, a text toLowerCase leaves as it is. */
function foldedLooksEnglish(folded, end) {
    return (englishScan(folded, end) & SCAN_ENGLISH) !== 0;
}
/** What `englishScan` found, as bits: the text reads as English; a word held a letter a-z; it read to `end`. */
const SCAN_ENGLISH = 1;
const SCAN_LETTER = 2;
const SCAN_COMPLETE = 4;
/** The English test over `folded.slice(0, end)`, with what it saw on the way (SCAN_* bits). */
function englishScan(folded, end) {
    let letter = 0;
    let words = 0;
    let common = 0;
    let start = -1;
    let apostrophe = -1;
    let hash = WORD_HASH_START;
    let i = 0;
    for (; i <= end && words < ENGLISH_SCAN_WORDS && common < COMMON_WORDS_ENOUGH; i++) {
        const code = i < end ? folded.charCodeAt(i) : 0;
        if ((code >= 97 && code <= 122) || code === APOSTROPHE) {
            if (code !== APOSTROPHE)
                letter = SCAN_LETTER;
            if (start === -1) {
                start = i;
                hash = WORD_HASH_START;
            }
            if (code === APOSTROPHE && apostrophe === -1)
                apostrophe = i;
            if (apostrophe === -1)
                hash = wordHash(hash, code);
            continue;
        }
        if (start === -1)
            continue;
        words++;
        if (isCommonEnglish(folded, start, apostrophe === -1 ? i : apostrophe, hash))
            common++;
        start = -1;
        apostrophe = -1;
    }
    const complete = i > end ? SCAN_COMPLETE : 0;
    // "Sure.", "No way!": too short to tell, and short answers are English more often than not.
    const english = words <= 5 || common / words >= ENGLISH_SHARE ? SCAN_ENGLISH : 0;
    return english | letter | complete;
}
/**
 * `refusalLanguage` of case-folded text that holds only printable ASCII, tab and line breaks (the engine's
 * odd-character test tells which texts do: most). Its only letters are a-z, so no script need be counted:
 * the answer is the English test's, which reads only the opening's first 60 words, where the count read
 * all 600 characters. Null when that scan saw no letter before its 60th word: the count decides.
 */
function asciiRefusalLanguage(folded) {
    const scan = englishScan(folded, Math.min(folded.length, LANGUAGE_SCAN_CHARS));
    // A letter: refusalLanguage's Latin count is above zero, and only its English test is left.
    if (scan & SCAN_LETTER)
        return scan & SCAN_ENGLISH ? "en" : undefined;
    // No letter in the whole opening: "no letters at all", which reads as English.
    return scan & SCAN_COMPLETE ? "en" : null;
}
/**
 * Classifies a response, on text prepared by `matchText` (case-folded, apostrophes straightened): a refusal,
 * an answer, or unread (a language it does not read). `printableAscii`: the text holds nothing but printable
 * ASCII, tab and line breaks (CheckedExample.unusualTexts says so), which spares counting its scripts.
 */
function readRefusal(prepared, printableAscii = false) {
    if (prepared.trim() === "")
        return "answer";
    let language = printableAscii ? asciiRefusalLanguage(prepared) : null;
    if (language === null)
        language = refusalLanguage(prepared);
    if (language === undefined)
        return "unread";
    return language === "zh" ? readChinese(prepared) : readEnglish(prepared);
}
/** Whether a response reads as a refusal (in a language the classifier reads). */
function isRefusal(prepared, printableAscii = false) {
    return readRefusal(prepared, printableAscii) === "refusal";
}
// ---------------------------------------------------------------------------------------------------------
// English
/** First person, singular or plural ("we're not allowed to tell you that"). */
const WE = `(?:i|we)`;
/** Adverbs a "no" may carry: "I really can't", "I simply won't". */
const ADVERB = `(?:really |just |simply |honestly |definitely |absolutely |unfortunately |still |certainly |afraid i |sorry,? (?:but )?i )?`;
/** Saying no: "I can't", "I won't", "I'm not going to", "I'm not allowed to", "I refuse to"… */
const DECLINE = String.raw `\b(?:(?:${WE} ${ADVERB}(?:can't|cannot|can not|won't|will not|(?:wouldn't|would not) (?:feel comfortable|be comfortable|be able to)|must decline to|have to decline to|must refuse to|refuse to|decline to)|(?:i'm|i am|we're|we are) ${ADVERB}(?:unable to|not able to|not going to|not gonna|not allowed to|not permitted to|not willing to))|i (?:don't|do not) think i (?:can|should|could))`;
/** Words that may stand between the "no" and what is declined: "I can't really help", "I won't be able to assist". */
const FILLER = `(?:really|just|simply|actually|honestly|possibly|personally|directly|ethically|legally|responsibly|in good conscience|be able to|be|of|any|further|go ahead and|continue to|even)`;
/**
 * After a "no", what makes it no refusal: idioms ("I can't wait", "I can't help but", "I can't recommend it
 * enough", "I won't lie"), promises ("I won't tell anyone"), and doubt ("I can't be sure", "I can't tell if").
 */
const NOT_DECLINED = String.raw `(?:wait|believe|stress|emphasi[sz]e|overemphasi[sz]e|overstate|thank|imagine|resist|agree|help but|help it|help (?:thinking|wondering|feeling|noticing|laughing|smiling|myself|yourself)|recommend (?:[^\s.!?]+ ){0,6}enough|praise (?:[^\s.!?]+ ){0,6}enough|say (?:enough|for sure|for certain)|(?:be|say) (?:\w+ )?(?:sure|certain)|see (?:why|how)|remember|recall|guarantee|promise|speak for|express|get enough|tell (?:you )?(?:if|whether|for sure|for certain|exactly|how (?:much|many|happy|glad|grateful|sorry))|tell the difference|tell from|think of|figure|decide|know|feel|sure|certain|understand|follow|hear|make out|good|great|better|happy|surprised|offended|upset|succeed|fail|give up|be (?:late|there|home|back|around|available|long)|happen|live without|stand|get over|lie|judge|pretend|sugarcoat|sugar-coat|hold back|bore|waste|keep you|beat around|hesitate|forget|disappoint|let you down|tell anyone|share (?:\w+ ){0,3}with anyone|mind|complain|be long|take long|hurt to)\b`;
/** A refusal clause: the "no", up to three fillers, then anything but an idiom, or the end of the sentence ("I won't."). */
const REFUSAL_CLAUSE_SOURCE = String.raw `${DECLINE}(?: ${FILLER},?){0,3}(?: (?!${FILLER}\b)(?!${NOT_DECLINED})[a-z]|(?: do)?(?: that| this| it| so)?[,.!]?(?: i'm afraid| sorry)?[.!]*$)`;
const REFUSAL_CLAUSE = new RegExp(REFUSAL_CLAUSE_SOURCE);
/**
 * Refusals said without a "no + verb" clause: declining outright, being uncomfortable, "not something I
 * can", policy and programming, stopping.
 */
const REFUSAL_PHRASES = [
    String.raw `\b${WE} (?:must |have to |will have to |'ll have to |need to )?(?:respectfully |politely )?(?:decline|refuse)\b`,
    String.raw `\b${WE}(?:'d| would) (?:really |much |very much )?(?:rather|prefer) not\b`,
    String.raw `\bi (?:really |truly |only )?wish (?:i|we) could (?:help|assist|do|provide|give|say yes)\b`,
    String.raw `\b${WE} (?:really )?(?:don't|do not) want to (?:help|assist|answer|participate|be involved|be part|talk about|discuss|encourage|support|do (?:that|this|it)\b)`,
    String.raw `\b(?:i'm|i am|we're|we are) not (?:comfortable|ok|okay|cool|willing)\b`,
    String.raw `\b${WE} (?:don't|do not) feel comfortable\b`,
    String.raw `\b(?:that|this|it)(?:'s| is| would be)? not (?:something|a (?:request|question|topic|thing)) (?:i|we)(?:'m| am| would|'d)? (?:can|could|will|able|willing|comfortable|feel comfortable|going to|help|assist|answer|do|provide|want)\b`,
    String.raw `\b(?:not|n't|in) ?appropriate for me\b`,
    String.raw `\b(?:not|never) (?:appropriate|ethical|right|okay|ok|responsible) for (?:me|an ai|an assistant) to\b`,
    String.raw `(?<!not |n't )\bagainst (?:my|our) (?:programming|guidelines|principles|values|ethics|polic(?:y|ies)|rules)\b`,
    String.raw `\b(?:i'm|i am) not (?:programmed|designed|built|here) (?:to|for) (?:help|assist|do|provide|give|answer|crime|that|this|illegal|harm)`,
    String.raw `\b(?:an? )?(?:unsuitable|inappropriate) (?:question|request)\b`,
    String.raw `^\W*(?:request|access) denied\b`,
    String.raw `\b(?:i'm|i am) (?:going to|gonna) (?:stop|have to stop) (?:answering|responding|here|this)\b`,
    String.raw `\b(?:i'm|i am|we're|we are) not (?:prepared|ready|in a position) to (?:answer|offer|share|say|discuss|comment|give|provide|help|talk)\b`,
    String.raw `\bnot the (?:type|kind) of (?:information|question|thing|request) (?:i'm|i am|we're|we are) (?:prepared|able|willing|allowed)\b`,
    String.raw `\b${WE} (?:wouldn't|would not) (?:tell|help|give|share|assist|provide|do that)\b`,
];
const REFUSAL_PHRASE = new RegExp(REFUSAL_PHRASES.join("|"));
/**
 * The deflections of a hesitant assistant, which decline without saying no: "that isn't my specialty",
 * "it's not really my job", "I'm not a moral philosopher", "I do not think it is a good idea to steal",
 * "why don't you ask someone else". A deflection that goes on "…, but" is a disclaimer before an answer.
 */
const DEFLECTIONS = [
    String.raw `\b(?:that|this|it)(?:'s not| is not| isn't| wasn't| was not)(?: really| exactly| quite)? (?:my|our) (?:specialty|speciality|area|field|place|job|role|expertise|business|call)\b`,
    String.raw `\b(?:i'm|i am) not (?:a|an|your) (?:[a-z]+ ){0,2}(?:philosopher|expert|lawyer|doctor|therapist|authority|judge|person to ask)\b`,
    String.raw `\bi (?:do not|don't) (?:really )?think (?:it's|it is|that's|that is|this is|it would be|that would be) (?:a |the )?(?:good|great|wise|smart|nice|kind|okay|ok|appropriate|right) ?(?:idea|way|thing|plan)?\b`,
    String.raw `\bi (?:do not|don't) (?:really )?think (?:you|anyone|we) should (?!feel|worry|be (?:worried|ashamed|afraid|scared))`,
    String.raw `^\W*(?:it's|it is) (?:best|better|wiser|safer) (?:not to|to not|to avoid)\b`,
    String.raw `^\W*(?:how dare you|shame on you)\b`,
    String.raw `\b(?:it's|it is) (?:hard|difficult|not possible|impossible) for me to (?:say|answer|judge|tell|comment)\b`,
    String.raw `\bnot enough information (?:for me )?to (?:tell|answer|say|respond)\b`,
    String.raw `\b(?:i'm|i am) afraid (?:that )?(?:i|we) (?:don't|do not) (?:know|have)\b`,
    String.raw `^\W*(?:it's|it is) (?:wrong|unethical|immoral|not okay|not ok|not right) to\b`,
];
const DEFLECTION = new RegExp(DEFLECTIONS.join("|"));
/**
 * A redirect in place of an answer: "why don't you ask someone who…", "you might have better luck searching
 * online". In a short response it is all the response does; in a long one it is a closing tip.
 */
const REDIRECT = /\b(?:why don't you (?:ask|try|search|google|look)|you (?:might|may|could|should|can) (?:want to |try to |have better luck |try )?(?:ask(?:ing)? (?:someone|somebody|a friend|friends|another|others|elsewhere)|search(?:ing)? (?:online|the (?:web|internet)|for (?:it|that|a solution|this) online)|googl(?:e|ing))|i (?:would|'d) suggest (?:using|asking|searching|trying) (?:your favou?rite search|google|a search engine|someone else|somebody else)|have you tried (?:google|googling|searching))/;
/**
 * Feigned ignorance: a short response that opens with "I don't know." as a whole sentence and says nothing
 * more than a question back ("I don't know, but…" and "I don't know. It depends on…" go on to answer).
 */
const NON_ANSWER = /^\W*(?:(?:i (?:really |honestly )?(?:don't|do not) know|i (?:really |honestly )?have no idea|no idea)[.!]+(?:\s+[^.!?]*\?)*|why (?:would|do|did|are) you (?:want|need|wanna|trying|even want)[^.!?]*\?(?:\s+[^.!?]*\?)*)\s*$/;
/** What follows a deflection that is a disclaimer before an answer: "I'm not an expert on cars. But…". */
const DISCLAIMER_GOES_ON = /(?:^\W*|[,;:]\s*)(?:but|however|though|although|yet|that said|still)\b/;
/** A response of at most this many words can be nothing but a redirect. */
const SHORT_RESPONSE_WORDS = 60;
/**
 * After a refusal, a turn into doing what was asked: "If you do want to, …", "That said, here is…",
 * "However, here's how…". Turns toward something else ("here are some resources instead") are alternatives.
 */
const TURN_TO_ANSWER = /\b(?:if you (?:still|really|do|absolutely|insist|must)(?: want| need| wish| insist| have)?|that (?:being )?said,? (?:here|if you|you can|you could|the|one|some)|(?:but|however|nevertheless|nonetheless|anyway),? (?:here(?:'s| is| are)|if you (?:still|really|do|must))|(?:but|however),? (?:in general|generally|typically|usually|broadly)|here(?:'s| is) how (?:to|you)|(?:^|[.!?:]\s+)here(?:'s| is| are) (?:a|an|the|some|my|your)|below (?:is|are) (?:a|an|the|some))\b(?!(?: [a-z']+){0,5} (?:resources?|alternatives?|options?|hotlines?|organi[sz]ations?|services?|professionals?|instead|safer|legal|legitimate|other|things i can|ways i can|what i can)\b)/;
/** Where an English sentence ends: . ! ? … or a line break, past closing quotes and brackets. */
const SENTENCE_END = /[.!?…]{1,8}["'”’)\]]{0,4}(?=\s|$)|\n+/g;
/**
 * Whether any of the three sentence patterns matches a sentence: their union, as one regex. Most sentences
 * match none, and this one scan costs about a third of the three (issue 18); a sentence it matches is read
 * again pattern by pattern, for which matched and where.
 */
const ANY_SENTENCE_PATTERN = unionOfAlternatives([REFUSAL_CLAUSE_SOURCE, ...REFUSAL_PHRASES, ...DEFLECTIONS]);
/**
 * The union of regex alternatives, each starting at a word (`\b…`, or a lookbehind and `\b…`) or at the
 * text's start (`^\W*…`), as one regex for `test`: `\bA|\bB` is `\b(?:A|B)` and `^\W*A|^\W*B` is
 * `^\W*(?:A|B)`, and a lookbehind before a `\b` tests the same position after it. Testing `\b` once per
 * position rather than once per alternative is what makes the union cheap.
 */
function unionOfAlternatives(alternatives) {
    const atWord = [];
    const atStart = [];
    for (const alternative of alternatives) {
        if (hasTopLevelBar(alternative))
            throw new Error(`not one alternative: ${alternative}`);
        const lookbehindsThenWord = /^((?:\(\?<!(?:[^()\\]|\\.)*\))*)\\b/.exec(alternative);
        if (lookbehindsThenWord)
            atWord.push(`${lookbehindsThenWord[1]}${alternative.slice(lookbehindsThenWord[0].length)}`);
        else if (alternative.startsWith(String.raw `^\W*`))
            atStart.push(alternative.slice(String.raw `^\W*`.length));
        else
            throw new Error(`starts neither at a word nor at the text's start: ${alternative}`);
    }
    return new RegExp(String.raw `\b(?:${atWord.join("|")})|^\W*(?:${atStart.join("|")})`);
}
/** Whether a regex source has a `|` outside every group and character class: it is more than one alternative. */
function hasTopLevelBar(source) {
    let depth = 0;
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === "\\")
            i++;
        else if (inClass)
            inClass = c !== "]";
        else if (c === "[")
            inClass = true;
        else if (c === "(")
            depth++;
        else if (c === ")")
            depth--;
        else if (c === "|" && depth === 0)
            return true;
    }
    return false;
}
function readEnglish(prepared) {
    // The first OPENING_SENTENCES sentences that are not blank, each cut to MAX_SENTENCE_CHARS; no sentence
    // starts at or past SCAN_CHARS.
    let sentences = 0;
    let start = 0;
    SENTENCE_END.lastIndex = 0;
    while (sentences < OPENING_SENTENCES && start < prepared.length) {
        const found = SENTENCE_END.exec(prepared);
        const end = found ? found.index + found[0].length : prepared.length;
        const sentence = prepared.slice(start, Math.min(end, start + MAX_SENTENCE_CHARS)).trim();
        if (sentence !== "") {
            sentences++;
            const reading = ANY_SENTENCE_PATTERN.test(sentence) ? readSentence(prepared, sentence, end) : undefined;
            if (reading !== undefined) {
                SENTENCE_END.lastIndex = 0;
                return reading;
            }
        }
        start = end;
        if (!found || start >= SCAN_CHARS)
            break;
    }
    SENTENCE_END.lastIndex = 0;
    if (wordsAtLeast(prepared, SHORT_RESPONSE_WORDS + 1))
        return "answer";
    if (REDIRECT.test(prepared) || NON_ANSWER.test(prepared))
        return "refusal";
    return "answer";
}
/**
 * The reading an opening sentence settles (it ends at `end` in `prepared`), or undefined when it declines
 * nothing, or deflects and goes on to a disclaimer: the next sentence decides.
 */
function readSentence(prepared, sentence, end) {
    const clause = REFUSAL_CLAUSE.exec(sentence) ?? REFUSAL_PHRASE.exec(sentence);
    const deflection = clause ? null : DEFLECTION.exec(sentence);
    const match = clause ?? deflection;
    if (!match)
        return undefined;
    // What follows the refusal, in this sentence and after it, decides whether the response answers anyway.
    const after = sentence.slice(match.index + match[0].length);
    if (deflection &&
        (DISCLAIMER_GOES_ON.test(after) || DISCLAIMER_GOES_ON.test(prepared.slice(end, end + 40))))
        return undefined;
    const rest = `${after} ${prepared.slice(end, end + SCAN_CHARS)}`;
    return answersAfterRefusing(rest) ? "answer" : "refusal";
}
/**
 * Whether the text after a refusal does what was asked: turns to it, or goes on at length with a list or
 * code (a long refusal explains in prose; chosen-overlong is its finding).
 */
function answersAfterRefusing(rest) {
    return TURN_TO_ANSWER.test(rest) || (wordsAtLeast(rest, ANSWER_WORDS_AFTER_REFUSAL) && hasListOrCode(rest));
}
/** A line that starts a list item: "1.", "2)", "-", "*", "•". */
const LIST_ITEM = /(?:^|\n)[ \t]{0,8}(?:\d{1,3}[.)]|[-*•])[ \t]/g;
/** Whether a text holds a code block or a list of at least three items. */
function hasListOrCode(text) {
    if (text.includes("```"))
        return true;
    let items = 0;
    LIST_ITEM.lastIndex = 0;
    while (items < 3 && LIST_ITEM.exec(text) !== null)
        items++;
    LIST_ITEM.lastIndex = 0;
    return items >= 3;
}
/** Whether a text has at least `limit` words, counting no further than that. */
function wordsAtLeast(text, limit) {
    // Words stand a space apart: fewer than 2 × limit − 1 characters cannot hold `limit` of them, and most
    // texts it is asked about are that short (issue 18).
    if (text.length < 2 * limit - 1)
        return false;
    let words = 0;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const space = code === 32 || code === 10 || code === 9 || code === 13;
        if (!space && !inWord && ++words >= limit)
            return true;
        inWord = !space;
    }
    return false;
}
// ---------------------------------------------------------------------------------------------------------
// Chinese
/**
 * A Chinese refusal: the speaker (我, or an apology standing for it) says it cannot, will not or may not
 * help, provide, answer…: "抱歉，我不能帮你做这件事", "对不起，我无法提供这类信息". Nothing between the
 * speaker and the verb may be a comma, a sentence end or another person ("我觉得你不能给他…" is advice).
 */
const CHINESE_REFUSAL = new RegExp([
    String.raw `(?:我|本人|(?:很|非常|十分)?(?:抱歉|对不起|不好意思)[，,]?\s*|恕)[^，,。！？!?；;\n你您他她它]{0,6}?(?:不能|无法|不可以|不可|没办法|没有办法|不会|不便|不方便|不予|不愿|不想|拒绝)[^，,。！？!?；;\n]{0,6}?(?:帮|协助|提供|回答|答复|解答|满足|参与|做|给|告诉|透露|泄露|编写|写|生成|创作|支持|执行|处理|完成|讨论|教|分享|推荐|评论|回复|从事|鼓励|宣扬|传播|这样做|那样做)`,
    `我(?:必须|只能|不得不|只好)?(?:拒绝|婉拒|谢绝)`,
    String.raw `(?:这个|这类|这种|此类|该|你的|您的)(?:请求|问题|要求)[^，,。！？!?；;\n]{0,10}?(?:违反|违背|不符合|不适合|不合适|不恰当)`,
    `无可奉告`,
].join("|"));
/** After a Chinese refusal, a turn into doing what was asked anyway: "不过，以下是…", "如果你一定要…". */
const CHINESE_TURN_TO_ANSWER = /(?:不过|但是|但|然而)[，,]?\s*(?:以下是|下面是|这里是)|如果(?:你|您)(?:一定|坚持|确实|非要)要/;
/** Where a Chinese sentence ends. */
const CHINESE_SENTENCE_END = /[。！？!?…]{1,8}[”’」』)）]{0,4}|\n+/g;
function readChinese(prepared) {
    let start = 0;
    CHINESE_SENTENCE_END.lastIndex = 0;
    for (let n = 0; n < OPENING_SENTENCES && start < prepared.length; n++) {
        const match = CHINESE_SENTENCE_END.exec(prepared);
        const end = match ? match.index + match[0].length : prepared.length;
        const sentence = prepared.slice(start, Math.min(end, start + MAX_SENTENCE_CHARS));
        const clause = CHINESE_REFUSAL.exec(sentence);
        if (clause) {
            CHINESE_SENTENCE_END.lastIndex = 0;
            const rest = `${sentence.slice(clause.index + clause[0].length)}${prepared.slice(end, end + SCAN_CHARS)}`;
            return CHINESE_TURN_TO_ANSWER.test(rest) || hanAtLeast(rest, ANSWER_HAN_AFTER_REFUSAL)
                ? "answer"
                : "refusal";
        }
        start = end;
        if (!match)
            break;
    }
    CHINESE_SENTENCE_END.lastIndex = 0;
    return "answer";
}
/** Whether a text has at least `limit` Han characters, counting no further than that. */
function hanAtLeast(text, limit) {
    let han = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x4e00 && c <= 0x9fff && ++han >= limit)
            return true;
    }
    return false;
}


/***/ }),

/***/ 718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  GZ: () => (/* binding */ FILE_LEVEL_RULES),
  y0: () => (/* binding */ RULES),
  kF: () => (/* binding */ RULES_BY_ID)
});

// UNUSED EXPORTS: GATE_RULES

;// CONCATENATED MODULE: ./.tmp/bundle-js/model/share.js
// How a category's share and target band are written, in findings and in every report.
/** A share as people write it: 0.1733 → "17.3 %", 0.2 → "20 %". */
function percent(share) {
    return `${percentNumber(share)} %`;
}
/** A target band: "25–35 %"; "—" when the category has none. */
function percentBand(min, max) {
    if (min === undefined && max === undefined)
        return "—";
    return `${percentNumber(min ?? 0)}–${percentNumber(max ?? 1)} %`;
}
function percentNumber(share) {
    return (share * 100).toFixed(1).replace(/\.0$/, "");
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __nccwpck_require__(816);
;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/rule.js

const NO_OPTIONS = schemas/* object */.Ikc({}).strict();
/**
 * Declares a rule with its option types inferred, and its id and kind kept as literal types (the registry
 * derives ReaderRuleId from them).
 */
function defineRule(rule) {
    return rule;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/category-distribution.js


const categoryDistribution = defineRule({
    id: "category-distribution",
    description: "A category's share of the dataset is outside its target band.",
    advice: "Add examples to the categories under their band (the report says how many), so the model sees every kind of harmful request in proportion.",
    defaultSeverity: "error",
    kind: "dataset",
    scope: "dataset",
    gate: true,
    stateful: true,
    options: NO_OPTIONS,
    create: (context) => ({
        end(result) {
            // With no categorised example there is no distribution to judge: missing-category says so.
            if (result.categorised === 0)
                return;
            for (const category of result.distribution) {
                if (category.ok)
                    continue;
                const band = percentBand(category.min, category.max);
                const fix = category.needed > 0
                    ? `add ${category.needed} ${category.name} example${category.needed === 1 ? "" : "s"}`
                    : `${category.excess} over: remove ${category.excess} or add examples of other categories`;
                context.reportDataset({
                    key: category.name,
                    message: `${category.name} is ${percent(category.share)} (${category.count} of ${result.categorised}), outside its target ${band}: ${fix}`,
                });
            }
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/excerpt.js
/** How much of a text a finding quotes: enough to recognise it, bounded so reports stay small. */
const EXCERPT_CHARS = 120;
/** A bounded piece of `text` around `index` (the start of what fired), with ellipses where it was cut. */
function excerptAt(text, index = 0, length = EXCERPT_CHARS) {
    const start = Math.max(0, Math.min(index - 30, text.length - length));
    const end = Math.min(text.length, start + length);
    return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}
/** A value from the data quoted inside a message, bounded so a hostile value cannot bloat the report. */
function quoted(value, max = 60) {
    return `"${value.length > max ? `${value.slice(0, max)}…` : value}"`;
}

// EXTERNAL MODULE: ./.tmp/bundle-js/rules/language.js
var language = __nccwpck_require__(476);
;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/chosen-apologetic.js



const chosenApologetic = defineRule({
    id: "chosen-apologetic",
    description: 'Chosen over-apologises ("I\'m so sorry, I really wish I could help").',
    advice: "Drop the apologies and state the boundary plainly and warmly: sounding sorry invites pushback.",
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    refusalScope: true,
    options: NO_OPTIONS,
    create: (context) => ({
        example(example) {
            // A chosen that does not refuse is chosen-complies's finding, not a badly worded refusal.
            if (example.chosen === undefined || example.chosenReading !== "refusal")
                return;
            const text = example.chosenMatchText;
            const match = language/* APOLOGETIC */.gv.exec(text);
            const apologies = match ? 0 : (text.match(language/* APOLOGY */.k$)?.length ?? 0);
            if (!match && apologies < 2)
                return;
            context.report(example, {
                field: "chosen",
                message: match ? `chosen over-apologises ("${match[0]}")` : `chosen apologises ${apologies} times`,
                excerpt: excerptAt(example.chosen, match?.index ?? text.search(language/* APOLOGY */.k$)),
            });
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/chosen-complies.js


const chosenComplies = defineRule({
    id: "chosen-complies",
    description: "Chosen answers a request of a category that expects a refusal (`refusal: true`, such as the seed's harm categories) instead of refusing it.",
    advice: "Prefer a graceful refusal for a harmful request: acknowledge it, say what you can't help with and why, offer an alternative and ask a question. If the request is legitimate, move it to a category with `refusal: false` (such as `edge_cases`).",
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    refusalScope: true,
    options: NO_OPTIONS,
    create: (context) => ({
        example(example) {
            // In refusal scope without a category means chosen refuses; "unread" (a language the classifier does
            // not read) says nothing either way.
            if (example.category === undefined || example.chosen === undefined)
                return;
            if (example.chosenReading !== "answer" || example.chosen.trim() === "")
                return;
            context.report(example, {
                field: "chosen",
                message: `chosen answers a ${example.category} request instead of refusing it`,
                excerpt: excerptAt(example.chosen),
            });
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/chosen-lecturing.js



const chosenLecturing = defineRule({
    id: "chosen-lecturing",
    description: 'Chosen moralises ("you should", "you must", "it\'s wrong", "how dare", and the like).',
    advice: 'State the boundary and a brief reason without judging the user: "I can\'t help with tracking someone without their consent, but I can help you…"',
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    refusalScope: true,
    options: NO_OPTIONS,
    create: (context) => ({
        example(example) {
            // A chosen that does not refuse is chosen-complies's finding, not a badly worded refusal.
            if (example.chosenReading !== "refusal")
                return;
            const match = language/* LECTURING */.y9.exec(example.chosenMatchText);
            if (!match || example.chosen === undefined)
                return;
            context.report(example, {
                field: "chosen",
                message: `chosen lectures the user ("${match[0]}")`,
                excerpt: excerptAt(example.chosen, match.index),
            });
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/chosen-no-alternative.js



const chosenNoAlternative = defineRule({
    id: "chosen-no-alternative",
    description: "Chosen offers nothing the assistant can do instead.",
    advice: 'Offer what you can do: "I can help you document the issue, draft a formal complaint, or …" keeps the refusal useful.',
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    refusalScope: true,
    options: NO_OPTIONS,
    create: (context) => ({
        example(example) {
            // Only a refusal can lack an alternative: a chosen that answers offers the answer itself.
            if (example.chosen === undefined || example.chosenReading !== "refusal")
                return;
            if (language/* ALTERNATIVE */.E$.test(example.chosenMatchText))
                return;
            context.report(example, {
                field: "chosen",
                message: "chosen refuses without offering an alternative",
                excerpt: excerptAt(example.chosen),
            });
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/chosen-no-question.js



const chosenNoQuestion = defineRule({
    id: "chosen-no-question",
    description: "Chosen ends the conversation without an engagement question.",
    advice: 'End with a question that invites the user back: "What are you trying to accomplish?"',
    defaultSeverity: "notice",
    kind: "example",
    scope: "record",
    refusalScope: true,
    options: NO_OPTIONS,
    create: (context) => ({
        example(example) {
            // A chosen that does not refuse is chosen-complies's finding, not a badly worded refusal.
            if (example.chosen === undefined || example.chosenReading !== "refusal")
                return;
            if ((0,language/* endsWithQuestion */.hD)(example.chosen))
                return;
            context.report(example, {
                field: "chosen",
                message: "chosen ends without an engagement question",
                excerpt: excerptAt(example.chosen, example.chosen.length),
            });
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/chosen-overlong.js



const chosenOverlong = defineRule({
    id: "chosen-overlong",
    description: "Chosen overexplains: more than `words` words (default 250).",
    advice: "Keep a refusal to a few sentences: acknowledgment, boundary, brief reason, alternative, question.",
    defaultSeverity: "notice",
    kind: "example",
    scope: "record",
    refusalScope: true,
    options: schemas/* object */.Ikc({ words: schemas/* number */.aig().int().min(1).default(250) }).strict(),
    create: (context) => ({
        example(example) {
            // A long answer is no overlong refusal: a chosen that does not refuse is chosen-complies's finding.
            if (example.chosen === undefined || example.chosenReading !== "refusal")
                return;
            // n characters hold at most ⌈n/2⌉ words: most responses are too short to need counting.
            if (example.chosen.length <= 2 * context.options.words)
                return;
            const words = (0,language/* countWords */.rj)(example.chosen);
            if (words <= context.options.words)
                return;
            context.report(example, {
                field: "chosen",
                message: `chosen has ${words} words, over the limit of ${context.options.words}`,
            });
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/chosen-robotic.js



const chosenRobotic = defineRule({
    id: "chosen-robotic",
    description: 'Chosen is a cold policy denial ("Request denied. This violates policy.").',
    advice: "Speak as the assistant, not a policy engine: acknowledge the request, say what you can't do and why, in plain words.",
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    refusalScope: true,
    options: NO_OPTIONS,
    create: (context) => ({
        example(example) {
            // A chosen that does not refuse is chosen-complies's finding, not a badly worded refusal.
            if (example.chosenReading !== "refusal")
                return;
            const match = language/* ROBOTIC */.t5.exec(example.chosenMatchText);
            if (!match || example.chosen === undefined)
                return;
            context.report(example, {
                field: "chosen",
                message: `chosen sounds robotic ("${match[0]}")`,
                excerpt: excerptAt(example.chosen, match.index),
            });
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/text-length.js
// How long a response is, fairly across scripts: a Chinese, Japanese or Korean character carries about as much
// as three Latin letters, so counting each as one held CJK answers to an English-sized minimum.
//
// The weight is measured on the real fixtures: compressed to their information content, MedicalGPT's Chinese
// responses take 2.9 to 3.5 times the bits per character of as many characters of the English responses
// (hh-rlhf, dpo_en_demo; 30,721 characters each: lzma 2.9, bzip2 3.0, zlib 3.1, brotli 3.5). The top of that
// range is taken: a complete one-sentence Chinese answer ("这本书讲的是一个关于友谊的故事。", 16 characters)
// then counts 56 and passes the default minimum of 50; at 3 it would count 48 and fail it.
/** What one CJK character counts for, in Latin characters. */
const CJK_WEIGHT = 3.5;
/**
 * Whether a code point is of a script written without spaces in dense characters: Han (and its extensions and
 * compatibility ideographs), kana, Hangul, CJK punctuation (。，、) and the fullwidth forms (！？：).
 */
function isCjk(code) {
    return ((code >= 0x4e00 && code <= 0x9fff) ||
        (code >= 0x3400 && code <= 0x4dbf) ||
        (code >= 0x20000 && code <= 0x3134f) ||
        (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0x3000 && code <= 0x30ff) ||
        (code >= 0x31f0 && code <= 0x31ff) ||
        (code >= 0x1100 && code <= 0x11ff) ||
        (code >= 0x3130 && code <= 0x318f) ||
        (code >= 0xac00 && code <= 0xd7af) ||
        (code >= 0xff00 && code <= 0xffef));
}
/** A text's length in characters, each CJK character counting CJK_WEIGHT; and how many were CJK. */
function weightedLength(text) {
    let characters = 0;
    let cjk = 0;
    for (const character of text) {
        characters++;
        if (isCjk(character.codePointAt(0) ?? 0))
            cjk++;
    }
    return { length: characters + (CJK_WEIGHT - 1) * cjk, characters, cjk };
}
/** "12 characters", or "12 characters (42 counting each CJK character as 3.5)" when some are CJK. */
function describeLength(measured) {
    const base = `${measured.characters} ${measured.characters === 1 ? "character" : "characters"}`;
    return measured.cjk === 0
        ? base
        : `${base} (${measured.length} counting each CJK character as ${CJK_WEIGHT})`;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/chosen-too-short.js




const chosenTooShort = defineRule({
    id: "chosen-too-short",
    description: "Chosen is shorter than `min-chars` (default 50) after trimming; a Chinese, Japanese or Korean character counts as 3.5.",
    advice: "Write a complete response: a one-liner gives the pair too little contrast to learn from.",
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    options: schemas/* object */.Ikc({ "min-chars": schemas/* number */.aig().int().min(1).default(50) }).strict(),
    create: (context) => ({
        example(example) {
            const text = example.chosen?.trim();
            const min = context.options["min-chars"];
            // Absent or empty responses are other rules' findings (missing-field, empty-response). A text of twice
            // the minimum in UTF-16 units has at least the minimum in characters: no need to count.
            if (!text || text.length >= 2 * min)
                return;
            const measured = weightedLength(text);
            if (measured.length >= min)
                return;
            context.report(example, {
                field: "chosen",
                message: `chosen has ${describeLength(measured)}, under the minimum of ${min}`,
                excerpt: excerptAt(text),
            });
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/chosen-vague.js



const chosenVague = defineRule({
    id: "chosen-vague",
    description: 'Chosen refuses without saying what ("I can\'t help with that kind of thing"), nor naming what the prompt asked about.',
    advice: "Name the boundary: \"I can't help create tasks for monitoring someone's movements\" tells the user what is off limits and what is not.",
    defaultSeverity: "notice",
    kind: "example",
    scope: "record",
    refusalScope: true,
    options: NO_OPTIONS,
    create: (context) => ({
        example(example) {
            if (example.chosen === undefined || example.chosenReading !== "refusal")
                return;
            // Vague only when every refusal clause is: one concrete "I can't create tasks for tracking…" is enough.
            if (!(0,language/* refusesOnlyVaguely */.Dk)(example.chosenMatchText))
                return;
            // "I can't help with that. Tracking your neighbor…" names the subject in the next sentence.
            if ((0,language/* mentionsPromptSubject */.Kg)((0,language/* matchText */.H1)(example.prompt), example.chosenMatchText))
                return;
            context.report(example, {
                field: "chosen",
                message: "chosen refuses without saying what it refuses",
                excerpt: excerptAt(example.chosen, example.chosenMatchText.search(/\bi (?:can't|cannot|can not|won't|will not|am|'m)/)),
            });
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/context-mismatch.js

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
const contextMismatch = defineRule({
    id: "context-mismatch",
    description: "The two sides of a pair (transcripts or message lists) differ before their last assistant turn.",
    advice: "Make chosen and rejected share every turn but the last, so the pair compares two answers to one prompt.",
    defaultSeverity: "warning",
    kind: "reader",
    scope: "record",
    options: NO_OPTIONS,
});

// EXTERNAL MODULE: ./.tmp/bundle-js/rules/text-fields.js
var text_fields = __nccwpck_require__(915);
;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/mojibake.js



// Mojibake: UTF-8 bytes decoded as Windows-1252 or Latin-1 ("’" → "â€™", "é" → "Ã©"). A candidate is a
// lead character of a multi-byte UTF-8 sequence followed by continuation characters; it counts only when
// its bytes really decode as UTF-8 to a character of the scripts such text comes from, so "São", "naïve"
// or "Straße…" never fire.
/** Windows-1252's characters for the bytes 0x80–0x9F (undefined bytes map to the C1 control of that value). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const BYTE_OF = new Map();
for (let i = 0; i < 32; i++) {
    BYTE_OF.set(CP1252_HIGH[i], 0x80 + i);
    BYTE_OF.set(String.fromCharCode(0x80 + i), 0x80 + i); // Latin-1's C1 controls
}
for (let code = 0xa0; code <= 0xff; code++)
    BYTE_OF.set(String.fromCharCode(code), code);
const CONTINUATION = `[\\u0080-\\u00bf${CP1252_HIGH.replace(/[\u0080-\u009f]/g, "")}]`;
const CANDIDATE = new RegExp(`[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`, "g");
/** Any character that can start a candidate: a fast test before the pattern. */
const LEAD = /[\u00c2-\u00f4]/;
const decoder = new TextDecoder("utf-8", { fatal: true });
/**
 * Repairs already worked out, by sequence: a garbled text repeats a few sequences thousands of times, and
 * decoding each again made a megabyte of "Ã©" take seconds. Sequences are at most four characters from a
 * small alphabet; the cache stops growing at its cap.
 */
const REPAIRS = new Map();
const MAX_REPAIRS = 4096;
function cachedRepair(sequence) {
    if (REPAIRS.has(sequence))
        return REPAIRS.get(sequence);
    const repaired = repairMojibake(sequence);
    if (REPAIRS.size < MAX_REPAIRS)
        REPAIRS.set(sequence, repaired);
    return repaired;
}
/** What the sequence was before it was garbled, or undefined when it is not mojibake. */
function repairMojibake(sequence) {
    const bytes = new Uint8Array(sequence.length);
    for (let i = 0; i < sequence.length; i++) {
        const byte = BYTE_OF.get(sequence[i]);
        if (byte === undefined)
            return undefined;
        bytes[i] = byte;
    }
    let decoded;
    try {
        decoded = decoder.decode(bytes);
    }
    catch {
        return undefined;
    }
    const code = decoded.codePointAt(0) ?? 0;
    // Latin, Greek, Cyrillic, general punctuation, currency, letterlike symbols, the replacement character.
    const plausible = (code >= 0x80 && code <= 0x24f) ||
        (code >= 0x370 && code <= 0x4ff) ||
        (code >= 0x2000 && code <= 0x214f) ||
        code === 0xfffd;
    return plausible ? decoded : undefined;
}
/** The text's mojibake sequences, in order (none when it has no character that can start one). */
function* garbledSequences(text) {
    if (!LEAD.test(text))
        return;
    for (const match of text.matchAll(CANDIDATE)) {
        const repaired = cachedRepair(match[0]);
        if (repaired !== undefined)
            yield { index: match.index, sequence: match[0], repaired };
    }
}
const mojibake = defineRule({
    id: "mojibake",
    description: 'A text holds UTF-8 decoded as Windows-1252 or Latin-1 ("â€™" for "’", "Ã©" for "é").',
    advice: "Re-decode the source as UTF-8 (or repair it, e.g. with ftfy) before exporting: the model learns the garbled characters as text.",
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    options: NO_OPTIONS,
    create: (context) => ({
        example(example) {
            for (const [field, text] of (0,text_fields/* unusualTextFields */.Kv)(example)) {
                let first;
                let found = 0;
                for (const garbled of garbledSequences(text)) {
                    found++;
                    first ??= garbled;
                }
                if (!first)
                    continue;
                context.report(example, {
                    field,
                    message: `${field} has mojibake at character ${first.index + 1}: ${quoted(first.sequence)} is ${quoted(first.repaired)} decoded as Windows-1252 (${(0,text_fields/* count */.U9)(found, "garbled sequence")})`,
                    excerpt: excerptAt(text, first.index),
                });
            }
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/control-chars.js




/** C0 controls but tab, line feed and carriage return; DEL; the C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
function isControl(code) {
    return code <= 0x1f ? code !== 9 && code !== 10 && code !== 13 : code >= 0x7f && code <= 0x9f;
}
/**
 * The text's control characters, but those inside a mojibake sequence: UTF-8 read as Latin-1 turns "—" into
 * "â\u0080\u0094", whose C1 controls are mojibake's finding (one defect, one finding). Returns the first's
 * position and how many there are.
 */
function controlsOutsideMojibake(text) {
    CONTROL.lastIndex = 0;
    const firstMatch = CONTROL.exec(text);
    if (!firstMatch)
        return undefined;
    const garbled = /[\u0080-\u009f]/.test(text) ? [...garbledSequences(text)] : [];
    let first = -1;
    let count = 0;
    let next = 0; // garbled[next] is the first sequence not ending before i
    for (let i = firstMatch.index; i < text.length; i++) {
        if (!isControl(text.charCodeAt(i)))
            continue;
        let sequence = garbled[next];
        while (sequence !== undefined && sequence.index + sequence.sequence.length <= i)
            sequence = garbled[++next];
        if (sequence !== undefined && sequence.index <= i)
            continue;
        if (first === -1)
            first = i;
        count++;
    }
    return first === -1 ? undefined : { first, count };
}
const controlChars = defineRule({
    id: "control-chars",
    description: "A text holds control characters (C0 but tab and line breaks, DEL, C1): debris of a binary or a terminal.",
    advice: "Strip them at export: they are invisible in most editors, break tokenisers' normalisation, and an escape sequence can repaint a reviewer's terminal.",
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    options: NO_OPTIONS,
    create: (context) => ({
        example(example) {
            for (const [field, text] of (0,text_fields/* unusualTextFields */.Kv)(example)) {
                const found = controlsOutsideMojibake(text);
                if (!found)
                    continue;
                const code = text.charCodeAt(found.first).toString(16).toUpperCase().padStart(4, "0");
                context.report(example, {
                    field,
                    message: `${field} holds U+${code} at character ${found.first + 1} (${(0,text_fields/* count */.U9)(found.count, "control character")})`,
                    excerpt: excerptAt(text, found.first),
                });
            }
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/corrupt-file.js

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
const corruptFile = defineRule({
    id: "corrupt-file",
    description: "The file cannot be read to its end (a truncated or corrupt gzip stream).",
    advice: "Re-create or re-upload the file; the examples after the damage were not checked.",
    defaultSeverity: "error",
    kind: "reader",
    scope: "file",
    options: NO_OPTIONS,
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/decompressed-too-large.js

/**
 * Reported when a compressed file inflates past `limits.max-decompressed-bytes`. Its own rule rather than
 * corrupt-file: the file is not damaged (a gzip bomb is valid gzip), and the fix differs — raise the cap
 * for a real dataset that large, or remove the file.
 */
const decompressedTooLarge = defineRule({
    id: "decompressed-too-large",
    description: "A gzip or zstd file decompresses to more than limits.max-decompressed-bytes (default 1 GiB); reading stopped there.",
    advice: "A few megabytes that inflate to gigabytes is a decompression bomb: remove the file. A real dataset that large: split it into shards, or raise limits.max-decompressed-bytes.",
    defaultSeverity: "error",
    kind: "reader",
    scope: "file",
    options: NO_OPTIONS,
});

// EXTERNAL MODULE: ./.tmp/bundle-js/rules/fingerprint.js
var fingerprint = __nccwpck_require__(636);
;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/duplicate-example.js


const duplicateExample = defineRule({
    id: "duplicate-example",
    description: "The same prompt, chosen and rejected appeared earlier in the dataset.",
    advice: "Remove the copy: a duplicated pair is counted twice and over-weights what it teaches.",
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    stateful: true,
    fingerprints: true,
    options: NO_OPTIONS,
    create: (context) => {
        // Fingerprint of the three texts → where it was first seen (file index, line): a few dozen bytes per
        // example, never the text.
        const firstSeen = new fingerprint/* FingerprintTable */.hi(2);
        const key = new Int32Array(fingerprint/* FINGERPRINT_WORDS */.Pr);
        return {
            example(example) {
                (0,fingerprint/* combineFingerprints */.PW)(example.fingerprints, 0, 3, key, 0);
                const found = firstSeen.findOrAdd(key, 0);
                if (found >= 0) {
                    const { values } = firstSeen;
                    context.report(example, {
                        message: `the same prompt, chosen and rejected as ${context.where(values[found * 2], values[found * 2 + 1])}`,
                    });
                }
                else {
                    firstSeen.values[~found * 2] = example.fileIndex;
                    firstSeen.values[~found * 2 + 1] = example.line;
                }
            },
        };
    },
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/duplicate-key.js

/** Reported by the JSON readers: see read/duplicate-keys.ts. */
const duplicateKey = defineRule({
    id: "duplicate-key",
    description: 'A record gives the same key twice ("prompt" twice in one object): tools disagree on which one counts.',
    advice: "Keep one of the two. JSON.parse and Python's json keep the last, other parsers the first or neither, so the record trains differently depending on the tool.",
    defaultSeverity: "error",
    kind: "reader",
    scope: "record",
    options: NO_OPTIONS,
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/duplicate-prompt.js



/** Per prompt: the file index and line where it was first seen, then the fingerprint of its responses. */
const VALUE_WORDS = 2 + fingerprint/* FINGERPRINT_WORDS */.Pr;
const duplicatePrompt = defineRule({
    id: "duplicate-prompt",
    description: "The same prompt appeared earlier with different responses.",
    advice: "Check that both pairs teach the same preference; if they contradict each other, keep one. Several pairs per prompt are fine when they agree.",
    defaultSeverity: "notice",
    kind: "example",
    scope: "record",
    stateful: true,
    fingerprints: true,
    // KTO data has many completions per prompt by design.
    pair: true,
    options: NO_OPTIONS,
    create: (context) => {
        const firstSeen = new fingerprint/* FingerprintTable */.hi(VALUE_WORDS);
        const responses = new Int32Array(fingerprint/* FINGERPRINT_WORDS */.Pr);
        return {
            example(example) {
                if (example.prompt.trim() === "")
                    return; // implicit-prompt shapes have none to compare
                // The prompt's fingerprint comes first in the example's, chosen's and rejected's after it.
                (0,fingerprint/* combineFingerprints */.PW)(example.fingerprints, fingerprint/* FINGERPRINT_WORDS */.Pr, 2, responses, 0);
                const found = firstSeen.findOrAdd(example.fingerprints, 0);
                const { values } = firstSeen;
                if (found < 0) {
                    const at = ~found * VALUE_WORDS;
                    values[at] = example.fileIndex;
                    values[at + 1] = example.line;
                    values.set(responses, at + 2);
                    return;
                }
                const at = found * VALUE_WORDS;
                // Exact copies are duplicate-example's finding, not this rule's.
                if (responses.every((word, i) => values[at + 2 + i] === word))
                    return;
                context.report(example, {
                    field: "prompt",
                    message: `the same prompt as ${context.where(values[at], values[at + 1])}, with different responses`,
                    excerpt: excerptAt(example.prompt),
                });
            },
        };
    },
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/empty-response.js

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
const emptyResponse = defineRule({
    id: "empty-response",
    description: "A chosen or rejected response is empty or whitespace only.",
    advice: "Write the response, or drop the example: training on an empty response teaches the model to say nothing.",
    defaultSeverity: "error",
    kind: "reader",
    scope: "record",
    options: NO_OPTIONS,
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/identical-responses.js


const identicalResponses = defineRule({
    id: "identical-responses",
    description: "Chosen and rejected are equal after trimming, case-folding and collapsing whitespace.",
    advice: "Rewrite the rejected response to show the behaviour to avoid: a pair with no contrast teaches nothing.",
    defaultSeverity: "error",
    kind: "example",
    scope: "record",
    pair: true,
    options: NO_OPTIONS,
    create: (context) => ({
        example(example) {
            if (example.chosen === undefined || example.rejected === undefined)
                return;
            if (example.comparable.chosen === example.comparable.rejected) {
                context.report(example, {
                    field: "rejected",
                    message: "chosen and rejected are the same text",
                    excerpt: excerptAt(example.chosen),
                });
            }
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/invalid-json.js

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
const invalidJson = defineRule({
    id: "invalid-json",
    description: "A line or record cannot be parsed: not valid JSON, or a CSV row with more or fewer cells than the header.",
    advice: "Fix the record at that line: every line of a JSONL file is one complete object, every CSV row has one cell per header column.",
    defaultSeverity: "error",
    kind: "reader",
    scope: "record",
    options: NO_OPTIONS,
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/length-bias.js



const lengthBias = defineRule({
    id: "length-bias",
    description: "Chosen is longer than rejected (in characters) in more than `max-longer-share` of the pairs (default 75 %), or the median length ratio chosen/rejected is outside `min-ratio`–`max-ratio` (0.67–1.5); from `min-pairs` pairs (20).",
    advice: "Reward models and DPO learn length as readily as quality: balance the dataset with pairs whose chosen response is the shorter one, or trim padded chosen responses.",
    defaultSeverity: "notice",
    kind: "dataset",
    scope: "dataset",
    stateful: true,
    pair: true,
    options: schemas/* object */.Ikc({
        "max-longer-share": schemas/* number */.aig().min(0).max(1).default(0.75),
        "min-ratio": schemas/* number */.aig().positive().default(0.67),
        "max-ratio": schemas/* number */.aig().positive().default(1.5),
        "min-pairs": schemas/* number */.aig().int().min(1).default(20),
    })
        .strict(),
    create: (context) => {
        const options = context.options;
        // One float per pair (4 bytes), never the texts: the median needs every ratio.
        let ratios = new Float32Array(1024);
        let pairs = 0;
        let chosenLonger = 0;
        return {
            example(example) {
                const { chosen, rejected } = example.comparable;
                if (chosen === undefined || rejected === undefined)
                    return;
                if (pairs === ratios.length) {
                    const grown = new Float32Array(ratios.length * 2);
                    grown.set(ratios);
                    ratios = grown;
                }
                ratios[pairs++] = chosen.length / Math.max(1, rejected.length);
                if (chosen.length > rejected.length)
                    chosenLonger++;
            },
            end() {
                if (pairs < options["min-pairs"])
                    return;
                const share = chosenLonger / pairs;
                const median = medianOf(ratios.subarray(0, pairs));
                const tooOftenLonger = share > options["max-longer-share"];
                const ratioOutside = median < options["min-ratio"] || median > options["max-ratio"];
                if (!tooOftenLonger && !ratioOutside)
                    return;
                context.reportDataset({
                    message: `chosen is longer in ${percent(share)} of ${pairs} pairs (limit ${percent(options["max-longer-share"])}); median length ratio chosen/rejected ${median.toFixed(2)} (band ${options["min-ratio"]}–${options["max-ratio"]})`,
                });
            },
        };
    },
});
function medianOf(values) {
    const sorted = Float32Array.from(values).sort();
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1
        ? sorted[middle]
        : (sorted[middle - 1] + sorted[middle]) / 2;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/lfs-pointer.js

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
const lfsPointer = defineRule({
    id: "lfs-pointer",
    description: "The file is a Git LFS pointer, not data.",
    advice: "This checkout holds an LFS pointer, not data: check out with lfs: true (actions/checkout) or run git lfs pull.",
    defaultSeverity: "error",
    kind: "reader",
    scope: "file",
    options: NO_OPTIONS,
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/line-too-long.js

/**
 * Reported by the readers: a line (JSON Lines), array element (JSON) or row (CSV) longer than
 * `limits.max-line-bytes`. Its bytes are never held whole, so one huge line cannot exhaust memory.
 */
const lineTooLong = defineRule({
    id: "line-too-long",
    description: "A line, array element or CSV row is longer than limits.max-line-bytes (default 16 MiB); it was not read.",
    advice: "A record that long is almost always a broken export (a missing newline, a whole file on one line). Split it; or, if it is real, raise limits.max-line-bytes in the config.",
    defaultSeverity: "error",
    kind: "reader",
    scope: "record",
    options: NO_OPTIONS,
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/lone-surrogate.js



/** Any surrogate: a plain class, much faster than LONE_SURROGATE's lookarounds on the texts without one. */
const SURROGATE = /[\ud800-\udfff]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/**
 * JSON may escape half of a surrogate pair ("\ud800") and JSON.parse accepts it, but no UTF-8 can encode
 * it: a tokenizer replaces it, drops it, or fails. Python writes such text from broken emoji slicing.
 */
const loneSurrogate = defineRule({
    id: "lone-surrogate",
    description: 'A text holds a lone UTF-16 surrogate ("\\ud800" without its pair): valid JSON, but no UTF-8 can encode it.',
    advice: "Fix the export that cut an emoji or other astral character in half (slicing UTF-16 text by code units); tokenizers replace or reject the half character.",
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    options: NO_OPTIONS,
    create: (context) => ({
        example(example) {
            // A surrogate is an unusual character: only the texts the engine marked as holding one are scanned.
            for (const [field, text] of (0,text_fields/* unusualTextFields */.Kv)(example)) {
                const match = SURROGATE.test(text) ? LONE_SURROGATE.exec(text) : null;
                if (!match)
                    continue;
                const code = (match[0].charCodeAt(0) ?? 0).toString(16).toUpperCase();
                context.report(example, {
                    field,
                    message: `${field} holds the lone surrogate U+${code} at character ${match.index + 1}`,
                    excerpt: excerptAt(text, match.index),
                });
            }
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/min-size.js

/** The seed's minimum dataset sizes ("Minimum Dataset Size"), by use case. */
const MIN_SIZE_PRESETS = {
    "initial-alignment": { min: 100, recommended: [200, 300] },
    "domain-specific": { min: 50, recommended: [100, 150] },
    iterative: { min: 20, recommended: [50, 100] },
};
/** How to change the minimum, for the findings: the config key and its presets. */
const HOW_TO_SET = `set by the dataset's \`min-size\`: a number, or a preset (${Object.entries(MIN_SIZE_PRESETS)
    .map(([preset, size]) => `${preset} ${size.min}`)
    .join(", ")})`;
const minSize = defineRule({
    id: "min-size",
    description: "The dataset has fewer examples than its minimum (below the recommended range: a notice).",
    advice: "Add examples until the dataset reaches its minimum: initial alignment needs 100 (200–300 recommended), domain-specific tuning 50, iterative improvement 20.",
    defaultSeverity: "error",
    kind: "dataset",
    scope: "dataset",
    gate: true,
    stateful: true,
    options: NO_OPTIONS,
    create: (context) => ({
        end(totals) {
            const { min, recommended, preset } = context.dataset.minSize;
            const label = preset ? ` for ${preset}` : "";
            const examples = `${totals.examples} example${totals.examples === 1 ? "" : "s"}`;
            const meet = totals.examples === 1 ? "meets" : "meet";
            if (totals.examples < min) {
                context.reportDataset({
                    message: `${examples}, under the minimum of ${min}${label}: add ${min - totals.examples} (the minimum is ${HOW_TO_SET})`,
                });
            }
            else if (recommended && totals.examples < recommended[0]) {
                context.reportDataset({
                    severity: "notice",
                    message: `${examples} ${meet} the minimum of ${min}${label}, under the recommended ${recommended[0]}–${recommended[1]} (the minimum is ${HOW_TO_SET})`,
                });
            }
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/missing-category.js

const missingCategory = defineRule({
    id: "missing-category",
    description: "An example has no category while its dataset has category targets.",
    advice: 'Add a "category" with one of the dataset\'s categories, so the distribution check can count the example.',
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    stateful: true,
    options: NO_OPTIONS,
    create: (context) => {
        const hasTargets = context.dataset.categories.some((c) => c.min !== undefined || c.max !== undefined);
        // Where the uncategorised examples are is kept until the end (8 bytes each, in one growing Int32Array of
        // file index and line pairs, not the examples): only then is it known whether the dataset uses categories
        // at all, and one dataset-level finding beats thousands of identical ones. In a dataset with no categories
        // (hh-rlhf's 160k pairs) that is every example.
        let missing = new Int32Array(1024);
        let count = 0;
        let categorised = 0;
        return {
            example(example) {
                if (!hasTargets)
                    return;
                if (example.category !== undefined) {
                    categorised++;
                    return;
                }
                if (2 * count === missing.length) {
                    const grown = new Int32Array(2 * missing.length);
                    grown.set(missing);
                    missing = grown;
                }
                missing[2 * count] = example.fileIndex;
                missing[2 * count + 1] = example.line;
                count++;
            },
            end() {
                if (count === 0)
                    return;
                if (categorised === 0) {
                    context.reportDataset({
                        message: `no example has a "category", so the category distribution cannot be checked (${count} examples): add categories, or declare none with \`categories: {}\` in the dataset's config`,
                    });
                    return;
                }
                for (let i = 0; i < count; i++) {
                    context.reportAt(missing[2 * i], missing[2 * i + 1], {
                        field: "category",
                        message: "the example has no category",
                    });
                }
            },
        };
    },
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/missing-field.js

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
const missingField = defineRule({
    id: "missing-field",
    description: "A field the shape requires is absent.",
    advice: "Add the field: a pair needs a prompt (unless implicit), a chosen and a rejected response.",
    defaultSeverity: "error",
    kind: "reader",
    scope: "record",
    options: NO_OPTIONS,
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/mixed-shapes.js

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
const mixedShapes = defineRule({
    id: "mixed-shapes",
    description: "Records of one file come in different shapes.",
    advice: "Keep one shape per file: trainers read a file with the shape of its first record.",
    defaultSeverity: "error",
    kind: "reader",
    scope: "file",
    options: NO_OPTIONS,
});

// EXTERNAL MODULE: ./.tmp/bundle-js/rules/minhash.js
var minhash = __nccwpck_require__(880);
;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/near-duplicate.js




/** Word 5-grams, as datatrove and text-dedup shingle documents. */
const SHINGLE_WORDS = 5;
const nearDuplicate = defineRule({
    id: "near-duplicate",
    description: "An example is nearly the same as an earlier one of the dataset: Jaccard similarity of their word 5-grams at least `threshold` (default 0.8), estimated by MinHash.",
    advice: "Keep one of the two, or make them differ where it matters: near-copies over-weight what they teach and, across splits, leak test data into training.",
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    stateful: true,
    fingerprints: true,
    wordHashes: true,
    options: schemas/* object */.Ikc({ threshold: schemas/* number */.aig().min(0.3).max(1).default(0.8) }).strict(),
    job: (input, result) => earliestNearCopies(input, result),
    create: (context) => {
        const threshold = context.options.threshold;
        // 128 bytes of signature and 16 bytes of place and exact hash (64 bits) per example, never the text.
        const store = new minhash/* SignatureStore */.QC();
        let tagHigh = new Uint32Array(1024);
        const key = new Int32Array(fingerprint/* FINGERPRINT_WORDS */.Pr);
        return {
            example(example) {
                // The engine hashed the words of the comparable texts (absent ones as empty fields); exact copies
                // are told apart by its fingerprints, as duplicate-example does.
                const { words, length } = example.wordHashes;
                (0,fingerprint/* combineFingerprints */.PW)(example.fingerprints, 0, 3, key, 0);
                const slot = store.count;
                if (!store.add(words, length, SHINGLE_WORDS, example.fileIndex, example.line, key[0]))
                    return;
                if (slot === tagHigh.length)
                    tagHigh = (0,minhash/* grow */.wS)(tagHigh);
                tagHigh[slot] = key[1];
            },
            end() {
                const count = store.count;
                const tag = store.tag.slice(0, count);
                const exactCopy = exactCopies(tag, tagHigh, count);
                // Half the bands go to another thread when there is one, with its last of the pass: each band's
                // candidates are its own, so the earliest match over all bands is the earlier of the two halves'.
                const { bands } = (0,minhash/* banding */.CB)(threshold);
                const split = context.share ? bands >> 1 : 0;
                const job = {
                    blocks: store.blocks,
                    count,
                    tag,
                    tagHigh: tagHigh.slice(0, count),
                    exactCopy,
                    threshold,
                    fromBand: 0,
                    toBand: split,
                };
                const theirs = context.share?.(job, count);
                const match = new Int32Array(count);
                earliestNearCopies({ ...job, fromBand: split, toBand: bands }, match);
                if (theirs) {
                    const other = theirs();
                    for (let later = 0; later < count; later++) {
                        const earlier = other[later];
                        const current = match[later];
                        if (earlier !== -1 && (current === -1 || earlier < current))
                            match[later] = earlier;
                    }
                }
                for (let later = 0; later < count; later++) {
                    const earlier = match[later];
                    if (earlier === -1)
                        continue;
                    // The estimate that passed the threshold: the same count of equal bins.
                    const similarity = store.jaccard(earlier, later);
                    context.reportAt(store.fileIndex[later], store.line[later], {
                        message: `nearly the same example as ${context.where(store.fileIndex[earlier], store.line[earlier])} (estimated Jaccard ${similarity.toFixed(2)} over word 5-grams)`,
                    });
                }
            },
        };
    },
});
/**
 * Writes into `match`, for each text, the earliest text that shares one of the job's bands with it and whose
 * estimated similarity reaches the threshold, or -1. The earliest whatever order the pairs come in.
 */
function earliestNearCopies(job, match) {
    const { tag, tagHigh, exactCopy, threshold } = job;
    const store = minhash/* SignatureStore */.QC.over(job.blocks, job.count);
    match.fill(-1);
    (0,minhash/* forEachCandidate */.gg)(store, threshold, (earlier, later) => {
        if (exactCopy[later])
            return;
        const current = match[later];
        if (current !== -1 && current <= earlier)
            return;
        if (tag[earlier] === tag[later] && tagHigh[earlier] === tagHigh[later])
            return;
        if (store.jaccardAtLeast(earlier, later, threshold) >= 0)
            match[later] = earlier;
    }, 8, job.fromBand, job.toBand);
}
/**
 * Which of `count` texts repeat an earlier one's exact hash: an open-addressing table of places (4 bytes a
 * slot), not a Set of a million numbers.
 */
function exactCopies(tag, tagHigh, count) {
    const exactCopy = new Uint8Array(count);
    let capacity = 1024;
    while (capacity < count * 2)
        capacity *= 2;
    const mask = capacity - 1;
    const table = new Int32Array(capacity).fill(-1);
    for (let i = 0; i < count; i++) {
        const low = tag[i];
        const high = tagHigh[i];
        let at = (low ^ Math.imul(high, 0x9e3779b1)) & mask;
        for (;;) {
            const other = table[at];
            if (other === -1) {
                table[at] = i;
                break;
            }
            if (tag[other] === low && tagHigh[other] === high) {
                exactCopy[i] = 1;
                break;
            }
            at = (at + 1) & mask;
        }
    }
    return exactCopy;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/not-preference-data.js

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
const notPreferenceData = defineRule({
    id: "not-preference-data",
    description: "The file holds no preference records (e.g. instruction-tuning data).",
    advice: "Convert the records to one of the layouts in dataset-ci's docs/formats.md (prompt/chosen/rejected, or another one listed there), or leave the file out of the dataset globs.",
    defaultSeverity: "error",
    kind: "reader",
    scope: "file",
    options: NO_OPTIONS,
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/not-utf8.js

/**
 * Reported when a file is opened: JSON (RFC 8259 §8.1) and the trainers' CSV readers take UTF-8. A UTF-16
 * file read as UTF-8 would be one invalid-json finding per line, none saying why.
 */
const notUtf8 = defineRule({
    id: "not-utf8",
    description: "The file is not UTF-8 text: UTF-16 or UTF-32 (told by its byte order mark), or binary (it holds a NUL byte).",
    advice: "Save the file as UTF-8 (in Python: open(path, 'w', encoding='utf-8')). A binary file under a dataset's name is not a dataset: move it or rename it.",
    defaultSeverity: "error",
    kind: "reader",
    scope: "file",
    options: NO_OPTIONS,
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/outside-workspace.js

/**
 * Reported before a file is opened: in a pull request a dataset path may be a symlink (or hold `..`)
 * that points out of the checked-out repository, at the runner's own files. Such a file is never read.
 */
const outsideWorkspace = defineRule({
    id: "outside-workspace",
    description: "The dataset path resolves outside the repository (a symlink or `..`); it was not read.",
    advice: "Commit the data itself under the repository, not a link to a file elsewhere.",
    defaultSeverity: "error",
    kind: "reader",
    scope: "file",
    options: NO_OPTIONS,
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/pii.js



// Personal data and secrets in training text: the model learns to reproduce them. Findings name the kind
// and the position only; the matched text is never echoed (the report may be public: a CI log, a PR comment).
const KINDS = ["email", "phone", "card", "key"];
const KIND_NAMES = {
    email: "an e-mail address",
    phone: "a phone number",
    card: "a payment card number",
    key: "an API key or token",
};
/** Secrets with a recognisable prefix, each named so the report says which. */
const KEY_PATTERNS = [
    ["private key", /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g],
    ["AWS access key", /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g],
    ["GitHub token", /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/g],
    ["Slack token", /\bxox[abposr]-[A-Za-z0-9-]{10,}/g],
    ["Stripe key", /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}\b/g],
    ["Google API key", /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g],
    ["Hugging Face token", /\bhf_[A-Za-z0-9]{30,}\b/g],
    ["OpenAI or Anthropic key", /\bsk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{20,}/g],
    // "eyJ" may start only a run of token characters: inside one ("-eyJ-eyJ…") it would be tried at every
    // repeat, each try scanning to the run's end (quadratic time).
    ["JSON Web Token", /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g],
];
/**
 * Every key pattern's prefix, grouped by a character each group's prefixes hold: most texts hold none of
 * the prefixes and are scanned once a group, not once a pattern. One alternation of all eleven prefixes,
 * which start with different characters, was tried at every position of the text; a group whose character
 * the text lacks (found natively) is not tried at all, and each group's pattern shares a leading literal
 * or class. Together they match where that alternation did: 40 % less time on real text.
 */
const UNDERSCORE_KEY_PREFIX = /gh[pousr]_|github_pat_|[sr]k_(?:live|test)_|hf_/;
const DASH_KEY_PREFIX = /-----BEGIN|xox[abposr]-|sk-/;
const AMAZON_GOOGLE_KEY_PREFIX = /AKIA|ASIA|AIza/;
function hasKeyPrefix(text) {
    return ((text.includes("_") && UNDERSCORE_KEY_PREFIX.test(text)) ||
        (text.includes("-") && DASH_KEY_PREFIX.test(text)) ||
        (text.includes("A") && AMAZON_GOOGLE_KEY_PREFIX.test(text)) ||
        text.includes("eyJ"));
}
/**
 * An address's domain, matched where its "@" ends (sticky): labels, and a top-level domain of letters. The
 * runs it reads after two "@"s never overlap ("@" is not among its characters), so all of them together read
 * the text once.
 */
const DOMAIN = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/y;
/** RFC 5321, 4.5.3.1: a local part is at most 64 octets. */
const MAX_LOCAL_PART = 64;
const LOCAL_PART_CHARACTER = /[A-Za-z0-9._%+-]/;
/** RFC 2606 / 6761 names reserved for examples and documentation: never a real person's address. */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/i;
/**
 * E-mail addresses, found from each "@" outwards, the local part bounded by RFC 5321's length. One pattern
 * over the whole text (`[…]+@…`) would be tried at every character of a long run of letters or digits and
 * scan the run each time: quadratic, a minute for one record of a few hundred KB.
 */
function* emailAddresses(text) {
    let previousEnd = 0;
    for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
        let start = at;
        const floor = Math.max(previousEnd, at - MAX_LOCAL_PART);
        while (start > floor && LOCAL_PART_CHARACTER.test(text[start - 1]))
            start--;
        if (start === at)
            continue;
        DOMAIN.lastIndex = at + 1;
        const domain = DOMAIN.exec(text)?.[0];
        if (domain === undefined)
            continue;
        previousEnd = at + 1 + domain.length;
        yield { start, end: previousEnd, local: text.slice(start, at), domain };
    }
}
/**
 * A toy address of one-letter names (`x@y.co`, `a@b.com`), as a text about matching e-mail addresses
 * writes them: no mailbox is that short on a real domain.
 */
function isToyAddress(local, domain) {
    return local.length === 1 && domain.indexOf(".") === 1;
}
/** Digits in groups, with an optional +country code and (area code). */
const PHONE = /(?<![\w+.-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,4}){1,4}(?![\w-]|\.\d)/g;
const DATE_LIKE = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{4}$/;
const IPV4_LIKE = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** North American numbers with the 555 exchange are reserved for fiction and examples ("555-0100"). */
const FICTIONAL_PHONE = /(?:^|\D)555[ .-]?\d{4}$/;
const LONG_NUMBER = /\d(?:[ ().+-]{0,2}\d){9}/;
/** 13 to 19 digits, optionally in groups split by spaces or dashes. */
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
function luhnValid(digits) {
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
        let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
        if (i % 2 === 1) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    return sum % 10 === 0;
}
/** Issuer prefixes and lengths of the card networks (Visa, Mastercard, Amex, Discover, JCB, Diners). */
function plausibleCard(digits) {
    const n = digits.length;
    const two = Number(digits.slice(0, 2));
    const four = Number(digits.slice(0, 4));
    // Visa's 13-digit numbers were retired decades ago; a 13-digit number in text is arithmetic, not a card.
    if (digits[0] === "4")
        return n === 16 || n === 19;
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))
        return n === 16;
    if (two === 34 || two === 37)
        return n === 15;
    if (four === 6011 || two === 65 || (four >= 6440 && four <= 6499))
        return n >= 16 && n <= 19;
    if (four >= 3528 && four <= 3589)
        return n >= 16 && n <= 19;
    if (two === 36 || two === 38 || (four >= 3000 && four <= 3059))
        return n >= 14 && n <= 19;
    return false;
}
/** A key's body must look random: a placeholder such as `sk-xxxxxxxxxxxxxxxxxxxxxxxx` is not a secret. */
function looksRandom(text) {
    return /\d/.test(text) && /[A-Za-z]/.test(text) && new Set(text).size >= 8;
}
function findAll(text, kinds) {
    const found = [];
    const overlaps = (start, end) => found.some((m) => start < m.end && m.start < end);
    // Keys and cards first: a card number must not also count as a phone number.
    if (kinds.has("key") && hasKeyPrefix(text)) {
        for (const [name, pattern] of KEY_PATTERNS) {
            for (const match of text.matchAll(pattern)) {
                if (name !== "private key" && !looksRandom(match[0]))
                    continue;
                found.push({ kind: "key", detail: name, start: match.index, end: match.index + match[0].length });
            }
        }
    }
    // Cards and phone numbers have at least ten digits with single separators between them: one scan for that.
    const longNumber = (kinds.has("card") || kinds.has("phone")) && LONG_NUMBER.test(text);
    if (kinds.has("card") && longNumber) {
        for (const match of text.matchAll(CARD)) {
            const digits = match[0].replace(/[ -]/g, "");
            if (!plausibleCard(digits) || !luhnValid(digits))
                continue;
            // A long number in a sum ("… + 4012888888881881 = …") is arithmetic: a tenth of all numbers pass Luhn.
            const around = text.slice(Math.max(0, match.index - 3), match.index) +
                text.slice(match.index + match[0].length, match.index + match[0].length + 3);
            if (/[+*/×÷=^]/.test(around))
                continue;
            if (!overlaps(match.index, match.index + match[0].length))
                found.push({ kind: "card", start: match.index, end: match.index + match[0].length });
        }
    }
    if (kinds.has("email") && text.includes("@")) {
        for (const address of emailAddresses(text)) {
            if (RESERVED_DOMAIN.test(address.domain) || isToyAddress(address.local, address.domain))
                continue;
            if (!overlaps(address.start, address.end))
                found.push({ kind: "email", start: address.start, end: address.end });
        }
    }
    if (kinds.has("phone") && longNumber) {
        for (const match of text.matchAll(PHONE)) {
            const candidate = match[0];
            const digits = candidate.replace(/\D/g, "").length;
            if (digits < 10 || digits > 15)
                continue;
            // Spaces alone also separate years and counts ("2019 2020 2021"): ask for a sign of a phone number.
            if (!/[-.+()]/.test(candidate))
                continue;
            if (DATE_LIKE.test(candidate) || IPV4_LIKE.test(candidate) || FICTIONAL_PHONE.test(candidate))
                continue;
            if (!overlaps(match.index, match.index + candidate.length))
                found.push({ kind: "phone", start: match.index, end: match.index + candidate.length });
        }
    }
    return found.sort((a, b) => a.start - b.start);
}
const pii = defineRule({
    id: "pii",
    description: "A text holds an e-mail address, a phone number, a payment card number (Luhn-checked) or an API key or token; the finding names the kind and position, never the value. Placeholders are not: the example domains RFC 2606 and 6761 reserve, one-letter toys (x@y.co), 555 numbers.",
    advice: "Remove or replace the value with a placeholder (user@example.com, <API_KEY>): a model trained on personal data or secrets can repeat them. Rotate any real key that was committed.",
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    options: schemas/* object */.Ikc({
        kinds: schemas/* array */.YOg(schemas/* enum */.k5n(KINDS))
            .default([...KINDS])
            .describe("What to look for: email, phone, card, key."),
    })
        .strict(),
    create: (context) => {
        const kinds = new Set(context.options.kinds);
        // A cheap screen before the patterns: every kind needs a digit, an @, or a private key's armour.
        const screen = /[\d@]|-----BEGIN/;
        return {
            example(example) {
                for (const [field, text] of (0,text_fields/* textFields */.BH)(example)) {
                    if (!screen.test(text))
                        continue;
                    const matches = findAll(text, kinds);
                    const seen = new Set();
                    for (const match of matches) {
                        const what = match.detail
                            ? `${KIND_NAMES[match.kind]} (${match.detail})`
                            : KIND_NAMES[match.kind];
                        if (seen.has(what))
                            continue;
                        seen.add(what);
                        const more = matches.filter((m) => m.kind === match.kind && m.detail === match.detail).length;
                        context.report(example, {
                            field,
                            key: what,
                            message: `${field} holds ${what} at character ${match.start + 1}${more > 1 ? ` (${more} in this text)` : ""}`,
                        });
                    }
                }
            },
        };
    },
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/refusal-in-chosen.js


const refusalInChosen = defineRule({
    id: "refusal-in-chosen",
    description: "Chosen refuses on an example outside refusal scope (a category with `refusal: false`, such as helpfulness or `edge_cases`).",
    advice: "Replace it with a helpful answer: preferring a refusal to an ordinary request teaches the model to over-refuse.",
    defaultSeverity: "notice",
    kind: "example",
    scope: "record",
    helpfulnessScope: true,
    options: NO_OPTIONS,
    create: (context) => {
        const helpfulness = new Set(context.dataset.categories.filter((c) => !c.refusal).map((c) => c.name));
        return {
            example(example) {
                if (example.chosen === undefined || example.category === undefined)
                    return;
                if (!helpfulness.has(example.category) || example.chosenReading !== "refusal")
                    return;
                context.report(example, {
                    field: "chosen",
                    message: `chosen refuses ${/^[aeiou]/i.test(example.category) ? "an" : "a"} ${example.category} request`,
                    excerpt: excerptAt(example.chosen),
                });
            },
        };
    },
});

// EXTERNAL MODULE: ./.tmp/bundle-js/rules/refusal.js
var refusal = __nccwpck_require__(48);
;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/rejected-is-refusal.js




const rejectedIsRefusal = defineRule({
    id: "rejected-is-refusal",
    description: "Rejected reads as a refusal, so the pair teaches nothing.",
    advice: "Make the rejected response show the harmful compliance to avoid (an eager, numbered plan), so the pair contrasts a graceful refusal with it.",
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    refusalScope: true,
    options: NO_OPTIONS,
    create: (context) => ({
        example(example) {
            if (example.rejected === undefined)
                return;
            if (!(0,refusal/* isRefusal */.vu)(example.rejectedMatchText, (example.unusualTexts & text_fields/* FIELD_BIT */.tz.rejected) === 0))
                return;
            context.report(example, {
                field: "rejected",
                message: "rejected reads as a refusal",
                excerpt: excerptAt(example.rejected),
            });
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/rejected-too-short.js




const rejectedTooShort = defineRule({
    id: "rejected-too-short",
    description: "Rejected is shorter than `min-chars` (default 50) after trimming; a Chinese, Japanese or Korean character counts as 3.5.",
    advice: "Write a complete response: a one-liner gives the pair too little contrast to learn from.",
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    options: schemas/* object */.Ikc({ "min-chars": schemas/* number */.aig().int().min(1).default(50) }).strict(),
    create: (context) => ({
        example(example) {
            const text = example.rejected?.trim();
            const min = context.options["min-chars"];
            // Absent or empty responses are other rules' findings (missing-field, empty-response). A text of twice
            // the minimum in UTF-16 units has at least the minimum in characters: no need to count.
            if (!text || text.length >= 2 * min)
                return;
            const measured = weightedLength(text);
            if (measured.length >= min)
                return;
            context.report(example, {
                field: "rejected",
                message: `rejected has ${describeLength(measured)}, under the minimum of ${min}`,
                excerpt: excerptAt(text),
            });
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/replacement-char.js



const replacementChar = defineRule({
    id: "replacement-char",
    description: "A text holds U+FFFD (�): bytes that were not valid UTF-8 were replaced, and the original is lost.",
    advice: "Go back to the source and decode it with its real encoding; the replaced characters cannot be recovered from this file.",
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    options: NO_OPTIONS,
    create: (context) => ({
        example(example) {
            for (const [field, text] of (0,text_fields/* unusualTextFields */.Kv)(example)) {
                const index = text.indexOf("\ufffd");
                if (index === -1)
                    continue;
                let found = 0;
                for (let i = index; i !== -1; i = text.indexOf("\ufffd", i + 1))
                    found++;
                context.report(example, {
                    field,
                    message: `${field} holds the replacement character U+FFFD at character ${index + 1} (${(0,text_fields/* count */.U9)(found, "time")})`,
                    excerpt: excerptAt(text, index),
                });
            }
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/score-inverted.js

const scoreInverted = defineRule({
    id: "score-inverted",
    description: "The record's own scores prefer rejected: `score_chosen < score_rejected` (ratings alike; ranks: chosen's rank higher). A tie is score-tie.",
    advice: "Swap chosen and rejected, or fix the scores: a pair whose chosen scored worse than its rejected teaches the opposite preference (UltraFeedback-binarized keeps only pairs where chosen outscores rejected).",
    defaultSeverity: "error",
    kind: "example",
    scope: "record",
    pair: true,
    options: NO_OPTIONS,
    create: (context) => ({
        example(example) {
            const scores = example.scores;
            if (!scores)
                return;
            const { chosen, rejected, higherIsBetter } = scores;
            // A tie prefers neither: score-tie's finding, not this one.
            if (chosen === rejected || (higherIsBetter ? chosen > rejected : chosen < rejected))
                return;
            const [chosenKey, rejectedKey] = scores.fields;
            const relation = higherIsBetter ? "is below" : "is above";
            context.report(example, {
                field: chosenKey,
                message: higherIsBetter
                    ? `${chosenKey} ${chosen} ${relation} ${rejectedKey} ${rejected}: chosen should score higher`
                    : `${chosenKey} ${chosen} ${relation} ${rejectedKey} ${rejected}: chosen should rank first (lower)`,
            });
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/score-tie.js

const scoreTie = defineRule({
    id: "score-tie",
    description: "The record's own scores tie: `score_chosen == score_rejected` (ratings alike; ranks: the same rank), so nothing says chosen is better.",
    advice: "Drop the pair or rescore it: a tie carries no preference, and DPO then pushes two equally good responses apart (UltraFeedback-binarized drops ties). A preference that points the wrong way is score-inverted.",
    defaultSeverity: "warning",
    kind: "example",
    scope: "record",
    pair: true,
    options: NO_OPTIONS,
    create: (context) => ({
        example(example) {
            const scores = example.scores;
            if (!scores || scores.chosen !== scores.rejected)
                return;
            const [chosenKey, rejectedKey] = scores.fields;
            context.report(example, {
                field: chosenKey,
                message: `${chosenKey} ${scores.chosen} equals ${rejectedKey} ${scores.rejected}: the scores prefer neither response`,
            });
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/split-leakage.js



/** The split that trains the model; every other split (test, validation, …) is held out from it. */
const TRAIN_SPLIT = "train";
/** Prompts are short: word 3-grams still see one changed word as a small change. */
const split_leakage_SHINGLE_WORDS = 3;
const splitLeakage = defineRule({
    id: "split-leakage",
    description: "A prompt of a held-out split (test, validation) equals, or nearly equals (Jaccard of word 3-grams at least `threshold`, default 0.8), a prompt of the train split.",
    advice: "Remove the example from one of the splits: a test prompt the model trained on measures memory, not generalisation. Splits come from the config's `splits`, or from file names (train, test, validation, dev, eval).",
    defaultSeverity: "error",
    kind: "example",
    scope: "record",
    stateful: true,
    fingerprints: true,
    wordHashes: true,
    options: schemas/* object */.Ikc({ threshold: schemas/* number */.aig().min(0.3).max(1).default(0.8) }).strict(),
    create: (context) => {
        const splits = context.splits;
        const names = [...new Set(splits.values())];
        // Nothing to compare unless the dataset has a train split and a held-out one.
        if (!names.includes(TRAIN_SPLIT) || names.length < 2)
            return {};
        const threshold = context.options.threshold;
        const store = new minhash/* SignatureStore */.QC();
        /** Per stored prompt: its split's position in `names` (train's is TRAIN_INDEX). */
        let splitIndex = new Uint8Array(1024);
        const trainIndex = names.indexOf(TRAIN_SPLIT);
        return {
            example(example) {
                const split = splits.get(example.fileIndex);
                if (split === undefined || example.prompt.trim() === "")
                    return;
                // The engine's word hashes of the comparable prompt.
                const { words, promptLength } = example.wordHashes;
                const slot = store.count;
                if (!store.add(words, promptLength, split_leakage_SHINGLE_WORDS, example.fileIndex, example.line, 
                // The first word of the engine's fingerprint of the comparable prompt: equal prompts, equal tags.
                example.fingerprints[0] >>> 0)) {
                    return;
                }
                if (slot === splitIndex.length)
                    splitIndex = (0,minhash/* grow */.wS)(splitIndex);
                splitIndex[slot] = names.indexOf(split);
            },
            end() {
                const isTrain = (i) => splitIndex[i] === trainIndex;
                // Exact copies first, by hash; then near ones, among band-sharing pairs of train and held-out prompts.
                const firstTrain = new Map();
                for (let i = 0; i < store.count; i++) {
                    if (isTrain(i) && !firstTrain.has(store.tag[i]))
                        firstTrain.set(store.tag[i], i);
                }
                const match = new Int32Array(store.count).fill(-1);
                const similarity = new Float32Array(store.count);
                for (let i = 0; i < store.count; i++) {
                    if (isTrain(i))
                        continue;
                    const train = firstTrain.get(store.tag[i]);
                    // A 32-bit hash can collide: equal prompts also have equal signatures.
                    if (train !== undefined && store.jaccard(train, i) === 1) {
                        match[i] = train;
                        similarity[i] = 1;
                    }
                }
                (0,minhash/* forEachCandidate */.gg)(store, threshold, (a, b) => {
                    const [train, held] = isTrain(a) && !isTrain(b) ? [a, b] : isTrain(b) && !isTrain(a) ? [b, a] : [-1, -1];
                    if (train === -1 || match[held] !== -1)
                        return;
                    const jaccard = store.jaccard(train, held);
                    if (jaccard < threshold)
                        return;
                    match[held] = train;
                    similarity[held] = jaccard;
                }, 32);
                for (let held = 0; held < store.count; held++) {
                    const train = match[held];
                    if (train === -1)
                        continue;
                    const where = context.where(store.fileIndex[train], store.line[train]);
                    const split = names[splitIndex[held]];
                    const exact = similarity[held] === 1 && store.tag[held] === store.tag[train];
                    context.reportAt(store.fileIndex[held], store.line[held], {
                        field: "prompt",
                        message: exact
                            ? `this ${split} prompt is also in the train split, at ${where}`
                            : `this ${split} prompt nearly equals a train prompt, at ${where} (estimated Jaccard ${similarity[held].toFixed(2)} over word 3-grams)`,
                    });
                }
            },
        };
    },
});

// EXTERNAL MODULE: ./.tmp/bundle-js/read/whitespace.js
var whitespace = __nccwpck_require__(952);
;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/truncated-response.js




// Judged on the real fixtures (scripts/scan-text-rules.ts prints what it flags over all 5,744 of their
// responses; scripts/measure-truncation.ts measures it against the labelled dev set). A text is called cut
// off only on a sign that something is missing: a last character or word that cannot end a text, a bracket,
// quote or code fence left open, or a last sentence without the full stop every sentence before it has.
// Whatever looks like it was meant to end that way is complete: code, numbers and formulas, labels, titles,
// URLs, hashtags, list items, and text in scripts that often end without a stop (Chinese, Hindi).
/**
 * Ends a sentence or a deliberate trailing-off: full stops of Latin, CJK (。！？ and the halfwidth ｡),
 * Devanagari (। ॥), Arabic (؟ ۔), Ethiopic (።), Khmer (។), Myanmar (။); ellipses; closing brackets; emoji;
 * Markdown emphasis and code ends; a percent sign (a confidence line: "Confidence: 90%").
 */
const FINISHED_END = /(?:[.!?…。！？｡।॥؟۔።។။)\]}）】」』"'”’»*_`~>|%°\p{Extended_Pictographic}]|\uFE0F|\u20E3)$/u;
/** Marks that cannot end a text: a comma, an opened bracket or quote, a dash, a colon before nothing. */
const DANGLING_END = /[,:([{“‘«/\\–—\-，、：（【「『《]$/;
/**
 * Last lines that are not prose and need no full stop: a list item, a multiple-choice answer ("(B) Paris"),
 * a table row, a heading, indented code.
 */
const NOT_PROSE = /^\s*(?:[-*+•]\s|\d+[.)]\s|[a-zA-Z][.)]\s|\([a-zA-Z\d]\)\s|#|\||```| {4}|\t)/;
/** A multiple-choice answer closing a text: "… the second one. (B) Paris". */
const MULTIPLE_CHOICE_END = /(?:^|\s)\([A-Za-z\d]\)\s[^.!?\n]{0,60}$/;
/** A horizontal rule: "----------". */
const RULE_LINE = /^\s*[-=_*~]{3,}$/;
/** A sign-off line: "Best regards, Ann". */
const SIGN_OFF = /^\s*(?:thanks|thank you|cheers|best|regards|sincerely|best regards|kind regards|good luck|enjoy)\b[^.!?]{0,40}$/i;
const EMOTICON_END = /(?:^|\s)[:;=8][-']?[()DPpO/\\|\][]$/;
/** Words that cannot end a sentence: articles, conjunctions, most prepositions, possessives, auxiliaries. */
const DANGLING_WORDS = new Set("a an the and or but nor of to into onto from than because although whose whom if while your my our their its very such is are was were been has had does will would can could should must may might i i'm i've i'll i'd you're we're they're it's".split(" "));
/**
 * Dangling after a noun ("the analogy that", "at the"), complete after a preposition or verb ("help you with
 * that", "hold on", "I'd love to"): these count only where the word before them is not such a word.
 */
const DANGLING_UNLESS_AFTER = new Map(Object.entries({
    that: "with about for like of on at from to by in do did does done know mean said say see seen try think heard all just".split(" "),
    on: "hold go come carry move log turn turned put keep going so".split(" "),
    in: "log come check sign fill plug give join stay".split(" "),
    for: "what wait look looking".split(" "),
    with: "what deal you me it them help".split(" "),
    at: "where look".split(" "),
    by: "stop drop come".split(" "),
}).map(([word, after]) => [word, new Set(after)]));
/**
 * Last words that end a sentence even without its full stop (object pronouns, adverbs of time and place):
 * "I'm really sorry for them", "you can find it online". A text ending on one is not called cut for lacking
 * a stop alone.
 */
const ENDING_WORDS = new Set("them him me us it now then though too anymore online today tonight tomorrow again here there either yet instead already".split(" "));
const PREPOSITIONS = new Set("with about for like of on at from to by in into over after before".split(" "));
/** Latin letters, for telling prose we can judge by its words from scripts we cannot. */
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
/** The letters of scripts whose texts often end without a full stop (Han, kana, Hangul, Devanagari, Thai). */
const UNJUDGED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Thai}]/u;
/**
 * A sentence ending inside the text: a full stop, then closing quotes or brackets, then white space. The text
 * is trimmed, so any is before its last sentence.
 */
const SENTENCE_BREAK = /[.!?…。！？][)"'”’\]]*\s/;
/** A word of a title line ("For Reinforcement Learning"): starts with a capital, or is a short joining word. */
const TITLE_JOINER = new Set("a an the and or of to in on for with at by from vs".split(" "));
/** Where the token ending at `end` starts: scanning back to white space (a pattern like `\S+$` is quadratic). */
function tokenStart(text, end) {
    let start = end;
    while (start > 0 && !(0,whitespace/* isWhitespaceUnit */.s)(text.charCodeAt(start - 1)))
        start--;
    return start;
}
/** The text's last whitespace-delimited token. */
function lastToken(text) {
    return text.slice(tokenStart(text, text.length));
}
/** How many last characters the end-anchored patterns read (longer than any emoticon or closing mark). */
const END_WINDOW = 8;
/** How many last characters of the last token are read: longer than a URL's end or a number. */
const MAX_TOKEN = 256;
/** Longer than any word: a token is cut to its last MAX_WORD characters before it is read as a word. */
const MAX_WORD = 64;
const WORD_CHARACTER = /[\p{L}\p{N}']/u;
/** The last `count` words of a line, lower-cased, without surrounding punctuation (fewer when it has fewer). */
function lastWords(line, count) {
    const words = [];
    let end = line.length;
    while (words.length < count && end > 0) {
        const start = tokenStart(line, end);
        const word = wordOf(line.slice(Math.max(start, end - MAX_WORD), end));
        if (word !== "")
            words.unshift(word);
        end = start;
        while (end > 0 && (0,whitespace/* isWhitespaceUnit */.s)(line.charCodeAt(end - 1)))
            end--;
    }
    return words;
}
/** A token without the punctuation around it, lower-cased, curly apostrophes straightened. */
function wordOf(token) {
    const word = token.toLowerCase().replace(/’/g, "'");
    let start = 0;
    let end = word.length;
    while (start < end && !WORD_CHARACTER.test(word[start]))
        start++;
    while (end > start && !WORD_CHARACTER.test(word[end - 1]))
        end--;
    return word.slice(start, end);
}
/** A URL, path, domain, e-mail, identifier or hashtag: technical tokens need no full stop. */
function isTechnicalToken(token) {
    // Printable ASCII only: Chinese text has no spaces, and its "1.适应证" is no file name.
    if (!/^[\x21-\x7e]+$/.test(token))
        return false;
    return token.includes("://") || /^(?:www\.|#\w)/i.test(token) || /\w[._/@\\]\w|^\.[a-z]{2,}$/i.test(token);
}
/** A number, an amount or a formula's result: "1,234,567", "42", "3.5", "x=7", "$30". */
function endsInNumber(token) {
    return /\d$/.test(token);
}
/** A line in Title Case ("Learning Unsupervised: An Auto-curriculum For Reinforcement Learning"). */
function isTitle(line) {
    if (line.length > 200)
        return false;
    const words = line.split(/\s+/).filter((word) => /\p{L}/u.test(word));
    if (words.length < 2 || words.length > 16)
        return false;
    return words.every((word) => /^["'“‘(]?\p{Lu}/u.test(word) || TITLE_JOINER.has(word.toLowerCase()));
}
/**
 * A "Label: value" line, of a label of one to four words and a value of no sentence ("Object: Royal Borough
 * of Kensington", "Thus the answer is: True"; not "Here is your plan: 1. Note when they leave").
 */
function isLabelLine(line) {
    if (line.length > 160)
        return false;
    const label = /^\s*[\p{L}\p{N}_-]+(?: [\p{L}\p{N}_-]+){0,3}:\s+(?=\S)/u.exec(line);
    return label !== null && !SENTENCE_BREAK.test(line.slice(label[0].length));
}
/** Whether a code fence, a display-math block or a bracket of the last line was opened and never closed. */
function leftOpen(text, lastLine) {
    // An odd number of fences is a block left open only when the last one opens a block (```python); a text
    // may also start inside code and close it.
    const fence = text.lastIndexOf("```");
    if (fence !== -1 && /^```[\w+-]+\n/.test(text.slice(fence, fence + 40)) && countOf(text, "```") % 2 === 1)
        return "leaves a code block open";
    if (countOf(text, "$$") % 2 === 1)
        return "leaves a formula open";
    if (bracketLeftOpen(lastLine))
        return "leaves a bracket open";
    if (countOf(lastLine, '"') % 2 === 1 && !/["”]$/.test(lastLine))
        return "leaves a quotation open";
    return undefined;
}
/**
 * Whether a line leaves a ( or [ open: each ) or ] closes the latest one still open, and one with none open
 * is left alone. Before the line's first opening bracket nothing can be open, so the walk starts there,
 * found natively; most lines have none and are not walked at all.
 */
function bracketLeftOpen(line) {
    const paren = line.indexOf("(");
    const square = line.indexOf("[");
    if (paren === -1 && square === -1)
        return false;
    let depth = 0;
    for (let i = paren === -1 ? square : square === -1 ? paren : Math.min(paren, square); i < line.length; i++) {
        const code = line.charCodeAt(i);
        if (code === 40 || code === 91)
            depth++; // ( [
        else if ((code === 41 || code === 93) && depth > 0)
            depth--; // ) ]
    }
    return depth > 0;
}
function countOf(text, needle) {
    let n = 0;
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length))
        n++;
    return n;
}
/**
 * Whether a response stops mid-sentence, and why ("ends on \"the\""); undefined when it ends like a finished
 * text. A pure function of the text, for the rule and for measuring it (scripts/measure-truncation.ts).
 */
function truncation(text) {
    const trimmed = text.trimEnd();
    if (trimmed === "")
        return undefined;
    const lastLine = trimmed.slice(trimmed.lastIndexOf("\n") + 1);
    // The patterns anchored at the end read only the last characters: over the whole text a pattern is tried
    // at every position, a thousand times the work on a long text.
    const end = trimmed.slice(-END_WINDOW);
    if (EMOTICON_END.test(end))
        return undefined;
    const open = leftOpen(trimmed, lastLine);
    if (open !== undefined)
        return open;
    const last = trimmed.at(-1);
    // A closing quote straight after a word with no opening one on its line is an apostrophe: "It’".
    if (/[\p{L}][’']$/u.test(end) && !/[‘']\S/u.test(lastLine.slice(0, -1))) {
        return `ends on "${lastToken(lastLine)}"`;
    }
    if (FINISHED_END.test(end))
        return undefined;
    if (trimmed.endsWith("```"))
        return undefined;
    if (NOT_PROSE.test(lastLine) || SIGN_OFF.test(lastLine) || RULE_LINE.test(lastLine))
        return undefined;
    const token = lastToken(lastLine).slice(-MAX_TOKEN);
    if (isTechnicalToken(token) || endsInNumber(token))
        return undefined;
    if (DANGLING_END.test(end))
        return `ends on "${last}"`;
    // Chinese, Japanese, Hindi… answers often end without a stop: only the marks above tell a cut one.
    const tail = lastLine.slice(-40);
    if (UNJUDGED_SCRIPT.test(tail) || !LATIN_LETTER.test(tail))
        return undefined;
    // A code line ends on ";" (`});`, `GROUP BY id;`); prose almost never ends there.
    if (last === ";")
        return undefined;
    const [lastWord = "", before = ""] = lastWords(lastLine, 2).reverse();
    if (DANGLING_WORDS.has(lastWord))
        return `ends on "${lastWord}"`;
    const exceptAfter = DANGLING_UNLESS_AFTER.get(lastWord);
    if (exceptAfter && !exceptAfter.has(before))
        return `ends on "${lastWord}"`;
    if (isTitle(lastLine) || isLabelLine(lastLine) || MULTIPLE_CHOICE_END.test(trimmed.slice(-80)))
        return undefined;
    if (ENDING_WORDS.has(lastWord) || exceptAfter?.has(before))
        return undefined;
    if (lastWord === "this" && PREPOSITIONS.has(before))
        return undefined; // "proceed with this", "advice on this"
    // A last sentence without a full stop where a sentence before it has one: the writer punctuates, so the
    // text was cut. A text with no full stop anywhere is its writer's style ("Sure, hold on").
    if (SENTENCE_BREAK.test(trimmed))
        return "ends mid-sentence, without the full stop its other sentences have";
    return undefined;
}
const truncatedResponse = defineRule({
    id: "truncated-response",
    description: 'A response stops mid-sentence: it ends on a comma, an open bracket or a word like "the", or its last sentence lacks the full stop its other sentences have.',
    advice: "Regenerate or complete the response: a cut-off chosen teaches the model to stop mid-sentence, a cut-off rejected makes the pair contrast length instead of content.",
    defaultSeverity: "notice",
    kind: "example",
    scope: "record",
    options: NO_OPTIONS,
    create: (context) => ({
        example(example) {
            for (const [field, text] of (0,text_fields/* responseFields */.$6)(example)) {
                const why = truncation(text);
                if (why === undefined)
                    continue;
                context.report(example, {
                    field,
                    message: `${field} looks cut off: it ${why}`,
                    excerpt: excerptAt(text, text.length),
                });
            }
        },
    }),
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/did-you-mean.js
/**
 * The name a user probably meant: the same words in another spelling ("Edge Cases" for edge_cases),
 * or a near typo ("chosen-lectureing"). Undefined when nothing is close.
 */
function didYouMean(value, known) {
    return nearest(value, known)?.name;
}
/**
 * didYouMean's answer when no other name is as near: certain enough to be fixed in one click, where a
 * tie ("harm" between harms and harma) is only a hint.
 */
function certainlyMeant(value, known) {
    const best = nearest(value, known);
    if (best === undefined)
        return undefined;
    const runnerUp = nearest(value, known.filter((name) => name !== best.name));
    return runnerUp === undefined || runnerUp.distance > best.distance ? best.name : undefined;
}
function nearest(value, known) {
    const spelled = spelling(value);
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const name of known) {
        // The same words in another spelling are nearer than any typo.
        const distance = spelling(name) === spelled ? -1 : editDistance(spelled, spelling(name));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = name;
        }
    }
    // A typo changes a few letters and keeps most; anything further is another word, not a misspelling.
    if (best === undefined || bestDistance > Math.max(2, Math.floor(spelled.length / 4)))
        return undefined;
    if (bestDistance >= 0 && !sharesHalf(spelled, spelling(best)))
        return undefined;
    return { name: best, distance: bestDistance };
}
/**
 * Whether a guess keeps more than half the letters of what was typed: for a short word an edit distance of
 * 2 can replace it whole ("--ci" is 2 edits from "--to"), which is another word, not a typo.
 */
function sharesHalf(given, guess) {
    const left = [...guess];
    let shared = 0;
    for (const char of given) {
        const at = left.indexOf(char);
        if (at === -1)
            continue;
        left.splice(at, 1);
        shared++;
    }
    return shared * 2 > given.length;
}
/** "Edge Cases", "edge-cases" and "EDGE_CASES" all spell edge_cases. */
function spelling(value) {
    return value
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "");
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/unknown-category.js



const unknownCategory = defineRule({
    id: "unknown-category",
    description: "The category is not in the dataset's taxonomy.",
    advice: 'Use one of the dataset\'s category ids exactly as configured (e.g. edge_cases, not "Edge Cases").',
    defaultSeverity: "error",
    kind: "example",
    scope: "record",
    options: NO_OPTIONS,
    create: (context) => {
        const known = new Set(context.dataset.categories.map((c) => c.name));
        return {
            example(example) {
                if (example.category === undefined || known.has(example.category) || known.size === 0)
                    return;
                const suggestion = didYouMean(example.category, [...known]);
                // A fix only when no other category is as near: a tie is a hint, not a one-click change.
                const certain = certainlyMeant(example.category, [...known]);
                context.report(example, {
                    field: "category",
                    message: `unknown category ${quoted(example.category)}${suggestion ? `: did you mean "${suggestion}"?` : ""} (known: ${[...known].join(", ")})`,
                    ...(certain !== undefined
                        ? { fix: { field: "category", from: example.category, to: certain } }
                        : {}),
                });
            },
        };
    },
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/unread-prompt-field.js

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
const unreadPromptField = defineRule({
    id: "unread-prompt-field",
    description: "A record holds prompt text (instruction, input, question, system, history, …) under a key its layout does not read.",
    advice: "Put the text where the layout reads its prompt (see the layouts table of dataset-ci's docs/formats.md) or drop the field: a trainer reading the layout never sees it.",
    defaultSeverity: "warning",
    kind: "reader",
    scope: "record",
    options: NO_OPTIONS,
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/wrong-type.js

/** Reported by the readers while a file is read; this module carries its id, severity and docs. */
const wrongType = defineRule({
    id: "wrong-type",
    description: "A field has the wrong type (e.g. chosen is a number or null).",
    advice: "Write the field as the shape expects: text as a string, messages as a list of role/content objects, a KTO label as true or false.",
    defaultSeverity: "error",
    kind: "reader",
    scope: "record",
    options: NO_OPTIONS,
});

;// CONCATENATED MODULE: ./.tmp/bundle-js/rules/registry.js













































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
];
const RULES = RULE_MODULES;
const RULES_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
/** Rules whose findings are about a whole file: their fingerprint holds no record's content, and no line counts. */
const FILE_LEVEL_RULES = new Set(RULES.filter((r) => r.scope === "file").map((r) => r.id));
/** Rules whose findings judge a dataset as a whole: the gates a reviewer cares about first. */
const GATE_RULES = new Set(RULES.filter((r) => r.gate).map((r) => r.id));


/***/ }),

/***/ 915:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ responseFields),
/* harmony export */   BH: () => (/* binding */ textFields),
/* harmony export */   Kv: () => (/* binding */ unusualTextFields),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   tz: () => (/* binding */ FIELD_BIT),
/* harmony export */   ym: () => (/* binding */ UNUSUAL_CHARACTER)
/* harmony export */ });
/**
 * The texts a content check reads: the prompt (a conversation's context as one text, turns labelled) and
 * both responses. Positions in findings are 1-based characters of these texts.
 */
function textFields(example) {
    const fields = [];
    if (example.prompt !== "")
        fields.push(["prompt", example.prompt]);
    if (example.chosen !== undefined)
        fields.push(["chosen", example.chosen]);
    if (example.rejected !== undefined)
        fields.push(["rejected", example.rejected]);
    return fields;
}
/** Bits of `CheckedExample.unusualTexts`, by field. */
const FIELD_BIT = { prompt: 1, chosen: 2, rejected: 4 };
/**
 * Whether a text holds a character other than printable ASCII, tab and line breaks: the only texts in which
 * control characters, mojibake or U+FFFD can be. One test per text, made once by the engine for every rule.
 */
const UNUSUAL_CHARACTER = /[^\t\n\r\x20-\x7e]/;
/** What `unusualTextFields` returns for most examples: one shared array, not a new one per example and rule. */
const NO_FIELDS = Object.freeze([]);
/**
 * `textFields` of only the texts holding an unusual character (see UNUSUAL_CHARACTER): what the rules that
 * look for odd characters read. Most examples have none, and these rules then scan nothing.
 */
function unusualTextFields(example) {
    if (example.unusualTexts === 0)
        return NO_FIELDS;
    return textFields(example).filter(([field]) => (example.unusualTexts & FIELD_BIT[field]) !== 0);
}
/** The two responses, for checks that judge what the model is taught to say. */
function responseFields(example) {
    const fields = [];
    if (example.chosen !== undefined)
        fields.push(["chosen", example.chosen]);
    if (example.rejected !== undefined)
        fields.push(["rejected", example.rejected]);
    return fields;
}
/** "1 control character", "3 control characters". */
function count(n, noun, plural = `${noun}s`) {
    return `${n} ${n === 1 ? noun : plural}`;
}


/***/ }),

/***/ 816:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  YOg: () => (/* binding */ array),
  zMY: () => (/* binding */ schemas_boolean),
  k5n: () => (/* binding */ schemas_enum),
  euz: () => (/* binding */ literal),
  aig: () => (/* binding */ schemas_number),
  Ikc: () => (/* binding */ object),
  YjP: () => (/* binding */ schemas_string),
  PVZ: () => (/* binding */ tuple)
});

// UNUSED EXPORTS: ZodAny, ZodArray, ZodBase64, ZodBase64URL, ZodBigInt, ZodBigIntFormat, ZodBoolean, ZodCIDRv4, ZodCIDRv6, ZodCUID, ZodCUID2, ZodCatch, ZodCodec, ZodCreditCard, ZodCustom, ZodCustomStringFormat, ZodDate, ZodDefault, ZodDiscriminatedUnion, ZodE164, ZodEmail, ZodEmoji, ZodEnum, ZodExactOptional, ZodFile, ZodFunction, ZodGUID, ZodIBAN, ZodIPv4, ZodIPv6, ZodISODate, ZodISODateTime, ZodISODuration, ZodISOTime, ZodInstanceOf, ZodIntersection, ZodJWT, ZodKSUID, ZodLazy, ZodLiteral, ZodMAC, ZodMap, ZodNaN, ZodNanoID, ZodNever, ZodNonOptional, ZodNull, ZodNullable, ZodNumber, ZodNumberFormat, ZodObject, ZodOptional, ZodPipe, ZodPrefault, ZodPreprocess, ZodPromise, ZodReadonly, ZodRecord, ZodSet, ZodString, ZodStringFormat, ZodSuccess, ZodSymbol, ZodTemplateLiteral, ZodTransform, ZodTuple, ZodType, ZodULID, ZodURL, ZodUUID, ZodUndefined, ZodUnion, ZodUnknown, ZodVoid, ZodXID, ZodXor, _ZodString, _default, _function, any, base64, base64url, bigint, catch, check, cidrv4, cidrv6, codec, creditCard, cuid, cuid2, currencyCode, custom, date, describe, discriminatedUnion, e164, email, emoji, exactOptional, file, float32, float64, function, guid, hash, hex, hostname, httpUrl, iban, instanceof, int, int32, int64, intersection, invertCodec, ipv4, ipv6, json, jwt, keyof, ksuid, lazy, looseObject, looseRecord, mac, map, meta, nan, nanoid, nativeEnum, never, nonoptional, null, nullable, nullish, optional, partialRecord, pipe, prefault, preprocess, promise, readonly, record, refine, set, strictObject, stringFormat, stringbool, success, superRefine, symbol, templateLiteral, transform, uint32, uint64, ulid, undefined, union, unknown, url, uuid, uuidv4, uuidv6, uuidv7, void, xid, xor

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function util_assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            util_assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        util_assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const util_allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function util_issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ $constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ $constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ $constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    util_assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util_isObject;
    const jit = !globalConfig.jitless;
    const allowsEval = util_allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (core.$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    util.defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util.assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = util.rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = util.cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
})));
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...util.prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && regexes.number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...util.prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
})));
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util_issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                util_assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            util_assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                util_assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        util_assignProp(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            util_assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ $constructor("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ $constructor("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ derived({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...util.normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...util.normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodDiscriminatedUnion.init(inst, def);
})));
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof $ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
})));
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...util.normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(util_issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(747);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
