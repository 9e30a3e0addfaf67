import type { Finding, Severity } from "../model/finding.js";
import type { DatasetReport, FileReport, Report } from "../model/report.js";
import { percent, percentBand } from "../model/share.js";
import { VERSION } from "../model/version.js";
import { RULES_BY_ID } from "../rules/registry.js";
import { type DatasetDelta, type Delta, deltaSentence, renderDatasetDelta } from "./delta.js";
import { codeSpan, markdownText, urlPath } from "./markdown-safe.js";
import { type PlacedFinding, prioritise } from "./prioritise.js";
import { countsLine, failureReason, plural } from "./verdict.js";

/** Marks the one comment the action keeps up to date on a pull request. Always the body's first line. */
export const REPORT_MARKER = "<!-- dataset-ci:report -->";

export interface MarkdownOptions {
  /** Where line links point (the commit checked); without it lines are named without links. */
  blob?: { serverUrl: string; owner: string; repo: string; sha: string };
  /** What was checked, for the sentence when nothing was: "this pull request", "this push". */
  scope: string;
  /** Things the reader should know that are not findings: how files were found, what could not be posted. */
  notes: string[];
  /** The most the text may measure (see `measure`); it is shortened to fit, never cut blindly. */
  limit: number;
  /** How the sink counts: characters for a comment, UTF-8 bytes for the job summary. */
  measure: (text: string) => number;
  /** Where a reader finds what a shortened report left out (Markdown we wrote, not data). */
  fullReport: string;
  /** What the pull request does to its datasets, base against head: opens the report when given. */
  delta?: Delta;
}

export interface RenderedMarkdown {
  text: string;
  /** Findings of files shown, and how many there were. */
  shown: number;
  total: number;
}

const ICON: Record<Severity, string> = { error: "❌", warning: "⚠️", notice: "ℹ️" };

/**
 * The report as GitHub Markdown for the PR comment and the job summary: the verdict, each dataset's size
 * and distribution against its targets, then the findings grouped by file and rule with links to their
 * lines. When everything does not fit in `limit`, the most important findings are kept and the text says
 * what it left out.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions): RenderedMarkdown {
  const ordered = prioritise(report).filter((placed) => placed.file !== undefined);
  const total = ordered.length;
  const full = render(report, options, ordered, total);
  if (options.measure(full) <= options.limit) return { text: full, shown: total, total };
  // Every finding takes at least this much room, which bounds the search.
  const MIN_FINDING_CHARS = 40;
  let low = 0;
  let high = Math.min(total, Math.floor(options.limit / MIN_FINDING_CHARS));
  let best: string | null = null;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const text = render(report, options, ordered.slice(0, middle), total);
    if (options.measure(text) <= options.limit) {
      best = text;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (best !== null) return { text: best, shown: high, total };
  return { text: hardCut(render(report, options, [], total), options), shown: 0, total };
}

/** Last resort, when even the datasets alone are too long (a config with thousands of categories). */
function hardCut(text: string, options: MarkdownOptions): string {
  const note = `\n\n**This report was cut short to fit GitHub's limit.** ${options.fullReport}\n`;
  let end = text.lastIndexOf("\n", Math.max(0, options.limit - options.measure(note) - 64));
  while (end > 0 && options.measure(text.slice(0, end)) + options.measure(note) > options.limit) {
    end = text.lastIndexOf("\n", end - 1);
  }
  return `${text.slice(0, Math.max(end, 0))}${note}`;
}

function render(report: Report, options: MarkdownOptions, shown: PlacedFinding[], total: number): string {
  const out: string[] = [REPORT_MARKER];
  renderVerdict(report, options, out);
  for (const dataset of report.datasets) {
    renderDataset(
      dataset,
      out,
      options.delta?.datasets.find((d) => d.name === dataset.name),
    );
  }
  if (total > 0) renderFindings(report, options, shown, out);
  if (shown.length < total) {
    out.push(
      "",
      `**Shortened:** ${plural(shown.length, "finding")} of ${total.toLocaleString("en-US")} shown here, the most severe first. ${options.fullReport}`,
    );
  }
  out.push("", `<sub>dataset-ci ${VERSION}</sub>`, "");
  return out.join("\n");
}

function renderVerdict(report: Report, options: MarkdownOptions, out: string[]): void {
  const checkedNothing = report.files.length === 0 && report.datasets.length === 0;
  out.push(`### ${report.passed ? "✅" : "❌"} dataset-ci ${report.passed ? "passed" : "failed"}`, "");
  if (options.delta) out.push(`**This pull request:** ${deltaSentence(options.delta)}.`, "");
  if (checkedNothing) {
    out.push(`No dataset files changed in ${options.scope}: nothing to check.`);
  } else {
    const { examples, files } = report.summary;
    const baselined =
      report.summary.baselined > 0
        ? ` ${plural(report.summary.baselined, "baselined finding")} (accepted earlier) not counted.`
        : "";
    out.push(
      `**${countsLine(report)}** in ${plural(examples, "example")} across ${plural(files, "file")} (fail-on: \`${report["fail-on"]}\`).${baselined}`,
    );
    const reason = failureReason(report);
    if (reason) out.push("", `**Why it failed:** ${markdownText(reason, 1000)}.`);
  }
  for (const note of options.notes) out.push("", `> [!NOTE]\n> ${markdownText(note, 1000)}`);
}

function renderDataset(dataset: DatasetReport, out: string[], delta: DatasetDelta | undefined): void {
  const sizeFinding = dataset.findings.find((f) => f.rule === "min-size");
  const sizeOk = !sizeFinding || sizeFinding.severity === "notice";
  const recommended = dataset.recommended
    ? `, recommended ${dataset.recommended[0].toLocaleString("en-US")}–${dataset.recommended[1].toLocaleString("en-US")}`
    : "";
  const sizeVerdict = sizeOk
    ? `✅ minimum ${dataset["min-size"].toLocaleString("en-US")}${recommended}`
    : `❌ under the minimum of ${dataset["min-size"].toLocaleString("en-US")}${recommended}: add ${(dataset["min-size"] - dataset.examples).toLocaleString("en-US")}`;
  out.push(
    "",
    `#### Dataset ${codeSpan(dataset.name, 80)}`,
    "",
    `${plural(dataset.examples, "example")} in ${plural(dataset.files.length, "file")} · ${sizeVerdict}`,
  );
  if (delta && delta.categories.length > 0) {
    out.push(...renderDatasetDelta(delta));
    out.push(
      "",
      `<sub>Shares of the examples with a known category: ${dataset.categorised.toLocaleString("en-US")} at head.</sub>`,
    );
  } else if (dataset.categories.length > 0 && dataset.categorised > 0) {
    out.push("", "| category | examples | share | target | |", "|---|---:|---:|---|---|");
    for (const c of dataset.categories) {
      const status = c.ok ? "✅" : c.needed > 0 ? `❌ add ${c.needed}` : `❌ ${c.excess} over`;
      out.push(
        `| ${codeSpan(c.name, 60, { inTable: true })} | ${c.count.toLocaleString("en-US")} | ${percent(c.share)} | ${percentBand(c.min, c.max)} | ${status} |`,
      );
    }
    out.push(
      "",
      `<sub>Shares of the ${dataset.categorised.toLocaleString("en-US")} examples with a known category.</sub>`,
    );
  }
  const others = dataset.findings.filter(
    (f) => f.rule !== "category-distribution" || dataset.categorised === 0,
  );
  if (others.length > 0) {
    out.push("");
    for (const finding of others) {
      out.push(`- ${ICON[finding.severity]} **${finding.rule}**: ${markdownText(finding.message)}`);
    }
  }
}

function renderFindings(
  report: Report,
  options: MarkdownOptions,
  shown: PlacedFinding[],
  out: string[],
): void {
  const byFile = new Map<string, Finding[]>();
  for (const placed of shown) {
    const list = byFile.get(placed.file as string);
    if (list) list.push(placed.finding);
    else byFile.set(placed.file as string, [placed.finding]);
  }
  out.push("", "#### Findings");
  for (const file of report.files) {
    const findings = byFile.get(file.path);
    if (!findings) continue;
    out.push("", `##### ${codeSpan(file.path, 200)} ${describeFile(file, findings.length)}`);
    // Grouped by rule, in the registry's order (the order the docs list them).
    const byRule = new Map<string, Finding[]>();
    for (const finding of findings) {
      const list = byRule.get(finding.rule);
      if (list) list.push(finding);
      else byRule.set(finding.rule, [finding]);
    }
    const rules = [...byRule.keys()].sort((a, b) => ruleOrder(a) - ruleOrder(b));
    for (const id of rules) {
      const list = (byRule.get(id) ?? []).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      const rule = RULES_BY_ID.get(id);
      const severity = list[0]?.severity ?? "error";
      out.push(
        "",
        `${ICON[severity]} **${id}** (${plural(list.length, severity)}): ${rule?.description ?? ""} ${rule ? `*Fix:* ${rule.advice}` : ""}`.trimEnd(),
        "",
      );
      for (const finding of list) out.push(renderFinding(file, finding, options));
    }
  }
}

const RULE_POSITION = new Map([...RULES_BY_ID.keys()].map((id, index) => [id, index]));
function ruleOrder(id: string): number {
  return RULE_POSITION.get(id) ?? Number.MAX_SAFE_INTEGER;
}

function describeFile(file: FileReport, shown: number): string {
  const what = [file.container, file.compression, file.shape].filter(Boolean).join(", ");
  const partial = shown < file.findings.length ? `, ${shown} of ${file.findings.length} findings shown` : "";
  return `<sub>(${what ? `${codeSpan(what, 80)}, ` : ""}${plural(file.examples, "example")}${partial})</sub>`;
}

function renderFinding(file: FileReport, finding: Finding, options: MarkdownOptions): string {
  // A Parquet finding names a row: there is no line of the file to link to.
  if (finding.row !== undefined) {
    const field = finding.field ? ` ${codeSpan(finding.field, 60)}` : "";
    return `- row ${finding.row}${field}: ${markdownText(finding.message)}`;
  }
  const label = finding.line !== undefined ? `line ${finding.line}` : "file";
  const where =
    options.blob && finding.line !== undefined
      ? `[${label}](${options.blob.serverUrl}/${urlPath(options.blob.owner)}/${urlPath(options.blob.repo)}/blob/${options.blob.sha}/${urlPath(file.path)}#L${finding.line})`
      : label;
  const field = finding.field ? ` ${codeSpan(finding.field, 60)}` : "";
  const excerpt = finding.excerpt ? `<br>${codeSpan(finding.excerpt, 160)}` : "";
  return `- ${where}${field}: ${markdownText(finding.message)}${excerpt}`;
}
