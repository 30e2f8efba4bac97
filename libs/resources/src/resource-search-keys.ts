import { gramsOf, normalise } from './normalise.js';

export interface ResourceText {
  name: string;
  nameKana: string;
  organizationName: string;
  description: string;
}

export interface ResourceSearchKeys {
  nameKey: string;
  kanaKey: string;
  organizationKey: string;
  descriptionKey: string;
  searchGrams: string[];
}

/** The derived search columns of a resource, from its text: recomputed on every write. */
export function searchKeysOf(text: ResourceText): ResourceSearchKeys {
  const keys = { nameKey: normalise(text.name), kanaKey: normalise(text.nameKana), organizationKey: normalise(text.organizationName), descriptionKey: normalise(text.description) };
  // Each field's grams on their own, so that no pair spans the end of one field and the start of the next.
  const grams = new Set([keys.nameKey, keys.kanaKey, keys.organizationKey, keys.descriptionKey].flatMap(gramsOf));
  return { ...keys, searchGrams: [...grams] };
}
