import type { ReportSink } from "./sink.js";

/** The step's outputs (action.yml): the verdict, the counts and the paths the file sinks wrote. */
export const outputsSink: ReportSink = {
  name: "set the outputs",
  async publish({ report, outputs, io }) {
    io.setOutput("passed", String(report.passed));
    io.setOutput("errors", String(report.summary.errors));
    io.setOutput("warnings", String(report.summary.warnings));
    io.setOutput("notices", String(report.summary.notices));
    io.setOutput("examples", String(report.summary.examples));
    for (const [name, value] of Object.entries(outputs)) io.setOutput(name, value);
    return {};
  },
};
