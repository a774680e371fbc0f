import type { CustodyFieldsInput } from '../../../shared/domain/object';

/**
 * The usual first steps of a chain of custody (REFERENCE §6.2): collected at the scene, packed
 * and sealed there, then stored in the evidence room. Each case's builder adds what follows.
 */
export interface Intake {
  collectedAt: string;
  collectedBy: string;
  place: string;
  condition: string;
  sealedAt: string;
  seal: string;
  storedAt: string;
  storedIn: string;
  authority: string;
}

export function intakeTrail(i: Intake): CustodyFieldsInput[] {
  return [
    {
      action: 'collect',
      at: i.collectedAt,
      to: i.collectedBy,
      location: i.place,
      authority: i.authority,
      condition: i.condition,
      note: 'Photographed in place before it was moved (overall view and with a scale).',
    },
    {
      action: 'package_seal',
      at: i.sealedAt,
      to: i.collectedBy,
      location: i.place,
      newSealNumber: i.seal,
      note: 'Padded box, acid-free tissue; the label is on the packaging, never on the object.',
    },
    {
      action: 'store',
      at: i.storedAt,
      from: i.collectedBy,
      location: i.storedIn,
      sealCheck: 'intact',
    },
  ];
}

export interface Examination {
  outAt: string;
  expert: string;
  where: string;
  purpose: string;
  custodian: string;
  backAt: string;
  newSeal: string;
  storedIn: string;
}

/**
 * Out to an expert and back: the seal is opened for the examination, in the presence of the
 * officer, and a new one put on before the object returns to the evidence room.
 */
export function examinationTrail(e: Examination): CustodyFieldsInput[] {
  return [
    {
      action: 'check_out',
      at: e.outAt,
      from: e.custodian,
      to: e.expert,
      location: e.where,
      purpose: e.purpose,
      sealCheck: 'intact',
    },
    {
      action: 'examine',
      at: e.outAt,
      to: e.expert,
      location: e.where,
      purpose: e.purpose,
      sealCheck: 'broken',
      note: `Seal opened by ${e.expert} in the presence of ${e.custodian}; photographs taken.`,
    },
    {
      action: 'return',
      at: e.backAt,
      from: e.expert,
      to: e.custodian,
      location: e.where,
      condition: 'Unchanged since the examination began.',
      newSealNumber: e.newSeal,
    },
    {
      action: 'store',
      at: e.backAt,
      from: e.custodian,
      location: e.storedIn,
      sealCheck: 'intact',
    },
  ];
}
