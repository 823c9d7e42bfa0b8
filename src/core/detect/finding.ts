/** The forms in which an error appears in text (see design: Detection). */
const FINDING_FORMS = ['code', 'symbol', 'errno', 'libuv', 'hresult', 'message'] as const;
export type FindingForm = (typeof FINDING_FORMS)[number];

/** How sure detection is; only `high` findings trigger auto-replies. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** One distinct error found in a text. The same error in several forms is one finding. */
export interface Finding {
  /** Catalog id (`"10054"`, `"EPIPE"`). */
  id: string;
  /**
   * The strongest matched text, as it appears in the input, with what copying put in it read back
   * (a no-break space as a space, a typographic quote as a plain one, zero-width characters left out).
   */
  match: string;
  /** Offset of `match` in the input (UTF-16 code units, as JavaScript strings count). */
  index: number;
  /** The form of the strongest match. */
  form: FindingForm;
  confidence: Confidence;
  /** How many times the error occurs in the text, in any form. */
  count: number;
}
