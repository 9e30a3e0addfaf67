// How a category's share and target band are written, in findings and in every report.

/** A share as people write it: 0.1733 → "17.3 %", 0.2 → "20 %". */
export function percent(share: number): string {
  return `${percentNumber(share)} %`;
}

/** A target band: "25–35 %"; "—" when the category has none. */
export function percentBand(min: number | undefined, max: number | undefined): string {
  if (min === undefined && max === undefined) return "—";
  return `${percentNumber(min ?? 0)}–${percentNumber(max ?? 1)} %`;
}

function percentNumber(share: number): string {
  return (share * 100).toFixed(1).replace(/\.0$/, "");
}
