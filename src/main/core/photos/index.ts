/** Photos of seized objects: adding, ordering and unlinking them, and images for the screen. */
export {
  addPhoto,
  listPhotos,
  updatePhoto,
  movePhoto,
  removePhoto,
  photoFileSource,
  UpdatePhotoInput,
  MovePhotoInput,
  type AddPhotoInput,
} from './photos';
export {
  photoImage,
  printImageOf,
  PhotoImageInput,
  MAX_ORIGINAL_BYTES,
  type PhotoImage,
} from './photo-image';
export type { PhotoView } from './photo-store';
