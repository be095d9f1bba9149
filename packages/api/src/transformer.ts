import superjson from 'superjson';
import { isSharedAnswer } from './services/assessment-cache.ts';

type Serialized = ReturnType<typeof superjson.serialize>;
const serialized = new WeakMap<object, Serialized>();

/**
 * superjson on the wire (Dates survive), with one saving: an answer shared from the assessment
 * cache is serialised once, not once per request. Walking a large trust's report costs far more
 * than building the response, and shared answers are never changed, so the result stays true.
 */
export const transformer = {
  serialize(value: unknown): Serialized {
    if (!isSharedAnswer(value)) return superjson.serialize(value);
    let out = serialized.get(value);
    if (!out) {
      out = superjson.serialize(value);
      serialized.set(value, out);
    }
    return out;
  },
  deserialize: (value: unknown): unknown => superjson.deserialize(value as Serialized),
};
