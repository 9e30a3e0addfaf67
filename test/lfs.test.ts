// Git LFS pointers as git and GitHub show them (the Git LFS spec's format).
import { describe, expect, it } from "vitest";
import { isLfsPointer, isLfsPointerPatch } from "../src/action/lfs.js";

const OID_A = "a".repeat(64);
const OID_B = "b".repeat(64);
const pointer = (oid: string, size: number) =>
  `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`;

describe("Git LFS pointers", () => {
  it("tells a pointer from data", () => {
    expect(isLfsPointer(Buffer.from(pointer(OID_A, 1234)))).toBe(true);
    expect(isLfsPointer(Buffer.from('{"prompt": "version https://git-lfs.github.com/spec/v1"}\n'))).toBe(
      false,
    );
    // A pointer is under 1024 bytes: a longer file starting like one is data.
    expect(isLfsPointer(Buffer.from(`${pointer(OID_A, 1)}${"x".repeat(1024)}`))).toBe(false);
  });

  it("tells the diff of a pointer (a new LFS file, a changed one) from the diff of data", () => {
    const added = `@@ -0,0 +1,3 @@\n${pointer(OID_A, 10)
      .trimEnd()
      .split("\n")
      .map((line) => `+${line}`)
      .join("\n")}`;
    expect(isLfsPointerPatch(added)).toBe(true);
    const changed = `@@ -1,3 +1,3 @@\n version https://git-lfs.github.com/spec/v1\n-oid sha256:${OID_A}\n-size 10\n+oid sha256:${OID_B}\n+size 12`;
    expect(isLfsPointerPatch(changed)).toBe(true);
    expect(isLfsPointerPatch('@@ -1 +1 @@\n-{"a": 1}\n+{"a": 2}')).toBe(false);
    expect(isLfsPointerPatch(`@@ -1 +1,2 @@\n+oid sha256:${OID_A}\n+{"a": 2}`)).toBe(false);
    expect(isLfsPointerPatch("")).toBe(false);
  });
});
