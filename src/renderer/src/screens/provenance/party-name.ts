import type { PartyRef } from '../../../../shared/domain/seizure';

/** A party as the chain names it: the directory's name for a party of the case file, else as typed. */
export function partyName(ref: PartyRef, names: Readonly<Record<string, string>>): string {
  if (ref.partyId !== null) return names[ref.partyId] ?? ref.name;
  return ref.name;
}
