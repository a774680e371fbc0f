import type { ObjectLine, SeizureInfo } from '../form-blocks';

export interface ReceiptItem {
  object: ObjectLine;
  /** Items it counts: a lot's count, else 1. */
  quantity: number;
  /** Items of the lot described one by one (listed under the lot, not again). */
  describedItems: number;
  /** The condition noted at collection, else the object's condition (grade code and note). */
  conditionAtSeizure: string;
  seals: string[];
}

export interface ReceiptBody {
  seizure: SeizureInfo;
  holderPresent: boolean;
  /** The holder's name and address (address only when recorded); `withheld` by the disclosure. */
  holder: { name: string; address: string; country: string | null } | 'withheld' | null;
  items: ReceiptItem[];
  /** Whether objects of the seizure were left out by the disclosure. */
  objectsWithheld: boolean;
}
