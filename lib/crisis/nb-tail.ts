// The upper tail of the negative binomial: how surprising `x` events are when `mu` were expected,
// allowing for the extra spread real mention streams have (variance mu + mu²/size). It is the
// gamma–Poisson predictive, so an uncertain baseline (little history) widens it by itself.

// Lanczos approximation (g = 7, n = 9), accurate to about 15 digits for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * P(X ≥ x) for X ~ NegBin(mean mu, size r). Only the upper side matters here, so any x at or below
 * the mean answers 1. Sums the tail from x upward: exact where it matters (tiny tails), and
 * cheap, because the terms shrink geometrically past the mode.
 */
export function nbUpperTail(x: number, mu: number, r: number): number {
  if (!(mu > 0) || !(r > 0)) return x > 0 ? 0 : 1;
  if (x <= mu) return 1;
  const p = r / (r + mu);
  const q = mu / (r + mu);
  let term = Math.exp(logGamma(x + r) - logGamma(r) - logGamma(x + 1) + r * Math.log(p) + x * Math.log(q));
  // Below what a double can hold: as good as impossible.
  if (term === 0) return 0;
  let sum = 0;
  for (let k = x; k < x + 100_000; k++) {
    sum += term;
    const ratio = ((k + r) / (k + 1)) * q;
    // What is left is at most term·ratio/(1−ratio) once the ratio has dropped below 1.
    if (ratio < 1 && (term * ratio) / (1 - ratio) < sum * 1e-9) break;
    term *= ratio;
  }
  return Math.min(1, sum);
}
