import type { BodyBlock } from './read-blocks.ts';

/** Bylines, dates, "Advertisement", "Related" headings: short and not a sentence. */
function isEdgeFurniture(text: string): boolean {
  return text.length < 50 && !/[.!?…"”»)]$/.test(text);
}

/** Leaves out the short non-sentence blocks at the start and end of the body. */
export function trimBlocks(blocks: BodyBlock[]): BodyBlock[] {
  let start = 0;
  let end = blocks.length;
  while (start < end && isEdgeFurniture(blocks[start].text)) start++;
  while (end > start && isEdgeFurniture(blocks[end - 1].text)) end--;
  return start === 0 && end === blocks.length ? blocks : blocks.slice(start, end);
}
