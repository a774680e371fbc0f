import { createParty, listParties, partyView, updateParty } from '../../core/parties/parties';
import { mergeParties, unmergeParty } from '../../core/parties/party-merge';
import { assignRole, partiesOfCase, removeRole } from '../../core/parties/party-roles';
import type { AppServices } from '../../core/workspace/app-services';
import type { PartyFieldsInput } from '../../../shared/domain/party';
import type { HandlersFor } from '../handle';

/** People and organisations, their roles in cases, and merging duplicates. */
export function partyHandlers(services: AppServices): HandlersFor<'party'> {
  const session = () => services.workspace.session();
  return {
    'party:list': (query) => listParties(session(), query),
    'party:get': ({ id }) => partyView(session(), id),
    'party:create': ({ fields }) => createParty(session(), fields as PartyFieldsInput),
    'party:update': ({ id, version, fields }) =>
      updateParty(session(), { id, version, fields: fields as PartyFieldsInput }),
    'party:assign-role': (input) => assignRole(session(), input),
    'party:remove-role': ({ casePartyId }) => removeRole(session(), casePartyId),
    'party:of-case': ({ caseId }) => partiesOfCase(session(), caseId),
    'party:merge': (input) => mergeParties(session(), input),
    'party:unmerge': (input) => unmergeParty(session(), input),
  };
}
