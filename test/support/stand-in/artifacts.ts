// Artifacts, as @actions/artifact uploads them and the REST API lists and downloads them: the results
// service (Twirp, JSON) for CreateArtifact and FinalizeArtifact, the blob storage behind its signed URLs,
// and actions/list-workflow-run-artifacts and actions/download-artifact.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { notFound, page, repoUrl } from "./rest.js";
import type { GitHubStandIn } from "./server.js";
import type { Operations, RecordedRequest, StoredArtifact } from "./types.js";

/**
 * The results service's message types as @actions/artifact generates them from its protobuf (Twirp) API,
 * which is not in GitHub's REST description: the stand-in parses every request and its own answers with
 * them, strictly (an unknown or mistyped field throws), as the service would.
 */
interface TwirpMessage {
  fromJson(json: unknown, options?: { ignoreUnknownFields?: boolean }): Record<string, unknown>;
}
// The package exports only its entry (lib/artifact.js); the generated types sit beside it, in lib/generated/.
const TWIRP = (await import(
  new URL("generated/index.js", import.meta.resolve("@actions/artifact")).href
)) as Record<string, TwirpMessage>;
const TWIRP_SERVICE = "github.actions.results.api.v1.ArtifactService";

/** An upload between CreateArtifact and FinalizeArtifact: its staged blocks and committed content. */
export interface Upload {
  runId: number;
  name: string;
  blocks: Map<string, Buffer>;
  content: Buffer | null;
  contentType: string;
}

function blobUrl(github: GitHubStandIn, id: number): string {
  return `${github.url}/blob-storage/artifacts/${id}?sig=stand-in`;
}

function artifactEntry(github: GitHubStandIn, artifact: StoredArtifact) {
  const repository = repoUrl(github);
  return {
    id: artifact.id,
    node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
    name: artifact.name,
    size_in_bytes: artifact.content.length,
    url: `${repository}/actions/artifacts/${artifact.id}`,
    archive_download_url: `${repository}/actions/artifacts/${artifact.id}/zip`,
    expired: false,
    created_at: artifact.createdAt,
    expires_at: "2027-02-25T10:00:00Z",
    updated_at: artifact.createdAt,
    digest: artifact.digest,
    workflow_run: {
      id: artifact.runId,
      repository_id: 1,
      head_repository_id: 2,
      head_branch: "feature",
      head_sha: "0".repeat(40),
    },
  };
}

export const ARTIFACTS: Operations = {
  "actions/list-workflow-run-artifacts": (github, { params, query }) => {
    const runId = Number(params.run_id);
    const entries = github
      .artifactsOf(runId)
      .filter((a) => query.name === undefined || a.name === query.name)
      .map((a) => artifactEntry(github, a));
    const listed = page(entries, query, `${repoUrl(github)}/actions/runs/${runId}/artifacts`);
    return { ...listed, body: { total_count: entries.length, artifacts: listed.body } };
  },
  "actions/download-artifact": (github, { params }) => {
    const artifact = github.artifacts.get(Number(params.artifact_id));
    if (!artifact || params.archive_format !== "zip") return notFound();
    // GitHub answers with a redirect to a short-lived signed URL of the blob.
    return { status: 302, body: undefined, headers: { location: blobUrl(github, artifact.id) } };
  },
};

/** The results service (Twirp, JSON): CreateArtifact, then the blob upload, then FinalizeArtifact. */
export async function handleTwirp(
  github: GitHubStandIn,
  request: IncomingMessage,
  url: URL,
  bytes: Buffer,
  response: ServerResponse,
): Promise<void> {
  const where = `${request.method} ${url.pathname}`;
  const record: RecordedRequest = {
    method: request.method ?? "POST",
    path: url.pathname,
    query: {},
    operationId: undefined,
    body: undefined,
    status: 0,
  };
  github.requests.push(record);
  const answer = (status: number, body: object) => {
    record.status = status;
    response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };
  const method = url.pathname.slice(`/twirp/${TWIRP_SERVICE}/`.length);
  if (!url.pathname.startsWith(`/twirp/${TWIRP_SERVICE}/`) || request.method !== "POST") {
    github.violations.push(`${where}: not a method of ${TWIRP_SERVICE}`);
    return answer(404, { code: "bad_route", msg: "no such method" });
  }
  record.operationId = `twirp/${method}`;
  const runId = github.runtimeTokens.get((request.headers.authorization ?? "").replace(/^bearer /i, ""));
  if (runId === undefined) return answer(401, { code: "unauthenticated", msg: "invalid runtime token" });
  const requestType = TWIRP[`${method}Request`];
  const responseType = TWIRP[`${method}Response`];
  if (!requestType || !responseType) {
    github.violations.push(`${where}: @actions/artifact defines no ${method} messages`);
    return answer(404, { code: "bad_route", msg: "no such method" });
  }
  let message: Record<string, unknown>;
  try {
    record.body = JSON.parse(bytes.toString("utf8"));
    message = requestType.fromJson(record.body);
  } catch (error) {
    github.violations.push(`${where}: request ${(error as Error).message}`);
    return answer(400, { code: "malformed", msg: "bad request" });
  }
  if (message.workflowRunBackendId !== `run-${runId}`) {
    github.violations.push(
      `${where}: names run ${String(message.workflowRunBackendId)}, not its token's run-${runId}`,
    );
  }
  const key = `${runId}/${String(message.name)}`;
  let body: object;
  if (method === "CreateArtifact") {
    github.uploads.set(key, {
      runId,
      name: String(message.name),
      blocks: new Map(),
      content: null,
      contentType: "application/octet-stream",
    });
    body = {
      ok: true,
      signed_upload_url: `${github.url}/blob-storage/uploads/${encodeURIComponent(key)}?sig=stand-in`,
    };
  } else if (method === "FinalizeArtifact") {
    const upload = github.uploads.get(key);
    if (!upload?.content) return answer(404, { code: "not_found", msg: "no upload to finalize" });
    github.uploads.delete(key);
    const artifact = github.putArtifact(runId, upload.name, upload.content, upload.contentType);
    if (message.size !== String(artifact.content.length)) {
      github.violations.push(
        `${where}: size ${String(message.size)}, but ${artifact.content.length} bytes were uploaded`,
      );
    }
    // A google.protobuf.StringValue: { value } once parsed.
    const hash = (message.hash as { value?: string } | undefined)?.value;
    if (hash !== undefined && hash !== artifact.digest) {
      github.violations.push(`${where}: hash ${hash}, but the upload's is ${artifact.digest}`);
    }
    body = { ok: true, artifact_id: String(artifact.id) };
  } else {
    github.violations.push(`${where}: the stand-in does not serve ${method}`);
    return answer(501, { code: "unimplemented", msg: method });
  }
  try {
    responseType.fromJson(body);
  } catch (error) {
    github.violations.push(`our answer to ${method} breaks its message: ${(error as Error).message}`);
  }
  return answer(200, body);
}

/**
 * Blob storage behind the signed URLs: Azure's Put Block and Put Block List for an upload (what
 * @azure/storage-blob's uploadStream sends), and a plain GET of a finalized artifact.
 */
export async function handleBlob(
  github: GitHubStandIn,
  request: IncomingMessage,
  url: URL,
  bytes: Buffer,
  response: ServerResponse,
): Promise<void> {
  const method = request.method ?? "GET";
  const where = `${method} ${url.pathname}`;
  const query = Object.fromEntries(url.searchParams);
  const record: RecordedRequest = {
    method,
    path: url.pathname,
    query,
    operationId: `blob/${query.comp ?? method.toLowerCase()}`,
    body: undefined,
    status: 0,
  };
  github.requests.push(record);
  const send = (status: number, headers: Record<string, string> = {}, body: Buffer | string = "") => {
    record.status = status;
    response
      .writeHead(status, {
        "x-ms-request-id": `stand-in-${github.newId()}`,
        "x-ms-version": "2025-01-05",
        ...headers,
      })
      .end(body);
  };
  const committed = () => ({
    etag: `"0x${github.newId()}"`,
    "last-modified": github.clockTime().toUTCString(),
  });
  if (query.sig !== "stand-in") return send(403);
  const [, , kind, rest] = url.pathname.split("/");
  const key = decodeURIComponent(rest ?? "");
  if (kind === "uploads" && method === "PUT") {
    const upload = github.uploads.get(key);
    if (!upload) return send(404);
    if (query.comp === "block" && query.blockid) {
      upload.blocks.set(query.blockid, bytes);
      return send(201, { "content-md5": createHash("md5").update(bytes).digest("base64") });
    }
    if (query.comp === "blocklist") {
      const ids = [...bytes.toString("utf8").matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
        (m) => m[1] as string,
      );
      const missing = ids.filter((id) => !upload.blocks.has(id));
      if (missing.length > 0) {
        github.violations.push(`${where}: commits blocks never staged: ${missing.join(", ")}`);
        return send(400);
      }
      upload.content = Buffer.concat(ids.map((id) => upload.blocks.get(id) as Buffer));
      upload.contentType = String(request.headers["x-ms-blob-content-type"] ?? upload.contentType);
      return send(201, committed());
    }
    if (!query.comp) {
      // Put Blob: the whole content in one request.
      upload.content = bytes;
      upload.contentType = String(request.headers["x-ms-blob-content-type"] ?? upload.contentType);
      return send(201, committed());
    }
  }
  if (kind === "artifacts" && method === "GET") {
    const artifact = github.artifacts.get(Number(key));
    if (!artifact) return send(404);
    return send(
      200,
      {
        "content-type": artifact.contentType,
        "content-length": String(artifact.content.length),
        "content-disposition": `attachment; filename="${artifact.name.replace(/["\\]/g, "")}"`,
      },
      artifact.content,
    );
  }
  github.violations.push(`${where}: not a blob operation the stand-in serves`);
  return send(400);
}
