import { logLine } from "../action-io.js";
import { analysisArtifactName } from "../job-key.js";
import { uploadForPublish } from "../publish-mode.js";
import { annotationNote } from "./annotations-sink.js";
import type { ReportSink } from "./sink.js";

/**
 * An analyze run's artifact for a later publish run: the report, with the notes its comment would carry
 * (this run's annotations included, as the comment says how many findings have none).
 */
export function uploadSink(env: NodeJS.ProcessEnv, key: string): ReportSink {
  return {
    name: `upload the artifact ${analysisArtifactName(key)}`,
    advice: () => "a publish run will find nothing to post",
    async publish(context) {
      const notes = [...context.notes, ...annotationNote(context)];
      await uploadForPublish(
        context.report,
        context.run,
        notes,
        context.facts,
        env,
        key,
        logLine(context.io),
      );
      return {};
    },
  };
}
