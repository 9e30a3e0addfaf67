import type { Severity } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { percent, percentBand } from "../model/share.js";
import { codeSpan } from "./markdown-safe.js";
import { plural } from "./verdict.js";

// What a pull request does to its datasets: the same checks run on the datasets at the pull request's
// base and at its head, compared. Plain data, so it can be stored with a report and published later.

export interface CategoryShift {
  name: string;
  countBefore: number;
  countAfter: number;
  /** Shares of the categorised examples, 0–1. */
  shareBefore: number;
  shareAfter: number;
  min?: number;
  max?: number;
  okBefore: boolean;
  okAfter: boolean;
  /** At head: examples to add to reach the band, or over its maximum (the report's `needed`, `excess`). */
  needed: number;
  excess: number;
}

export interface DatasetDelta {
  name: string;
  /** Examples at base; 0 for a dataset the pull request creates. */
  examplesBefore: number;
  examplesAfter: number;
  /** Records the pull request added and removed, when its files tell (JSON Lines: a record a line). */
  records?: { added: number; removed: number };
  categories: CategoryShift[];
}

export type SeverityCounts = Record<Severity, number>;

export interface Delta {
  datasets: DatasetDelta[];
  /** Findings at head that base did not have (by fingerprint: rule and content, not line). */
  introduced: SeverityCounts;
  /** Findings at base that head no longer has. */
  fixed: SeverityCounts;
}

/**
 * Compares the checks of base and head. Findings are matched by fingerprint as multisets (identical
 * records repeat a fingerprint); `files` limits the per-example findings compared to the files the pull
 * request changed, which both reports hold. Baselined findings at head count as neither.
 */
export function computeDelta(base: Report, head: Report, files: ReadonlySet<string> | null): Delta {
  const datasets = head.datasets.map((after): DatasetDelta => {
    const before = base.datasets.find((d) => d.name === after.name);
    return {
      name: after.name,
      examplesBefore: before?.examples ?? 0,
      examplesAfter: after.examples,
      categories: after.categories.map((c) => {
        const old = before?.categories.find((b) => b.name === c.name);
        return {
          name: c.name,
          countBefore: old?.count ?? 0,
          countAfter: c.count,
          shareBefore: old?.share ?? 0,
          shareAfter: c.share,
          ...(c.min !== undefined ? { min: c.min } : {}),
          ...(c.max !== undefined ? { max: c.max } : {}),
          okBefore: old?.ok ?? false,
          okAfter: c.ok,
          needed: c.needed,
          excess: c.excess,
        };
      }),
    };
  });
  const fingerprints = (report: Report) => {
    const found: Array<{ fingerprint: string; severity: Severity; baselined: boolean }> = [];
    const keep = (f: Report["files"][number]["findings"][number]) => {
      if (f.fingerprint)
        found.push({ fingerprint: f.fingerprint, severity: f.severity, baselined: f.baselined === true });
    };
    for (const file of report.files) if (!files || files.has(file.path)) file.findings.forEach(keep);
    for (const dataset of report.datasets) {
      if (head.datasets.some((d) => d.name === dataset.name)) dataset.findings.forEach(keep);
    }
    return found;
  };
  const zero = (): SeverityCounts => ({ error: 0, warning: 0, notice: 0 });
  const introduced = zero();
  const fixed = zero();
  const baseLeft = new Map<string, number>();
  const baseFindings = fingerprints(base);
  for (const f of baseFindings) baseLeft.set(f.fingerprint, (baseLeft.get(f.fingerprint) ?? 0) + 1);
  const headLeft = new Map<string, number>();
  for (const f of fingerprints(head)) {
    headLeft.set(f.fingerprint, (headLeft.get(f.fingerprint) ?? 0) + 1);
    const left = baseLeft.get(f.fingerprint) ?? 0;
    if (left > 0) baseLeft.set(f.fingerprint, left - 1);
    else if (!f.baselined) introduced[f.severity]++;
  }
  for (const f of baseFindings) {
    const left = headLeft.get(f.fingerprint) ?? 0;
    if (left > 0) headLeft.set(f.fingerprint, left - 1);
    else fixed[f.severity]++;
  }
  return { datasets, introduced, fixed };
}

/** The one sentence the comment opens with: "+40 examples; `x` 12 % → 16 %, now inside 15–20 %; 2 new warnings, 5 fixed". */
export function deltaSentence(delta: Delta): string {
  const parts: string[] = [];
  const several = delta.datasets.length > 1;
  for (const dataset of delta.datasets) {
    const change = dataset.examplesAfter - dataset.examplesBefore;
    const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
    const name = several ? `${codeSpan(dataset.name, 60)} ` : "";
    const records = dataset.records
      ? `: ${plural(dataset.records.added, "record")} added, ${dataset.records.removed.toLocaleString("en-US")} removed`
      : "";
    parts.push(
      `${name}${sign}${plural(Math.abs(change), "example")} (${dataset.examplesBefore.toLocaleString("en-US")} → ${dataset.examplesAfter.toLocaleString("en-US")}${records})`,
    );
    // The categories whose verdict changed, then the one that moved most, at most three in all.
    const moved = [...dataset.categories]
      .filter((c) => Math.abs(c.shareAfter - c.shareBefore) >= 0.0005)
      .sort(
        (a, b) =>
          Number(b.okBefore !== b.okAfter) - Number(a.okBefore !== a.okAfter) ||
          Math.abs(b.shareAfter - b.shareBefore) - Math.abs(a.shareAfter - a.shareBefore),
      )
      .slice(0, 3);
    for (const c of moved) {
      const band = c.min !== undefined || c.max !== undefined ? percentBand(c.min, c.max) : "";
      const verdict =
        band === ""
          ? ""
          : c.okBefore === c.okAfter
            ? `, ${c.okAfter ? "inside" : "outside"} ${band}`
            : `, now ${c.okAfter ? "inside" : "outside"} ${band}`;
      parts.push(`${codeSpan(c.name, 60)} ${percent(c.shareBefore)} → ${percent(c.shareAfter)}${verdict}`);
    }
  }
  parts.push(
    `${describeCounts(delta.introduced, "new")}, ${total(delta.fixed).toLocaleString("en-US")} fixed`,
  );
  return parts.join("; ");
}

function total(counts: SeverityCounts): number {
  return counts.error + counts.warning + counts.notice;
}

function describeCounts(counts: SeverityCounts, adjective: string): string {
  const named = (["error", "warning", "notice"] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s].toLocaleString("en-US")} ${adjective} ${s}${counts[s] === 1 ? "" : "s"}`);
  return named.length > 0 ? named.join(", ") : `no ${adjective} findings`;
}

/** A label Mermaid shows as it is: a plain id, else the category's position (the table names it). */
function chartLabel(name: string, index: number): string {
  return /^[A-Za-z0-9_-]{1,40}$/.test(name) ? name : `category ${index + 1}`;
}

/**
 * The distribution before and after as a Mermaid chart (GitHub renders it in comments) and, for every
 * other reader, a text table. Nothing from the data enters the chart but plain-id labels and numbers.
 */
export function renderDatasetDelta(dataset: DatasetDelta): string[] {
  const shown = dataset.categories;
  if (shown.length === 0) return [];
  const out: string[] = [];
  const pct = (share: number) => Math.round(share * 1000) / 10;
  const top = Math.min(
    100,
    Math.ceil(
      (Math.max(...shown.flatMap((c) => [c.shareBefore, c.shareAfter, c.max ?? 0, c.min ?? 0])) * 100 + 5) /
        5,
    ) * 5,
  );
  out.push(
    "",
    "```mermaid",
    "xychart-beta",
    `  title "Category shares before and after (%)"`,
    `  x-axis [${shown.map((c, i) => `"${chartLabel(c.name, i)}"`).join(", ")}]`,
    `  y-axis "share (%)" 0 --> ${top}`,
    `  bar [${shown.map((c) => pct(c.shareBefore)).join(", ")}]`,
    `  bar [${shown.map((c) => pct(c.shareAfter)).join(", ")}]`,
    `  line [${shown.map((c) => pct(c.min ?? 0)).join(", ")}]`,
    `  line [${shown.map((c) => (c.max !== undefined ? pct(c.max) : top)).join(", ")}]`,
    "```",
    "",
    "<sub>Bars: share at base, then at head; lines: the target band's minimum and maximum.</sub>",
    "",
    "| category | examples before → after | share before → after | target | |",
    "|---|---:|---:|---|---|",
  );
  shown.forEach((c, i) => {
    const label = chartLabel(c.name, i);
    const name =
      label === c.name
        ? codeSpan(c.name, 60, { inTable: true })
        : `${label}: ${codeSpan(c.name, 60, { inTable: true })}`;
    const status = c.okAfter ? "✅" : c.needed > 0 ? `❌ add ${c.needed}` : `❌ ${c.excess} over`;
    out.push(
      `| ${name} | ${c.countBefore.toLocaleString("en-US")} → ${c.countAfter.toLocaleString("en-US")} | ${percent(c.shareBefore)} → ${percent(c.shareAfter)} | ${percentBand(c.min, c.max)} | ${status} |`,
    );
  });
  return out;
}
