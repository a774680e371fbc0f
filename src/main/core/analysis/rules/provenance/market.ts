import { eventGroup } from '../../../../../shared/domain/provenance';
import { atLeastTimes, compareAmounts, formatAmount, ratio } from '../../decimal';
import { eventDate, eventRef, eventsOfObject, objectLabel } from '../../context';
import type { FindingDraft, Rule } from '../../registry';
import { certainlyWithinMonths } from './spans';
import { credible, PROVENANCE_RULE_SETTINGS as S } from './settings';

/**
 * A rapid resale with a large price jump: two transfers of ownership with prices in the same
 * currency, the later (in chain order) certainly within `rapidResaleMonths` of the earlier, at a
 * price at least `rapidResaleFactor` times the earlier one. Typical of laundering a find into the
 * market (a nominal first sale, then the real one), or of a price set to move money.
 *
 * Every pair is compared, not only neighbours (a cheap sale, a loan, then the expensive sale is
 * still a jump). Prices in different currencies are never compared: no exchange rate is guessed.
 * "Certainly within" needs both dates known at both ends; an approximate date ("c. 1990") never
 * qualifies.
 */
export const rapidResale: Rule = {
  id: 'provenance.rapid-resale',
  domain: 'provenance',
  severity: 'medium',
  title: 'Rapid resale with a large price increase',
  evaluate(ctx) {
    const drafts: FindingDraft[] = [];
    const months = S.rapidResaleMonths;
    for (const o of ctx.objects) {
      const sales = eventsOfObject(ctx, o.id).filter(
        (e) => eventGroup(e.type) === 'transfer' && e.price !== null && credible(e),
      );
      for (const [i, a] of sales.entries()) {
        for (const b of sales.slice(i + 1)) {
          const pa = a.price;
          const pb = b.price;
          if (!pa || !pb || pa.currency !== pb.currency) continue;
          if (compareAmounts(pb.amount, '0') <= 0) continue;
          if (!atLeastTimes(pb.amount, pa.amount, S.rapidResaleFactor)) continue;
          if (!certainlyWithinMonths(a.span, b.span, months)) continue;
          const times = ratio(pb.amount, pa.amount);
          const fromPrice = `${pa.amount} ${pa.currency}`;
          const toPrice = `${pb.amount} ${pb.currency}`;
          drafts.push({
            objectId: o.id,
            params: {
              fromPosition: a.position,
              toPosition: b.position,
              fromDate: eventDate(a),
              toDate: eventDate(b),
              fromPrice,
              toPrice,
              factor: times ?? '∞',
              months,
            },
            evidence: [eventRef(ctx, a), eventRef(ctx, b)],
            message:
              `${objectLabel(o)} changed hands for ${formatAmount(pa.amount)} ${pa.currency} ` +
              `(event ${a.position}, ${eventDate(a)}) and again for ${formatAmount(pb.amount)} ` +
              `${pb.currency} (event ${b.position}, ${eventDate(b)}): ` +
              `${times === null ? 'up from nothing' : `${times} times as much`} within ${months} months.`,
          });
        }
      }
    }
    return drafts;
  },
};
