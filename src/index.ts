import { run } from "./action/runner.js";

// The action's entry: it only runs run(), which holds the one try/catch (actions/typescript-action's shape).
await run();
