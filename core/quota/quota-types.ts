import type { CaseKind, SeverityId } from '../catalog';
import type { IsoDate, IsoInstant } from '../time';

/** A case as the quota sees it. Q4: voided cases do not count; withdrawn ones do. */
export type CaseRecord = {
  readonly openedAt: IsoInstant;
  readonly kind: CaseKind;
  readonly voided?: boolean;
};

/** Q2: an add-on pack purchase; `count` packs of 10 cases each. */
export type PackPurchase = { readonly boughtOn: IsoDate; readonly count: number };

export type OpenCaseRequest = {
  readonly openedAt: IsoInstant;
  readonly kind: CaseKind;
  readonly severity?: SeverityId;
};
