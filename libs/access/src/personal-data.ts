/**
 * The register of the one door, checked by a test that walks the served schema: every
 * GraphQL field that returns a type holding a person's data is either a plain field of such
 * a type (it came with a parent that passed the door), or a resolver registered here by
 * `@ThroughTheDoor`, whose author states that it loads what it returns through the access
 * layer (the case door, the summaries' visibility, the 守秘義務 gate, the audit trail's
 * role check). A new field that returns a person's data without registering fails the test.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- decorated classes of any shape
type ModelClass = Function;

const personalTypes = new Set<ModelClass>();
const doorFields = new Set<string>();

/** Marks a GraphQL model whose type holds a person's data (or carries it, as a conference its agenda). */
export function HoldsPersonalData(): ClassDecorator {
  return (target) => {
    personalTypes.add(target);
  };
}

/** Registers a resolver that returns a person's data as loading it through the one door. */
export function ThroughTheDoor(field: `${string}.${string}`): MethodDecorator {
  return () => {
    doorFields.add(field);
  };
}

export function personalDataRegister(): { readonly types: ReadonlySet<ModelClass>; readonly fields: ReadonlySet<string> } {
  return { types: personalTypes, fields: doorFields };
}
