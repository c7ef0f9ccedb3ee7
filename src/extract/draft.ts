/** Which rule drafted a datum and how far to trust it (0 to 1): kept on every machine-drafted item. */
export interface Draft {
  rule: string;
  confidence: number;
}
