/**
 * How many drawn objects can fall in one township, before any seed is known. A stratum draws its
 * `n` of `N` objects by ticket, so the number among the `K` of one township is hypergeometric;
 * strata hash apart (SPEC.md §4), so a township's total is their sum. Probabilities below 1e-15
 * are dropped at the tails: far below any chance worth a warning.
 */

/** A distribution over the integers from `lo`: p[k] is the chance of lo + k. */
export interface Distribution {
  lo: number;
  p: number[];
}

const NEGLIGIBLE = 1e-15;

const logFactorials: number[] = [0];
function logFactorial(n: number): number {
  for (let k = logFactorials.length; k <= n; k++) logFactorials.push((logFactorials[k - 1] as number) + Math.log(k));
  return logFactorials[n] as number;
}
const logChoose = (n: number, k: number) => logFactorial(n) - logFactorial(k) - logFactorial(n - k);

function trimmed(lo: number, p: number[]): Distribution {
  let a = 0;
  let b = p.length - 1;
  while (a < b && (p[a] as number) < NEGLIGIBLE) a++;
  while (b > a && (p[b] as number) < NEGLIGIBLE) b--;
  return { lo: lo + a, p: p.slice(a, b + 1) };
}

/** The number of the `drawn` of `population` objects that fall among `among` of them. */
export function hypergeometric(population: number, among: number, drawn: number): Distribution {
  const lo = Math.max(0, drawn - (population - among));
  const hi = Math.min(drawn, among);
  const base = logChoose(population, drawn);
  const p: number[] = [];
  for (let k = lo; k <= hi; k++)
    p.push(Math.exp(logChoose(among, k) + logChoose(population - among, drawn - k) - base));
  return trimmed(lo, p);
}

export const certainly = (value: number): Distribution => ({ lo: value, p: [1] });

/** The sum of two independent counts. */
export function sum(a: Distribution, b: Distribution): Distribution {
  const p = new Array<number>(a.p.length + b.p.length - 1).fill(0);
  for (let i = 0; i < a.p.length; i++) {
    const x = a.p[i] as number;
    if (x === 0) continue;
    for (let j = 0; j < b.p.length; j++) p[i + j] = (p[i + j] as number) + x * (b.p[j] as number);
  }
  return trimmed(a.lo + b.lo, p);
}

/** The chance that the count exceeds `limit`. */
export function chanceAbove(d: Distribution, limit: number): number {
  let total = 0;
  for (let k = Math.max(0, limit + 1 - d.lo); k < d.p.length; k++) total += d.p[k] as number;
  return Math.min(1, total);
}
