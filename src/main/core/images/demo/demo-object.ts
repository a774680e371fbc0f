/**
 * One drawn object, in its own units, centred on 0,0. The scene decides where it sits in the
 * frame, how much of it is seen (the photo's role), and what lies around it.
 */
export interface DemoObject {
  width: number;
  height: number;
  /** Real size of one drawing unit, so that a scale bar in the photo tells the truth. */
  mmPerUnit: number;
  defs: string;
  body: string;
  /** Silhouette path, for the shadow, for burial in soil, and to keep damage on the object. */
  outline: string;
  /** How far the object stands off its support, 0 (flat) to 1: sets the shadow's offset. */
  lift: number;
  backdrop: 'light' | 'dark';
  /** What a close-up shows: the portrait on a coin, the face of an icon. */
  detail: Spot;
  marking: Marking;
  damage: Damage;
}

export interface Spot {
  x: number;
  y: number;
  /** Radius of the area of interest, in drawing units. */
  r: number;
}

/** An owner's or collection's mark: what identifies a stolen object in a database of stolen art. */
export interface Marking extends Spot {
  style: 'ink' | 'label' | 'stamp';
  text: string;
  /** Degrees, clockwise. */
  angle: number;
  color: string;
}

export interface Damage extends Spot {
  /** Main direction of the cracks, in degrees (a panel splits along its grain). */
  angle?: number;
  /** Colour of the crack lines and of the material a loss exposes. */
  crack: string;
  loss: string;
}
