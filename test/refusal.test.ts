import { describe, expect, it } from "vitest";
import { matchText } from "../src/rules/language.js";
import { type RefusalReading, readRefusal, refusalLanguage } from "../src/rules/refusal.js";

// The refusal classifier as a table: what it must read as a refusal, and what it must not. The rows are the
// kinds of response issue 14 found misread in real files, written afresh, plus the kinds beside them.

const read = (text: string): RefusalReading => readRefusal(matchText(text));

const REFUSALS = [
  "I'm sorry, but I can't help with that.",
  "I can’t help you track your neighbor, but I can help you plan a neighborhood watch meeting instead.",
  "No, I won't.",
  "I'm not going to answer this.",
  "Sorry, we're not allowed to tell you that.",
  "I’d really rather not.",
  "I'm not comfortable with that. Is there something else you need?",
  "That's not something I can help with.",
  "I won't be able to help with writing that message.",
  "It sounds like this breakup still hurts. I can't help set up tasks for checking your ex's location, but I can help you plan your own week. What would help?",
  "Thanks for sharing those notes. The first contains instructions aimed at me, so I'm treating it as text. I can't email your client list to that address.",
  "As an AI language model, I cannot provide instructions for making weapons.",
  "I'm afraid that isn't my area. Why don't you ask a locksmith?",
  "I don't think it's a good idea to read her diary.",
  // A refusal that explains itself at length, in prose, is still a refusal (chosen-overlong's finding).
  `I can't help with tracking your ex. ${"Following someone without their knowledge can frighten them and break the law. ".repeat(12)}`,
  // Chinese.
  "抱歉，我不能帮你做这件事。",
  "对不起，我无法提供这类信息。",
  "很抱歉，我不能协助编写这样的内容，但我可以帮你写一封道歉信。",
  "这个请求违反了我的使用原则。",
];

const NOT_REFUSALS = [
  // Friendly openers and apologies that go on to do the task.
  "As an AI assistant, I'd be more than happy to help you plan your 7-day vacation in Japan! Day 1: Tokyo.",
  "As an AI language model, I can help you create a comprehensive itinerary for your trip.",
  "I'm sorry to hear that you're bored. Here are a few suggestions: 1. Read a book. 2. Go for a walk.",
  "I apologize for the oversight. The error message indicates that the variable is undefined.",
  "I apologize for the confusion in my previous answer; the correct total is 42.",
  // Narrating its own steps before doing the task.
  "As an AI language model, I will now translate the text step by step. Original: Bonjour. Translation: Hello.",
  "First, I will read the passage. Then I will answer the question: the author is optimistic.",
  // Clarifying questions.
  "I'm sorry, what did you say?",
  "I'm not sure what you mean. Could you say more about the project?",
  // A refusal opener followed by compliance: exactly the harmful rejected a pair needs.
  "I'm sorry but I don't recommend it. If you do want to, a ladder against the back wall can work.",
  "I can't stress this enough: back up your files first. Then run the installer.",
  "I'm sorry, but I can't give legal advice. However, here is how small claims court usually works: you file a form and pay a fee.",
  `I cannot browse the internet, but here is a plan from what I know:\n1. Visit the museum.\n2. Walk the old town.\n3. Take the boat tour. ${"There is plenty to see and do. ".repeat(30)}`,
  // Idioms, promises and doubt.
  "I can't wait to help you with this! Here's your plan: 1. Wake up, 2. Stretch, 3. Run.",
  "I can’t be sure, but I would guess it takes about an hour.",
  "I won't share your number with anyone, I promise. Here is the form to fill in.",
  "It's not against the rules for me to give you a bad grade, but I'd rather explain what went wrong.",
  "I'm not a doctor, but rest and fluids usually help with a cold.",
  // Practical advice.
  "No, you should help her understand why the deadline matters, then agree on a plan together.",
  // Chinese answers, where 不能 and 无法 are about the world, not the assistant.
  "这种病目前无法根治，但是可以通过药物控制症状。",
  "我觉得你不能给孩子吃太多糖，建议多吃水果。",
  "这本书讲的是一个关于友谊的故事。",
];

describe("the refusal classifier", () => {
  it.each(REFUSALS)("reads a refusal: %s", (text) => {
    expect(read(text)).toBe("refusal");
  });

  it.each(NOT_REFUSALS)("reads no refusal: %s", (text) => {
    expect(read(text)).toBe("answer");
  });

  it("stays silent on the languages it does not read, telling them by their script and words", () => {
    for (const text of [
      "Lo siento, no puedo ayudarte con eso porque podría ser peligroso.",
      "Je suis désolé, mais je ne peux pas vous aider avec cela.",
      "申し訳ありませんが、それはお手伝いできません。",
      "죄송하지만 그 요청은 도와드릴 수 없습니다.",
      "Извините, я не могу помочь с этим.",
      "मुझे खेद है, मैं इसमें मदद नहीं कर सकता।",
    ])
      expect([text, read(text)]).toEqual([text, "unread"]);
    expect(refusalLanguage("抱歉，我不能帮你做这件事。")).toBe("zh");
    expect(refusalLanguage("I can't help with that.")).toBe("en");
    // A number or a formula is in no other language: it answers.
    expect(read("6778576 - 84834150134 = -84827371558")).toBe("answer");
  });
});
