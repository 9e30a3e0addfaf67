/**
 * Whether a UTF-16 code unit is whitespace: ECMAScript's WhiteSpace and LineTerminator, the set both a
 * regular expression's `\s` and String.prototype.trim use (JSON's four whitespace characters are among
 * them). One definition for every hand-written scan that must agree with those (test/comparable-text.test.ts
 * holds it to `\s` and `trim` on every code unit).
 */
export function isWhitespaceUnit(code: number): boolean {
  if (code === 32) return true;
  if (code < 32) return code >= 9 && code <= 13;
  if (code < 0xa0) return false;
  if (code < 0x2000) return code === 0xa0 || code === 0x1680;
  return (
    code <= 0x200a ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
