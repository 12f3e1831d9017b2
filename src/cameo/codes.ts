import type { CameoQuadClass } from './types.js';

const CODE = /^[0-9]{2,4}$/;

/** Whether a string has the shape of a CAMEO event code: 2 to 4 digits ("01", "042", "0211"). */
export function isCameoCodeShape(code: string): boolean {
  return CODE.test(code);
}

/** The 2-digit root of a CAMEO code: rootOf("0871") is "08". */
export function rootOf(code: string): string {
  return code.slice(0, 2);
}

/** The code one level up, or null for a root: parentOf("0871") is "087", parentOf("087") is "08". */
export function parentOf(code: string): string | null {
  return code.length > 2 ? code.slice(0, -1) : null;
}

/** The quad class CAMEO assigns to a root: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4; null outside 01-20. */
export function quadClassOfRoot(root: string): CameoQuadClass | null {
  const n = Number(root);
  if (!/^[0-9]{2}$/.test(root) || n < 1 || n > 20) return null;
  if (n <= 5) return 1;
  if (n <= 8) return 2;
  if (n <= 13) return 3;
  return 4;
}
