import type { Message } from "../../model/example.js";
import { commonPrefixLength, type Parts, type RecordProblem, responseText } from "../messages.js";

// Splitting two whole conversations (a pair's chosen and rejected sides) into the prompt they share and
// the two responses: TRL's implicit prompt, as trl-conversational and llamafactory-v1 records give them.

/**
 * Splits two whole conversations into the shared prompt (their longest common prefix, as TRL does)
 * and the two responses (what follows it).
 */
export function splitImplicitPrompt(
  chosen: Message[] | undefined,
  rejected: Message[] | undefined,
  chosenField: string,
  rejectedField: string,
  problems: RecordProblem[],
): Parts {
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
  if (shared === chosen.length && shared === rejected.length && shared > 0) shared -= 1;
  return splitResponses(
    chosen.slice(0, shared),
    chosen.slice(shared),
    rejected.slice(shared),
    { chosenField, rejectedField },
    problems,
  );
}

/** A turn that belongs to a prompt and never to a response: someone other than the assistant speaking. */
function isPromptTurn(message: Message): boolean {
  return message.role === "user" || message.role === "system";
}

/**
 * Splits the turns that follow a pair's shared prompt into its two responses. When those turns are the
 * assistant's alone, each response is all of them (as TRL reads them). When either side holds a user
 * turn, the two sides differ before their last assistant turn: that is context-mismatch, unless both hold
 * the same turns up to it, and each response is only what follows its side's last user turn, so no rule
 * ever reads a user's words as the response. The context is then the prompt and the chosen side's turns.
 */
export function splitResponses(
  prompt: Message[],
  chosenRest: Message[],
  rejectedRest: Message[],
  fields: { chosenField: string; rejectedField: string },
  problems: RecordProblem[],
): Parts {
  const chosenCut = findLastIndex(chosenRest, isPromptTurn) + 1;
  const rejectedCut = findLastIndex(rejectedRest, isPromptTurn) + 1;
  const chosenBefore = chosenRest.slice(0, chosenCut);
  const rejectedBefore = rejectedRest.slice(0, rejectedCut);
  const sameBefore =
    chosenCut === rejectedCut && commonPrefixLength(chosenBefore, rejectedBefore) === chosenCut;
  if (!sameBefore) {
    const turn = prompt.length + commonPrefixLength(chosenRest, rejectedRest) + 1;
    problems.push({
      rule: "context-mismatch",
      field: fields.rejectedField,
      message: `${fields.chosenField} and ${fields.rejectedField} differ before their last assistant turn (from turn ${turn}), so the pair does not share one prompt`,
    });
  }
  const response = (rest: Message[], cut: number, field: string): string | undefined => {
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

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
