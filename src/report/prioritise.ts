import { type Finding, SEVERITIES, SEVERITY_RANK } from "../model/finding.js";
import type { Report } from "../model/report.js";

export interface PlacedFinding {
  /** The file's path; undefined for a dataset-level finding. */
  file: string | undefined;
  /** The dataset a dataset-level finding belongs to. */
  dataset?: string;
  finding: Finding;
}

/**
 * Every finding of a report in the order a bounded sink should spend its room on them: the most severe
 * first, and within a severity one finding of each (file, rule) group in turn, so that a rule firing on
 * every line of one file cannot crowd out the others. Dataset-level findings (the gates) lead their tier.
 * Baselined findings are left out.
 */
export function prioritise(report: Report): PlacedFinding[] {
  const groups = new Map<string, PlacedFinding[]>();
  const add = (placed: PlacedFinding): void => {
    const key = `${placed.finding.severity}\u0000${placed.file ?? `\u0000${placed.dataset}`}\u0000${placed.finding.rule}`;
    const group = groups.get(key);
    if (group) group.push(placed);
    else groups.set(key, [placed]);
  };
  // Baselined findings were accepted before this change: they take no room from new ones.
  for (const dataset of report.datasets) {
    for (const finding of dataset.findings) {
      if (!finding.baselined) add({ file: undefined, dataset: dataset.name, finding });
    }
  }
  for (const file of report.files) {
    for (const finding of file.findings) if (!finding.baselined) add({ file: file.path, finding });
  }
  const ordered: PlacedFinding[] = [];
  for (const severity of SEVERITIES_MOST_SEVERE_FIRST) {
    // Round robin over the tier's groups; an exhausted group leaves the rotation.
    let active = [...groups.values()].filter((group) => group[0]?.finding.severity === severity);
    for (let round = 0; active.length > 0; round++) {
      for (const group of active) ordered.push(group[round] as PlacedFinding);
      active = active.filter((group) => group.length > round + 1);
    }
  }
  return ordered;
}

const SEVERITIES_MOST_SEVERE_FIRST = [...SEVERITIES].sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a]);
