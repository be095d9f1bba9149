/** Midnight UTC of a day, as date-only values are stored. */
export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
/** Mid-morning in London on a day: a schedule tick's `now`. */
export const at = (iso: string) => new Date(`${iso}T10:00:00.000Z`);
