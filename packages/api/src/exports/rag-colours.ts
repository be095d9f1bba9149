import type { Rag } from '@belonging/domain';

/**
 * The NHS tag palette: a pale fill with dark text of the same hue (contrast above 7:1), so a cell
 * still reads when printed in black and white. The word is always written in the cell as well.
 */
export const RAG_COLOURS: Record<Rag, { fill: string; text: string }> = {
  red: { fill: 'F7D4D1', text: '6B140E' },
  amber: { fill: 'FFDC8E', text: '4D3708' },
  green: { fill: 'CCE5D8', text: '00401E' },
  blue: { fill: 'CCDFF1', text: '002F5C' },
  grey: { fill: 'DBE0E3', text: '2E3538' },
};
