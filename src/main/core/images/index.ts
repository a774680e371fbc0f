/** Photos of seized objects: what a file says about itself, the derivatives shown and printed, demo photos. */
export { describeImage, type ImageInfo } from './image-info';
export type { ExifSummary } from './exif-summary';
export type { JsonValue } from './plain-json';
export {
  makeDerivatives,
  printImage,
  THUMB_MAX_PX,
  PREVIEW_MAX_PX,
  PRINT_MAX_PX,
  PRINT_DERIVATIVE_PX,
  printDerivative,
  type Derivative,
} from './derivatives';
export { DEFAULT_MAX_INPUT_PIXELS, type DecodeOptions, type ImageFormat } from './decode';
export { ImageError, ImageErrorCode, isImageError } from './image-error';
export {
  demoPhoto,
  DEMO_PHOTO_KINDS,
  PHOTO_ROLES,
  type DemoPhotoKind,
  type DemoPhotoOptions,
  type PhotoRole,
} from './demo-photos';
