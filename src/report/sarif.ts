import { gzipSync } from "node:zlib";
import type * as Sarif from "sarif";
import type { Finding, Severity } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { VERSION } from "../model/version.js";
import { RULES } from "../rules/registry.js";
import { SARIF_RESULTS_PER_RUN, SARIF_RESULTS_SHOWN, SARIF_UPLOAD_MAX_GZIP_BYTES } from "./github-limits.js";
import { prioritise } from "./prioritise.js";
import { terminalSafe } from "./terminal-safe.js";

// The report as SARIF 2.1.0 (OASIS), for GitHub code scanning (github/codeql-action/upload-sarif) and any
// other SARIF viewer: one run, every rule of the registry as a reportingDescriptor, one result a finding.

/** The schema the log names: the OASIS standard's final 2.1.0 schema. */
export const SARIF_SCHEMA_URI =
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/**
 * Longest result message, in characters. Code scanning shows the message as the alert's title (and only its
 * first sentence where room is short), so a finding's message plus where it is fits well within it; the
 * bound is for dataset text that reaches a message (a category name, a field path).
 */
const MESSAGE_MAX = 1000;
/** Longest excerpt of dataset text carried in a result's properties. */
const EXCERPT_MAX = 200;

/** The most gzip adds to incompressible text of the sizes at stake (a header, and 5 bytes a 64 KiB block). */
const GZIP_OVERHEAD_BYTES = 1024;

/** The partialFingerprints key: our fingerprint of the finding's rule and content, never its line. */
const FINGERPRINT_KEY = "datasetCiFingerprint/v1";

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: "error",
  warning: "warning",
  notice: "note",
};

export interface SarifOptions {
  /**
   * The config file, relative to the repository root: where dataset-level findings (a dataset too small,
   * a category off target) are located, since code scanning shows only results with a location.
   */
  configPath?: string;
  /** The baseline file, named in the suppression of each finding it accepts. */
  baselinePath?: string;
  /** Where people learn about dataset-ci (the action's repository), when known. */
  informationUri?: string;
  /** Most results to write (default: what code scanning keeps, SARIF_RESULTS_SHOWN). */
  maxResults?: number;
  /** Largest gzip-compressed size (default: code scanning's upload limit). */
  maxGzipBytes?: number;
}

export interface SarifOutput {
  log: Sarif.Log;
  /** The log as JSON, within maxGzipBytes compressed. */
  text: string;
  /** Findings left out to respect the limits (the most important are kept). */
  omitted: number;
}

/** The report as a SARIF log, its results in priority order and capped to code scanning's limits. */
export function renderSarif(report: Report, options: SarifOptions = {}): SarifOutput {
  const ordered = orderedFindings(report);
  const maxGzip = options.maxGzipBytes ?? SARIF_UPLOAD_MAX_GZIP_BYTES;
  let count = Math.min(ordered.length, options.maxResults ?? SARIF_RESULTS_SHOWN, SARIF_RESULTS_PER_RUN);
  for (;;) {
    const log = buildLog(report, ordered, count, options);
    const text = `${JSON.stringify(log, null, 2)}\n`;
    // Compressing costs more than the rest of the rendering: only a file larger than the limit needs it.
    const raw = Buffer.byteLength(text, "utf8");
    const size = raw + GZIP_OVERHEAD_BYTES <= maxGzip ? raw : gzipSync(text).length;
    if (size <= maxGzip || count === 0) return { log, text, omitted: ordered.length - count };
    // Too large compressed: keep the share of results that fits, with a tenth to spare, and try again.
    count = Math.max(0, Math.min(count - 1, Math.floor((count * maxGzip * 0.9) / size)));
  }
}

interface OrderedFinding {
  file: string | undefined;
  dataset: string | undefined;
  /** Files of the dataset, for a dataset-level finding located on its first file when there is no config. */
  datasetFiles: readonly string[];
  finding: Finding;
  /** How many findings before it in the report share its fingerprint (identical examples repeat). */
  occurrence: number;
}

/** New findings in the order a bounded sink spends its room (prioritise), then the baselined ones. */
function orderedFindings(report: Report): OrderedFinding[] {
  const occurrences = new Map<Finding, number>();
  const seen = new Map<string, number>();
  const all = [...report.files.flatMap((f) => f.findings), ...report.datasets.flatMap((d) => d.findings)];
  for (const finding of all) {
    if (!finding.fingerprint) continue;
    const n = seen.get(finding.fingerprint) ?? 0;
    occurrences.set(finding, n);
    seen.set(finding.fingerprint, n + 1);
  }
  const filesOf = new Map(report.datasets.map((d) => [d.name, d.files]));
  const place = (file: string | undefined, dataset: string | undefined, finding: Finding) => ({
    file,
    dataset,
    datasetFiles: (dataset !== undefined ? filesOf.get(dataset) : undefined) ?? [],
    finding,
    occurrence: occurrences.get(finding) ?? 0,
  });
  const fresh = prioritise(report).map((p) => place(p.file, p.dataset, p.finding));
  const baselined = [
    ...report.datasets.flatMap((d) =>
      d.findings.filter((f) => f.baselined).map((f) => place(undefined, d.name, f)),
    ),
    ...report.files.flatMap((file) =>
      file.findings.filter((f) => f.baselined).map((f) => place(file.path, undefined, f)),
    ),
  ];
  return [...fresh, ...baselined];
}

function buildLog(
  report: Report,
  ordered: OrderedFinding[],
  count: number,
  options: SarifOptions,
): Sarif.Log {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const results = ordered.slice(0, count).map((o) => result(o, ruleIndex, options));
  const omitted = ordered.length - count;
  const notifications: Sarif.Notification[] =
    omitted > 0
      ? [
          {
            level: "warning",
            message: {
              text: `${omitted.toLocaleString("en-US")} of ${ordered.length.toLocaleString("en-US")} findings are not in this file: code scanning keeps at most ${SARIF_RESULTS_SHOWN.toLocaleString("en-US")} results a run and takes uploads up to ${SARIF_UPLOAD_MAX_GZIP_BYTES / 1_000_000} MB compressed. The most severe are kept, spread over files and rules; 'dataset-ci check' lists every finding.`,
            },
          },
        ]
      : [];
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "dataset-ci",
            version: VERSION,
            semanticVersion: VERSION,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: `${rule.description} ${rule.advice}` },
              help: { text: rule.advice },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { tags: ["dataset-ci", rule.kind] },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        results,
        properties: {
          passed: report.passed,
          failOn: report["fail-on"],
          summary: report.summary,
          findings: ordered.length,
          resultsOmitted: omitted,
        },
      },
    ],
  };
}

function result(
  o: OrderedFinding,
  ruleIndex: ReadonlyMap<string, number>,
  options: SarifOptions,
): Sarif.Result {
  const { finding } = o;
  const where = o.file === undefined ? `dataset ${o.dataset ?? ""}: ` : "";
  const row = finding.row !== undefined ? ` (row ${finding.row})` : "";
  const field = finding.field ? ` (field ${finding.field})` : "";
  const index = ruleIndex.get(finding.rule);
  const locationPath = o.file ?? options.configPath ?? o.datasetFiles[0];
  const properties: Record<string, unknown> = {};
  if (o.dataset !== undefined) properties.dataset = terminalSafe(o.dataset, 200);
  if (finding.row !== undefined) properties.row = finding.row;
  if (finding.field) properties.field = terminalSafe(finding.field, 200);
  if (finding.excerpt) properties.excerpt = terminalSafe(finding.excerpt, EXCERPT_MAX);
  return {
    ruleId: finding.rule,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: LEVEL[finding.severity],
    message: { text: messageText(`${where}${finding.message}${row}${field}`) },
    ...(locationPath !== undefined
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(locationPath), uriBaseId: "%SRCROOT%" },
                // Only a line of the file itself: a Parquet row, or the config for a dataset, has none.
                ...(o.file !== undefined && finding.line !== undefined
                  ? { region: { startLine: finding.line } }
                  : {}),
              },
            },
          ],
        }
      : {}),
    ...(finding.fingerprint
      ? { partialFingerprints: { [FINGERPRINT_KEY]: `${finding.fingerprint}:${o.occurrence}` } }
      : {}),
    ...(finding.baselined
      ? {
          suppressions: [
            {
              kind: "external",
              status: "accepted",
              justification: `Accepted in the dataset-ci baseline${options.baselinePath ? ` ${options.baselinePath}` : ""}.`,
            },
          ],
        }
      : {}),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

/**
 * A result message from text that may hold dataset text: control characters shown as escapes, the length
 * bounded, and square brackets escaped, since SARIF reads `[text](target)` in a plain-text message as an
 * embedded link (SARIF 2.1.0 §3.11.6).
 */
export function messageText(text: string): string {
  return terminalSafe(text, MESSAGE_MAX).replace(/[[\]]/g, "\\$&");
}

/** A repository-relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function artifactUri(filePath: string): string {
  return filePath.replace(/\\/g, "/").split("/").map(encodeURIComponent).join("/");
}
