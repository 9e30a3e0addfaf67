// What the e2e tests check of every comment and job summary built from untrusted text.
import MarkdownIt from "markdown-it";
import { expect } from "vitest";

/**
 * Renders Markdown the way GitHub does (HTML allowed, bare links autolinked) and checks that nothing in it
 * is live but what we wrote: no tag from the data, links only to this repository's lines and run, and no
 * text GitHub would turn into a mention or an issue reference.
 */
export function expectInert(markdown: string): void {
  const html = new MarkdownIt({ html: true, linkify: true }).render(markdown);
  expect(html).not.toMatch(/<(img|details|summary|script|iframe)\b/i);
  for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) {
    expect(href).toMatch(/^https:\/\/github\.com\/octo-org\/preference-data\/(blob|actions)\//);
  }
  const text = html.replace(/<code>[\s\S]*?<\/code>/g, "").replace(/<[^>]+>/g, "");
  expect(text).not.toMatch(/(^|[^\w])@[a-z0-9]/i);
  expect(text).not.toMatch(/#\d|GH-\d/i);
  expect(text).not.toMatch(/:\/\/|www\./i);
}
