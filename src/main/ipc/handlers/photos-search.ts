import {
  addPhoto,
  listPhotos,
  movePhoto,
  photoFileSource,
  photoImage,
  removePhoto,
  updatePhoto,
} from '../../core/photos';
import { searchAll } from '../../core/search/search';
import type { AppServices } from '../../core/workspace/app-services';
import type { HandlersFor } from '../handle';

/** Photos of seized objects, and the global search. */
export function photoSearchHandlers(services: AppServices): HandlersFor<'photo' | 'search'> {
  const session = () => services.workspace.session();
  return {
    'photo:add': ({ objectId, path, role, caption }) =>
      addPhoto(session(), {
        objectId,
        source: photoFileSource(services.chosen.take(path, 'photo')),
        role,
        caption,
      }),
    'photo:list': ({ objectId }) => listPhotos(session(), objectId),
    'photo:update': (input) => updatePhoto(session(), input),
    'photo:move': (input) => movePhoto(session(), input),
    'photo:remove': ({ id }) => {
      removePhoto(session(), id);
      return { removed: true as const };
    },
    'photo:image': (input) => photoImage(session(), input),
    'search:all': (request) => searchAll(session(), request),
  };
}
